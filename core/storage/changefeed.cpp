#include "changefeed.h"

#include "domain/recordkinds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTimer>

namespace caravan {

ChangeFeed::ChangeFeed(Database &db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_db(db), m_notifier(notifier)
{
    if (m_db.dialect() != Database::Dialect::PostgreSQL || !m_db.isOpen())
        return;
    listen();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &ChangeFeed::checkConnection);
    timer->start(intervalMs);
}

void ChangeFeed::listen()
{
    QSqlDriver *driver = m_db.connection().driver();
    m_listening = driver->subscribeToNotification(QLatin1String(channel));
    if (m_listening)
        connect(driver, &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    else
        qWarning("caravan: cannot listen for other desktops' changes: %s", qPrintable(driver->lastError().text()));
}

void ChangeFeed::checkConnection()
{
    if (m_db.dialect() != Database::Dialect::PostgreSQL || m_db.transactionDepth() > 0 || m_db.isConnected())
        return;
    if (!m_lost) {
        m_lost = true;
        m_listening = false;
        emit connectionLost(m_db.path());
    }
    if (!m_db.reconnect())
        return; // still away: the next tick tries again
    listen();
    m_lost = false;
    emit connectionRestored(m_db.path());
    if (m_notifier)
        emit m_notifier->storeReset(); // what others changed meanwhile was not announced
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_db.isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(QLatin1String(channel));
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource || !m_notifier)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString table = change.value(QStringLiteral("table")).toString();
    const QString action = change.value(QStringLiteral("action")).toString();
    const qint64 patient = change.value(QStringLiteral("patient")).toInteger();
    RecordPart part = table == QLatin1String("document") ? AuditTrail : NoPart;
    visitKind(table, [&part](auto kind) { part = decltype(kind)::type::part; });
    if (part == NoPart)
        return;
    if (part == Institutions)
        emit m_notifier->institutionsChanged();
    else if (part == Identity && action == QLatin1String("create"))
        emit m_notifier->patientAdded(patient);
    else if (part == Identity && action == QLatin1String("delete"))
        emit m_notifier->patientRemoved(patient);
    else if (patient)
        emit m_notifier->patientChanged(patient, part);
}

} // namespace caravan
