#include "admincommand.h"

#include "cli.h"
#include "storage/database.h"
#include "storage/serveraccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caravan {

namespace {

void print(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

QList<QCommandLineOption> AdminCommand::options()
{
    return { QCommandLineOption(QStringLiteral("role"),
                                tr("The person's role: staff, coordinator, doctor or administrator."), tr("ROLE")),
             QCommandLineOption(QStringLiteral("admin"), tr("The first administrator's login name."), tr("NAME")),
             QCommandLineOption(QStringLiteral("password-stdin"),
                                tr("Read the new password as one line from standard input.")) };
}

QString AdminCommand::usage()
{
    return tr("  admin init-server URL [--admin NAME] create the schema and roles on a server, and its first "
              "administrator\n"
              "  admin add-user NAME --role ROLE      a person who logs in as NAME (staff, coordinator, doctor,\n"
              "                                       administrator); --password-stdin sets a password\n"
              "  admin set-role NAME --role ROLE      change a person's role\n"
              "  admin set-password NAME              a new password, read from standard input\n"
              "  admin disable-user NAME              the person can no longer log in; their history stays\n"
              "  admin users                          the people who may log in and their roles\n");
}

int AdminCommand::run(const QCommandLineParser &parser, const QStringList &args, const QString &database,
                      QTextStream &out, QTextStream &err, QTextStream *in)
{
    const QString action = args.value(1);
    static const QStringList actions{ QStringLiteral("init-server"),  QStringLiteral("add-user"),
                                      QStringLiteral("set-role"),     QStringLiteral("set-password"),
                                      QStringLiteral("disable-user"), QStringLiteral("users") };
    if (!actions.contains(action)) {
        err << tr("\"admin\" needs one of: %1.").arg(actions.join(QStringLiteral(", "))) << '\n' << usage();
        return Cli::Usage;
    }
    if (action != QLatin1String("users") && args.size() < 3) {
        err << tr("\"admin %1\" needs a name or an address.").arg(action) << '\n' << usage();
        return Cli::Usage;
    }
    std::optional<CentreRole> role;
    if (action == QLatin1String("add-user") || action == QLatin1String("set-role")) {
        role = ServerAccounts::fromCode(parser.value(QStringLiteral("role")));
        if (!role) {
            err << tr("--role must be staff, coordinator, doctor or administrator.") << '\n';
            return Cli::Usage;
        }
    }
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin")) || action == QLatin1String("set-password")) {
        if (in)
            password = in->readLine();
        if (password.isEmpty()) {
            err << tr("No password on standard input.") << '\n';
            return Cli::Usage;
        }
    }

    const QString target = action == QLatin1String("init-server") ? args.at(2) : database;
    if (!Database::isServerAddress(target)) {
        err << tr("People and roles live on a centre's PostgreSQL server: give its address "
                  "(postgresql://user@host:5432/database).")
            << '\n';
        return Cli::Usage;
    }
    Database db;
    if (Status s = db.open(target); !s) {
        err << s.error().message << '\n';
        return Cli::Failed;
    }
    ServerAccounts accounts(db);
    const QString name = args.value(2);
    Status done;
    QJsonObject result{ { QStringLiteral("database"), db.path() } };
    if (action == QLatin1String("init-server")) {
        result.insert(QStringLiteral("schema"), db.schemaVersion());
        const QString admin = parser.value(QStringLiteral("admin"));
        if (!admin.isEmpty()) {
            done = accounts.addUser(admin, CentreRole::Administrator, password);
            result.insert(QStringLiteral("administrator"), admin);
        }
    } else if (action == QLatin1String("add-user")) {
        done = accounts.addUser(name, *role, password);
    } else if (action == QLatin1String("set-role")) {
        done = accounts.setRole(name, *role);
    } else if (action == QLatin1String("set-password")) {
        done = accounts.setPassword(name, password);
    } else if (action == QLatin1String("disable-user")) {
        done = accounts.disableUser(name);
    } else {
        const auto users = accounts.users();
        if (!users) {
            err << users.error().message << '\n';
            return Cli::Failed;
        }
        QJsonArray list;
        for (const ServerAccount &a : *users)
            list.append(QJsonObject{ { QStringLiteral("name"), a.name },
                                     { QStringLiteral("roles"), QJsonArray::fromStringList(a.roles) },
                                     { QStringLiteral("can_log_in"), a.canLogIn } });
        result.insert(QStringLiteral("users"), list);
    }
    if (!done) {
        err << done.error().message << '\n';
        return Cli::Failed;
    }
    if (!name.isEmpty() && action != QLatin1String("init-server"))
        result.insert(QStringLiteral("user"), name);
    if (role)
        result.insert(QStringLiteral("role"), ServerAccounts::code(*role));
    print(out, result);
    return Cli::Done;
}

} // namespace caravan
