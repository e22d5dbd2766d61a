// The admin verbs of caravan-cli, for a centre's PostgreSQL server:
//   admin init-server URL [--admin NAME [--password-stdin]]   schema, roles, first administrator
//   admin add-user NAME --role ROLE [--password-stdin]
//   admin set-role NAME --role ROLE
//   admin set-password NAME --password-stdin
//   admin disable-user NAME                                   can no longer log in; history stays theirs
//   admin users                                               who may log in, with their roles
// All but init-server act on --database URL, logged in as an administrator. A
// password is read as one line from standard input, never from the command line.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace caravan {

class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)
public:
    static QList<QCommandLineOption> options();
    static QString usage();
    // args: the positional arguments, "admin" first; database: the --database value.
    static int run(const QCommandLineParser &parser, const QStringList &args, const QString &database, QTextStream &out,
                   QTextStream &err, QTextStream *in);
};

} // namespace caravan
