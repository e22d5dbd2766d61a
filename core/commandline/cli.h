// caravan-cli: the verbs of the command-line companion, in their own library
// (caravan_commandline, above caravan_core and caravan_synthetic) so that tests
// run them exactly as a user would (arguments in, JSON on out, messages for people
// on err, an exit code back). app/cli/main.cpp only wires the streams.
//   demo | generate --patients N --seed S | import-patients FILE.csv |
//   import-json FILE.json... | search TEXT |
//   show PATIENT | check |
//   copy-to TARGET [--from SOURCE] (copycommand.h) |
//   export summary|teleconsult|invitation ... (exportcommand.h) | admin ... (admincommand.h),
//   each with --database PATH or server address (default: the desktop's embedded file).
// Exit codes: 0 done, 1 failed, 2 wrong usage, 3 partly done (import with bad rows).
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace caravan {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Done = 0, Failed = 1, Usage = 2, Partial = 3 };
    // arguments as in argv, including the program name first.
    // in: standard input, for the passwords of the admin verbs (admincommand.h).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in = nullptr);
};

} // namespace caravan
