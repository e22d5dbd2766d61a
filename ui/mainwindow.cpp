#include "mainwindow.h"

#include "cohort/cohortview.h"
#include "common/bidi.h"
#include "connection/serverconnectdialog.h"
#include "connection/serverlogin.h"
#include "patientlist/patientlistpane.h"
#include "record/caserecordview.h"
#include "record/institutionsdialog.h"
#include "report/documentpreviewdialog.h"
#include "record/recordeditors.h"
#include "settings/settingsdialog.h"

#include "editing/editor.h"
#include "events/changenotifier.h"
#include "interop/patientcsvimport.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/changefeed.h"
#include "storage/serveraccounts.h"
#include "storage/store.h"
#include "translations/languages.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace caravan {

MainWindow::MainWindow(Languages *languages, QWidget *parent)
    : QMainWindow(parent),
      m_languages(languages),
      m_settings(AppSettings::load()),
      m_notifier(std::make_unique<ChangeNotifier>()),
      m_undo(std::make_unique<QUndoStack>())
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_emptyBanner = new QWidget(central);
    auto *bannerLayout = new QHBoxLayout(m_emptyBanner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_emptyText = new QLabel(m_emptyBanner);
    m_emptyText->setWordWrap(true);
    m_demoButton = new QPushButton(m_emptyBanner);
    bannerLayout->addWidget(m_emptyText, 1);
    bannerLayout->addWidget(m_demoButton);
    m_emptyBanner->hide();
    connect(m_demoButton, &QPushButton::clicked, this, &MainWindow::loadDemoCases);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    layout->addWidget(m_emptyBanner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusDatabase = new QLabel(this);
    m_statusCount = new QLabel(this);
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCount);

    buildMenus();
    retranslateUi();
    resize(1400, 860);
}

