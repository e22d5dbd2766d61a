#include "cohortview.h"

#include "patientlist/patientlistfilterbar.h"

#include "cohortlegend.h"
#include "cohortswimlanes.h"

#include "events/changenotifier.h"
#include "storage/patientlistquery.h"
#include "storage/store.h"

#include <QComboBox>
#include <QSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace caravan {

namespace {

constexpr DiagnosisGroup kGroups[] = {
    DiagnosisGroup::HaematologicalMalignancy,
    DiagnosisGroup::SolidTumour,
    DiagnosisGroup::BenignHaematology,
    DiagnosisGroup::Cardiovascular,
    DiagnosisGroup::Musculoskeletal,
    DiagnosisGroup::Congenital,
    DiagnosisGroup::Other,
};

constexpr CohortSort kSorts[] = {
    CohortSort::AnchorDate,        CohortSort::RelapseFirst,  CohortSort::RemissionFirst,
    CohortSort::DaysToEngraftment, CohortSort::DaysToRelapse,
};

constexpr int kAnyYear = 1999;

QComboBox *makeBox(QWidget *parent, const char *objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

CohortView::CohortView(const Store &store, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_query(store.database()), m_store(store)
{
    setObjectName(QStringLiteral("cohortView"));
    m_anchor = makeBox(this, "anchorChoice");
    m_anchor->addItem(QString(), int(CohortAnchor::CarTInfusion));
    m_anchor->addItem(QString(), int(CohortAnchor::TransplantInfusion));
    m_group = makeBox(this, "diagnosisGroupFilter");
    m_group->addItem(QString());
    for (DiagnosisGroup g : kGroups)
        m_group->addItem(QString(), int(g));
    m_country = makeBox(this, "countryFilter");
    m_country->addItem(QString());
    m_therapy = makeBox(this, "therapyFilter");
    m_therapy->addItem(QString());
    for (size_t i = 0; i < Vocabulary<TreatmentType>::entries.size(); ++i)
        m_therapy->addItem(QString(), int(i));
    m_sort = makeBox(this, "sortChoice");
    for (CohortSort s : kSorts)
        m_sort->addItem(QString(), int(s));

    auto *bar = new QHBoxLayout;
    auto addPair = [&](QLabel *&label, QComboBox *box) {
        label = new QLabel(this);
        label->setBuddy(box);
        bar->addWidget(label);
        bar->addWidget(box);
        bar->addSpacing(8);
        connect(box, &QComboBox::currentIndexChanged, this, &CohortView::reload);
    };
    addPair(m_anchorLabel, m_anchor);
    addPair(m_groupLabel, m_group);
    addPair(m_countryLabel, m_country);
    addPair(m_therapyLabel, m_therapy);
    addPair(m_sortLabel, m_sort);
    // Day 0 between two years (the lowest value of each box means "any").
    m_yearsLabel = new QLabel(this);
    bar->addWidget(m_yearsLabel);
    for (QSpinBox **box : { &m_fromYear, &m_toYear }) {
        *box = new QSpinBox(this);
        (*box)->setRange(kAnyYear, QDate::currentDate().year() + 1);
        (*box)->setValue(kAnyYear);
        (*box)->setObjectName(box == &m_fromYear ? QStringLiteral("fromYear") : QStringLiteral("toYear"));
        bar->addWidget(*box);
        connect(*box, &QSpinBox::valueChanged, this, &CohortView::reload);
    }
    m_yearsLabel->setBuddy(m_fromYear);
    bar->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cohortSummary"));
    bar->addWidget(m_summary);

    m_lanes = new CohortSwimlanes(this);
    m_legend = new CohortLegend(this);
    connect(m_lanes, &CohortSwimlanes::patientActivated, this, &CohortView::patientActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_lanes, 1);
    layout->addWidget(m_legend);

    // Many change signals in a row (an import, an undo) make one reload.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(100);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        refreshCountries();
        reload();
    });
    if (notifier) {
        auto later = [this] { m_reloadTimer->start(); };
        connect(notifier, &ChangeNotifier::storeReset, this, later);
        connect(notifier, &ChangeNotifier::patientAdded, this, later);
        connect(notifier, &ChangeNotifier::patientRemoved, this, later);
        connect(notifier, &ChangeNotifier::patientChanged, this, later);
    }

    retranslateUi();
    refreshCountries();
    reload();
}

CohortView::~CohortView() = default;

CohortFilter CohortView::filter() const
{
    CohortFilter f;
    f.anchor = CohortAnchor(m_anchor->currentData().toInt());
    if (m_group->currentIndex() > 0)
        f.diagnosisGroup = DiagnosisGroup(m_group->currentData().toInt());
    f.country = m_country->currentData().toString();
    if (m_therapy->currentIndex() > 0)
        f.therapy = TreatmentType(m_therapy->currentData().toInt());
    f.sort = CohortSort(m_sort->currentData().toInt());
    if (m_fromYear->value() > kAnyYear)
        f.anchorFrom = QDate(m_fromYear->value(), 1, 1);
    if (m_toYear->value() > kAnyYear)
        f.anchorTo = QDate(m_toYear->value(), 12, 31);
    return f;
}

void CohortView::setAnchor(CohortAnchor anchor)
{
    m_anchor->setCurrentIndex(m_anchor->findData(int(anchor)));
}

void CohortView::reload()
{
    m_lanes->setLanes(m_query.lanes(filter()));
    m_error = m_query.errorString();
    updateSummary();
}

int CohortView::laneCount() const
{
    return m_lanes->laneCount();
}

void CohortView::refreshCountries()
{
    const QString current = m_country->currentData().toString();
    const QStringList countries = PatientListQuery(m_store.database()).nationalities();
    const QSignalBlocker block(m_country);
    while (m_country->count() > 1)
        m_country->removeItem(1);
    for (const QString &c : countries)
        m_country->addItem(c, c);
    m_country->setCurrentIndex(std::max(0, m_country->findData(current)));
}

void CohortView::updateSummary()
{
    if (!m_error.isEmpty())
        m_summary->setText(tr("The cohort could not be read: %1").arg(m_error));
    else
        m_summary->setText(tr("%n patient(s)", nullptr, laneCount()));
    m_lanes->setAnchorCaption(CohortAnchor(m_anchor->currentData().toInt()) == CohortAnchor::CarTInfusion
                                      ? tr("Day 0: CAR-T infusion")
                                      : tr("Day 0: transplant infusion"));
}

void CohortView::retranslateUi()
{
    m_anchorLabel->setText(tr("&Align on"));
    m_groupLabel->setText(tr("&Diagnosis"));
    m_countryLabel->setText(tr("&Country"));
    m_therapyLabel->setText(tr("&Therapy"));
    m_sortLabel->setText(tr("&Sort"));
    m_yearsLabel->setText(tr("Day 0 &years"));
    m_fromYear->setSpecialValueText(tr("any"));
    m_toYear->setSpecialValueText(tr("any"));
    m_anchor->setItemText(0, tr("CAR-T infusion"));
    m_anchor->setItemText(1, tr("Transplant infusion"));
    const QString all = tr("All");
    m_group->setItemText(0, all);
    m_country->setItemText(0, all);
    m_therapy->setItemText(0, tr("Any"));
    // The same names as the patient list's diagnosis filter.
    for (int i = 1; i < m_group->count(); ++i)
        m_group->setItemText(i, PatientListFilterBar::groupLabel(DiagnosisGroup(m_group->itemData(i).toInt())));
    for (int i = 1; i < m_therapy->count(); ++i)
        m_therapy->setItemText(i, labelOf(TreatmentType(m_therapy->itemData(i).toInt())));
    const QString sortNames[] = { tr("Day 0 date"), tr("Relapse first"), tr("Remission first"),
                                  tr("Days to engraftment"), tr("Days to relapse") };
    for (int i = 0; i < int(std::size(sortNames)); ++i)
        m_sort->setItemText(i, sortNames[i]);
    m_anchor->setToolTip(tr("The event every patient's day 0 is aligned on (the first one if there are several)"));
    m_lanes->viewport()->setToolTip(QString());
    m_lanes->setWhatsThis(tr("Drag to pan, Ctrl+wheel or the wheel over the day axis to zoom, click a patient "
                             "to open the case."));
    updateSummary();
}

void CohortView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace caravan
