// SettingsDialog: edits AppSettings: your name for the audit trail, the centre's
// name and address (printed on letters), and the language.
#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace caravan {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    AppSettings m_settings;
    QLineEdit *m_user;
    QLineEdit *m_centre;
    QPlainTextEdit *m_address;
    QLineEdit *m_logo;
    QComboBox *m_language;
    QLineEdit *m_reporting;
};

} // namespace caravan
