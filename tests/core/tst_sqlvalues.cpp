// Dates and timestamps to and from SQL (storage/sqlvalues.h), in a process whose local
// zone is Asia/Karachi (UTC+5), so that a local day and its UTC day differ in the early
// morning: dates stay the calendar day written, timestamps go to UTC, a timestamp read as
// a date gives its UTC day in every form the two dialects return, a local day's start is
// bound as its UTC instant, and a round trip through SQLite keeps the instant.
#include "storage/sqlvalues.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>
#include <ctime>

using namespace caravan;

namespace {

// 2026-03-02 02:00 in Karachi: still 2026-03-01 in UTC (21:00).
QDateTime earlyMorningInKarachi()
{
    return QDateTime(QDate(2026, 3, 2), QTime(2, 0)); // local time, which is Karachi's here
}

} // namespace

class TestSqlValues : public QObject
{
    Q_OBJECT
private slots:
    void theProcessRunsInKarachi()
    {
        QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(earlyMorningInKarachi()), 5 * 3600);
        QCOMPARE(earlyMorningInKarachi().toUTC(), QDateTime(QDate(2026, 3, 1), QTime(21, 0), Qt::UTC));
    }

    void datesAreCalendarDays()
    {
        QCOMPARE(sqlDate(QDate(2026, 3, 2)), QVariant(QStringLiteral("2026-03-02")));
        QCOMPARE(sqlDateText(QDate(2026, 3, 2)), QStringLiteral("2026-03-02"));
        QVERIFY(sqlDate(QDate()).isNull());
        QVERIFY(sqlDateText(QDate()).isEmpty());
    }

    void timestampsAreUtc_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QString>("text");
        QTest::newRow("local") << earlyMorningInKarachi() << "2026-03-01T21:00:00.000Z";
        QTest::newRow("other zone") << QDateTime(QDate(2026, 3, 2), QTime(5, 0), QTimeZone("Asia/Shanghai"))
                                    << "2026-03-01T21:00:00.000Z";
        QTest::newRow("offset") << QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone(5 * 3600))
                                << "2026-03-01T21:00:00.000Z";
        QTest::newRow("utc, milliseconds")
                << QDateTime(QDate(2026, 3, 1), QTime(21, 0, 5, 250), Qt::UTC) << "2026-03-01T21:00:05.250Z";
    }
    void timestampsAreUtc()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QString, text);
        QCOMPARE(sqlTimestamp(instant), QVariant(text));
        QCOMPARE(sqlTimestampText(instant), text);
        QCOMPARE(timestampFromSql(text), instant.toUTC());
        QCOMPARE(timestampFromSql(text).timeSpec(), Qt::UTC);
        QVERIFY(sqlTimestamp(QDateTime()).isNull());
    }

    void localDayStartIsBoundInUtc()
    {
        QCOMPARE(sqlDayStart(QDate(2026, 3, 2)), QVariant(QStringLiteral("2026-03-01T19:00:00.000Z")));
        QCOMPARE(sqlDayStart(QDate(2026, 3, 2), QTimeZone::utc()),
                 QVariant(QStringLiteral("2026-03-02T00:00:00.000Z")));
        QCOMPARE(sqlDayStart(QDate(2026, 3, 2), QTimeZone("Asia/Shanghai")),
                 QVariant(QStringLiteral("2026-03-01T16:00:00.000Z")));
        QVERIFY(sqlDayStart(QDate()).isNull());
    }

    // Every form a date or timestamp column comes back in: QDate (PostgreSQL DATE),
    // QDateTime in the session's zone (timestamptz), ISO text (SQLite).
    void dateFromSql_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QDate>("date");
        const QDate utcDay(2026, 3, 1);
        QTest::newRow("null") << QVariant() << QDate();
        QTest::newRow("QDate") << QVariant(QDate(2026, 3, 2)) << QDate(2026, 3, 2);
        QTest::newRow("date text") << QVariant(QStringLiteral("2026-03-02")) << QDate(2026, 3, 2);
        QTest::newRow("QDateTime, local") << QVariant(earlyMorningInKarachi()) << utcDay;
        QTest::newRow("QDateTime, offset")
                << QVariant(QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone(5 * 3600))) << utcDay;
        QTest::newRow("QDateTime, utc") << QVariant(earlyMorningInKarachi().toUTC()) << utcDay;
        QTest::newRow("text, Z") << QVariant(QStringLiteral("2026-03-01T21:00:00Z")) << utcDay;
        QTest::newRow("text, ms") << QVariant(QStringLiteral("2026-03-01T21:00:00.000Z")) << utcDay;
        QTest::newRow("text, offset") << QVariant(QStringLiteral("2026-03-02T02:00:00+05:00")) << utcDay;
        QTest::newRow("text, no zone is UTC") << QVariant(QStringLiteral("2026-03-01T21:00:00")) << utcDay;
        QTest::newRow("text, late UTC") << QVariant(QStringLiteral("2026-03-01T23:59:59Z")) << utcDay;
        QTest::newRow("not a date") << QVariant(QStringLiteral("soon")) << QDate();
    }
    void dateFromSql()
    {
        QFETCH(QVariant, value);
        QFETCH(QDate, date);
        QCOMPARE(caravan::dateFromSql(value), date);
    }

    void timestampWithoutZoneIsUtc()
    {
        // Not 16:00 UTC, as reading it as Karachi time would give.
        QCOMPARE(timestampFromSql(QStringLiteral("2026-03-01T21:00:00")),
                 QDateTime(QDate(2026, 3, 1), QTime(21, 0), Qt::UTC));
        QCOMPARE(timestampFromSql(QVariant(earlyMorningInKarachi())).timeSpec(), Qt::UTC);
        QCOMPARE(timestampFromSql(QVariant(QDate(2026, 3, 2))), QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC));
        QVERIFY(!timestampFromSql(QVariant()).isValid());
        QVERIFY(!timestampFromSql(QStringLiteral("soon")).isValid());
    }

    // Through SQLite as storage uses it: the instant survives, its date is the UTC day,
    // and "ts >= sqlDayStart(day)" agrees with SQLite's own local day of the value.
    void roundTripThroughSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("values"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER, d TEXT, ts TEXT)")));
            const QDateTime lateEvening(QDate(2026, 3, 1), QTime(23, 30)); // 18:30 UTC, same day
            const QList<QDateTime> instants{ earlyMorningInKarachi(), lateEvening };
            for (int i = 0; i < instants.size(); ++i) {
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)")));
                q.addBindValue(i);
                q.addBindValue(sqlDate(instants.at(i).date()));
                q.addBindValue(sqlTimestamp(instants.at(i)));
                QVERIFY(q.exec());
            }
            QVERIFY(q.prepare(QStringLiteral("SELECT d, ts, date(ts, 'localtime'), ts >= ? FROM t ORDER BY id")));
            q.addBindValue(sqlDayStart(QDate(2026, 3, 2)));
            QVERIFY(q.exec());

            QVERIFY(q.next());
            QCOMPARE(caravan::dateFromSql(q.value(0)), QDate(2026, 3, 2)); // a date is never shifted
            QCOMPARE(timestampFromSql(q.value(1)), earlyMorningInKarachi().toUTC());
            QCOMPARE(caravan::dateFromSql(q.value(1)), QDate(2026, 3, 1)); // the UTC day
            QCOMPARE(q.value(2).toString(), QStringLiteral("2026-03-02")); // the local day
            QCOMPARE(q.value(3).toInt(), 1); // on or after 2 March, locally

            QVERIFY(q.next());
            QCOMPARE(caravan::dateFromSql(q.value(0)), QDate(2026, 3, 1));
            QCOMPARE(timestampFromSql(q.value(1)), lateEvening.toUTC());
            QCOMPARE(q.value(2).toString(), QStringLiteral("2026-03-01"));
            QCOMPARE(q.value(3).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("values"));
    }

    // The seconds-only text that record fields are stored as compares as text in the right
    // order with a bound day start on the same second.
    void wholeSecondBoundsCompareWithFieldText()
    {
        const QString field = QStringLiteral("2026-03-01T19:00:00Z"); // fieldcodec's form
        const QString start = sqlDayStart(QDate(2026, 3, 2)).toString();
        QVERIFY(field >= start);
        QVERIFY(QStringLiteral("2026-03-01T18:59:59Z") < start);
    }
};

// The zone is set before anything reads it (Qt and SQLite both ask the C library).
int main(int argc, char *argv[])
{
    qputenv("TZ", "Asia/Karachi");
    tzset();
    QCoreApplication app(argc, argv);
    TestSqlValues test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sqlvalues.moc"
