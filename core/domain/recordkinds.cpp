#include "recordkinds.h"

namespace caravan {

namespace {

template<class V>
struct ListItem
{
    using type = void;
};
template<class Item>
struct ListItem<QList<Item>>
{
    using type = Item;
};

// Finds `name` (or "list.field") among the fields of T.
template<codec::Record T>
std::optional<Field> findField(QStringView name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QStringView head = dot < 0 ? name : name.left(dot);
    std::optional<Field> found;
    T r;
    T::fields(r, [&](const Field &f, const auto &value) {
        if (found || head != QLatin1String(f.name))
            return;
        using Item = typename ListItem<std::decay_t<decltype(value)>>::type;
        if (dot < 0)
            found = f;
        else if constexpr (codec::Record<Item>)
            found = findField<Item>(name.mid(dot + 1));
    });
    return found;
}

} // namespace

QString kindLabel(QAnyStringView table)
{
    QString label = table.toString();
    visitKind(table, [&label](auto kind) { label = kindLabel<typename decltype(kind)::type>(); });
    return label;
}

std::optional<Field> fieldOf(QAnyStringView table, QAnyStringView name)
{
    const QString n = name.toString();
    std::optional<Field> found;
    visitKind(table, [&](auto kind) { found = findField<typename decltype(kind)::type>(n); });
    return found;
}

QString fieldLabel(QAnyStringView table, QAnyStringView name)
{
    const auto f = fieldOf(table, name);
    return f ? f->translatedLabel() : name.toString();
}

} // namespace caravan
