#include "versionmerge.h"

#include <QSet>

#include <algorithm>

namespace caravan {

namespace {

bool isBookkeeping(const QString &field)
{
    static const QSet<QString> fields{ QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("created_at"),
                                       QStringLiteral("updated_at"), QStringLiteral("patient_id") };
    return fields.contains(field);
}

// Absent, null and an empty string all mean "not recorded".
QJsonValue normalised(const QJsonValue &v)
{
    if (v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return QJsonValue::Null;
    return v;
}

} // namespace

VersionMerge::VersionMerge(const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &yours)
    : m_theirs(theirs), m_yours(yours)
{
    QStringList names = theirs.keys();
    for (const QString &k : yours.keys())
        if (!theirs.contains(k))
            names << k;
    for (const QString &name : names) {
        if (isBookkeeping(name))
            continue;
        const QJsonValue b = normalised(base.value(name));
        const QJsonValue t = normalised(theirs.value(name));
        const QJsonValue y = normalised(yours.value(name));
        if (t == y)
            continue;
        Field f{ name, b, t, y, t != b, y != b };
        f.choice = f.changedByYou ? Side::Yours : Side::Theirs;
        m_fields << f;
    }
}

int VersionMerge::conflictCount() const
{
    return int(std::count_if(m_fields.begin(), m_fields.end(), [](const Field &f) { return f.conflict(); }));
}

void VersionMerge::choose(const QString &field, Side side)
{
    for (Field &f : m_fields)
        if (f.name == field)
            f.choice = side;
}

void VersionMerge::chooseAll(Side side)
{
    for (Field &f : m_fields)
        f.choice = side;
}

QJsonObject VersionMerge::merged() const
{
    QJsonObject result = m_theirs;
    for (const Field &f : m_fields) {
        if (f.choice != Side::Yours)
            continue;
        if (m_yours.contains(f.name))
            result.insert(f.name, m_yours.value(f.name));
        else
            result.remove(f.name);
    }
    return result;
}

} // namespace caravan
