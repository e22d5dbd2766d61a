#include "mainwindow.h"

#include "patientlist/patientlistmodel.h"

#include "events/changenotifier.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_notifier(std::make_unique<ChangeNotifier>())
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_search = new QLineEdit(central);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_emptyBanner = new QWidget(central);
    auto *bannerLayout = new QHBoxLayout(m_emptyBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyText = new QLabel(m_emptyBanner);
    m_emptyText->setWordWrap(true);
    m_demoButton = new QPushButton(m_emptyBanner);
    bannerLayout->addWidget(m_emptyText, 1);
    bannerLayout->addWidget(m_demoButton);
    layout->addWidget(m_emptyBanner);
    connect(m_demoButton, &QPushButton::clicked, this, &MainWindow::loadDemoCases);

    m_table = new QTableView(central);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_statusDatabase = new QLabel(this);
    m_statusCount = new QLabel(this);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCount);

    buildMenus();
    retranslateUi();
    resize(1200, 720);
}

MainWindow::~MainWindow()
{
    // The model reads through the store; let it go before the database closes.
    delete m_model;
    m_model = nullptr;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Caravan"),
                           tr("<h3>Caravan %1</h3><p>Case manager for international patients.</p>"
                              "<p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(),
                                    m_db ? m_db->path().toHtmlEscaped() : tr("none")));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_db ? tr("Caravan — %1").arg(m_db->path()) : tr("Caravan"));
    m_search->setPlaceholderText(tr("Find a patient: name in any script, record, passport or phone number"));
    m_emptyText->setText(tr("This database has no patients yet. Load the fictional demo cases to look around, "
                            "or import patients with caravan-cli."));
    m_demoButton->setText(tr("Load demo cases"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Caravan"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    if (Status s = db->openSqlite(path); !s) {
        QMessageBox::critical(this, tr("Cannot open the database"), s.error().message);
        return false;
    }
    delete m_model;
    m_model = nullptr;
    m_store.reset();
    m_db = std::move(db);
    m_store = std::make_unique<Store>(*m_db, m_notifier.get());
    m_model = new PatientListModel(*m_store, m_notifier.get(), this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->resizeSection(PatientListModel::NameNative, 220);
    m_table->horizontalHeader()->resizeSection(PatientListModel::NameLatin, 220);
    m_table->horizontalHeader()->resizeSection(PatientListModel::Diagnosis, 240);
    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::setSearchText, Qt::UniqueConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    retranslateUi();
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a database"), m_db ? m_db->path() : QString(),
        tr("Caravan databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::loadDemoCases()
{
    if (!m_store)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = caravan::loadDemoCases(*m_store);
    QApplication::restoreOverrideCursor();
    if (!s)
        QMessageBox::warning(this, tr("Demo cases not loaded"), s.error().fullText());
}

void MainWindow::updateStatus()
{
    const int total = m_store ? m_store->patientCount() : 0;
    m_emptyBanner->setVisible(m_store && total == 0);
    m_statusDatabase->setText(m_db ? tr("Database: %1").arg(m_db->path()) : tr("No database open"));
    const int shown = m_model ? m_model->rowCount() : 0;
    m_statusCount->setText(tr("%n patient(s) shown", nullptr, shown) + QStringLiteral(" / ")
                           + tr("%n in total", nullptr, total));
}

} // namespace caravan
