#include "patientlistpane.h"

#include "patientlistfilterbar.h"
#include "patientlistmodel.h"

#include "events/changenotifier.h"
#include "storage/store.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caravan {

PatientListPane::PatientListPane(const Store &store, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_store(store), m_query(store.database())
{
    m_model = new PatientListModel(store, notifier, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_filterBar = new PatientListFilterBar(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {
        { PatientListModel::RecordNumber, 110 }, { PatientListModel::NameNative, 200 },
        { PatientListModel::NameLatin, 200 },    { PatientListModel::Age, 50 },
        { PatientListModel::Sex, 70 },           { PatientListModel::Nationality, 70 },
        { PatientListModel::Diagnosis, 240 },    { PatientListModel::Treatment, 150 },
        { PatientListModel::Status, 130 },       { PatientListModel::Coordinator, 150 },
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // Ascending, descending, then back to the default order (rank while searching).
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("patientCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_model, &PatientListModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &PatientListPane::activateFromSearch);
    connect(m_filterBar, &PatientListFilterBar::filterChanged, m_model, &PatientListModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientListPane::onCurrentRowChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->idAt(index.row()))
            emit patientActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreCurrent();
        updateCount();
    });

    // The choices of the country and coordinator filters follow the database, once
    // per burst of changes.
    m_choicesTimer = new QTimer(this);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(0);
    connect(m_choicesTimer, &QTimer::timeout, this, &PatientListPane::refreshChoices);
    if (notifier) {
        auto countsAndChoices = [this] {
            updateTotal();
            m_choicesTimer->start();
        };
        connect(notifier, &ChangeNotifier::patientAdded, this, countsAndChoices);
        connect(notifier, &ChangeNotifier::patientRemoved, this, countsAndChoices);
        connect(notifier, &ChangeNotifier::storeReset, this, countsAndChoices);
        connect(notifier, &ChangeNotifier::patientChanged, this, [this](qint64, ChangeNotifier::Parts parts) {
            if (parts.testFlag(ChangeNotifier::Identity))
                m_choicesTimer->start();
        });
    }

    refreshChoices();
    m_total = m_store.patientCount();
    retranslateUi();
}

PatientListPane::~PatientListPane() = default;

QString PatientListPane::searchText() const
{
    return m_search->text();
}

void PatientListPane::setSearchText(const QString &text)
{
    m_search->setText(text);
}

PatientListFilter PatientListPane::filter() const
{
    return m_filterBar->filter();
}

void PatientListPane::setFilter(const PatientListFilter &filter)
{
    m_filterBar->setFilter(filter);
}

int PatientListPane::shownCount() const
{
    return m_model->rowCount();
}

int PatientListPane::totalCount() const
{
    return m_total;
}

void PatientListPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find a patient: name in any script, record, passport or phone number"));
    m_search->setToolTip(tr("The list follows as you type. Enter opens the selected patient (or the first one); "
                            "Down moves into the list; Escape clears the search."));
    m_model->retranslate();
    updateCount();
}

void PatientListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool PatientListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            if (!m_table->selectionModel()->currentIndex().isValid())
                m_table->selectionModel()->setCurrentIndex(
                        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientListPane::updateTotal()
{
    m_total = m_store.patientCount();
    updateCount();
}

void PatientListPane::updateCount()
{
    const int shown = m_model->rowCount();
    const QString shownText = QLocale().toString(shown);
    if (const QString error = m_model->errorString(); !error.isEmpty())
        m_count->setText(tr("The patient list could not be read: %1").arg(error));
    else if (m_model->searchText().trimmed().isEmpty() && m_model->filter().isEmpty())
        m_count->setText(tr("%Ln patient(s)", nullptr, m_total));
    else if (m_model->searchLimitReached())
        m_count->setText(
                tr("Showing the best %1 matches of %Ln patient(s): type more to narrow the search", nullptr, m_total)
                        .arg(shownText));
    else
        m_count->setText(tr("Showing %1 of %Ln patient(s)", nullptr, m_total).arg(shownText));
    emit countsChanged(shown, m_total);
}

void PatientListPane::refreshChoices()
{
    m_filterBar->setCountries(m_query.nationalities());
    m_filterBar->setCoordinators(m_query.coordinators());
}

void PatientListPane::setCurrentId(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentPatientChanged(id);
}

void PatientListPane::onCurrentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    setCurrentId(current.isValid() ? m_model->idAt(current.row()) : 0);
}

// After the ids changed: select the same patient again if still listed.
void PatientListPane::restoreCurrent()
{
    if (!m_currentId)
        return;
    const int row = m_model->rowOf(m_currentId);
    if (row < 0) {
        setCurrentId(0);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool PatientListPane::selectPatient(qint64 id)
{
    if (id <= 0) {
        m_table->selectionModel()->clear();
        setCurrentId(0);
        return true;
    }
    int row = m_model->rowOf(id);
    if (row < 0) {
        if (!m_store.get<Patient>(id))
            return false;
        m_filterBar->setFilter({});
        m_search->clear();
        row = m_model->rowOf(id);
        if (row < 0)
            return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void PatientListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientListPane::activateFromSearch()
{
    if (m_model->rowCount() == 0)
        return;
    QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        current = m_model->index(0, 0);
        m_table->selectionModel()->setCurrentIndex(current,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (const qint64 id = m_model->idAt(current.row()))
        emit patientActivated(id);
}

} // namespace caravan
