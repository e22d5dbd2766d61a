// Record JSON import: the demo documents load as the cases the old C++ demo built,
// a rich record survives show -> import -> show, and every refusal names the
// document, record and field and leaves the database exactly as it was.
#include "interop/recordjson.h"
#include "interop/recordjsonimport.h"
#include "sample/democases.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

namespace {

const QStringList kParts{ QStringLiteral("diagnoses"), QStringLiteral("treatment_courses"),
                          QStringLiteral("assessments"), QStringLiteral("measurements"), QStringLiteral("visits") };
const QStringList kTables{ QStringLiteral("institution"), QStringLiteral("patient"),
                           QStringLiteral("diagnosis"),   QStringLiteral("treatment_course"),
                           QStringLiteral("assessment"),  QStringLiteral("measurement"),
                           QStringLiteral("visit"),       QStringLiteral("audit_log"),
                           QStringLiteral("search_key") };

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString demoDocument(const QString &recordNumber)
{
    return QStringLiteral(":/demo/patients/%1.json").arg(recordNumber);
}

QMap<QString, int> rowCounts(Database &db)
{
    QMap<QString, int> counts;
    for (const QString &table : kTables) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
            counts.insert(table, q.value(0).toInt());
        else
            counts.insert(table, -1);
    }
    return counts;
}

QHash<qint64, QString> institutionNames(const QJsonArray &institutions)
{
    QHash<qint64, QString> names;
    for (const auto &i : institutions)
        names.insert(i.toObject().value(QLatin1String("id")).toInteger(),
                     i.toObject().value(QLatin1String("name")).toString());
    return names;
}

QHash<qint64, QString> institutionNames(const Store &store)
{
    QHash<qint64, QString> names;
    for (const Institution &i : store.institutions())
        names.insert(i.id, i.name);
    return names;
}

// The ids of the records of one kind -> their place in the record ("course #2").
QHash<qint64, QString> places(const QJsonObject &record, const QString &key, const QString &kind)
{
    QHash<qint64, QString> out;
    const QJsonArray list = record.value(key).toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        out.insert(list.at(i).toObject().value(QLatin1String("id")).toInteger(),
                   QStringLiteral("%1 #%2").arg(kind).arg(i + 1));
    return out;
}

// A record with every id replaced by what it points to (institutions by name,
// diagnoses and courses by their place in the record) and the row meta removed, so
// that the same record compares equal whichever store it came from.
QJsonObject canonical(const QJsonObject &record, const QHash<qint64, QString> &institutions)
{
    const QHash<qint64, QString> diagnoses = places(record, QStringLiteral("diagnoses"), QStringLiteral("diagnosis"));
    const QHash<qint64, QString> courses =
            places(record, QStringLiteral("treatment_courses"), QStringLiteral("course"));
    const auto replace = [](QJsonObject &o, const char *field, const QHash<qint64, QString> &names) {
        const QJsonValue id = o.value(QLatin1String(field));
        if (!id.isUndefined() && !id.isNull())
            o.insert(QLatin1String(field),
                     names.value(id.toInteger(), QStringLiteral("dangling %1").arg(id.toInteger())));
    };
    const auto clean = [&](QJsonObject o) {
        for (const char *meta : { "id", "version", "created_at", "updated_at" })
            o.remove(QLatin1String(meta));
        if (o.contains(QLatin1String("patient_id")))
            o.insert(QLatin1String("patient_id"), QStringLiteral("this patient"));
        for (const char *field : { "institution_id", "referring_institution_id", "hsct_donor_registry_id" })
            replace(o, field, institutions);
        replace(o, "diagnosis_id", diagnoses);
        replace(o, "course_id", courses);
        return o;
    };
    QJsonObject out;
    out.insert(QLatin1String("patient"), clean(record.value(QLatin1String("patient")).toObject()));
    for (const QString &key : kParts) {
        QJsonArray list;
        for (const auto &item : record.value(key).toArray())
            list.append(clean(item.toObject()));
        out.insert(key, list);
    }
    if (record.contains(QLatin1String("derived"))) {
        QJsonObject derived = record.value(QLatin1String("derived")).toObject();
        QJsonArray engraftment;
        for (const auto &e : derived.value(QLatin1String("engraftment")).toArray())
            engraftment.append(clean(e.toObject()));
        if (!engraftment.isEmpty())
            derived.insert(QLatin1String("engraftment"), engraftment);
        out.insert(QLatin1String("derived"), derived);
    }
    return out;
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact));
}

