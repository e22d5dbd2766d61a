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
    const ServerLogin &login = *this;
    QString password = login.password;
    bool fromKeychain = false;
    if (password.isEmpty()) {
        if (const auto kept = PasswordKeychain::read(login.address)) {
            password = *kept;
            fromKeychain = true;
        }
    }
    bool typed = !login.password.isEmpty();
    for (int attempt = 0;; ++attempt) {
        const Status s = login.readOnly ? db.openPostgresReadOnly(login.address, password)
                                        : db.openPostgres(login.address, password);
        if (s) {
            if (typed && login.rememberPassword)
                (void)PasswordKeychain::write(login.address, password); // a failure only means asking next time
            return s;
        }
        if (s.error().reason != Error::Reason::PasswordNeeded || attempt >= 3)
            return s;
        if (fromKeychain) // changed on the server since: ask, and keep the new one only if asked to
            PasswordKeychain::forget(login.address);
        QInputDialog prompt(parent);
        prompt.setObjectName(QStringLiteral("serverPasswordPrompt"));
        prompt.setWindowTitle(tr("Server password"));
        prompt.setLabelText(s.error().message + QStringLiteral("\n\n") + tr("Password:"));
        prompt.setTextEchoMode(QLineEdit::Password);
        prompt.setInputMode(QInputDialog::TextInput);
        if (prompt.exec() != QDialog::Accepted)
            return Error{ tr("Not connected: no password was given for %1.").arg(shownAddress()) };
        password = prompt.textValue();
        typed = true;
        fromKeychain = false;
    }
}

} // namespace caravan
