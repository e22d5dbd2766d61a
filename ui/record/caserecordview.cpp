#include "caserecordview.h"

#include "caseheader.h"
#include "historyview.h"
#include "overviewpage.h"
#include "parttab.h"
#include "recordeditors.h"
#include "recordtablemodel.h"

#include "timeline/timelinetab.h"

#include "editing/editor.h"
#include "storage/serveraccounts.h"
#include "events/changenotifier.h"

#include <QEvent>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

CaseRecordView::CaseRecordView(Editor &editor, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_header(new CaseHeader(this)),
      m_tabs(new QTabWidget(this)),
      m_overview(new OverviewPage(this)),
      m_timeline(new timeline::TimelineTab(this)),
      m_history(new HistoryView(this))
{
    // One tab per kind of a patient's parts, in the order PatientParts lists them.
    forEachKind(PatientParts{}, [this, &editor](auto kind) {
        using T = typename decltype(kind)::type;
        auto *tab = new PartTab(RecordTableModel::forKind<T>(editor), this);
        tab->setObjectName(QLatin1String(T::table));
        tab->model()->setErrorHandler([this](const Error &e) { emit errorOccurred(e.fullText()); });
        connect(tab, &PartTab::addRequested, this, [this, tab] { openEditor(tab->objectName(), 0); });
        connect(tab, &PartTab::editRequested, this, [this, tab](qint64 id) { openEditor(tab->objectName(), id); });
        connect(tab, &PartTab::deleteRequested, this, [this, tab](qint64 id) { deleteRecord(tab->objectName(), id); });
        m_parts << tab;
    });
    Q_ASSERT(m_parts.size() == HistoryTab - DiagnosesTab);

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_timeline, QString());
    // Clicking an item on the timeline selects it in its own tab; double-clicking opens it.
    connect(m_timeline, &timeline::TimelineTab::itemSelected, this, [this](const QString &table, qint64 id) {
        for (PartTab *t : std::as_const(m_parts))
            if (t->objectName() == table)
                t->selectRecord(id);
    });
    connect(m_timeline, &timeline::TimelineTab::itemActivated, this, [this](const QString &table, qint64 id) {
        openEditor(table, table == QLatin1String("patient") ? m_patientId : id);
    });
    for (PartTab *t : std::as_const(m_parts))
        m_tabs->addTab(t, QString());
    m_tabs->addTab(m_history, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    if (notifier) {
        // Queued: a cell edit commits inside the view; reload once it has returned.
        connect(
                notifier, &ChangeNotifier::patientChanged, this,
                [this](qint64 id, RecordParts parts) {
                    if (id == m_patientId)
                        reload(parts);
                },
                Qt::QueuedConnection);
        connect(
                notifier, &ChangeNotifier::patientRemoved, this,
                [this](qint64 id) {
                    if (id == m_patientId)
                        setPatient(0);
                },
                Qt::QueuedConnection);
        connect(
                notifier, &ChangeNotifier::patientAdded, this,
                [this](qint64 id) {
                    if (id == m_patientId)
                        reload(AllParts);
                },
                Qt::QueuedConnection);
        connect(
                notifier, &ChangeNotifier::storeReset, this, [this] { reload(AllParts); }, Qt::QueuedConnection);
        connect(
                notifier, &ChangeNotifier::institutionsChanged, this, [this] { reload(Institutions); },
                Qt::QueuedConnection);
    }
    retranslateUi();
    reload(AllParts);
}

PartTab *CaseRecordView::partTab(Tab tab) const
{
    const int i = int(tab) - int(DiagnosesTab);
    return i >= 0 && i < m_parts.size() ? m_parts.at(i) : nullptr;
}

void CaseRecordView::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    m_record.reset();
    reload(AllParts);
}

// Reads the record once per change, and only the parts the change touched; then
// refreshes what shows those parts (every view of the whole record, the tabs of the
// touched kinds, the History).
void CaseRecordView::reload(RecordParts parts)
{
    if (parts & Institutions || m_institutions.isEmpty()) {
        m_institutions.clear();
        for (const Institution &i : m_editor.store().institutions())
            m_institutions.insert(i.id, i.name);
    }
    if (!m_patientId) {
        m_record.reset();
    } else if (parts != Institutions && parts != AuditTrail) {
        if (!m_record || m_record->patient.id != m_patientId) {
            m_record = PatientRecord{};
            m_record->patient.id = m_patientId;
            parts = AllParts;
        }
        if (!m_editor.store().refresh(*m_record, parts)) {
            m_record.reset(); // deleted meanwhile
            m_patientId = 0;
            parts = AllParts;
        }
    }
    reloadLabels();
    for (PartTab *t : std::as_const(m_parts)) {
        if (!(parts & t->model()->part()) && m_record)
            continue;
        const qint64 selected = t->currentRecordId();
        t->model()->setRecord(record());
        if (selected)
            t->selectRecord(selected);
    }
    if (parts != AuditTrail) {
        m_header->setRecord(record());
        m_overview->setRecord(record(), m_institutions);
        m_timeline->setRecord(record());
    }
    m_history->setEntries(m_patientId ? m_editor.store().history(m_patientId) : QList<AuditEntry>());
    setEnabled(true);
}

