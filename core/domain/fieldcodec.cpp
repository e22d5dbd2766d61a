#include "fieldcodec.h"

#include <QJsonDocument>
#include <cmath>

namespace caravan::codec {

QString fromJson(const QJsonValue &v, QString &out)
{
    if (v.isNull() || v.isUndefined()) {
        out.clear();
        return {};
    }
    if (v.isString()) {
        out = v.toString();
        return {};
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        out = d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d);
        return {};
    }
    return FieldCodec::tr("expected text");
}

QString fromJson(const QJsonValue &v, QDate &out)
{
    QString s;
    if (QString e = fromJson(v, s); !e.isEmpty())
        return e;
    s = s.trimmed();
    if (s.isEmpty()) {
        out = QDate();
        return {};
    }
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    if (!d.isValid() || (s.size() > 10 && s.at(10) != QLatin1Char('T') && s.at(10) != QLatin1Char(' ')))
        return FieldCodec::tr("\"%1\" is not a date (write it as YYYY-MM-DD)").arg(s);
    out = d;
    return {};
}

QString fromJson(const QJsonValue &v, QDateTime &out)
{
    QString s;
    if (QString e = fromJson(v, s); !e.isEmpty())
        return e;
    s = s.trimmed();
    if (s.isEmpty()) {
        out = QDateTime();
        return {};
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return FieldCodec::tr("\"%1\" is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)").arg(s);
    if (t.timeSpec() == Qt::LocalTime) // no zone given: stored values are UTC
        t.setTimeSpec(Qt::UTC);
    out = t.toUTC();
    return {};
}

QString fromJson(const QJsonValue &v, bool &out)
{
    if (v.isBool()) {
        out = v.toBool();
        return {};
    }
    if (v.isDouble()) {
        out = v.toDouble() != 0;
        return {};
    }
    if (v.isNull() || v.isUndefined()) {
        out = false;
        return {};
    }
    const QString s = v.toString().trimmed().toLower();
    static const QStringList yes{ QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                  QStringLiteral("y") };
    static const QStringList no{ QString(), QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                 QStringLiteral("n") };
    if (yes.contains(s))
        out = true;
    else if (no.contains(s))
        out = false;
    else
        return FieldCodec::tr("\"%1\" is not yes or no").arg(v.toString());
    return {};
}

static QString numberFrom(const QJsonValue &v, double &out)
{
    if (v.isDouble()) {
        out = v.toDouble();
        return {};
    }
    if (v.isString()) {
        bool ok = false;
        out = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(out))
            return {};
        return FieldCodec::tr("\"%1\" is not a number").arg(v.toString());
    }
    return FieldCodec::tr("expected a number");
}

QString fromJson(const QJsonValue &v, double &out)
{
    return numberFrom(v, out);
}

QString fromJson(const QJsonValue &v, qint64 &out)
{
    if (v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong) {
        out = v.toInteger();
        return {};
    }
    double d = 0;
    if (QString e = numberFrom(v, d); !e.isEmpty())
        return e;
    if (d != std::floor(d) || std::fabs(d) > 9.0e15)
        return FieldCodec::tr("\"%1\" is not a whole number").arg(d);
    out = qint64(d);
    return {};
}

QString fromJson(const QJsonValue &v, int &out)
{
    qint64 i = 0;
    if (QString e = fromJson(v, i); !e.isEmpty())
        return e;
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())
        return FieldCodec::tr("%1 is out of range").arg(i);
    out = int(i);
    return {};
}

QJsonValue parseListText(const QJsonValue &v, QString *error)
{
    if (v.isNull() || v.isUndefined())
        return QJsonArray();
    if (v.isArray())
        return v;
    if (v.isString()) {
        if (v.toString().trimmed().isEmpty())
            return QJsonArray();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &pe);
        if (pe.error == QJsonParseError::NoError && doc.isArray())
            return doc.array();
    }
    *error = FieldCodec::tr("expected a list");
    return QJsonArray();
}

} // namespace caravan::codec
