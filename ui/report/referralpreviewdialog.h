// ReferralPreviewDialog: makes the referral summary PDF of one patient (core's
// writeReferralSummaryPdf) in one or two languages, with or without passport
// details, into a temporary folder, shows it in a PdfPreview, and saves a copy.
// The document is made again whenever a language or the passport box changes.
// No Print button: Qt6::PrintSupport is not linked.
#pragma once

#include "settings/appsettings.h"

#include <QDialog>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace caravan {

class PdfPreview;
class Store;

class ReferralPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ReferralPreviewDialog(Store &store, qint64 patientId, const AppSettings &settings,
                          QWidget *parent = nullptr);
    ~ReferralPreviewDialog() override;

    PdfPreview *preview() const { return m_preview; }
    QString pdfPath() const { return m_pdfPath; }     // the file shown; empty if none
    QString messageText() const;                      // the last error, empty if none
    QStringList languages() const;                    // codes picked, first then second

public slots:
    // Writes the PDF again and shows it; false (and a message) on failure.
    bool generate();
    // Copies the current PDF to path; false (and a message) on failure.
    bool saveTo(const QString &path);

signals:
    void generated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveAs();
    void showMessage(const QString &text);

    Store &m_store;
    qint64 m_patientId;
    AppSettings m_settings;
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_pdfPath;
    QString m_recordNumber;

    QLabel *m_firstLabel, *m_secondLabel;
    QComboBox *m_first, *m_second;
    QCheckBox *m_passport;
    QPushButton *m_generate, *m_save;
    QLabel *m_message;
    PdfPreview *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace caravan