MainWindow::~MainWindow()
{
    // Panes read through the store: they go before the database closes.
    m_undo->disconnect(this);
    delete m_cohortWindow;
    delete m_list;
    delete m_record;
    m_list = nullptr;
    m_record = nullptr;
    m_undo->clear();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newPatientAction = m_fileMenu->addAction(QString(), this, &MainWindow::newPatient);
    m_newPatientAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, [this] { importCsv(); });
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportAction =
            m_exportMenu->addAction(QString(), this, [this] { exportDocument(DocumentKind::ReferralSummary); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportTeleAction =
            m_exportMenu->addAction(QString(), this, [this] { exportDocument(DocumentKind::TeleConsultation); });
    m_exportInvitationAction =
            m_exportMenu->addAction(QString(), this, [this] { exportDocument(DocumentKind::VisaInvitation); });
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), m_undo.get(), &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), m_undo.get(), &QUndoStack::redo);
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    connect(m_undo.get(), &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo.get(), &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo.get(), &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUi);
    connect(m_undo.get(), &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUi);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_editMenu->addSeparator();
    m_editPatientAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_record)
            m_record->editPatient();
    });
    m_editPatientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addRecordAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_record)
            m_record->addToCurrentTab();
    });
    m_addRecordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deleteAction = m_editMenu->addAction(QString(), this, [this] {
        if (m_record)
            m_record->deleteCurrentRecord();
    });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deletePatientAction = m_editMenu->addAction(QString(), this, [this] {
        if (!m_record || !m_record->patientId() || !m_editor)
            return;
        if (QMessageBox::question(this, tr("Delete patient"),
                                  tr("Delete this patient with everything recorded about them? "
                                     "You can undo it with Edit ▸ Undo."))
            != QMessageBox::Yes)
            return;
        if (Status s = m_editor->removePatient(m_record->patientId()); !s)
            showError(s.error().fullText());
    });

    m_editMenu->addSeparator();
    m_institutionsAction = m_editMenu->addAction(QString(), this, [this] {
        if (!m_editor)
            return;
        InstitutionsDialog dialog(*m_editor, m_notifier.get(), this);
        dialog.exec();
    });

    m_viewMenu = menuBar()->addMenu(QString());
    m_focusSearchAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_list)
            m_list->focusSearch();
    });
    m_focusSearchAction->setShortcut(QKeySequence::Find);
    m_cohortAction = m_viewMenu->addAction(QString(), this, &MainWindow::showCohort);
    m_cohortAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    for (const auto &language : Languages::available()) {
        QAction *a = m_languageMenu->addAction(language.nativeName);
        a->setCheckable(true);
        a->setData(language.code);
        languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = language.code] {
            m_settings.language = code;
            m_settings.save();
            if (m_languages)
                m_languages->apply(code);
        });
    }
    connect(m_languageMenu, &QMenu::aboutToShow, this, [this] {
        const QString current = m_languages ? m_languages->current() : QString();
        for (QAction *a : m_languageMenu->actions())
            a->setChecked(a->data().toString() == current);
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
                this, tr("About Caravan"),
                tr("<h3>Caravan %1</h3><p>Case manager for international patients.</p>"
                   "<p>Database: %2</p><p>Schema %3</p>")
                        .arg(QApplication::applicationVersion(), m_db ? m_db->path().toHtmlEscaped() : tr("none"))
                        .arg(m_db ? m_db->schemaVersion() : 0));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_db ? tr("Caravan — %1").arg(m_db->path()) : tr("Caravan"));
    m_emptyText->setText(tr("This database has no patients yet. Load the fictional demo cases to look around, "
                            "add a patient with File ▸ New patient, or import a CSV file."));
    m_demoButton->setText(tr("Load demo cases"));
    m_fileMenu->setTitle(tr("&File"));
    m_newPatientAction->setText(tr("&New patient…"));
    m_openAction->setText(tr("&Open database…"));
    m_connectAction->setText(tr("&Connect to server…"));
    m_recentMenu->setTitle(tr("&Recent databases and servers"));
    m_importAction->setText(tr("&Import patients from CSV…"));
    m_exportMenu->setTitle(tr("&Export (PDF)"));
    m_exportAction->setText(tr("&Referral summary…"));
    m_exportTeleAction->setText(tr("&Tele-consultation record…"));
    m_exportInvitationAction->setText(tr("&Visa invitation letter…"));
    if (m_exportButton) {
        m_exportButton->setText(tr("Export…"));
        m_exportButton->setToolTip(tr("Referral summary, tele-consultation record or visa invitation letter as PDF"));
    }
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    m_editPatientAction->setText(tr("Edit &patient…"));
    m_addRecordAction->setText(tr("&Add to the current tab…"));
    m_deleteAction->setText(tr("&Delete selected record"));
    m_deletePatientAction->setText(tr("Delete patient…"));
    m_institutionsAction->setText(tr("Partner &institutions…"));
    m_viewMenu->setTitle(tr("&View"));
    m_focusSearchAction->setText(tr("&Find a patient"));
    m_cohortAction->setText(tr("&Cohort aligned on day 0…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Caravan"));
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_settings.recentDatabases)) {
        const bool server = Database::isServerAddress(path);
        QAction *a = m_recentMenu->addAction(server ? tr("Server: %1").arg(path) : path, this,
                                             [this, path] { openDatabase(path); });
        a->setToolTip(server ? tr("Connects to the server; asks for the password if it is needed.")
                             : tr("A database file on this computer."));
    }
    m_recentMenu->setEnabled(!m_settings.recentDatabases.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.save();
    event->accept();
}

bool MainWindow::openDatabase(const QString &path)
{
    ServerLogin login;
    login.address = path;
    return openDatabase(login);
}

bool MainWindow::openDatabase(const ServerLogin &login)
{
    auto db = std::make_unique<Database>();
    // A server: the password from the keychain, libpq, or asked for; never from the settings.
    const Status opened = Database::isServerAddress(login.address) ? login.connect(this, *db)
                                                                   : db->open(login.address);
    if (!opened) {
        showError(opened.error().message);
        return false;
    }
    const QString path = db->path(); // a server's address without any password
    // Panes hold references to the store: rebuild them on the new one.
    delete m_cohortWindow;
    m_cohortWindow = nullptr;
    delete m_list;
    delete m_record;
    m_list = nullptr;
    m_record = nullptr;
    m_undo->clear();
    m_editor.reset();
    m_feed.reset();
    m_reportingStore.reset();
    m_reportingDb.reset();
    m_store.reset();
    m_db = std::move(db);
    m_store = std::make_unique<Store>(*m_db, m_notifier.get());
    // On a server, other desktops' saves reach this window's views through the notifier.
    m_feed = std::make_unique<ChangeFeed>(*m_db, m_notifier.get());
    connect(m_feed.get(), &ChangeFeed::connectionLost, this, [this](const QString &server) {
        statusBar()->showMessage(tr("The connection to %1 was lost; connecting again…").arg(server));
    });
    connect(m_feed.get(), &ChangeFeed::connectionRestored, this, [this](const QString &server) {
        statusBar()->showMessage(tr("Connected to %1 again.").arg(server), 15000);
    });
    m_store->setUserName(userName());
    m_editor = std::make_unique<Editor>(*m_store, *m_undo, [this](const Error &e) { showError(e.fullText()); });
    buildWorkspace();
    m_settings.rememberDatabase(path);
    m_settings.save();
    retranslateUi();
    return true;
}

