#include "settingsdialog.h"

#include "translations/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caravan {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_user(new QLineEdit(this)), m_centre(new QLineEdit(this)),
      m_address(new QPlainTextEdit(this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_user->setText(settings.userName);
    m_user->setPlaceholderText(settings.effectiveUserName());
    m_centre->setText(settings.centreName);
    m_address->setPlainText(settings.centreAddress);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_language->addItem(tr("Follow the system"), QString());
    for (const auto &l : Languages::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    auto *form = new QFormLayout;
    form->addRow(tr("Your name (written into the history of every change)"), m_user);
    form->addRow(tr("Centre name (on letters)"), m_centre);
    form->addRow(tr("Centre address"), m_address);
    form->addRow(tr("Language"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.userName = m_user->text().trimmed();
    s.centreName = m_centre->text().trimmed();
    s.centreAddress = m_address->toPlainText().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace caravan
