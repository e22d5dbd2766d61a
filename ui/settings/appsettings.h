// AppSettings: what the desktop remembers between sessions (QSettings): the
// database last opened and the recent ones, the user written into the audit
// trail, the centre's name and address for letters, the language, and the
// reporting replica's address.
#pragma once

#include <QString>
#include <QStringList>

namespace caravan {

struct AppSettings
{
    QString databasePath; // empty: the embedded default
    QStringList recentDatabases; // most recent first, at most 8
    QString userName; // empty: the login name
    QString centreName;
    QString centreAddress; // several lines: address, phone, e-mail
    QString centreLogo; // image file for the letterhead; empty: none
    QString language; // en, ur, kk, ru, zh_CN; empty: follow the system
    // A read-only copy of the centre's server (a streaming replica) for the cohort and
    // outcome views, postgresql://…; empty: they read the main server. No password.
    QString reportingServer;

    static AppSettings load();
    void save() const;
    void rememberDatabase(const QString &path);
    QString effectiveUserName() const;
};

} // namespace caravan
