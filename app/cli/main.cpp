// caravan-cli: wiring only; the verbs live in core/commandline.
#include "commandline/cli.h"
#include "translations/languages.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // A GUI application without windows: PDF export needs Qt's fonts, which only a
    // QGuiApplication has; offscreen keeps it working on machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Caravan"));
    QCoreApplication::setApplicationName(QStringLiteral("Caravan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARAVAN_VERSION));
    caravan::Languages languages;
    languages.apply(caravan::Languages::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    return caravan::Cli::run(QCoreApplication::arguments(), out, err, &in);
}
