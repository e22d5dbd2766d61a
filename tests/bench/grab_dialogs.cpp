// grab_dialogs: pictures of the server dialogs for review and docs/screenshots (not a
// test): the conflict dialog (two desktops saved the same patient) and File ▸ Connect
// to server, in every language, as PNG files.
//   usage: grab_dialogs OUTPUT_FOLDER   (QT_QPA_PLATFORM=offscreen works)
#include "connection/serverconnectdialog.h"
#include "editors/conflictdialog.h"
#include "settings/settingsdialog.h"
#include "text/fontchoice.h"
#include "translations/languages.h"

#include "domain/fieldspec.h"
#include "domain/patient.h"

#include <QApplication>
#include <QDir>
#include <QTimeZone>

using namespace caravan;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setFont(interfaceFont(QApplication::font()));
    if (argc < 2) {
        fprintf(stderr, "usage: grab_dialogs OUTPUT_FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());

    // A fictional patient as opened, as the colleague saved it, and as edited here.
    Patient base;
    base.recordNumber = QStringLiteral("DEMO-0007");
    base.familyNameLatin = QStringLiteral("SAMPLOVA");
    base.givenNameLatin = QStringLiteral("Zarina");
    base.phone = QStringLiteral("+7 701 000 0001");
    base.email = QStringLiteral("zarina@example.org");
    base.notes = QStringLiteral("First enquiry by e-mail.");
    Patient theirs = base;
    theirs.phone = QStringLiteral("+7 701 000 0002");
    theirs.notes = QStringLiteral("Called back: prefers WhatsApp. Visa documents sent to the embassy on Monday.");
    theirs.caseStatus = CaseStatus::AwaitingVisa;
    Patient yours = base;
    yours.phone = QStringLiteral("+7 701 999 9999");
    yours.email = QStringLiteral("zarina.s@example.org");
    AuditEntry change;
    change.userName = QStringLiteral("aigul.bekova");
    change.at = QDateTime(QDate(2026, 12, 4), QTime(9, 41), Qt::UTC);

    Languages languages;
    for (const QString code : { "en", "ur", "kk", "ru", "zh_CN" }) {
        languages.apply(code);
        ConflictDialog conflict(kindLabel<Patient>(), fieldSpecs<Patient>(),
                                VersionMerge(codec::recordToJson(base), codec::recordToJson(theirs),
                                             codec::recordToJson(yours)),
                                change);
        conflict.show();
        QApplication::processEvents();
        conflict.grab().save(out.filePath(QStringLiteral("conflict-%1.png").arg(code)));

        ServerConnectDialog connect(QStringLiteral("postgresql://aigul.bekova@db.hospital.local:5432/caravan"
                                                   "?sslmode=verify-full"));
        connect.show();
        QApplication::processEvents();
        connect.grab().save(out.filePath(QStringLiteral("connect-%1.png").arg(code)));

        AppSettings settings;
        settings.reportingServer = QStringLiteral("postgresql://aigul.bekova@replica.hospital.local:5432/caravan");
        SettingsDialog dialog(settings);
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(out.filePath(QStringLiteral("settings-%1.png").arg(code)));
    }
    return 0;
}