void MainWindow::buildWorkspace()
{
    m_list = new PatientListPane(*m_store, m_notifier.get(), m_splitter);
    m_record = new CaseRecordView(*m_editor, m_notifier.get(), m_splitter);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_record);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Half and half once the window has its size (the list scrolls sideways; the
    // record needs room for its tabs).
    QTimer::singleShot(0, m_splitter, [splitter = m_splitter] {
        const int width = splitter->width();
        splitter->setSizes({ width / 2, width - width / 2 });
    });
    // Export… where the user looks at the patient: the corner of the record's tabs.
    m_exportButton = new QToolButton(m_record);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setMenu(m_exportMenu);
    m_record->setCornerWidget(m_exportButton);
    connect(m_list, &PatientListPane::currentPatientChanged, m_record, &CaseRecordView::setPatient);
    // Documents are about a patient: nothing to export until one is selected.
    const auto exportable = [this](qint64 patientId) {
        for (QAction *a : { m_exportAction, m_exportTeleAction, m_exportInvitationAction })
            a->setEnabled(patientId != 0);
        m_exportButton->setEnabled(patientId != 0);
    };
    exportable(m_record->patientId());
    connect(m_list, &PatientListPane::currentPatientChanged, this, exportable);
    // On a server the person's role decides who may add, change or delete patients; the
    // menu mirrors it (the server refuses the rest). On a file everything is allowed.
    const bool mayChangePatients = ServerAccounts(*m_db).mayChange(Patient::table);
    for (QAction *a : { m_newPatientAction, m_editPatientAction, m_deletePatientAction })
        a->setEnabled(mayChangePatients);
    connect(m_record, &CaseRecordView::errorOccurred, this, &MainWindow::showError);
    connect(m_notifier.get(), &ChangeNotifier::storeReset, this, &MainWindow::updateStatus, Qt::UniqueConnection);
    connect(m_notifier.get(), &ChangeNotifier::patientAdded, this, &MainWindow::updateStatus, Qt::UniqueConnection);
    connect(m_notifier.get(), &ChangeNotifier::patientRemoved, this, &MainWindow::updateStatus, Qt::UniqueConnection);
    connect(m_list, &PatientListPane::countsChanged, this, &MainWindow::updateStatus);
}

void MainWindow::exportDocument(DocumentKind kind)
{
    if (!m_store || !m_record || !m_record->patientId()) {
        showError(tr("Select a patient first."));
        return;
    }
    const qint64 patientId = m_record->patientId();
    DocumentPreviewDialog dialog(kind, *m_store, patientId, m_settings, this);
    // Who sent which document where: the History tab shows it.
    connect(&dialog, &DocumentPreviewDialog::disclosed, this,
            [this, patientId](DocumentKind k, const QStringList &languages, const QString &destination) {
                if (const Status s = m_editor->recordDisclosure(patientId, Documents::code(k), languages, destination);
                    !s)
                    showError(s.error().fullText());
            });
    dialog.resize(920, 1000);
    dialog.exec();
}

QString MainWindow::userName() const
{
    // On a server each person logs in as themselves: that login is their name.
    if (m_db && m_db->dialect() == Database::Dialect::PostgreSQL)
        return QUrl(m_db->path()).userName();
    return m_settings.effectiveUserName();
}

const Store &MainWindow::reportingStore()
{
    if (!m_db || m_db->dialect() != Database::Dialect::PostgreSQL || m_settings.reportingServer.isEmpty())
        return *m_store;
    if (!m_reportingStore) {
        auto db = std::make_unique<Database>();
        ServerLogin login;
        login.address = m_settings.reportingServer;
        login.readOnly = true;
        if (const Status s = login.connect(this, *db); !s) {
            statusBar()->showMessage(
                    tr("The reporting server cannot be reached (%1); the cohort reads the main server.")
                            .arg(s.error().message),
                    30000);
            return *m_store;
        }
        m_reportingDb = std::move(db);
        m_reportingStore = std::make_unique<Store>(*m_reportingDb);
    }
    return *m_reportingStore;
}

