// Record JSON import (see recordjsonimport.h): decodes each record through the field
// visitor (codec::recordFromJson, strict about unknown fields), maps the reference
// fields the field specs declare (FieldSpec::Kind::Reference with its table) from
// the document's ids to the store's, and creates the record through Store::create,
// parents before the records that refer to them.
#include "recordjsonimport.h"

#include "domain/fieldcodec.h"
#include "domain/fieldspec.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <type_traits>

namespace caravan {

namespace {

using IdMap = QHash<qint64, qint64>; // id in the document -> id in the store

const QString kInstitutions = QStringLiteral("institutions");
const QString kPatient = QStringLiteral("patient");
const QString kDiagnoses = QStringLiteral("diagnoses");
const QString kCourses = QStringLiteral("treatment_courses");
const QString kAssessments = QStringLiteral("assessments");
const QString kMeasurements = QStringLiteral("measurements");
const QString kVisits = QStringLiteral("visits");
const QString kDerived = QStringLiteral("derived"); // computed by show; ignored

// What a document may hold at its top level.
const QStringList kDocumentKeys{ kInstitutions, kPatient,      kDiagnoses, kCourses,
                                 kAssessments,  kMeasurements, kVisits,    kDerived };
// Written by show next to the fields: the id is read for the references, the rest ignored.
const QStringList kMetaFields{ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("created_at"),
                               QStringLiteral("updated_at") };

template<class V>
struct RecordList : std::false_type
{
};
template<codec::Record I>
struct RecordList<QList<I>> : std::true_type
{
    using Item = I;
};

// The table each reference field of T points to, as the field specs declare it.
template<codec::Record T>
const QHash<QString, QString> &referenceTables()
{
    static const QHash<QString, QString> tables = [] {
        QHash<QString, QString> t;
        for (const FieldSpec &s : fieldSpecs<T>())
            if (s.kind == FieldSpec::Kind::Reference)
                t.insert(s.name, s.referenceTable);
        return t;
    }();
    return tables;
}

// The first field inside a list of the record (companions, cycles, drugs,
// participants) that the item type does not declare; recordFromJson checks only
// the record's own fields.
template<codec::Record T>
QString unknownListItemField(const QJsonObject &o)
{
    QString error;
    T r;
    T::fields(r, [&](const Field &f, const auto &value) {
        const char *name = f.name;
        using V = std::decay_t<decltype(value)>;
        if constexpr (RecordList<V>::value) {
            const QJsonValue list = o.value(QLatin1String(name));
            if (!error.isEmpty() || !list.isArray())
                return;
            const QStringList known = codec::fieldNames<typename RecordList<V>::Item>();
            const QJsonArray items = list.toArray();
            for (qsizetype i = 0; i < items.size() && error.isEmpty(); ++i) {
                if (!items.at(i).isObject()) {
                    error = RecordJsonImport::tr("%1 #%2: expected a JSON object").arg(QLatin1String(name)).arg(i + 1);
                    break;
                }
                const QJsonObject item = items.at(i).toObject();
                for (auto it = item.begin(); it != item.end(); ++it) {
                    if (!known.contains(it.key())) {
                        error = RecordJsonImport::tr("%1 #%2: unknown field \"%3\"")
                                        .arg(QLatin1String(name))
                                        .arg(i + 1)
                                        .arg(it.key());
                        break;
                    }
                }
            }
        }
    });
    return error;
}

int lineOf(const QByteArray &text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

class Importer
{
public:
    explicit Importer(Store &store) : m_store(store) { }

    Status importDocument(const JsonDocumentSource &document);
    const RecordJsonImportReport &report() const { return m_report; }

private:
    Status importInstitutions(const QJsonValue &list);
    Status importPatientRecord(const QJsonObject &document);
    template<codec::Record T>
    Result<T> decode(const QJsonValue &value, const QString &where, qint64 *documentId) const;
    template<codec::Record T>
    Status mapReferences(T &record, const QString &where) const;
    QString mapReference(const QString &field, const QString &table, qint64 &id) const;
    template<codec::Record T>
    Status createParts(const QJsonObject &document, const QString &key, const QString &owner, IdMap *ids);
    Status remember(IdMap *ids, qint64 documentId, qint64 storeId, const QString &where) const;

    Error fail(const QString &where, const QString &what) const
    {
        return Error{ RecordJsonImport::tr("%1, %2: %3").arg(m_document, where, what) };
    }
    Error fail(const QString &where, const Error &e) const
    {
        return Error{ RecordJsonImport::tr("%1, %2: %3").arg(m_document, where, e.message), e.issues };
    }

    Store &m_store;
    QString m_document; // name of the document being read, for messages
    IdMap m_institutions; // shared by every document of the import
    qint64 m_documentPatientId = 0; // the patient record being read: its id in the document
    qint64 m_patientId = 0; // ... and in the store
    IdMap m_diagnoses; // of the patient record being read
    IdMap m_courses;
    RecordJsonImportReport m_report;
};

Status Importer::importDocument(const JsonDocumentSource &document)
{
    m_document = document.name;
    if (document.json.size() > RecordJsonImport::kMaxDocumentBytes)
        return Error{ RecordJsonImport::tr("%1 is larger than %2 MB; it is not imported.")
                              .arg(m_document)
                              .arg(RecordJsonImport::kMaxDocumentBytes / (1024 * 1024)) };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(document.json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{ RecordJsonImport::tr("%1, line %2: this is not valid JSON (%3).")
                              .arg(m_document)
                              .arg(lineOf(document.json, pe.offset))
                              .arg(pe.errorString()) };
    const QJsonObject o = doc.object();
    if (!doc.isObject() || (!o.contains(kPatient) && !o.contains(kInstitutions)))
        return Error{ RecordJsonImport::tr("%1: expected a JSON object with a \"patient\" record "
                                           "(as caravan-cli show prints it) or a list of \"institutions\".")
                              .arg(m_document) };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kDocumentKeys.contains(it.key()))
            return Error{ RecordJsonImport::tr("%1: unknown field \"%2\" (a document may have: %3).")
                                  .arg(m_document, it.key(), kDocumentKeys.join(QStringLiteral(", "))) };
    }
    if (o.contains(kInstitutions)) {
        if (Status s = importInstitutions(o.value(kInstitutions)); !s)
            return s;
    }
    if (o.contains(kPatient))
        return importPatientRecord(o);
    for (const QString &key : { kDiagnoses, kCourses, kAssessments, kMeasurements, kVisits }) {
        if (o.contains(key))
            return Error{
                RecordJsonImport::tr("%1: \"%2\" without the \"patient\" they belong to.").arg(m_document, key)
            };
    }
    return {};
}

Status Importer::importInstitutions(const QJsonValue &list)
{
    if (!list.isArray())
        return fail(kInstitutions, RecordJsonImport::tr("expected a list (a JSON array)"));
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString where = QStringLiteral("%1 #%2").arg(kInstitutions).arg(i + 1);
        const QString name = items.at(i).toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            where += QStringLiteral(" (%1)").arg(name);
        qint64 documentId = 0;
        auto decoded = decode<Institution>(items.at(i), where, &documentId);
        if (!decoded)
            return decoded.error();
        Institution institution = *decoded;
        const auto id = m_store.create(institution);
        if (!id)
            return fail(where, id.error());
        if (Status s = remember(&m_institutions, documentId, *id, where); !s)
            return s;
        ++m_report.institutions;
    }
    return {};
}

Status Importer::importPatientRecord(const QJsonObject &document)
{
    const QJsonValue patientValue = document.value(kPatient);
    const QString recordNumber = patientValue.toObject().value(QLatin1String("record_number")).toString();
    const QString owner = recordNumber.isEmpty() ? kPatient : RecordJsonImport::tr("patient %1").arg(recordNumber);
    m_diagnoses.clear();
    m_courses.clear();
    m_patientId = 0;
    auto decoded = decode<Patient>(patientValue, owner, &m_documentPatientId);
    if (!decoded)
        return decoded.error();
    Patient patient = *decoded;
    if (Status s = mapReferences(patient, owner); !s)
        return s;
    const auto id = m_store.create(patient);
    if (!id)
        return fail(owner, id.error());
    m_patientId = *id;

    // Parents first: courses refer to diagnoses, assessments to courses.
    if (Status s = createParts<Diagnosis>(document, kDiagnoses, owner, &m_diagnoses); !s)
        return s;
    if (Status s = createParts<TreatmentCourse>(document, kCourses, owner, &m_courses); !s)
        return s;
    if (Status s = createParts<Assessment>(document, kAssessments, owner, nullptr); !s)
        return s;
    if (Status s = createParts<Measurement>(document, kMeasurements, owner, nullptr); !s)
        return s;
    if (Status s = createParts<Visit>(document, kVisits, owner, nullptr); !s)
        return s;
    m_report.recordNumbers << patient.recordNumber;
    m_report.patientIds << m_patientId;
    return {};
}

template<codec::Record T>
Result<T> Importer::decode(const QJsonValue &value, const QString &where, qint64 *documentId) const
{
    *documentId = 0;
    if (!value.isObject())
        return fail(where, RecordJsonImport::tr("expected a JSON object"));
    QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull()) {
        if (QString e = codec::fromJson(id, *documentId); !e.isEmpty())
            return fail(where, QStringLiteral("id: ") + e);
    }
    for (const QString &meta : kMetaFields)
        o.remove(meta);
    T record;
    QString e = codec::recordFromJson(o, record, true);
    if (e.isEmpty())
        e = unknownListItemField<T>(o);
    if (!e.isEmpty())
        return fail(where, e);
    return record;
}

