// FieldSpec: what kind of value each field of a record type holds, read off the
// field visitor (entity.h), so that generic editors and tables can be built for
// every record type without a hand-written form per type. Core-level metadata:
// no widgets here; ui/editors turns specs into widgets.
#pragma once

#include "fieldcodec.h"
#include "fieldlabels.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace caravan {

struct FieldSpec {
    enum class Kind {
        Text,        // QString (one line)
        LongText,    // QString shown as several lines (notes, summaries)
        Date,        // QDate, empty allowed, ISO with four-digit year
        DateTime,    // QDateTime, stored in UTC
        Bool,
        Integer,     // int
        Number,      // double
        OptionalInteger,
        OptionalNumber,
        Choice,      // enum: codes + translated labels
        Reference,   // id of another record (referenceTable says which); 0/empty = none
        List,        // list of small records (itemSpecs)
    };
    QString name;                  // storage name, as in JSON
    Kind kind = Kind::Text;
    QStringList codes;             // Choice: the codes, in order
    QStringList labels;            // Choice: translated labels, same order
    QString referenceTable;        // Reference: patient, diagnosis, treatment_course, institution
    QList<FieldSpec> itemSpecs;    // List: the fields of one item

    QString label() const { return fieldLabel(name); }
};

namespace fieldspec_detail {

inline bool isLongText(const char *name)
{
    static const QStringList longOnes{QStringLiteral("notes"), QStringLiteral("summary"),
                                      QStringLiteral("findings"), QStringLiteral("question"),
                                      QStringLiteral("recommendations")};
    return longOnes.contains(QLatin1String(name));
}

inline QString referenceOf(const char *name)
{
    const QString n = QLatin1String(name);
    if (n == QLatin1String("patient_id")) return QStringLiteral("patient");
    if (n == QLatin1String("diagnosis_id")) return QStringLiteral("diagnosis");
    if (n == QLatin1String("course_id")) return QStringLiteral("treatment_course");
    return QStringLiteral("institution");   // institution_id, referring_institution_id, hsct_donor_registry_id
}

template <class T> struct SpecOf;
template <> struct SpecOf<QString> { static FieldSpec make(const char *n) { return {QLatin1String(n), isLongText(n) ? FieldSpec::Kind::LongText : FieldSpec::Kind::Text, {}, {}, {}, {}}; } };
template <> struct SpecOf<QDate> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::Date, {}, {}, {}, {}}; } };
template <> struct SpecOf<QDateTime> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::DateTime, {}, {}, {}, {}}; } };
template <> struct SpecOf<bool> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::Bool, {}, {}, {}, {}}; } };
template <> struct SpecOf<int> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::Integer, {}, {}, {}, {}}; } };
template <> struct SpecOf<double> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::Number, {}, {}, {}, {}}; } };
template <> struct SpecOf<qint64> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::Reference, {}, {}, referenceOf(n), {}}; } };
template <> struct SpecOf<std::optional<int>> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::OptionalInteger, {}, {}, {}, {}}; } };
template <> struct SpecOf<std::optional<double>> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::OptionalNumber, {}, {}, {}, {}}; } };
template <> struct SpecOf<std::optional<qint64>> { static FieldSpec make(const char *n) { return {QLatin1String(n), FieldSpec::Kind::Reference, {}, {}, referenceOf(n), {}}; } };

} // namespace fieldspec_detail

template <codec::Record T>
QList<FieldSpec> fieldSpecs();

namespace fieldspec_detail {

template <class E>
    requires std::is_enum_v<E>
FieldSpec enumSpec(const char *n)
{
    FieldSpec s{QLatin1String(n), FieldSpec::Kind::Choice, {}, {}, {}, {}};
    for (size_t i = 0; i < Vocabulary<E>::entries.size(); ++i) {
        s.codes << QString::fromLatin1(Vocabulary<E>::entries[i].code);
        s.labels << labelOf(static_cast<E>(i));
    }
    return s;
}

template <class V>
FieldSpec specFor(const char *n, const V &)
{
    if constexpr (std::is_enum_v<V>)
        return enumSpec<V>(n);
    else
        return SpecOf<V>::make(n);
}

template <codec::Record Item>
FieldSpec specFor(const char *n, const QList<Item> &)
{
    return {QLatin1String(n), FieldSpec::Kind::List, {}, {}, {}, fieldSpecs<Item>()};
}

} // namespace fieldspec_detail

// The specs of every persistent field of T, in declaration order (labels in the
// current language: call again after a language change).
template <codec::Record T>
QList<FieldSpec> fieldSpecs()
{
    QList<FieldSpec> specs;
    T r;
    T::fields(r, [&specs](const char *name, const auto &value) {
        specs << fieldspec_detail::specFor(name, value);
    });
    return specs;
}

} // namespace caravan
