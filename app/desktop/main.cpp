// caravan: the desktop application. Wiring only: creates the notifier, opens the
// database named by --database (or the embedded default), and shows the main window.
#include "mainwindow.h"
#include "storage/database.h"
#include "translations/languages.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Caravan"));
    QApplication::setApplicationName(QStringLiteral("Caravan"));
    QApplication::setApplicationVersion(QStringLiteral(CARAVAN_VERSION));

    caravan::Languages languages;
    languages.apply(caravan::Languages::systemLanguage());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "The SQLite database file to open."),
                                            QStringLiteral("PATH"), caravan::Database::defaultSqlitePath());
    parser.addOption(databaseOption);
    parser.process(app);

    caravan::MainWindow window;
    window.openDatabase(parser.value(databaseOption));
    window.show();
    return app.exec();
}