// Every reference field (patient_id, diagnosis_id, course_id, institution_id,
// referring_institution_id, hsct_donor_registry_id, ...) gets the store's id.
template<codec::Record T>
Status Importer::mapReferences(T &record, const QString &where) const
{
    const QHash<QString, QString> &tables = referenceTables<T>();
    QString error;
    T::fields(record, [&](const Field &f, auto &value) {
        const char *name = f.name;
        using V = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<V, qint64> || std::is_same_v<V, std::optional<qint64>>) {
            const QString field = QLatin1String(name);
            if (!error.isEmpty() || !tables.contains(field))
                return;
            qint64 id = 0;
            if constexpr (std::is_same_v<V, qint64>)
                id = value;
            else
                id = value.value_or(0);
            error = mapReference(field, tables.value(field), id);
            if (id == 0)
                value = V{};
            else
                value = id;
        }
    });
    if (!error.isEmpty())
        return fail(where, error);
    return {};
}

// Maps one id in place (0 stays 0: no reference); returns a message when it points nowhere.
QString Importer::mapReference(const QString &field, const QString &table, qint64 &id) const
{
    if (table == kPatient) {
        if (id != 0 && m_documentPatientId != 0 && id != m_documentPatientId)
            return RecordJsonImport::tr("%1: %2 is not the id of this record's patient (%3)")
                    .arg(field)
                    .arg(id)
                    .arg(m_documentPatientId);
        id = m_patientId;
        return {};
    }
    if (id == 0)
        return {};
    const IdMap *ids = nullptr;
    QString missing;
    if (table == QLatin1String("institution")) {
        ids = &m_institutions;
        missing = RecordJsonImport::tr("%1: refers to institution %2, which is not among the imported institutions");
    } else if (table == QLatin1String("diagnosis")) {
        ids = &m_diagnoses;
        missing = RecordJsonImport::tr("%1: refers to diagnosis %2, which is not among this record's diagnoses");
    } else if (table == QLatin1String("treatment_course")) {
        ids = &m_courses;
        missing = RecordJsonImport::tr("%1: refers to treatment course %2, which is not among this "
                                       "record's treatment courses (or comes after this record)");
    } else {
        return RecordJsonImport::tr("%1: references to %2 records cannot be imported").arg(field, table);
    }
    const auto it = ids->constFind(id);
    if (it == ids->constEnd())
        return missing.arg(field).arg(id);
    id = *it;
    return {};
}

