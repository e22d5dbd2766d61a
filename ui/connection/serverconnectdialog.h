// ServerConnectDialog: File ▸ Connect to server…: the centre's server (host, port,
// database), the person's login, how the connection is protected (TLS mode), and
// optionally the password with "keep it in the system keychain". Gives back a
// ServerLogin (serverlogin.h); the address it builds carries no password. Prefilled
// from the last server address used.
#pragma once

#include "serverlogin.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace caravan {

class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(const QString &previousAddress = {}, QWidget *parent = nullptr);

    ServerLogin login() const;
    // postgresql://user@host:port/database?sslmode=mode (user and database percent-encoded).
    static QString addressFor(const QString &host, int port, const QString &database, const QString &user,
                              const QString &sslMode);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *securityChoice() const { return m_security; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

public slots:
    void accept() override;

private:
    void updateOk();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace caravan
