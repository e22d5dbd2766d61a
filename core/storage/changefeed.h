// ChangeFeed: what other desktops change on a centre's PostgreSQL server, delivered
// to this desktop's ChangeNotifier as if it had happened here. The server's audit
// trigger announces every committed change on the channel caravan_change (table,
// id, patient, action as JSON); this class LISTENs on the store's connection through
// Qt's driver notifications and turns each into the notifier's signals (the kind's
// part comes from its declaration). Its own desk's changes are skipped: the store
// has announced them already. Nothing to do on SQLite (the class stays idle).
#pragma once

#include "database.h"

#include "events/changenotifier.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>

namespace caravan {

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    ChangeFeed(Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);
    ~ChangeFeed() override;

    static constexpr const char *channel = "caravan_change";
    bool isListening() const { return m_listening; }

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Database &m_db;
    QPointer<ChangeNotifier> m_notifier;
    bool m_listening = false;
};

} // namespace caravan
