// caravan: the desktop application. Wiring only: language, which database to open
// (--database, else the last one used, else the embedded default), the main window.
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "text/fontchoice.h"
#include "translations/languages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Caravan"));
    QApplication::setApplicationName(QStringLiteral("Caravan"));
    QApplication::setApplicationVersion(QStringLiteral(CARAVAN_VERSION));

    // Latin and Cyrillic from the system face; Urdu in Naskh (fontconfig would pick
    // Kufi, which Urdu readers do not use); Chinese and Japanese in Noto Sans CJK SC.
    QApplication::setFont(caravan::interfaceFont(QApplication::font()));

    const caravan::AppSettings settings = caravan::AppSettings::load();
    caravan::Languages languages;
    languages.apply(settings.language.isEmpty() ? caravan::Languages::systemLanguage() : settings.language);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
            QStringLiteral("database"),
            QApplication::translate(
                    "main",
                    "The SQLite database file, or a server address (postgresql://user@host:5432/database), to open."),
            QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    // For the documentation's pictures: show a patient, save the window as PNG, quit.
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QApplication::translate("main", "Show this patient (record number)."),
                                          QStringLiteral("RECORD"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QApplication::translate("main", "Show this tab of the case record (0-6)."),
                                       QStringLiteral("N"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"), QApplication::translate("main", "Save the window as a PNG file and quit."),
            QStringLiteral("FILE"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QApplication::translate("main",
                                                                  "Open the export preview of this document "
                                                                  "(summary, teleconsult, invitation)."),
                                          QStringLiteral("KIND"));
    parser.addOptions({ selectOption, tabOption, screenshotOption, exportOption });
    parser.process(app);

    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = settings.databasePath.isEmpty() ? caravan::Database::defaultSqlitePath() : settings.databasePath;

    caravan::MainWindow window(&languages);
    window.show();
    window.openDatabase(path);
    if (parser.isSet(selectOption))
        window.showPatient(parser.value(selectOption), parser.value(tabOption).toInt());
    if (const auto kind = caravan::Documents::fromCode(parser.value(exportOption)))
        QTimer::singleShot(0, &window, [&window, kind] { window.exportDocument(*kind); });
    if (parser.isSet(screenshotOption)) {
        // The export preview when it is open (it renders off the GUI thread: give it time).
        QTimer::singleShot(parser.isSet(exportOption) ? 3000 : 1500, &window,
                           [&window, file = parser.value(screenshotOption)] {
                               QWidget *modal = QApplication::activeModalWidget();
                               (modal ? modal : static_cast<QWidget *>(&window))->grab().save(file);
                               QApplication::quit();
                           });
    }
    return app.exec();
}
