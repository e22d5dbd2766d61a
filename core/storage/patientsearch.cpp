#include "patientsearch.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QSqlRecord>

namespace caravan {

namespace {

// The smallest string greater than every string that starts with prefix (ASCII keys).
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0x7f);
}

struct Key
{
    QChar kind;
    QString key;
    bool operator==(const Key &) const = default;
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.kind, k.key);
}

} // namespace

PatientSearch::PatientSearch(Database &db) : m_db(db) { }

QString PatientSearch::documentKey(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            out.append(c.toUpper());
    }
    return out;
}

Status PatientSearch::unindex(qint64 patientId)
{
    QSqlQuery &del = m_db.cached(QStringLiteral("DELETE FROM search_key WHERE patient_id = ?"));
    del.bindValue(0, patientId);
    return m_db.exec(del, QCoreApplication::translate("Database", "updating the search index"));
}

Status PatientSearch::index(const Patient &p)
{
    if (Status s = unindex(p.id); !s)
        return s;
    QSet<Key> keys;
    for (const QString *name : { &p.familyNameNative, &p.givenNameNative, &p.familyNameLatin, &p.givenNameLatin }) {
        for (const QString &token : m_keys.tokens(*name)) {
            keys.insert({ QLatin1Char('n'), token });
            if (const QString s = NameKeys::skeleton(token); !s.isEmpty())
                keys.insert({ QLatin1Char('s'), s });
        }
    }
    for (const QString *doc : { &p.recordNumber, &p.passportNumber }) {
        if (const QString k = documentKey(*doc); !k.isEmpty())
            keys.insert({ QLatin1Char('d'), k });
    }
    const QString phoneDigits = documentKey(p.phone);
    if (phoneDigits.size() >= 5) {
        keys.insert({ QLatin1Char('d'), phoneDigits });
        if (phoneDigits.size() > 10) // also findable without the country code
            keys.insert({ QLatin1Char('d'), phoneDigits.right(10) });
    }

    QSqlQuery &ins = m_db.cached(QStringLiteral("INSERT INTO search_key (patient_id, kind, key) VALUES (?, ?, ?)"));
    for (const Key &k : std::as_const(keys)) {
        ins.bindValue(0, p.id);
        ins.bindValue(1, QString(k.kind));
        ins.bindValue(2, k.key);
        if (Status s = m_db.exec(ins, QCoreApplication::translate("Database", "updating the search index")); !s)
            return s;
    }
    return {};
}

