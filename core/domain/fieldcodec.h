// JSON encoding of record fields, written once for every record type through the
// field-visitor convention of entity.h. Storage, the CLI's JSON output, the audit
// trail's before/after values and CSV import all go through these functions, so a
// value means the same everywhere: empty text, invalid dates and unset optionals
// are JSON null; dates are ISO 8601 (YYYY-MM-DD); timestamps are UTC ISO 8601;
// enums are their vocabulary codes.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <concepts>
#include <optional>
#include <type_traits>

namespace caravan::codec {

struct FieldCodec
{
    Q_DECLARE_TR_FUNCTIONS(FieldCodec)
};

template<class T>
concept Record = requires(T &t)
{
    T::fields(t, [](const Field &, auto &) {});
};

inline QJsonValue toJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
inline QJsonValue toJson(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
inline QJsonValue toJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
inline QJsonValue toJson(bool b)
{
    return b;
}
inline QJsonValue toJson(int i)
{
    return i;
}
inline QJsonValue toJson(qint64 i)
{
    return i;
}
inline QJsonValue toJson(double d)
{
    return d;
}
template<class E>
requires std::is_enum_v<E> QJsonValue toJson(E e)
{
    return toJson(codeOf(e));
}
template<class T>
QJsonValue toJson(const std::optional<T> &o)
{
    return o ? toJson(*o) : QJsonValue();
}
template<Record T>
QJsonObject recordToJson(const T &r);
template<Record T>
QJsonValue toJson(const QList<T> &list)
{
    if (list.isEmpty())
        return QJsonValue();
    QJsonArray a;
    for (const auto &item : list)
        a.append(recordToJson(item));
    return a;
}

// Every persistent field, by its column name (no id/version/timestamps).
template<Record T>
QJsonObject recordToJson(const T &r)
{
    QJsonObject o;
    T::fields(r, [&o](const Field &f, const auto &value) { o.insert(QLatin1String(f.name), toJson(value)); });
    return o;
}

// ---- decoding: each returns an empty string or a message for a person ----

QString fromJson(const QJsonValue &v, QString &out);
QString fromJson(const QJsonValue &v, QDate &out);
QString fromJson(const QJsonValue &v, QDateTime &out);
QString fromJson(const QJsonValue &v, bool &out);
QString fromJson(const QJsonValue &v, int &out);
QString fromJson(const QJsonValue &v, qint64 &out);
QString fromJson(const QJsonValue &v, double &out);

template<class E>
requires std::is_enum_v<E> QString fromJson(const QJsonValue &v, E &out)
{
    QString code;
    if (QString e = fromJson(v, code); !e.isEmpty())
        return e;
    if (auto e = fromCode<E>(code)) {
        out = *e;
        return {};
    }
    return FieldCodec::tr("\"%1\" is not one of: %2").arg(code, codesOf<E>().join(QStringLiteral(", ")));
}

template<class T>
QString fromJson(const QJsonValue &v, std::optional<T> &out)
{
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())) {
        out.reset();
        return {};
    }
    T value{};
    QString e = fromJson(v, value);
    if (e.isEmpty())
        out = value;
    return e;
}

template<Record T>
QString recordFromJson(const QJsonObject &o, T &r, bool rejectUnknown = false);

// A list arrives as a JSON array, or (from a database column) as JSON text.
QJsonValue parseListText(const QJsonValue &v, QString *error);

template<Record T>
QString fromJson(const QJsonValue &v, QList<T> &out)
{
    QString error;
    const QJsonValue list = parseListText(v, &error);
    if (!error.isEmpty())
        return error;
    out.clear();
    for (const auto &item : list.toArray()) {
        T t;
        if (QString e = recordFromJson(item.toObject(), t); !e.isEmpty())
            return e;
        out.append(t);
    }
    return {};
}

// Fills the fields present in the object; absent fields keep their value.
// Returns "field: message" for the first field that does not decode.
template<Record T>
QString recordFromJson(const QJsonObject &o, T &r, bool rejectUnknown)
{
    QString error;
    QStringList known;
    T::fields(r, [&](const Field &f, auto &value) {
        const QString key = QLatin1String(f.name);
        known << key;
        if (!error.isEmpty() || !o.contains(key))
            return;
        if (QString e = fromJson(o.value(key), value); !e.isEmpty())
            error = key + QStringLiteral(": ") + e;
    });
    if (error.isEmpty() && rejectUnknown) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return FieldCodec::tr("unknown field \"%1\"").arg(it.key());
    }
    return error;
}

// The field names of a record type, in declaration order.
template<Record T>
QStringList fieldNames()
{
    QStringList names;
    T r;
    T::fields(r, [&names](const Field &f, auto &) { names << QLatin1String(f.name); });
    return names;
}

} // namespace caravan::codec