void CaseRecordView::reloadLabels()
{
    QHash<QString, QHash<qint64, QString>> labels;
    labels.insert(QLatin1String(Institution::table), m_institutions);
    if (m_record) {
        for (const Diagnosis &d : m_record->diagnoses)
            labels[QLatin1String(Diagnosis::table)].insert(
                    d.id, QStringLiteral("%1 %2").arg(d.icd10Code, d.icd10Text).trimmed());
        for (const TreatmentCourse &c : m_record->courses)
            labels[QLatin1String(TreatmentCourse::table)].insert(
                    c.id,
                    QStringLiteral("%1 %2 (%3)")
                            .arg(labelOf(c.type), c.name, c.startDate.toString(Qt::ISODate))
                            .simplified());
    }
    for (PartTab *t : std::as_const(m_parts))
        t->model()->setReferenceLabels(labels);
    m_history->setReferenceLabels(labels);
}

QPair<QString, qint64> CaseRecordView::currentRecord() const
{
    const int index = m_tabs->currentIndex();
    const int part = index - int(DiagnosesTab);
    if (part >= 0 && part < m_parts.size())
        return { m_parts.at(part)->objectName(), m_parts.at(part)->currentRecordId() };
    return { QString(), 0 };
}

void CaseRecordView::addToCurrentTab()
{
    const int part = m_tabs->currentIndex() - int(DiagnosesTab);
    if (m_patientId && part >= 0 && part < m_parts.size())
        openEditor(m_parts.at(part)->objectName(), 0);
}

void CaseRecordView::editPatient()
{
    if (m_patientId)
        openEditor(QStringLiteral("patient"), m_patientId);
}

void CaseRecordView::deleteCurrentRecord()
{
    const auto [table, id] = currentRecord();
    if (id)
        deleteRecord(table, id);
}

void CaseRecordView::openEditor(const QString &table, qint64 id)
{
    if (!m_patientId)
        return;
    openRecordEditor(this, m_editor, table, id, m_patientId);
}

void CaseRecordView::deleteRecord(const QString &table, qint64 id)
{
    const QString kind = kindLabel(table);
    if (QMessageBox::question(this, tr("Delete %1").arg(kind),
                              tr("Delete this %1? You can undo it with Edit ▸ Undo.").arg(kind))
        != QMessageBox::Yes)
        return;
    if (Status s = deleteRecordOfKind(m_editor, table, id); !s)
        emit errorOccurred(s.error().fullText());
}

// On a server the person's role decides what they may change; the tabs mirror it
// (the server refuses the rest anyway). On SQLite everything is open.
void CaseRecordView::applyPermissions()
{
    const ServerAccounts accounts(m_editor.store().database());
    const QStringList roles = accounts.myRoles();
    QStringList names;
    for (const QString &code : roles)
        if (const auto role = ServerAccounts::fromCode(code))
            names << ServerAccounts::label(*role);
    for (PartTab *t : std::as_const(m_parts)) {
        const bool may = accounts.mayChange(t->model()->table().toLatin1().constData());
        t->setReadOnly(!may,
                       names.isEmpty() ? tr("Your login on this server has no Caravan role: you may only read.")
                                       : tr("Your role on this server (%1) may read these records but not change them.")
                                                 .arg(names.join(QStringLiteral(", "))));
    }
}

void CaseRecordView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseRecordView::retranslateUi()
{
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(TimelineTab, tr("Timeline"));
    int index = DiagnosesTab;
    forEachKind(PatientParts{}, [this, &index](auto kind) {
        m_tabs->setTabText(index++, pluralLabel<typename decltype(kind)::type>());
    });
    m_tabs->setTabText(HistoryTab, tr("History"));
    for (PartTab *t : std::as_const(m_parts)) {
        t->retranslateUi();
        t->model()->retranslate();
    }
    m_history->retranslateUi();
    if (!m_parts.isEmpty())
        applyPermissions(); // the tooltips follow the language
    if (m_record)
        reload(AllParts);
}

void CaseRecordView::setCornerWidget(QWidget *widget)
{
    m_tabs->setCornerWidget(widget, Qt::TopRightCorner);
    if (widget)
        widget->show(); // a corner widget set after the tabs are shown stays hidden otherwise
}

} // namespace caravan
