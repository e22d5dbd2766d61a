// Cross-script patient search through the store: a name typed in any of the five
// languages' scripts, with or without diacritics, finds the patient; so do record,
// passport and phone numbers. All names are fictional.
#include "storage/store.h"
#include "support/backends.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestSearch : public QObject
{
    Q_OBJECT
public:
    explicit TestSearch(testing::PgTestServer *server) : m_server(server) { }

private:
    testing::PgTestServer *m_server;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Store> m_store;

    void add(const QString &number, const QString &familyNative, const QString &givenNative, const QString &familyLatin,
             const QString &givenLatin, const QString &passport = {}, const QString &phone = {})
    {
        Patient p;
        p.recordNumber = number;
        p.familyNameNative = familyNative;
        p.givenNameNative = givenNative;
        p.familyNameLatin = familyLatin;
        p.givenNameLatin = givenLatin;
        p.passportNumber = passport;
        p.phone = phone;
        const auto r = m_store->create(p);
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
    }

    QStringList find(const QString &q)
    {
        QStringList numbers;
        for (const auto &h : m_store->search().find(q))
            numbers << h.recordNumber;
        return numbers;
    }

private slots:
    void initTestCase()
    {
        const Status opened = testing::openTestDatabase(m_db, m_server, m_dir, QStringLiteral("search"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::make_unique<Store>(m_db);
        add("KZ-1", "Жақсылықова", "Айгерім", "ZHAKSYLYKOVA", "Aigerim", "N11223344", "+7 701 555 0101");
        add("KZ-2", "Сейітқали", "Нұрлан", "SEIITKALI", "Nurlan");
        add("KZ-3", "Жақсыбекова", "Әлия", "ZHAKSYBEKOVA", "Aliya");
        add("PK-1", "خان", "محمد", "KHAN", "Muhammad", "AB1234567", "+92 300 1234567");
        add("PK-2", "احمد", "مائشہ", "AHMED", "Maisha");
        add("PK-3", "قریشی", "فاطمہ", "QURESHI", "Fatima");
        add("RU-1", "Иванова", "Мария", "IVANOVA", "Mariia");
        add("CN-1", "王", "芳", "WANG", "Fang");
        add("KG-1", "Асанов", "Бакыт", "ASANOV", "Bakyt");
        add("EN-1", "", "", "NÚÑEZ", "José");
    }

    void findsAcrossScripts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("passport Latin") << "Aigerim Zhaksylykova"
                                        << "KZ-1";
        QTest::newRow("Kazakh Cyrillic") << "Айгерім Жақсылықова"
                                         << "KZ-1";
        QTest::newRow("other Latin spelling") << "Aygerim Jaksylykova"
                                              << "KZ-1";
        QTest::newRow("Russian-style Cyrillic") << "Айгерим Жаксылыкова"
                                                << "KZ-1";
        QTest::newRow("family name only, lower case") << "zhaksylykova"
                                                      << "KZ-1";
        QTest::newRow("prefix while typing") << "Zhaksyl"
                                             << "KZ-1";
        QTest::newRow("Latin finds Urdu-script name") << "Muhammad"
                                                      << "PK-1";
        QTest::newRow("Urdu finds patient") << "محمد"
                                            << "PK-1";
        QTest::newRow("Mohammad spelling") << "Mohammad Khan"
                                           << "PK-1";
        QTest::newRow("Maisha Latin") << "Maisha"
                                      << "PK-2";
        QTest::newRow("Maisha Urdu") << "مائشہ"
                                     << "PK-2";
        QTest::newRow("Maisha Cyrillic") << "Майша"
                                         << "PK-2";
        QTest::newRow("Fatima Urdu") << "فاطمہ"
                                     << "PK-3";
        QTest::newRow("Russian Cyrillic") << "Мария Иванова"
                                          << "RU-1";
        QTest::newRow("Russian Latin variant") << "Maria Ivanova"
                                               << "RU-1";
        QTest::newRow("Chinese characters") << "王芳"
                                            << "CN-1";
        QTest::newRow("pinyin") << "Wang Fang"
                                << "CN-1";
        QTest::newRow("Kyrgyz Latin") << "Bakyt Asanov"
                                      << "KG-1";
        QTest::newRow("without diacritics") << "Jose Nunez"
                                            << "EN-1";
        QTest::newRow("with diacritics") << "José Núñez"
                                         << "EN-1";
        QTest::newRow("Nurlan Kazakh") << "Нұрлан"
                                       << "KZ-2";
        QTest::newRow("record number") << "kz-1"
                                       << "KZ-1";
        QTest::newRow("passport number") << "AB 1234567"
                                         << "PK-1";
        QTest::newRow("phone with country code") << "+92 300 123 4567"
                                                 << "PK-1";
        QTest::newRow("phone without country code") << "3001234567"
                                                    << "PK-1";
    }
    void findsAcrossScripts()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        const QStringList hits = find(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first(), expectedFirst);
    }

    void doesNotConfuseDifferentPeople_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mustNotFind");
        QTest::newRow("Aliya is not Aigerim") << "Aliya Zhaksybekova"
                                              << "KZ-1";
        QTest::newRow("Aigerim is not Aliya") << "Aigerim Zhaksylykova"
                                              << "KZ-3";
        QTest::newRow("Muhammad is not Maisha") << "Muhammad"
                                                << "PK-2";
        QTest::newRow("Wang is not Ivanova") << "Wang"
                                             << "RU-1";
    }
    void doesNotConfuseDifferentPeople()
    {
        QFETCH(QString, query);
        QFETCH(QString, mustNotFind);
        QVERIFY(!find(query).contains(mustNotFind));
    }

    void exactRanksAbovePrefix()
    {
        // "Zhaksy" prefixes both Kazakh family names; the full given name decides.
        QCOMPARE(find(QStringLiteral("Zhaksy Aliya")).value(0), QStringLiteral("KZ-3"));
        const auto hits = m_store->search().find(QStringLiteral("Zhaksy"));
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits[0].score >= hits[1].score);
    }

    void possibleDuplicates()
    {
        Patient incoming;
        incoming.familyNameNative = QStringLiteral("Жақсылықова");
        incoming.givenNameNative = QStringLiteral("Айгерім");
        incoming.familyNameLatin = QStringLiteral("JAKSYLYKOVA");
        incoming.givenNameLatin = QStringLiteral("Aygerim");
        auto dups = m_store->search().possibleDuplicates(incoming);
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups.first().recordNumber, QStringLiteral("KZ-1"));
        // a different birth date on both sides: another person with the same name
        Patient stored = *m_store->get<Patient>(dups.first().patientId);
        stored.birthDate = QDate(1996, 3, 4);
        QVERIFY(m_store->update(stored).ok());
        incoming.birthDate = QDate(2001, 7, 7);
        QVERIFY(m_store->search().possibleDuplicates(incoming).isEmpty());
        incoming.birthDate = QDate(1996, 3, 4);
        QCOMPARE(m_store->search().possibleDuplicates(incoming).size(), 1);
        // the same passport is always a possible duplicate, whatever the name
        Patient other;
        other.familyNameLatin = QStringLiteral("SOMEONE");
        other.passportNumber = QStringLiteral("ab1234567");
        QCOMPARE(m_store->search().possibleDuplicates(other).value(0).recordNumber, QStringLiteral("PK-1"));
        // a patient is not its own duplicate
        QVERIFY(m_store->search().possibleDuplicates(stored).isEmpty());
    }

    void emptyAndNoise()
    {
        QVERIFY(find(QString()).isEmpty());
        QVERIFY(find(QStringLiteral("   ")).isEmpty());
        QVERIFY(find(QStringLiteral("Xyzzyqwerty")).isEmpty());
    }
};

CARAVAN_TEST_MAIN_ON_BOTH_BACKENDS(TestSearch)
#include "tst_search.moc"
