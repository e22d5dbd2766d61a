#include "serverlogin.h"

#include "passwordkeychain.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QUrl>

namespace caravan {

QString ServerLogin::shownAddress() const
{
    QUrl url(address);
    url.setPassword(QString());
    return url.toString();
}

Status ServerLogin::connect(QWidget *parent, Database &db) const
{
    QString secret = password;
    bool fromKeychain = false;
    if (secret.isEmpty()) {
        if (const auto kept = PasswordKeychain::read(address)) {
            secret = *kept;
            fromKeychain = true;
        }
    }
    bool typed = !password.isEmpty();
    for (int attempt = 0;; ++attempt) {
        const Status s = readOnly ? db.openPostgresReadOnly(address, secret)
                                  : db.openPostgres(address, secret);
        if (s) {
            if (typed && rememberPassword)
                (void)PasswordKeychain::write(address, secret); // a failure only means asking next time
            return s;
        }
        if (s.error().reason != Error::Reason::PasswordNeeded || attempt >= 3)
            return s;
        if (fromKeychain) // changed on the server since: ask, and keep the new one only if asked to
            PasswordKeychain::forget(address);
        QInputDialog prompt(parent);
        prompt.setObjectName(QStringLiteral("serverPasswordPrompt"));
        prompt.setWindowTitle(tr("Server password"));
        prompt.setLabelText(s.error().message + QStringLiteral("\n\n") + tr("Password:"));
        prompt.setTextEchoMode(QLineEdit::Password);
        prompt.setInputMode(QInputDialog::TextInput);
        if (prompt.exec() != QDialog::Accepted)
            return Error{ tr("Not connected: no password was given for %1.").arg(shownAddress()) };
        secret = prompt.textValue();
        typed = true;
        fromKeychain = false;
    }
}

} // namespace caravan
