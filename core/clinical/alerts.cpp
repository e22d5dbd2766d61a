#include "alerts.h"

#include <QCoreApplication>

namespace caravan {

namespace {

QString iso(QDate d)
{
    return QChar(0x2066) + d.toString(Qt::ISODate) + QChar(0x2069); // stays left to right in Urdu text
}

// "expires in 5 days (2026-12-01)" / "expired 3 days ago (2026-11-19)" / "expires today"
QString expiryPhrase(QDate expiry, QDate today)
{
    const qint64 days = today.daysTo(expiry);
    if (days == 0)
        return QCoreApplication::translate("CaseAlert", "expires today (%1)").arg(iso(expiry));
    if (days > 0)
        return QCoreApplication::translate("CaseAlert", "expires in %n day(s) (%1)", nullptr, int(days))
                .arg(iso(expiry));
    return QCoreApplication::translate("CaseAlert", "expired %n day(s) ago (%1)", nullptr, int(-days)).arg(iso(expiry));
}

bool expiringSoon(QDate expiry, QDate today, bool alsoExpired)
{
    if (!expiry.isValid())
        return false;
    const qint64 days = today.daysTo(expiry);
    return days <= kExpiryAlertDays && (alsoExpired || days >= 0);
}

bool activeCase(CaseStatus s)
{
    return s != CaseStatus::Closed && s != CaseStatus::Deceased && s != CaseStatus::LostToFollowUp;
}

} // namespace

QList<CaseAlert> caseAlerts(const PatientRecord &record, QDate today)
{
    QList<CaseAlert> alerts;
    const Patient &p = record.patient;
    if (!activeCase(p.caseStatus))
        return alerts;
    // An expired document matters while the patient still has to travel or stay.
    const bool travelAhead = p.caseStatus != CaseStatus::RemoteFollowUp && p.caseStatus != CaseStatus::Discharged;
    if (expiringSoon(p.passportExpiry, today, travelAhead))
        alerts.append(
                { CaseAlert::Kind::PassportExpiring, p.passportExpiry,
                  QCoreApplication::translate("CaseAlert", "Passport %1").arg(expiryPhrase(p.passportExpiry, today)) });
    if (expiringSoon(p.visaExpiry, today, travelAhead))
        alerts.append({ CaseAlert::Kind::VisaExpiring, p.visaExpiry,
                        QCoreApplication::translate("CaseAlert", "Visa %1").arg(expiryPhrase(p.visaExpiry, today)) });
    for (const Companion &c : p.companions) {
        if (c.accompanying && expiringSoon(c.passportExpiry, today, travelAhead)) {
            const QString name = c.nameLatin.isEmpty() ? c.name : c.nameLatin;
            alerts.append({ CaseAlert::Kind::CompanionPassportExpiring, c.passportExpiry,
                            QCoreApplication::translate("CaseAlert", "Passport of %1 (%2) %3")
                                    .arg(name, c.relation, expiryPhrase(c.passportExpiry, today)) });
        }
    }
    if (p.caseStatus == CaseStatus::RemoteFollowUp) {
        QDate lastSeen, nextPlanned;
        for (const Visit &v : record.visits) {
            const QDate d = v.startsAt.toUTC().date();
            if (d <= today && (!lastSeen.isValid() || d > lastSeen))
                lastSeen = d;
            if (d > today && (!nextPlanned.isValid() || d < nextPlanned))
                nextPlanned = d;
        }
        if (!nextPlanned.isValid() && lastSeen.isValid() && lastSeen.daysTo(today) > kFollowUpIntervalDays) {
            const QDate due = lastSeen.addDays(kFollowUpIntervalDays);
            alerts.append({ CaseAlert::Kind::FollowUpOverdue, due,
                            QCoreApplication::translate("CaseAlert", "Follow-up overdue since %1 (last contact %2)")
                                    .arg(iso(due), iso(lastSeen)) });
        }
    }
    return alerts;
}

} // namespace caravan
