// DocumentPreviewDialog: makes one of the patient's documents (core's Documents:
// referral summary, tele-consultation record, visa invitation letter) in one or two
// languages into a temporary folder, shows it in a PdfPreview (pages, zoom, rendered
// off the GUI thread), and saves a copy or prints it. The options of each kind (the
// passport box; which tele-consultation; the stay the letter invites for) sit above
// the preview; the document is made again whenever one of them changes. Printing
// paints the same pages again as vectors onto the printer (Documents::paint).
#pragma once

#include "domain/patientrecord.h"
#include "report/document.h"
#include "settings/appsettings.h"

#include <QDialog>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace caravan {

class DateEdit;
class PdfPreview;
class Store;

class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentPreviewDialog(DocumentKind kind, const Store &store, qint64 patientId, const AppSettings &settings,
                          QWidget *parent = nullptr);
    ~DocumentPreviewDialog() override;

    DocumentKind kind() const { return m_kind; }
    PdfPreview *preview() const { return m_preview; }
    QString pdfPath() const { return m_pdfPath; } // the file shown; empty if none
    QString messageText() const; // the last error, empty if none
    QStringList languages() const; // codes picked, first then second
    DocumentOptions options() const; // as the controls say now

public slots:
    // Writes the PDF again and shows it; false (and a message) on failure.
    bool generate();
    // Copies the current PDF to path; false (and a message) on failure.
    bool saveTo(const QString &path);
    // Paints the document onto a set-up printer; false (and a message) on failure.
    bool printTo(QPrinter &printer);

signals:
    void generated(const QString &path);
    // The document left the program: saved to a file (its path) or printed
    // ("printer:" and the printer's name). The main window writes it into the audit trail.
    void disclosed(caravan::DocumentKind kind, const QStringList &languages, const QString &destination);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildKindOptions();
    void retranslateUi();
    void saveAs();
    void print();
    void showMessage(const QString &text);
    QString documentTitle() const;

    DocumentKind m_kind;
    const Store &m_store;
    std::optional<PatientRecord> m_record; // read once, when the dialog opens
    QString m_recordError; // why it could not be read
    qint64 m_patientId;
    AppSettings m_settings;
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_pdfPath;
    QStringList m_shownLanguages; // of the file shown (normalised codes)
    QString m_recordNumber;

    QLabel *m_firstLabel, *m_secondLabel;
    QComboBox *m_first, *m_second;
    // Referral summary
    QCheckBox *m_passport = nullptr;
    // Tele-consultation record
    QLabel *m_visitLabel = nullptr;
    QComboBox *m_visit = nullptr;
    // Visa invitation letter
    QLabel *m_treatmentLabel = nullptr, *m_fromLabel = nullptr, *m_toLabel = nullptr, *m_signatoryLabel = nullptr;
    QLineEdit *m_treatment = nullptr, *m_signatory = nullptr;
    DateEdit *m_from = nullptr, *m_to = nullptr; // ISO dates, also in Urdu (QDateEdit mirrors them)

    QPushButton *m_generate, *m_save, *m_print;
    QLabel *m_message;
    PdfPreview *m_preview;
    QDialogButtonBox *m_buttons;
    QGridLayout *m_options;
};

} // namespace caravan
