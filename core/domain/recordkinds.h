// The one list of record kinds. Code that must treat every kind (storage,
// editing, the forms and tables, the History view) visits this list instead of
// naming kinds in if-chains or string tables, so a new kind is: its header
// (entity.h's declaration convention), its migration, and one line here; the
// compiler then finds every switch that must handle it.
#pragma once

#include "fieldcodec.h"
#include "institution.h"
#include "patientrecord.h"

#include <QAnyStringView>
#include <type_traits>

namespace caravan {

template<class... T>
struct KindList
{
};

// Every kind stored in a table of its own.
using RecordKinds = KindList<Patient, Institution, Diagnosis, TreatmentCourse, Assessment, Measurement, Visit>;
// The kinds that belong to one patient, parents before children (a course refers to
// a diagnosis, an assessment to a course): the order of restoring; deleting runs backwards.
using PatientParts = KindList<Diagnosis, TreatmentCourse, Assessment, Measurement, Visit>;

// clang-format off (clang-format 14 mangles requires-expressions)
template<class T>
concept RecordKind = codec::Record<T> && requires
{
    {
        T::table
        } -> std::convertible_to<const char *>;
    {
        T::kindLabel
        } -> std::convertible_to<const char *>;
    {
        T::pluralLabel
        } -> std::convertible_to<const char *>;
    {
        T::part
        } -> std::convertible_to<RecordPart>;
    {
        T::orderColumn
        } -> std::convertible_to<const char *>;
};
// clang-format on

// Calls f(std::type_identity<T>{}) for each kind of the list, in order.
template<class... T, class F>
void forEachKind(KindList<T...>, F &&f)
{
    static_assert((RecordKind<T> && ...), "each kind declares table, labels, part, order column and fields");
    (f(std::type_identity<T>{}), ...);
}
template<class F>
void forEachKind(F &&f)
{
    forEachKind(RecordKinds{}, std::forward<F>(f));
}

// The same, last kind first (deleting children before parents).
template<class F>
void forEachKindReversed(KindList<>, F &&)
{
}
template<class H, class... R, class F>
void forEachKindReversed(KindList<H, R...>, F &&f)
{
    forEachKindReversed(KindList<R...>{}, f);
    f(std::type_identity<H>{});
}

// Calls f(std::type_identity<T>{}) for the kind stored in `table`; false if none is.
template<class... T, class F>
bool visitKind(KindList<T...>, QAnyStringView table, F &&f)
{
    bool found = false;
    ((!found && table == QLatin1String(T::table) ? (f(std::type_identity<T>{}), found = true) : false), ...);
    return found;
}
template<class F>
bool visitKind(QAnyStringView table, F &&f)
{
    return visitKind(RecordKinds{}, table, std::forward<F>(f));
}

// Translated names of a kind, for undo texts, dialogs and the History.
template<RecordKind T>
QString kindLabel()
{
    return QCoreApplication::translate("RecordKind", T::kindLabel);
}
template<RecordKind T>
QString pluralLabel()
{
    return QCoreApplication::translate("RecordKind", T::pluralLabel);
}
// By table name; the name itself for a table that is not a kind.
QString kindLabel(QAnyStringView table);

// The declaration of a field of a kind (or of a small record inside it, for a
// dotted name such as "companions.relation"); nullopt for a name not declared.
std::optional<Field> fieldOf(QAnyStringView table, QAnyStringView name);
// Its translated label; the name itself if the field is not declared.
QString fieldLabel(QAnyStringView table, QAnyStringView name);

// The declarations of every field of T, in declaration order.
template<codec::Record T>
QList<Field> fieldsOf()
{
    QList<Field> out;
    T r;
    T::fields(r, [&out](const Field &f, const auto &) { out << f; });
    return out;
}

} // namespace caravan
