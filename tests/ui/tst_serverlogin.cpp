// Connecting the desktop to a centre's server as a person: File ▸ Connect to
// server… builds the address (no password in it), the server asks for the
// password and the prompt takes it (a wrong one is refused and asked again),
// cancelling leaves the open database as it was, and no password reaches the
// settings file. Against a real PostgreSQL 15 that requires SCRAM passwords.
#include "connection/serverconnectdialog.h"
#include "connection/serverlogin.h"
#include "mainwindow.h"
#include "support/pgtestserver.h"

#include "storage/database.h"
#include "storage/serveraccounts.h"
#include "storage/store.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace caravan;

namespace {

const QString kPassword = QStringLiteral("Seven-kites-2026");

// Answers each modal dialog as it appears, in turn; records what each said.
class Answers : public QObject
{
public:
    explicit Answers(QList<std::function<void(QWidget *)>> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || !modal->isVisible() || m_steps.isEmpty())
                return;
            m_last = modal;
            seen << modal->metaObject()->className();
            if (auto *prompt = qobject_cast<QInputDialog *>(modal))
                texts << prompt->labelText();
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                texts << box->text();
            m_steps.takeFirst()(modal);
        });
        m_timer.start();
    }
    QStringList seen, texts;

private:
    QList<std::function<void(QWidget *)>> m_steps;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

void typePassword(QWidget *modal, const QString &password)
{
    auto *line = modal->findChild<QLineEdit *>();
    QVERIFY(line);
    QCOMPARE(line->echoMode(), QLineEdit::Password);
    QTest::keyClicks(line, password);
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace

class TestServerLogin : public QObject
{
    Q_OBJECT
    std::unique_ptr<testing::PgTestServer> m_server;
    QString m_url; // coord1's address, no password

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CaravanTest"));
        QApplication::setApplicationName(QStringLiteral("tst_serverlogin"));
        QSettings().clear();
        QString error;
        m_server = testing::PgTestServer::start(&error);
        QVERIFY2(m_server, qPrintable(error));
        QVERIFY(m_server->createDatabase(QStringLiteral("centre"), &error));
        {
            Database db;
            QVERIFY(db.open(m_server->url(QStringLiteral("centre"))).ok());
            QVERIFY(ServerAccounts(db).addUser(QStringLiteral("coord1"), CentreRole::Coordinator, kPassword).ok());
        }
        QVERIFY2(m_server->requirePasswords(&error), qPrintable(error));
        m_url = m_server->url(QStringLiteral("centre"), QStringLiteral("coord1"));
    }

    // The dialog's fields make the address libpq takes, with the TLS mode and no password.
    void dialogBuildsTheAddress()
    {
        ServerConnectDialog dialog;
        dialog.hostEdit()->setText(QStringLiteral("db.hospital.local"));
        dialog.portEdit()->setValue(6543);
        dialog.databaseEdit()->setText(QStringLiteral("centre"));
        dialog.userEdit()->setText(QStringLiteral("coord1"));
        dialog.securityChoice()->setCurrentIndex(dialog.securityChoice()->findData(QStringLiteral("verify-full")));
        dialog.passwordEdit()->setText(kPassword);
        const ServerLogin login = dialog.login();
        QCOMPARE(login.address, QStringLiteral("postgresql://coord1@db.hospital.local:6543/centre?sslmode=verify-full"));
        QVERIFY(!login.address.contains(kPassword));
        QCOMPARE(login.password, kPassword);
        QVERIFY(!login.rememberPassword);
        // Prefilled from a previous address.
        ServerConnectDialog again(login.address);
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("db.hospital.local"));
        QCOMPARE(again.portEdit()->value(), 6543);
        QCOMPARE(again.securityChoice()->currentData().toString(), QStringLiteral("verify-full"));
        QVERIFY(again.passwordEdit()->text().isEmpty());
        // A missing field is said, and the dialog stays.
        again.hostEdit()->clear();
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Rejected));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("connectProblem"))->text().contains(QLatin1String("server")));
    }

    // Asked for the password; a wrong one is refused and asked again; the right one connects.
    void asksForThePassword()
    {
        MainWindow window;
        window.show();
        Answers answers({ [](QWidget *m) { typePassword(m, QStringLiteral("wrong")); },
                          [](QWidget *m) { typePassword(m, kPassword); } });
        QVERIFY(window.openDatabase(m_url));
        QCOMPARE(answers.seen, (QStringList{ "QInputDialog", "QInputDialog" }));
        QVERIFY2(answers.texts.value(0).contains(QLatin1String("asks for coord1's password")),
                 qPrintable(answers.texts.value(0)));
        QVERIFY2(answers.texts.value(1).contains(QLatin1String("coord1")), qPrintable(answers.texts.value(1)));
        QVERIFY(window.store());
        QCOMPARE(window.store()->userName(), QStringLiteral("coord1"));

        // The address is remembered among the recent ones, the password nowhere in the settings.
        QSettings settings;
        settings.sync();
        QVERIFY(settings.value(QStringLiteral("database/recent")).toStringList().contains(m_url));
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
    }

    // Cancelling the prompt: not connected, said so, the open database kept.
    void cancelKeepsTheOpenDatabase()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
        QVERIFY(window.openDatabase(file));
        Store *before = window.store();
        Answers answers({ [](QWidget *m) { QTest::keyClick(m, Qt::Key_Escape); },
                          [](QWidget *m) { static_cast<QDialog *>(m)->accept(); } });
        QVERIFY(!window.openDatabase(m_url));
        QCOMPARE(answers.seen, (QStringList{ "QInputDialog", "QMessageBox" }));
        QVERIFY2(answers.texts.value(1).contains(QLatin1String("no password")), qPrintable(answers.texts.value(1)));
        QCOMPARE(window.store(), before);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
