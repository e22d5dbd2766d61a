#include "caserecordview.h"

#include "caseheader.h"
#include "historyview.h"
#include "overviewpage.h"
#include "parttab.h"
#include "recordeditors.h"
#include "recordtablemodel.h"

#include "timeline/timelinetab.h"

#include "editing/editor.h"
#include "events/changenotifier.h"

#include <QEvent>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

CaseRecordView::CaseRecordView(Editor &editor, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_header(new CaseHeader(this)), m_tabs(new QTabWidget(this)),
      m_overview(new OverviewPage(this)), m_timeline(new timeline::TimelineTab(this)), m_history(new HistoryView(this))
{
    const auto part = [this](RecordTableModel::Backend backend, QStringList columns) {
        auto *tab = new PartTab(new RecordTableModel(std::move(backend), std::move(columns)), this);
        tab->model()->setErrorHandler([this](const Error &e) { emit errorOccurred(e.fullText()); });
        connect(tab, &PartTab::addRequested, this, [this, tab] { openEditor(tab->objectName(), 0); });
        connect(tab, &PartTab::editRequested, this, [this, tab](qint64 id) { openEditor(tab->objectName(), id); });
        connect(tab, &PartTab::deleteRequested, this, [this, tab](qint64 id) { deleteRecord(tab->objectName(), id); });
        m_parts << tab;
        return tab;
    };
    part(RecordTableModel::forKind<Diagnosis>(editor),
         {QStringLiteral("icd10_code"), QStringLiteral("icd10_text"), QStringLiteral("diagnosed_on"), QStringLiteral("basis"),
          QStringLiteral("staging_system"), QStringLiteral("stage"), QStringLiteral("institution_id")})
        ->setObjectName(QStringLiteral("diagnosis"));
    part(RecordTableModel::forKind<TreatmentCourse>(editor),
         {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("start_date"), QStringLiteral("end_date"),
          QStringLiteral("status"), QStringLiteral("intent"), QStringLiteral("best_response"),
          QStringLiteral("at_this_centre"), QStringLiteral("institution_id"), QStringLiteral("diagnosis_id")})
        ->setObjectName(QStringLiteral("treatment_course"));
    part(RecordTableModel::forKind<Assessment>(editor),
         {QStringLiteral("assessed_on"), QStringLiteral("result"), QStringLiteral("blast_percent"), QStringLiteral("method"),
          QStringLiteral("course_id"), QStringLiteral("institution_id"), QStringLiteral("notes")})
        ->setObjectName(QStringLiteral("assessment"));
    part(RecordTableModel::forKind<Measurement>(editor),
         {QStringLiteral("taken_at"), QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("unit"),
          QStringLiteral("label")})
        ->setObjectName(QStringLiteral("measurement"));
    part(RecordTableModel::forKind<Visit>(editor),
         {QStringLiteral("starts_at"), QStringLiteral("type"), QStringLiteral("institution_id"),
          QStringLiteral("interpreter"), QStringLiteral("summary")})
        ->setObjectName(QStringLiteral("visit"));

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
        connect(notifier, &ChangeNotifier::patientChanged, this, [this](qint64 id) {
            if (id == m_patientId)
                reload();
        }, Qt::QueuedConnection);
        connect(notifier, &ChangeNotifier::patientRemoved, this, [this](qint64 id) {
            if (id == m_patientId)
                setPatient(0);
        }, Qt::QueuedConnection);
        connect(notifier, &ChangeNotifier::patientAdded, this, [this](qint64 id) {
            if (id == m_patientId)
                reload();
        }, Qt::QueuedConnection);
        connect(notifier, &ChangeNotifier::storeReset, this, &CaseRecordView::reload, Qt::QueuedConnection);
        connect(notifier, &ChangeNotifier::institutionsChanged, this, &CaseRecordView::reload, Qt::QueuedConnection);
    }
    retranslateUi();
    reload();
}

PartTab *CaseRecordView::partTab(Tab tab) const
{
    const int i = int(tab) - int(DiagnosesTab);
    return i >= 0 && i < m_parts.size() ? m_parts.at(i) : nullptr;
}

void CaseRecordView::setPatient(qint64 patientId)
{
    m_patientId = patientId;
    reload();
}

void CaseRecordView::reload()
{
    m_record.reset();
    if (m_patientId) {
        if (auto r = m_editor.store().record(m_patientId))
            m_record = *r;
        else
            m_patientId = 0;   // deleted meanwhile
    }
    reloadLabels();
    for (PartTab *t : std::as_const(m_parts)) {
        const qint64 selected = t->currentRecordId();
        t->model()->setPatient(m_patientId);
        if (selected)
            t->selectRecord(selected);
    }
    m_header->setRecord(record());
    QHash<qint64, QString> institutions;
    for (const Institution &i : m_editor.store().institutions())
        institutions.insert(i.id, i.name);
    m_overview->setRecord(record(), institutions);
    m_timeline->setRecord(record());
    m_history->setEntries(m_patientId ? m_editor.store().history(m_patientId) : QList<AuditEntry>());
    setEnabled(true);
}

void CaseRecordView::reloadLabels()
{
    QHash<QString, QHash<qint64, QString>> labels;
    for (const Institution &i : m_editor.store().institutions())
        labels[QStringLiteral("institution")].insert(i.id, i.name);
    if (m_record) {
        for (const Diagnosis &d : m_record->diagnoses)
            labels[QStringLiteral("diagnosis")].insert(d.id, QStringLiteral("%1 %2").arg(d.icd10Code, d.icd10Text).trimmed());
        for (const TreatmentCourse &c : m_record->courses)
            labels[QStringLiteral("treatment_course")].insert(
                c.id, QStringLiteral("%1 %2 (%3)").arg(labelOf(c.type), c.name, c.startDate.toString(Qt::ISODate)).simplified());
    }
    for (PartTab *t : std::as_const(m_parts))
        t->model()->setReferenceLabels(labels);
}

QPair<QString, qint64> CaseRecordView::currentRecord() const
{
    const int index = m_tabs->currentIndex();
    const int part = index - int(DiagnosesTab);
    if (part >= 0 && part < m_parts.size())
        return {m_parts.at(part)->objectName(), m_parts.at(part)->currentRecordId()};
    return {QString(), 0};
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
    const QString kind = recordKindLabel(table.toLatin1().constData());
    if (QMessageBox::question(this, tr("Delete %1").arg(kind),
                              tr("Delete this %1? You can undo it with Edit ▸ Undo.").arg(kind))
        != QMessageBox::Yes)
        return;
    if (Status s = deleteRecordOfKind(m_editor, table, id); !s)
        emit errorOccurred(s.error().fullText());
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
    m_tabs->setTabText(DiagnosesTab, tr("Diagnoses"));
    m_tabs->setTabText(TreatmentsTab, tr("Treatments"));
    m_tabs->setTabText(AssessmentsTab, tr("Assessments"));
    m_tabs->setTabText(MeasurementsTab, tr("Measurements"));
    m_tabs->setTabText(VisitsTab, tr("Visits"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    for (PartTab *t : std::as_const(m_parts)) {
        t->retranslateUi();
        t->model()->reload();
    }
    m_history->retranslateUi();
    if (m_record)
        reload();
}

void CaseRecordView::setCornerWidget(QWidget *widget)
{
    m_tabs->setCornerWidget(widget, Qt::TopRightCorner);
    if (widget)
        widget->show();   // a corner widget set after the tabs are shown stays hidden otherwise
}

} // namespace caravan
