// caravan-cli: wiring only; the verbs live in core/commandline.
#include "commandline/cli.h"
#include "translations/languages.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Caravan"));
    QCoreApplication::setApplicationName(QStringLiteral("Caravan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARAVAN_VERSION));
    caravan::Languages languages;
    languages.apply(caravan::Languages::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return caravan::Cli::run(QCoreApplication::arguments(), out, err);
}
