// CaseHeader: the top of the case record: both name forms (never translated),
// age, sex, nationality, language and interpreter need, case status, and alerts.
#pragma once

#include "domain/patientrecord.h"

#include <QWidget>

class QLabel;

namespace caravan {

class CaseHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CaseHeader(QWidget *parent = nullptr);
    void setRecord(const PatientRecord *record); // nullptr: no patient
    QString alertText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<PatientRecord> m_record;
    QLabel *m_nativeName;
    QLabel *m_latinName;
    QLabel *m_facts;
    QLabel *m_status;
    QLabel *m_alerts;
};

} // namespace caravan