template<codec::Record T>
Status Importer::createParts(const QJsonObject &document, const QString &key, const QString &owner, IdMap *ids)
{
    const QJsonValue list = document.value(key);
    if (list.isUndefined() || list.isNull())
        return {};
    if (!list.isArray())
        return fail(owner, RecordJsonImport::tr("\"%1\" must be a list (a JSON array)").arg(key));
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1, %2 #%3").arg(owner, key).arg(i + 1);
        qint64 documentId = 0;
        auto decoded = decode<T>(items.at(i), where, &documentId);
        if (!decoded)
            return decoded.error();
        T part = *decoded;
        if (Status s = mapReferences(part, where); !s)
            return s;
        const auto id = m_store.create(part);
        if (!id)
            return fail(where, id.error());
        if (ids) {
            if (Status s = remember(ids, documentId, *id, where); !s)
                return s;
        }
    }
    return {};
}

Status Importer::remember(IdMap *ids, qint64 documentId, qint64 storeId, const QString &where) const
{
    if (documentId == 0)
        return {}; // nothing can refer to it
    if (ids->contains(documentId))
        return fail(where, RecordJsonImport::tr("id %1 is used twice").arg(documentId));
    ids->insert(documentId, storeId);
    return {};
}

} // namespace

Result<RecordJsonImportReport> RecordJsonImport::importDocuments(Store &store,
                                                                 const QList<JsonDocumentSource> &documents)
{
    Transaction tx(store.database());
    if (!tx.started())
        return tx.started().error();
    Importer importer(store);
    for (const JsonDocumentSource &document : documents) {
        if (Status s = importer.importDocument(document); !s)
            return s.error(); // the guard rolls everything back
    }
    store.announceReset();
    if (Status s = tx.commit(); !s)
        return s.error();
    return importer.report();
}

Result<RecordJsonImportReport> RecordJsonImport::importFiles(Store &store, const QStringList &paths)
{
    QList<JsonDocumentSource> documents;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ tr("The file %1 cannot be read: %2").arg(path, f.errorString()) };
        if (f.size() > kMaxDocumentBytes)
            return Error{
                tr("%1 is larger than %2 MB; it is not imported.").arg(path).arg(kMaxDocumentBytes / (1024 * 1024))
            };
        documents << JsonDocumentSource{ path, f.readAll() };
    }
    return importDocuments(store, documents);
}

} // namespace caravan
