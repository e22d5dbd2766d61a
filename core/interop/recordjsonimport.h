// Record JSON import: the way back for the JSON that `caravan-cli show` prints
// (recordjson.h). Data enters as JSON documents (files, or the demo resources), each
// an object holding a patient record ({"patient": {...}, "diagnoses": [...],
// "treatment_courses": [...], "assessments": [...], "measurements": [...],
// "visits": [...]}), a list of partner institutions ({"institutions": [...]}), or
// both. The ids in the documents only tie the records together: institution ids are
// shared by every document of one import, diagnosis and course ids by one patient
// record. Data leaves only through Store::create (validation, audit, search keys),
// each record getting a new id to which every reference is mapped. "id", "version",
// "created_at" and "updated_at" are read for the mapping or ignored; "derived" is
// ignored (it is computed); any other field not in the record's declaration is
// refused. Everything runs in one transaction: the first problem stops the import,
// nothing is kept, and the message names the document, the record and the field.
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace caravan {

class Store;

// One JSON document and the name that messages give it (a file name or resource path).
struct JsonDocumentSource
{
    QString name;
    QByteArray json;
};

struct RecordJsonImportReport
{
    int institutions = 0;
    QStringList recordNumbers; // of the imported patients, in the order of the documents
    QList<qint64> patientIds; // their new ids, same order
};

class RecordJsonImport
{
    Q_DECLARE_TR_FUNCTIONS(RecordJsonImport)
public:
    // Largest document accepted (a whole record with years of daily counts is far below).
    static constexpr qint64 kMaxDocumentBytes = 64 * 1024 * 1024;

    // Imports the documents in order (put institutions before the records that refer
    // to them), all in one transaction; announces one store reset. All or nothing.
    static Result<RecordJsonImportReport> importDocuments(Store &store, const QList<JsonDocumentSource> &documents);
    // The same for files (or Qt resource paths) read whole first.
    static Result<RecordJsonImportReport> importFiles(Store &store, const QStringList &paths);
};

} // namespace caravan
