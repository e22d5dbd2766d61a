#include "patientlistfilterbar.h"

#include "domain/places.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

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

QStringList choicesOf(const QComboBox *box)
{
    QStringList values;
    for (int i = 1; i < box->count(); ++i)
        values << box->itemData(i).toString();
    return values;
}

void fitPopup(QComboBox *box)
{
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 2 * box->view()->frameWidth());
}

QComboBox *makeBox(QWidget *parent, const char *objectName)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    // Compact in the bar; the popup is widened to its longest choice (fitPopup).
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    box->addItem(QString()); // "All", named in retranslateUi()
    return box;
}

} // namespace

PatientListFilterBar::PatientListFilterBar(QWidget *parent) : QWidget(parent)
{
    // Two rows of three, so the list pane stays narrow enough to share the window
    // with the case record.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    int slot = 0;

    m_country = makeBox(this, "countryFilter");
    m_status = makeBox(this, "statusFilter");
    for (size_t i = 0; i < Vocabulary<CaseStatus>::entries.size(); ++i)
        m_status->addItem(QString(), codeOf(CaseStatus(i)));
    m_group = makeBox(this, "diagnosisGroupFilter");
    for (DiagnosisGroup g : kGroups)
        m_group->addItem(QString(), int(g));
    m_treatment = makeBox(this, "treatmentFilter");
    for (size_t i = 0; i < Vocabulary<TreatmentType>::entries.size(); ++i)
        m_treatment->addItem(QString(), codeOf(TreatmentType(i)));
    m_coordinator = makeBox(this, "coordinatorFilter");

    auto addPair = [&](QLabel *&label, QComboBox *box) {
        label = new QLabel(this);
        label->setBuddy(box);
        layout->addWidget(label, slot / 3, 2 * (slot % 3));
        layout->addWidget(box, slot / 3, 2 * (slot % 3) + 1);
        ++slot;
        connect(box, &QComboBox::currentIndexChanged, this, &PatientListFilterBar::emitIfChanged);
    };
    addPair(m_countryLabel, m_country);
    addPair(m_statusLabel, m_status);
    addPair(m_groupLabel, m_group);
    addPair(m_treatmentLabel, m_treatment);
    addPair(m_coordinatorLabel, m_coordinator);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setEnabled(false);
    layout->addWidget(m_clear, 1, 5, Qt::AlignLeft);
    for (int column : { 1, 3, 5 })
        layout->setColumnStretch(column, 1);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });

    retranslateUi();
}

QString PatientListFilterBar::groupLabel(DiagnosisGroup group)
{
    switch (group) {
    case DiagnosisGroup::HaematologicalMalignancy:
        return tr("Haematological malignancy (C81–C96, D45–D47)");
    case DiagnosisGroup::SolidTumour:
        return tr("Solid tumour (other C)");
    case DiagnosisGroup::BenignHaematology:
        return tr("Non-malignant blood disease (D50–D89)");
    case DiagnosisGroup::Cardiovascular:
        return tr("Cardiovascular (I)");
    case DiagnosisGroup::Musculoskeletal:
        return tr("Spine and musculoskeletal (M)");
    case DiagnosisGroup::Congenital:
        return tr("Congenital (Q)");
    case DiagnosisGroup::Other:
        return tr("Other or none");
    }
    return {};
}

void PatientListFilterBar::retranslateUi()
{
    m_countryLabel->setText(tr("&Country:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_groupLabel->setText(tr("&Diagnosis:"));
    m_treatmentLabel->setText(tr("T&reatment:"));
    m_coordinatorLabel->setText(tr("C&oordinator:"));
    m_country->setItemText(0, tr("All"));
    m_status->setItemText(0, tr("All"));
    m_group->setItemText(0, tr("All"));
    m_treatment->setItemText(0, tr("All"));
    m_coordinator->setItemText(0, tr("All"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, labelOf(CaseStatus(i - 1)));
    for (int i = 1; i < m_group->count(); ++i)
        m_group->setItemText(i, groupLabel(DiagnosisGroup(m_group->itemData(i).toInt())));
    for (int i = 1; i < m_treatment->count(); ++i)
        m_treatment->setItemText(i, labelOf(TreatmentType(i - 1)));
    for (QComboBox *box : { m_country, m_status, m_group, m_treatment, m_coordinator })
        fitPopup(box);
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every patient again (the search text stays)"));
}

void PatientListFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

PatientListFilter PatientListFilterBar::filter() const
{
    PatientListFilter f;
    f.nationality = m_country->currentData().toString();
    if (m_status->currentIndex() > 0)
        f.status = fromCode<CaseStatus>(m_status->currentData().toString());
    if (m_group->currentIndex() > 0)
        f.diagnosisGroup = DiagnosisGroup(m_group->currentData().toInt());
    if (m_treatment->currentIndex() > 0)
        f.treatment = fromCode<TreatmentType>(m_treatment->currentData().toString());
    f.coordinator = m_coordinator->currentData().toString();
    return f;
}

void PatientListFilterBar::selectData(QComboBox *box, const QVariant &value)
{
    const int i = value.isValid() ? box->findData(value) : 0;
    box->setCurrentIndex(i < 0 ? 0 : i);
}

void PatientListFilterBar::setFilter(const PatientListFilter &f)
{
    {
        const QSignalBlocker b1(m_country), b2(m_status), b3(m_group), b4(m_treatment), b5(m_coordinator);
        if (!f.nationality.isEmpty() && m_country->findData(f.nationality) < 0)
            setChoices(m_country, choicesOf(m_country) << f.nationality, true);
        if (!f.coordinator.isEmpty() && m_coordinator->findData(f.coordinator) < 0)
            setChoices(m_coordinator, choicesOf(m_coordinator) << f.coordinator, false);
        selectData(m_country, f.nationality.isEmpty() ? QVariant() : QVariant(f.nationality));
        selectData(m_status, f.status ? QVariant(codeOf(*f.status)) : QVariant());
        selectData(m_group, f.diagnosisGroup ? QVariant(int(*f.diagnosisGroup)) : QVariant());
        selectData(m_treatment, f.treatment ? QVariant(codeOf(*f.treatment)) : QVariant());
        selectData(m_coordinator, f.coordinator.isEmpty() ? QVariant() : QVariant(f.coordinator));
    }
    emitIfChanged();
}

// Replaces the choices after "All", keeping the current one (and adding it back if
// it is no longer among the values, so that a filter never changes by itself).
void PatientListFilterBar::setChoices(QComboBox *box, const QStringList &values, bool countries)
{
    const QString current = box->currentData().toString();
    QStringList keep = values;
    if (!current.isEmpty())
        keep << current;
    keep.removeAll(QString());
    keep.removeDuplicates();
    keep.sort();
    const QSignalBlocker blocker(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString &v : std::as_const(keep)) {
        QString text = v;
        if (countries && countryName(v) != v)
            text = QStringLiteral("%1 — %2").arg(v, countryName(v));
        box->addItem(text, v);
    }
    selectData(box, current.isEmpty() ? QVariant() : QVariant(current));
    fitPopup(box);
}

void PatientListFilterBar::setCountries(const QStringList &isoCodes)
{
    setChoices(m_country, isoCodes, true);
}

void PatientListFilterBar::setCoordinators(const QStringList &names)
{
    setChoices(m_coordinator, names, false);
}

void PatientListFilterBar::emitIfChanged()
{
    const PatientListFilter f = filter();
    m_clear->setEnabled(!f.isEmpty());
    if (f == m_last)
        return;
    m_last = f;
    emit filterChanged(f);
}

} // namespace caravan
