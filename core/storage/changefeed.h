// ChangeFeed: what other desktops change on a centre's PostgreSQL server, delivered
// to this desktop's ChangeNotifier as if it had happened here. The server's audit
// trigger announces every committed change on the channel caravan_change (table,
// id, patient, action as JSON); this class LISTENs on the store's connection through
// Qt's driver notifications and turns each into the notifier's signals (the kind's
// part comes from its declaration). Its own desk's changes are skipped: the store
// has announced them already. It also keeps the connection: every few seconds it
// checks that the server still answers; when it does not, it says so
// (connectionLost), connects again as soon as it can, listens again, and says so
// (connectionRestored), and tells views to reload what they missed. Nothing to do on
// SQLite (the class stays idle).
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
    // Checks the connection now (the timer does it every intervalMs).
    void checkConnection();
    static constexpr int intervalMs = 3000;

signals:
    void connectionLost(const QString &server);
    void connectionRestored(const QString &server);

private:
    void listen();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Database &m_db;
    QPointer<ChangeNotifier> m_notifier;
    bool m_listening = false;
    bool m_lost = false;
};

} // namespace caravan
