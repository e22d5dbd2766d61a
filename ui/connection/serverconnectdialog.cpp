#include "serverconnectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace caravan {

ServerConnectDialog::ServerConnectDialog(const QString &previousAddress, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectDialog"));
    setWindowTitle(tr("Connect to server"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("for example db.hospital.local"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_security = new QComboBox(this);
    m_security->addItem(tr("Encrypted, server's certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_security->addItem(tr("Encrypted (require)"), QStringLiteral("require"));
    m_security->addItem(tr("Encrypted when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_security->addItem(tr("Not encrypted: this computer or a trusted network only (disable)"),
                        QStringLiteral("disable"));
    m_security->setCurrentIndex(2);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked for when needed"));
    m_remember = new QCheckBox(tr("Keep the password in the system keychain"), this);
    m_hint = new QLabel(tr("The password is never written to Caravan's settings. Leave it empty to be asked for it, "
                           "or to use ~/.pgpass."),
                        this);
    m_hint->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Your login:"), m_user);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Prefilled from the last server used.
    const QUrl previous(previousAddress);
    if (previous.isValid() && previous.scheme().startsWith(QLatin1String("postgres"))) {
        m_host->setText(previous.host());
        m_port->setValue(previous.port(5432));
        m_database->setText(previous.path().mid(1));
        m_user->setText(previous.userName());
        const QString mode = QUrlQuery(previous).queryItemValue(QStringLiteral("sslmode"));
        if (const int i = m_security->findData(mode); i >= 0)
            m_security->setCurrentIndex(i);
    }
    if (m_user->text().isEmpty())
        m_user->setText(qEnvironmentVariable("USER"));
    if (m_database->text().isEmpty())
        m_database->setText(QStringLiteral("caravan"));
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QString ServerConnectDialog::addressFor(const QString &host, int port, const QString &database, const QString &user,
                                        const QString &sslMode)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setUserName(user.trimmed());
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

ServerLogin ServerConnectDialog::login() const
{
    ServerLogin l;
    l.address = addressFor(m_host->text(), m_port->value(), m_database->text(), m_user->text(),
                           m_security->currentData().toString());
    l.password = m_password->text();
    l.rememberPassword = m_remember->isChecked() && !l.password.isEmpty();
    return l;
}

void ServerConnectDialog::accept()
{
    QStringList missing;
    if (m_host->text().trimmed().isEmpty())
        missing << tr("the server");
    if (m_database->text().trimmed().isEmpty())
        missing << tr("the database");
    if (m_user->text().trimmed().isEmpty())
        missing << tr("your login");
    if (!missing.isEmpty()) {
        m_problem->setText(tr("Fill in %1.").arg(missing.join(QStringLiteral(", "))));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace caravan
