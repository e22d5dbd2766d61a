// The patient list's queries: which patients, in which order (ids only, cheap even
// at 100,000 patients), and the columns of just the rows a view is about to show.
// Item models page through rows() instead of loading every record.
#pragma once

#include "domain/vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace caravan {

class Database;
class PatientSearch;

struct PatientListRow {
    qint64 id = 0;
    QString recordNumber;
    QString nameNative;       // family + given, native script
    QString nameLatin;        // FAMILY Given, as in the passport
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString nationality;
    QString diagnosis;        // latest diagnosis: code and text
    QString treatment;        // latest treatment course type code
    CaseStatus status = CaseStatus::Enquiry;
    QString coordinator;
};

class PatientListQuery {
public:
    explicit PatientListQuery(Database &db);

    // Every patient id, by passport family name then given name.
    QList<qint64> allIds() const;
    // The list columns for these ids, in the same order (missing ids are skipped).
    QList<PatientListRow> rows(const QList<qint64> &ids) const;

private:
    Database &m_db;
};

} // namespace caravan
