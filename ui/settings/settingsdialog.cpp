#include "settingsdialog.h"

#include "translations/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QPushButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace caravan {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_user(new QLineEdit(this)),
      m_centre(new QLineEdit(this)),
      m_address(new QPlainTextEdit(this)),
      m_logo(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_reporting(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    m_user->setText(settings.userName);
    m_user->setPlaceholderText(settings.effectiveUserName());
    m_centre->setText(settings.centreName);
    m_address->setPlainText(settings.centreAddress);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_logo->setObjectName(QStringLiteral("centreLogo"));
    m_logo->setText(settings.centreLogo);
    m_logo->setPlaceholderText(tr("No logo"));
    auto *chooseLogo = new QPushButton(tr("Choose…"), this);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        QStringList patterns;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            patterns << QStringLiteral("*.") + QString::fromLatin1(format);
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo for the letterhead"), m_logo->text(),
                                                          tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
        if (!file.isEmpty())
            m_logo->setText(file);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    m_language->addItem(tr("Follow the system"), QString());
    for (const auto &l : Languages::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    m_reporting->setObjectName(QStringLiteral("reportingServer"));
    m_reporting->setText(settings.reportingServer);
    m_reporting->setPlaceholderText(tr("none: the cohort reads the main server"));
    m_reporting->setToolTip(tr("The address of a read-only replica of the centre's server, "
                               "postgresql://user@host:5432/database. The cohort view reads it, to keep heavy "
                               "queries off the main server."));

    auto *form = new QFormLayout;
    form->addRow(tr("Your name (written into the history of every change)"), m_user);
    form->addRow(tr("Centre name (on letters)"), m_centre);
    form->addRow(tr("Centre address, phone and e-mail (on letters)"), m_address);
    form->addRow(tr("Logo (on letters)"), logoRow);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Reporting server (read-only replica)"), m_reporting);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Room for the fields beside the longest label (Kazakh, Russian) and a server address.
    setMinimumWidth(std::max(sizeHint().width(), 820));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.userName = m_user->text().trimmed();
    s.centreName = m_centre->text().trimmed();
    s.centreAddress = m_address->toPlainText().trimmed();
    s.centreLogo = m_logo->text().trimmed();
    s.language = m_language->currentData().toString();
    QUrl reporting(m_reporting->text().trimmed());
    reporting.setPassword(QString()); // never a password in the settings
    s.reportingServer = m_reporting->text().trimmed().isEmpty() ? QString() : reporting.toString();
    return s;
}

} // namespace caravan
