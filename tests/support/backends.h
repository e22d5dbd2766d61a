// Running a core test on both storage backends: the class takes a PgTestServer*
// (nullptr: SQLite), opens its databases with openTestDatabase(), and main() runs
// it once on SQLite and once on a PostgreSQL server started for the run.
#pragma once

#include "pgtestserver.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

namespace caravan::testing {

// db on a new SQLite file NAME.sqlite in dir, or on a new database NAME on server.
inline Status openTestDatabase(Database &db, PgTestServer *server, const QTemporaryDir &dir, QString name)
{
    name = name.toLower();
    if (!server)
        return db.openSqlite(dir.filePath(name + QStringLiteral(".sqlite")));
    QString error;
    if (!server->createDatabase(name, &error))
        return Error{ QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, error) };
    return db.open(server->url(name));
}

template<class TestClass, class Application = QCoreApplication>
int runOnBothBackends(int argc, char **argv)
{
    Application app(argc, argv);
    int failed = 0;
    {
        TestClass sqlite(nullptr);
        failed += QTest::qExec(&sqlite, argc, argv);
    }
    QString error;
    const auto server = PgTestServer::start(&error);
    if (!server) {
        // postgresql-15 is installed by scripts/setup-debian.sh: its absence is a failure.
        qWarning("The PostgreSQL half of this test could not run: %s", qPrintable(error));
        return failed + 1;
    }
    TestClass postgres(server.get());
    failed += QTest::qExec(&postgres, argc, argv);
    return failed;
}

} // namespace caravan::testing

#define CARAVAN_TEST_MAIN_ON_BOTH_BACKENDS(TestClass)                      \
    int main(int argc, char **argv)                                        \
    {                                                                      \
        return caravan::testing::runOnBothBackends<TestClass>(argc, argv); \
    }

// The same for a test of widgets (a QApplication).
#define CARAVAN_GUI_TEST_MAIN_ON_BOTH_BACKENDS(TestClass)                                \
    int main(int argc, char **argv)                                                      \
    {                                                                                    \
        return caravan::testing::runOnBothBackends<TestClass, QApplication>(argc, argv); \
    }
