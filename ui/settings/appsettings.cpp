#include "appsettings.h"

#include "storage/store.h"

#include <QSettings>

namespace caravan {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.databasePath = s.value(QStringLiteral("database/path")).toString();
    a.recentDatabases = s.value(QStringLiteral("database/recent")).toStringList();
    a.userName = s.value(QStringLiteral("user/name")).toString();
    a.centreName = s.value(QStringLiteral("centre/name")).toString();
    a.centreAddress = s.value(QStringLiteral("centre/address")).toString();
    a.centreLogo = s.value(QStringLiteral("centre/logo")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.reportingServer = s.value(QStringLiteral("database/reporting")).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("database/path"), databasePath);
    s.setValue(QStringLiteral("database/recent"), recentDatabases);
    s.setValue(QStringLiteral("user/name"), userName);
    s.setValue(QStringLiteral("centre/name"), centreName);
    s.setValue(QStringLiteral("centre/address"), centreAddress);
    s.setValue(QStringLiteral("centre/logo"), centreLogo);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("database/reporting"), reportingServer);
}

void AppSettings::rememberDatabase(const QString &path)
{
    databasePath = path;
    recentDatabases.removeAll(path);
    recentDatabases.prepend(path);
    while (recentDatabases.size() > 8)
        recentDatabases.removeLast();
}

QString AppSettings::effectiveUserName() const
{
    if (!userName.trimmed().isEmpty())
        return userName.trimmed();
    return Store::defaultUserName();
}

} // namespace caravan
