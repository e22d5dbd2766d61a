// Case alerts: expiring documents and overdue follow-up, on a fixed day.
#include "clinical/alerts.h"

#include <QtTest>

using namespace caravan;

class TestAlerts : public QObject
{
    Q_OBJECT
    const QDate today{ 2026, 11, 22 };

    static QList<CaseAlert::Kind> kinds(const QList<CaseAlert> &alerts)
    {
        QList<CaseAlert::Kind> k;
        for (const auto &a : alerts)
            k << a.kind;
        return k;
    }

private slots:
    void expiries_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("passport");
        QTest::addColumn<QDate>("visa");
        QTest::addColumn<int>("expected");
        QTest::newRow("nothing close") << "in_treatment" << QDate(2028, 1, 1) << QDate(2027, 6, 1) << 0;
        QTest::newRow("visa in 16 days") << "in_treatment" << QDate(2028, 1, 1) << QDate(2026, 12, 8) << 1;
        QTest::newRow("visa in 30 days") << "travelling" << QDate(2028, 1, 1) << today.addDays(30) << 1;
        QTest::newRow("visa in 31 days") << "travelling" << QDate(2028, 1, 1) << today.addDays(31) << 0;
        QTest::newRow("both soon") << "awaiting_visa" << today.addDays(3) << today << 2;
        QTest::newRow("expired before travel") << "awaiting_visa" << today.addDays(-5) << QDate() << 1;
        QTest::newRow("expired, back home") << "remote_follow_up" << today.addDays(-5) << QDate() << 0;
        QTest::newRow("closed case") << "closed" << today.addDays(3) << today.addDays(3) << 0;
    }
    void expiries()
    {
        QFETCH(QString, status);
        QFETCH(QDate, passport);
        QFETCH(QDate, visa);
        QFETCH(int, expected);
        PatientRecord r;
        r.patient.caseStatus = *fromCode<CaseStatus>(status);
        r.patient.passportExpiry = passport;
        r.patient.visaExpiry = visa;
        r.visits.append(Visit{});
        r.visits.last().startsAt = QDateTime(today.addDays(-10), QTime(8, 0), Qt::UTC);
        const auto alerts = caseAlerts(r, today);
        QCOMPARE(alerts.size(), expected);
        for (const auto &a : alerts)
            QVERIFY(a.message.contains(a.date.toString(Qt::ISODate)));
    }

    void companionPassport()
    {
        PatientRecord r;
        r.patient.caseStatus = CaseStatus::InTreatment;
        Companion mother;
        mother.nameLatin = QStringLiteral("Sadia");
        mother.relation = QStringLiteral("mother");
        mother.accompanying = true;
        mother.passportExpiry = today.addDays(12);
        Companion uncle = mother;
        uncle.accompanying = false; // stays at home: not an alert
        r.patient.companions = { mother, uncle };
        const auto alerts = caseAlerts(r, today);
        QCOMPARE(kinds(alerts), QList<CaseAlert::Kind>{ CaseAlert::Kind::CompanionPassportExpiring });
        QVERIFY(alerts.first().message.contains(QStringLiteral("Sadia")));
        QVERIFY(alerts.first().message.contains(QStringLiteral("12 day")));
    }

    void followUpOverdue()
    {
        PatientRecord r;
        r.patient.caseStatus = CaseStatus::RemoteFollowUp;
        Visit v;
        v.startsAt = QDateTime(today.addDays(-100), QTime(8, 0), Qt::UTC);
        r.visits = { v };
        auto alerts = caseAlerts(r, today);
        QCOMPARE(kinds(alerts), QList<CaseAlert::Kind>{ CaseAlert::Kind::FollowUpOverdue });
        QCOMPARE(alerts.first().date, today.addDays(-100 + kFollowUpIntervalDays));
        // a planned visit ahead means it is in hand
        Visit planned;
        planned.startsAt = QDateTime(today.addDays(14), QTime(8, 0), Qt::UTC);
        r.visits << planned;
        QVERIFY(caseAlerts(r, today).isEmpty());
        // a recent contact too
        r.visits = { v };
        r.visits.last().startsAt = QDateTime(today.addDays(-20), QTime(8, 0), Qt::UTC);
        QVERIFY(caseAlerts(r, today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