// The first place where two JSON values differ, for a readable failure.
QString difference(const QJsonValue &a, const QJsonValue &b, const QString &path = QStringLiteral("$"))
{
    if (a.type() == b.type() && a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &k : keys)
            if (QString d = difference(x.value(k), y.value(k), path + QLatin1Char('.') + k); !d.isEmpty())
                return d;
        return {};
    }
    if (a.type() == b.type() && a.isArray() && a.toArray().size() == b.toArray().size()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        for (qsizetype i = 0; i < x.size(); ++i)
            if (QString d = difference(x.at(i), y.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)); !d.isEmpty())
                return d;
        return {};
    }
    return a == b ? QString() : QStringLiteral("%1: %2 vs %3").arg(path, compact(a), compact(b));
}

} // namespace

class TestRecordJsonImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_demoDb; // the demo, loaded once through loadDemoCases
    std::unique_ptr<Store> m_demo;
    int m_dbCount = 0;

    QString newDbPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)); }

    QJsonObject show(const QString &recordNumber)
    {
        const auto id = m_demo->patientIdByRecordNumber(recordNumber);
        if (!id)
            return {};
        return patientRecordToJson(m_demo->record(*id).value(), QDate::currentDate());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_demoDb.openSqlite(newDbPath()).ok());
        m_demo = std::make_unique<Store>(m_demoDb);
        const Status s = loadDemoCases(*m_demo);
        QVERIFY2(s.ok(), qPrintable(s.error().fullText()));
    }

    void demoHasTheCasesOfTheOldDemo()
    {
        // What the C++ demo built: 5 partner institutions, 9 patients, and per patient
        // diagnoses, courses, assessments, measurements and visits.
        QCOMPARE(demoRecordNumbers(),
                 (QStringList{ "DEMO-0001", "DEMO-0002", "DEMO-0003", "DEMO-0004", "DEMO-0005", "DEMO-0006",
                               "DEMO-0007", "DEMO-0008", "DEMO-0009" }));
        const QMap<QString, int> counts = rowCounts(m_demoDb);
        QCOMPARE(counts.value(QStringLiteral("institution")), 5);
        QCOMPARE(counts.value(QStringLiteral("patient")), 9);
        QCOMPARE(counts.value(QStringLiteral("diagnosis")), 9);
        QCOMPARE(counts.value(QStringLiteral("treatment_course")), 21);
        QCOMPARE(counts.value(QStringLiteral("assessment")), 20);
        QCOMPARE(counts.value(QStringLiteral("measurement")), 198);
        QCOMPARE(counts.value(QStringLiteral("visit")), 43);
        QCOMPARE(counts.value(QStringLiteral("audit_log")), 305); // one "create" per record
        QCOMPARE(counts.value(QStringLiteral("search_key")), 85);
    }

    void demoReferencesPointAtTheRightRecords()
    {
        const QHash<qint64, QString> names = institutionNames(*m_demo);
        const PatientRecord umar =
                m_demo->record(*m_demo->patientIdByRecordNumber(QStringLiteral("DEMO-0001"))).value();
        QCOMPARE(umar.patient.familyNameLatin, QStringLiteral("Malik"));
        QCOMPARE(umar.patient.familyNameNative, QStringLiteral("ملک"));
        QCOMPARE(names.value(umar.patient.referringInstitutionId.value_or(0)),
                 QStringLiteral("Lahore Children's Oncology Hospital"));
        QCOMPARE(umar.courses.size(), 4);
        for (const TreatmentCourse &c : umar.courses)
            QCOMPARE(c.diagnosisId.value_or(0), umar.diagnoses.first().id);
        const TreatmentCourse &hsct = umar.courses.last();
        QCOMPARE(hsct.type, TreatmentType::StemCellTransplant);
        QCOMPARE(names.value(hsct.hsct.donorRegistryId.value_or(0)),
                 QStringLiteral("North China Unrelated Donor Registry"));
        QCOMPARE(hsct.hsct.neutrophilEngraftment, QDate(2025, 6, 12));
        QCOMPARE(hsct.hsct.plateletEngraftment, QDate(2025, 6, 17));
        QList<qint64> courseIds;
        for (const TreatmentCourse &c : umar.courses)
            courseIds << c.id;
        for (const Assessment &a : umar.assessments)
            QVERIFY(!a.courseId || courseIds.contains(*a.courseId));
        QCOMPARE(umar.measurements.size(), 100);
        QCOMPARE(umar.visits.size(), 10);
        QCOMPARE(m_demo->history(umar.patient.id).size(), 1 + 1 + 4 + 7 + 100 + 10);
    }

    void demoDerivedFactsAreTheOldOnes_data()
    {
        QTest::addColumn<QString>("recordNumber");
        QTest::addColumn<double>("bsaMosteller");
        QTest::addColumn<QString>("neutrophils");
        QTest::addColumn<QString>("platelets");
        QTest::newRow("CAR-T then HSCT") << "DEMO-0001" << 0.86 << "2025-06-12"
                                         << "2025-06-17";
        QTest::newRow("autologous HSCT") << "DEMO-0007" << 2.02 << "2026-05-24"
                                         << "2026-05-25";
        QTest::newRow("no transplant") << "DEMO-0002" << 1.54 << ""
                                       << "";
    }
    void demoDerivedFactsAreTheOldOnes()
    {
        // As `caravan-cli show` printed them for the C++ demo: BSA from the latest
        // height and weight, engraftment from the daily counts = the stored dates.
        QFETCH(QString, recordNumber);
        QFETCH(double, bsaMosteller);
        QFETCH(QString, neutrophils);
        QFETCH(QString, platelets);
        const QJsonObject derived = show(recordNumber).value(QLatin1String("derived")).toObject();
        QCOMPARE(derived.value(QLatin1String("bsa_mosteller_m2")).toDouble(), bsaMosteller);
        const QJsonArray engraftment = derived.value(QLatin1String("engraftment")).toArray();
        QCOMPARE(engraftment.isEmpty(), neutrophils.isEmpty());
        if (neutrophils.isEmpty())
            return;
        const QJsonObject e = engraftment.first().toObject();
        QCOMPARE(e.value(QLatin1String("neutrophil_engraftment_from_counts")).toString(), neutrophils);
        QCOMPARE(e.value(QLatin1String("platelet_engraftment_from_counts")).toString(), platelets);
    }

    void demoRecordsEqualTheirDocuments()
    {
        // Field by field, ids mapped to what they point at, timestamps ignored.
        const QHash<qint64, QString> documentInstitutions = institutionNames(
                readJson(QStringLiteral(":/demo/institutions.json")).value(QLatin1String("institutions")).toArray());
        QCOMPARE(documentInstitutions.size(), 5);
        const QHash<qint64, QString> storeInstitutions = institutionNames(*m_demo);
        for (const QString &number : demoRecordNumbers()) {
            QJsonObject shown = show(number);
            shown.remove(QLatin1String("derived"));
            const QJsonObject document = readJson(demoDocument(number));
            QVERIFY2(!document.isEmpty(), qPrintable(number));
            const QString d =
                    difference(canonical(shown, storeInstitutions), canonical(document, documentInstitutions));
            QVERIFY2(d.isEmpty(), qPrintable(number + QStringLiteral(": ") + d));
        }
    }

    void roundTripKeepsARichRecord()
    {
        // show -> import into another store -> show: the same record, derived facts included.
        const QString number = QStringLiteral("DEMO-0001");
        const QJsonObject before = show(number);
        const QJsonObject institutions{ { QStringLiteral("institutions"), toJsonArray(m_demo->institutions()) } };
        Database db;
        QVERIFY(db.openSqlite(newDbPath()).ok());
        Store store(db);
        const auto report =
                RecordJsonImport::importDocuments(store,
                                                  { { QStringLiteral("institutions.json"), bytes(institutions) },
                                                    { QStringLiteral("DEMO-0001.json"), bytes(before) } });
        QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
        QCOMPARE(report->institutions, 5);
        QCOMPARE(report->recordNumbers, QStringList{ number });
        const QJsonObject after =
                patientRecordToJson(store.record(report->patientIds.first()).value(), QDate::currentDate());
        const QString d =
                difference(canonical(before, institutionNames(*m_demo)), canonical(after, institutionNames(store)));
        QVERIFY2(d.isEmpty(), qPrintable(d));
        QVERIFY(!after.value(QLatin1String("derived"))
                         .toObject()
                         .value(QLatin1String("engraftment"))
                         .toArray()
                         .isEmpty());
        // Written like any other record: audited, and findable by name.
        QCOMPARE(store.history(report->patientIds.first()).size(), 1 + 1 + 4 + 7 + 100 + 10);
        QCOMPARE(store.search().find(QStringLiteral("Umar Malik"), 5).value(0).recordNumber, number);
    }

    void importsRecordsWithoutIds()
    {
        // Hand-written documents need ids only where something refers to them.
        Database db;
        QVERIFY(db.openSqlite(newDbPath()).ok());
        Store store(db);
        const QByteArray json = R"({"patient": {"record_number": "HAND-1", "family_name_latin": "TESTOVA",
            "given_name_latin": "Dana", "birth_date": "1990-01-02", "nationality": "KZ"},
            "diagnoses": [{"id": 7, "icd10_code": "C50.4", "diagnosed_on": "2024-03-01"}],
            "treatment_courses": [{"diagnosis_id": 7, "type": "surgery", "name": "Lumpectomy",
                                   "status": "completed", "start_date": "2024-04-02"}]})";
        const auto report = RecordJsonImport::importDocuments(store, { { QStringLiteral("hand.json"), json } });
        QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
        const PatientRecord r = store.record(report->patientIds.first()).value();
        QCOMPARE(r.courses.size(), 1);
        QCOMPARE(r.courses.first().diagnosisId.value_or(0), r.diagnoses.first().id);
        QCOMPARE(r.courses.first().patientId, r.patient.id);
    }

    void refusesAndKeepsNothing_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("expected"); // words the message must contain

        // A copy of a demo case under another record number, which imports cleanly
        // (baseIsAccepted); each row breaks it in one way.
        QJsonObject base = readJson(demoDocument(QStringLiteral("DEMO-0003")));
        QJsonObject patient = base.value(QLatin1String("patient")).toObject();
        patient.insert(QLatin1String("record_number"), QStringLiteral("COPY-0003"));
        base.insert(QLatin1String("patient"), patient);
        const auto withPatientField = [&](const QString &field, const QJsonValue &value) {
            QJsonObject o = base, p = patient;
            p.insert(field, value);
            o.insert(QLatin1String("patient"), p);
            return bytes(o);
        };
        const auto withPartField = [&](const QString &key, int index, const QString &field, const QJsonValue &value) {
            QJsonObject o = base;
            QJsonArray list = o.value(key).toArray();
            QJsonObject item = list.at(index).toObject();
            item.insert(field, value);
            list.replace(index, item);
            o.insert(key, list);
            return bytes(o);
        };
        const QByteArray good = bytes(base);
        QTest::newRow("base") << good << QStringList{};
        QTest::newRow("malformed JSON") << good.left(good.size() / 2)
                                        << QStringList{ "copy.json", "line", "not valid JSON" };
        QTest::newRow("not a record") << QByteArray("[1, 2]") << QStringList{ "copy.json", "patient" };
        QJsonObject withXrays = base;
        withXrays.insert(QStringLiteral("x_rays"), QJsonArray());
        QTest::newRow("unknown top-level field") << bytes(withXrays) << QStringList{ "copy.json", "x_rays" };
        QTest::newRow("unknown patient field")
                << withPatientField(QStringLiteral("favourite_colour"), QStringLiteral("blue"))
                << QStringList{ "copy.json", "patient COPY-0003", "favourite_colour" };
        QJsonArray companions = patient.value(QLatin1String("companions")).toArray();
        QJsonObject companion = companions.isEmpty() ? QJsonObject{ { QStringLiteral("name"), QStringLiteral("A") } }
                                                     : companions.first().toObject();
        companion.insert(QStringLiteral("shoe_size"), 42);
        QTest::newRow("unknown field in a list")
                << withPatientField(QStringLiteral("companions"), QJsonArray{ companion })
                << QStringList{ "copy.json", "companions #1", "shoe_size" };
        QTest::newRow("unknown course field")
                << withPartField(QStringLiteral("treatment_courses"), 0, QStringLiteral("colour"), 1)
                << QStringList{ "treatment_courses #1", "colour" };
        QTest::newRow("dangling diagnosis")
                << withPartField(QStringLiteral("treatment_courses"), 1, QStringLiteral("diagnosis_id"), 999)
                << QStringList{ "patient COPY-0003", "treatment_courses #2", "diagnosis_id", "999" };
        QTest::newRow("dangling institution") << withPatientField(QStringLiteral("referring_institution_id"), 77)
                                              << QStringList{ "referring_institution_id", "77", "institution" };
        QTest::newRow("dangling course") << withPartField(QStringLiteral("assessments"), 0, QStringLiteral("course_id"),
                                                          4242)
                                         << QStringList{ "assessments #1", "course_id", "4242" };
        QTest::newRow("another patient's part")
                << withPartField(QStringLiteral("visits"), 0, QStringLiteral("patient_id"), 1)
                << QStringList{ "visits #1", "patient_id" };
        QTest::newRow("bad date") << withPatientField(QStringLiteral("birth_date"), QStringLiteral("2001-02-30"))
                                  << QStringList{ "patient COPY-0003", "birth_date", "2001-02-30" };
        const int lastVisit = int(base.value(QLatin1String("visits")).toArray().size()) - 1;
        QTest::newRow("bad time in the last record")
                << withPartField(QStringLiteral("visits"), lastVisit, QStringLiteral("starts_at"),
                                 QStringLiteral("noon"))
                << QStringList{ QStringLiteral("visits #%1").arg(lastVisit + 1), "starts_at", "noon" };
        QTest::newRow("invalid record") << withPartField(QStringLiteral("diagnoses"), 0, QStringLiteral("icd10_code"),
                                                         QStringLiteral("XYZ"))
                                        << QStringList{ "diagnoses #1", "icd10_code" };
        QTest::newRow("record number taken")
                << withPatientField(QStringLiteral("record_number"), QStringLiteral("DEMO-0001"))
                << QStringList{ "DEMO-0001", "already used" };
        QTest::newRow("wrong kind of value")
                << withPartField(QStringLiteral("measurements"), 0, QStringLiteral("value"), QJsonArray{ 1 })
                << QStringList{ "measurements #1", "value" };
    }
    void refusesAndKeepsNothing()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, expected);
        // Into the demo store (not empty), after the institutions the case refers to.
        QFile institutions(QStringLiteral(":/demo/institutions.json"));
        QVERIFY(institutions.open(QIODevice::ReadOnly));
        const QMap<QString, int> before = rowCounts(m_demoDb);
        const auto report =
                RecordJsonImport::importDocuments(*m_demo,
                                                  { { QStringLiteral("institutions.json"), institutions.readAll() },
                                                    { QStringLiteral("copy.json"), document } });
        if (expected.isEmpty()) { // the unbroken base: accepted, then taken out again
            QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
            QCOMPARE(rowCounts(m_demoDb).value(QStringLiteral("patient")), before.value(QStringLiteral("patient")) + 1);
            QVERIFY(m_demo->remove<Patient>(report->patientIds.first()).ok());
            for (const Institution &i : m_demo->institutions())
                if (i.id > 5)
                    QVERIFY(m_demo->remove<Institution>(i.id).ok());
            return;
        }
        QVERIFY(!report.ok());
        const QString message = report.error().fullText();
        for (const QString &word : expected)
            QVERIFY2(message.contains(word), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(word, message)));
        const QMap<QString, int> after = rowCounts(m_demoDb);
        for (const QString &table : kTables)
            QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
        QCOMPARE(m_demoDb.transactionDepth(), 0);
    }

    void refusesUnreadableFile()
    {
        const auto report = RecordJsonImport::importFiles(*m_demo, { m_dir.filePath(QStringLiteral("absent.json")) });
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("absent.json")));
    }

    void demoRefusesASecondLoad()
    {
        const QMap<QString, int> before = rowCounts(m_demoDb);
        const Status s = loadDemoCases(*m_demo);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("already")));
        QCOMPARE(rowCounts(m_demoDb), before);
    }
};

QTEST_GUILESS_MAIN(TestRecordJsonImport)
#include "tst_recordjsonimport.moc"
