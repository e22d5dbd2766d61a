// PatientListFilterBar: the row of filters above the patient list: country
// (nationality), case status, diagnosis group, treatment type and coordinator,
// each a combo box with "All" first. The fixed choices come from the vocabulary;
// the countries and coordinators are given by the owner (the distinct values in
// the database) and may be replaced at any time without losing the selection.
// Emits filterChanged() when the user (or setFilter()) changes a choice; owns no
// data and runs no query.
#pragma once

#include "storage/patientlistquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace caravan {

class PatientListFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit PatientListFilterBar(QWidget *parent = nullptr);

    PatientListFilter filter() const;
    // Selects the given choices; a country or coordinator not offered yet is added.
    void setFilter(const PatientListFilter &filter);
    void setCountries(const QStringList &isoCodes);
    void setCoordinators(const QStringList &names);

    QComboBox *countryBox() const { return m_country; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *diagnosisGroupBox() const { return m_group; }
    QComboBox *treatmentBox() const { return m_treatment; }
    QComboBox *coordinatorBox() const { return m_coordinator; }

    // The translated name of a diagnosis group.
    static QString groupLabel(DiagnosisGroup group);

signals:
    void filterChanged(const caravan::PatientListFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitIfChanged();
    static void setChoices(QComboBox *box, const QStringList &values, bool countries);
    static void selectData(QComboBox *box, const QVariant &value);

    QLabel *m_countryLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLabel *m_treatmentLabel = nullptr;
    QLabel *m_coordinatorLabel = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_treatment = nullptr;
    QComboBox *m_coordinator = nullptr;
    QToolButton *m_clear = nullptr;
    PatientListFilter m_last;
};

} // namespace caravan
