// Alerts of a case: what a coordinator must act on soon, derived from the record
// at a given day: passports and visas (the patient's and the accompanying
// companions') expiring within 30 days or expired while abroad-related dates are
// ahead, and remote follow-up that is overdue.
#pragma once

#include "domain/patientrecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace caravan {

struct CaseAlert
{
    enum class Kind { PassportExpiring, VisaExpiring, CompanionPassportExpiring, FollowUpOverdue };
    Kind kind;
    QDate date; // the expiry, or the day the follow-up fell due
    QString message; // translated, for a person
};

// Days ahead within which an expiry is an alert.
constexpr int kExpiryAlertDays = 30;
// A patient in remote follow-up should be seen at least this often.
constexpr int kFollowUpIntervalDays = 92;

QList<CaseAlert> caseAlerts(const PatientRecord &record, QDate today);

} // namespace caravan
