// FieldSpec: what kind of value each field of a record type holds, read off the
// field declarations (entity.h: the value's type, the declared style, label and
// reference), so that generic editors and tables can be built for
// every record type without a hand-written form per type. Core-level metadata:
// no widgets here; ui/editors turns specs into widgets.
#pragma once

#include "fieldcodec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace caravan {

struct FieldSpec
{
    enum class Kind {
        Text, // QString (one line)
        LongText, // QString shown as several lines (notes, summaries)
        Date, // QDate, empty allowed, ISO with four-digit year
        DateTime, // QDateTime, stored in UTC
        Bool,
        Integer, // int
        Number, // double
        OptionalInteger,
        OptionalNumber,
        Choice, // enum: codes + translated labels
        Reference, // id of another record (referenceTable says which); 0/empty = none
        List, // list of small records (itemSpecs)
    };
    QString name; // storage name, as in JSON
    Kind kind = Kind::Text;
    QStringList codes; // Choice: the codes, in order
    QStringList labels; // Choice: translated labels, same order
    QString referenceTable; // Reference: patient, diagnosis, treatment_course, institution
    QList<FieldSpec> itemSpecs; // List: the fields of one item
    const char *labelSource = nullptr; // the declared label, context "Field"

    // In the current language.
    QString label() const { return labelSource ? QCoreApplication::translate("Field", labelSource) : name; }
};

template<codec::Record T>
QList<FieldSpec> fieldSpecs();

namespace fieldspec_detail {

template<class V>
struct KindOf;
template<>
struct KindOf<QString>
{
    static constexpr auto kind = FieldSpec::Kind::Text;
};
template<>
struct KindOf<QDate>
{
    static constexpr auto kind = FieldSpec::Kind::Date;
};
template<>
struct KindOf<QDateTime>
{
    static constexpr auto kind = FieldSpec::Kind::DateTime;
};
template<>
struct KindOf<bool>
{
    static constexpr auto kind = FieldSpec::Kind::Bool;
};
template<>
struct KindOf<int>
{
    static constexpr auto kind = FieldSpec::Kind::Integer;
};
template<>
struct KindOf<double>
{
    static constexpr auto kind = FieldSpec::Kind::Number;
};
template<>
struct KindOf<qint64>
{
    static constexpr auto kind = FieldSpec::Kind::Reference;
};
template<>
struct KindOf<std::optional<int>>
{
    static constexpr auto kind = FieldSpec::Kind::OptionalInteger;
};
template<>
struct KindOf<std::optional<double>>
{
    static constexpr auto kind = FieldSpec::Kind::OptionalNumber;
};
template<>
struct KindOf<std::optional<qint64>>
{
    static constexpr auto kind = FieldSpec::Kind::Reference;
};

inline FieldSpec baseSpec(const Field &f, FieldSpec::Kind kind)
{
    FieldSpec s;
    s.name = QLatin1String(f.name);
    s.kind = kind;
    s.labelSource = f.label;
    if (f.references)
        s.referenceTable = QLatin1String(f.references);
    return s;
}

template<class E>
requires std::is_enum_v<E> FieldSpec enumSpec(const Field &f)
{
    FieldSpec s = baseSpec(f, FieldSpec::Kind::Choice);
    for (size_t i = 0; i < Vocabulary<E>::entries.size(); ++i) {
        s.codes << QString::fromLatin1(Vocabulary<E>::entries[i].code);
        s.labels << labelOf(static_cast<E>(i));
    }
    return s;
}

template<class V>
FieldSpec specFor(const Field &f, const V &)
{
    if constexpr (std::is_enum_v<V>) {
        return enumSpec<V>(f);
    } else {
        FieldSpec s = baseSpec(f, KindOf<V>::kind);
        if (s.kind == FieldSpec::Kind::Text && f.style == FieldStyle::LongText)
            s.kind = FieldSpec::Kind::LongText;
        Q_ASSERT_X(s.kind != FieldSpec::Kind::Reference || f.references, f.name,
                   "an id field declares the table it refers to");
        return s;
    }
}

template<codec::Record Item>
FieldSpec specFor(const Field &f, const QList<Item> &)
{
    FieldSpec s = baseSpec(f, FieldSpec::Kind::List);
    s.itemSpecs = fieldSpecs<Item>();
    return s;
}

} // namespace fieldspec_detail

// The specs of every persistent field of T, in declaration order (labels in the
// current language: call again after a language change).
template<codec::Record T>
QList<FieldSpec> fieldSpecs()
{
    QList<FieldSpec> specs;
    T r;
    T::fields(r, [&specs](const Field &f, const auto &value) { specs << fieldspec_detail::specFor(f, value); });
    return specs;
}

} // namespace caravan