QList<SearchHit> PatientSearch::find(const QString &query, int limit) const
{
    struct Word
    {
        QString latin, skeleton, document;
    };
    QList<Word> words;
    // A query with digits is a record, passport or phone number: match it whole,
    // whatever spaces or dashes the user typed ("AB 1234567", "+92 300 123 4567").
    if (query.contains(QRegularExpression(QStringLiteral("[0-9]")))) {
        const QString doc = documentKey(query);
        if (doc.size() >= 3)
            words.append({ QString(), QString(), doc });
    } else {
        for (const QString &raw : query.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
            // One typed word may hold several name tokens ("王芳" is "wang fang").
            for (const QString &t : m_keys.tokens(raw))
                words.append({ t, NameKeys::skeleton(t), QString() });
        }
    }
    if (words.isEmpty())
        return {};

    QStringList parts;
    QVariantList binds;
    for (const Word &w : std::as_const(words)) {
        QStringList where;
        QString score = QStringLiteral("CASE");
        if (!w.document.isEmpty()) {
            where << QStringLiteral("(kind = 'd' AND key >= ? AND key < ?)");
            score += QStringLiteral(" WHEN kind = 'd' AND key = ? THEN 5 WHEN kind = 'd' THEN 4");
        }
        if (!w.latin.isEmpty()) {
            where << QStringLiteral("(kind = 'n' AND key >= ? AND key < ?)");
            score += QStringLiteral(" WHEN kind = 'n' AND key = ? THEN 3 WHEN kind = 'n' THEN 2");
        }
        // Skeletons match whole words only: a skeleton prefix matches too much to rank
        // (and to count fast at 100,000 patients); prefixes are the Latin key's job.
        if (w.skeleton.size() >= 2) {
            where << QStringLiteral("(kind = 's' AND key = ?)");
            score += QStringLiteral(" WHEN kind = 's' THEN 1.5");
        }
        score += QStringLiteral(" ELSE 1 END");
        // Bind order follows the text: the CASE comes first in the SELECT, then the WHERE.
        QVariantList caseBinds, whereBinds;
        if (!w.document.isEmpty()) {
            caseBinds << w.document;
            whereBinds << w.document << prefixEnd(w.document);
        }
        if (!w.latin.isEmpty()) {
            caseBinds << w.latin;
            whereBinds << w.latin << prefixEnd(w.latin);
        }
        if (w.skeleton.size() >= 2)
            whereBinds << w.skeleton;
        // A lone first letter ("M") or a short number prefix every record shares
        // ("SYN-0", "2024") would rank a large part of the centre: take the first few
        // thousand keys in order instead, so those keystrokes stay as fast as the others.
        const bool broadPrefix =
                words.size() == 1 && (w.document.isEmpty() ? w.latin.size() < 2 : w.document.size() < 6);
        // One index-only scan of (kind, key, patient_id) per kind of key, rather than
        // an OR, which PostgreSQL answers with a bitmap that visits a heap page per
        // key (23 ms instead of a few for a common name at 100,000 patients).
        QStringList branches;
        for (const QString &condition : std::as_const(where))
            branches << QStringLiteral("SELECT patient_id, kind, key FROM search_key WHERE %1").arg(condition);
        const QString keys = branches.join(QStringLiteral(" UNION ALL "));
        const QString source = broadPrefix
                ? QStringLiteral("(SELECT patient_id, kind, key FROM (%1) candidates ORDER BY kind, key LIMIT 3000) keys")
                          .arg(keys)
                : QStringLiteral("(%1) keys").arg(keys);
        parts << QStringLiteral("SELECT patient_id, MAX(%1) AS best FROM %2 GROUP BY patient_id").arg(score, source);
        binds << caseBinds << whereBinds;
    }
    const QString sql = QStringLiteral("SELECT patient_id, SUM(best) AS score FROM (%1) matches "
                                       "GROUP BY patient_id HAVING COUNT(*) = %2 "
                                       "ORDER BY score DESC, patient_id LIMIT %3")
                                .arg(parts.join(QStringLiteral(" UNION ALL ")))
                                .arg(words.size())
                                .arg(limit);
    QSqlQuery q = m_db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!m_db.exec(q, QString()))
        return {};
    QList<SearchHit> hits;
    QHash<qint64, int> position;
    while (q.next()) {
        SearchHit h;
        h.patientId = q.value(0).toLongLong();
        h.score = q.value(1).toDouble();
        position.insert(h.patientId, int(hits.size()));
        hits.append(h);
    }
    if (hits.isEmpty())
        return hits;

    QStringList ids;
    for (const auto &h : std::as_const(hits))
        ids << QString::number(h.patientId);
    QSqlQuery details = m_db.prepare(
            QStringLiteral("SELECT id, record_number, family_name_native, given_name_native, family_name_latin, "
                           "given_name_latin, birth_date, nationality FROM patient WHERE id IN (%1)")
                    .arg(ids.join(QLatin1Char(','))));
    if (m_db.exec(details, QString())) {
        while (details.next()) {
            SearchHit &h = hits[position.value(details.value(0).toLongLong())];
            Patient p;
            p.familyNameNative = details.value(2).toString();
            p.givenNameNative = details.value(3).toString();
            p.familyNameLatin = details.value(4).toString();
            p.givenNameLatin = details.value(5).toString();
            h.recordNumber = details.value(1).toString();
            h.displayName = p.displayName();
            h.birthDate = dateFromSql(details.value(6));
            h.nationality = details.value(7).toString();
        }
    }
    return hits;
}

QList<SearchHit> PatientSearch::possibleDuplicates(const Patient &p, int limit) const
{
    QList<SearchHit> out;
    QSet<qint64> seen;
    const auto consider = [&](const QList<SearchHit> &hits, bool needSameBirth) {
        for (const SearchHit &h : hits) {
            if (h.patientId == p.id || seen.contains(h.patientId))
                continue;
            const bool birthKnown = h.birthDate.isValid() && p.birthDate.isValid();
            if (needSameBirth && birthKnown && h.birthDate != p.birthDate)
                continue;
            seen.insert(h.patientId);
            out.append(h);
        }
    };
    if (!documentKey(p.passportNumber).isEmpty())
        consider(find(p.passportNumber, limit), false);
    for (const QString &name : { QStringLiteral("%1 %2").arg(p.familyNameLatin, p.givenNameLatin),
                                 QStringLiteral("%1 %2").arg(p.familyNameNative, p.givenNameNative) }) {
        if (name.trimmed().isEmpty())
            continue;
        consider(find(name, 50), true);
    }
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace caravan
