// Patient search across scripts. Owns the search_key rows: for every patient the
// Latin tokens and phonetic skeletons of both name forms (NameKeys) and the
// normalised record number, passport number and phone. find() turns a query into
// the same keys, matches each query word by exact or prefix key, keeps patients
// that match every word and ranks them (exact Latin > prefix Latin > skeleton).
// Store calls index()/unindex() inside its write transactions.
#pragma once

#include "domain/patient.h"
#include "domain/result.h"
#include "search/namekeys.h"

#include <QDate>
#include <QList>
#include <QString>

namespace caravan {

class Database;

struct SearchHit
{
    qint64 patientId = 0;
    double score = 0;
    QString recordNumber;
    QString displayName;
    QDate birthDate;
    QString nationality;
};

class PatientSearch
{
public:
    explicit PatientSearch(Database &db);

    Status index(const Patient &p);
    Status unindex(qint64 patientId);
    QList<SearchHit> find(const QString &query, int limit = 50) const;
    // Patients already stored who may be this new one: same passport number, or a
    // name matching across scripts with the same birth date (or no birth date on
    // either side). Best first; the patient itself (same id) is never listed.
    QList<SearchHit> possibleDuplicates(const Patient &p, int limit = 10) const;

    // Upper-case letters and digits only: "ab 123-45" -> "AB12345".
    static QString documentKey(const QString &text);

private:
    Database &m_db;
    NameKeys m_keys;
};

} // namespace caravan