void MainWindow::connectToServer()
{
    QString previous;
    for (const QString &recent : std::as_const(m_settings.recentDatabases))
        if (Database::isServerAddress(recent)) {
            previous = recent;
            break;
        }
    ServerConnectDialog dialog(previous, this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.login());
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Open or create a database"), m_db ? m_db->path() : QString(),
            tr("Caravan databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::newPatient()
{
    if (!m_editor)
        return;
    const qint64 id = openNewPatientEditor(this, *m_editor);
    if (id && m_list)
        m_list->selectPatient(id);
}

bool MainWindow::showPatient(const QString &recordNumber, int tab)
{
    if (!m_store || !m_list)
        return false;
    const auto id = m_store->patientIdByRecordNumber(recordNumber);
    if (!id || !m_list->selectPatient(*id))
        return false;
    m_record->setPatient(*id);
    m_record->tabs()->setCurrentIndex(tab);
    return true;
}

void MainWindow::importCsv(const QString &givenPath)
{
    if (!m_store)
        return;
    const QString path = givenPath.isEmpty() ? QFileDialog::getOpenFileName(
                                 this, tr("Import patients"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = PatientCsvImport::importFile(*m_store, path);
    QApplication::restoreOverrideCursor();
    if (!report) {
        showError(report.error().fullText());
        return;
    }
    QStringList lines{ tr("%n patient(s) imported.", nullptr, report->imported) };
    for (const auto &p : report->problems.mid(0, 20))
        lines << tr("Line %1 (%2): %3").arg(p.line).arg(p.recordNumber, p.message);
    if (report->problems.size() > 20)
        lines << tr("… and %n more row(s) not imported.", nullptr, int(report->problems.size() - 20));
    QMessageBox box(report->problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Import patients"),
                    lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    box.exec();
}

void MainWindow::loadDemoCases()
{
    if (!m_store)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = caravan::loadDemoCases(*m_store);
    QApplication::restoreOverrideCursor();
    if (!s)
        showError(s.error().fullText());
}

void MainWindow::showCohort()
{
    if (!m_store)
        return;
    if (!m_cohortWindow) {
        const Store &store = reportingStore();
        auto *view = new CohortView(store, m_notifier.get());
        view->setAttribute(Qt::WA_DeleteOnClose, false);
        view->setWindowFlag(Qt::Window);
        view->setParent(this, Qt::Window);
        view->resize(1300, 800);
        connect(view, &CohortView::patientActivated, this, [this](qint64 id) {
            if (m_list && m_list->selectPatient(id)) {
                raise();
                activateWindow();
            }
        });
        m_cohortWindow = view;
    }
    m_cohortWindow->setWindowTitle(m_reportingDb ? tr("Cohort — %1 (reporting replica)").arg(m_reportingDb->path())
                                                 : tr("Cohort — %1").arg(m_db ? m_db->path() : QString()));
    m_cohortWindow->show();
    m_cohortWindow->raise();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString oldLanguage = m_settings.language;
    const QString oldReporting = m_settings.reportingServer;
    m_settings = dialog.settings();
    m_settings.save();
    if (m_settings.reportingServer != oldReporting) { // the next cohort reads the new one
        delete m_cohortWindow;
        m_cohortWindow = nullptr;
        m_reportingStore.reset();
        m_reportingDb.reset();
    }
    if (m_store)
        m_store->setUserName(userName());
    if (m_languages && m_settings.language != oldLanguage)
        m_languages->apply(m_settings.language.isEmpty() ? Languages::systemLanguage() : m_settings.language);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Caravan"), message);
}

void MainWindow::updateStatus()
{
    const int total = m_store ? m_store->patientCount() : 0;
    m_emptyBanner->setVisible(m_store && total == 0);
    m_statusDatabase->setText(m_db ? tr("Database: %1").arg(ltr(m_db->path())) : tr("No database open"));
    const int shown = m_list ? m_list->shownCount() : 0;
    m_statusCount->setText(tr("%1 of %n patient(s) shown", nullptr, total).arg(shown));
}

} // namespace caravan
