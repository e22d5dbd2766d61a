#include "referralpreviewdialog.h"

#include "pdfpreview.h"
#include "report/referralsummary.h"
#include "storage/store.h"
#include "translations/languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan {

ReferralPreviewDialog::ReferralPreviewDialog(Store &store, qint64 patientId, const AppSettings &settings,
                                             QWidget *parent)
    : QDialog(parent), m_store(store), m_patientId(patientId), m_settings(settings)
{
    m_firstLabel = new QLabel(this);
    m_secondLabel = new QLabel(this);
    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("firstLanguage"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("secondLanguage"));
    m_second->addItem(QString(), QString()); // "none", text set in retranslateUi()
    for (const Languages::Language &l : Languages::available()) {
        m_first->addItem(l.nativeName, l.code);
        m_second->addItem(l.nativeName, l.code);
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);
    const int preferred = m_first->findData(m_settings.language);
    m_first->setCurrentIndex(preferred >= 0 ? preferred : std::max(0, m_first->findData(QStringLiteral("en"))));

    m_passport = new QCheckBox(this);
    m_passport->setObjectName(QStringLiteral("includePassport"));
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAs"));
    m_save->setEnabled(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_preview = new PdfPreview(this);
    m_preview->setObjectName(QStringLiteral("pdfPreview"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *options = new QGridLayout;
    options->addWidget(m_firstLabel, 0, 0);
    options->addWidget(m_first, 0, 1);
    options->addWidget(m_secondLabel, 0, 2);
    options->addWidget(m_second, 0, 3);
    options->addWidget(m_passport, 1, 0, 1, 3);
    options->addWidget(m_generate, 1, 3);
    options->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_first, &QComboBox::currentIndexChanged, this, &ReferralPreviewDialog::generate);
    connect(m_second, &QComboBox::currentIndexChanged, this, &ReferralPreviewDialog::generate);
    connect(m_passport, &QCheckBox::toggled, this, &ReferralPreviewDialog::generate);
    connect(m_generate, &QPushButton::clicked, this, &ReferralPreviewDialog::generate);
    connect(m_save, &QPushButton::clicked, this, &ReferralPreviewDialog::saveAs);

    retranslateUi();
    resize(760, 900);
    generate();
}

ReferralPreviewDialog::~ReferralPreviewDialog() = default;

QString ReferralPreviewDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList ReferralPreviewDialog::languages() const
{
    QStringList codes{m_first->currentData().toString()};
    const QString second = m_second->currentData().toString();
    if (!second.isEmpty())
        codes << second;
    return codes;
}

void ReferralPreviewDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ReferralPreviewDialog::generate()
{
    showMessage(QString());
    if (!m_dir.isValid()) {
        showMessage(tr("No temporary folder for the document: %1").arg(m_dir.errorString()));
        return false;
    }
    const Result<QStringList> codes = ReferralSummary::checkLanguages(languages());
    if (!codes) {
        showMessage(codes.error().fullText());
        return false;
    }
    const Result<PatientRecord> record = m_store.record(m_patientId);
    if (!record) {
        showMessage(record.error().fullText());
        return false;
    }
    m_recordNumber = record->patient.recordNumber;

    ReferralOptions options;
    options.languages = codes.value();
    // Until Settings names the centre, the letterhead says what it is.
    options.centreName = m_settings.centreName.isEmpty() ? tr("International Patient Centre") : m_settings.centreName;
    options.centreAddress = m_settings.centreAddress;
    options.includePassport = m_passport->isChecked();
    for (const Institution &i : m_store.institutions())
        options.institutions.insert(i.id, i.name);

    // A new file each time: the preview's render thread may still be reading the last one.
    const QString path = m_dir.filePath(QStringLiteral("referral-%1.pdf").arg(++m_serial));
    if (const Status s = writeReferralSummaryPdf(record.value(), options, path); !s) {
        showMessage(s.error().fullText());
        return false;
    }
    if (!m_preview->load(path)) {
        showMessage(m_preview->errorString());
        return false;
    }
    if (!m_pdfPath.isEmpty())
        QFile::remove(m_pdfPath); // the preview has let go of it (its worker reloads by serial)
    m_pdfPath = path;
    m_save->setEnabled(true);
    emit generated(path);
    return true;
}

bool ReferralPreviewDialog::saveTo(const QString &path)
{
    if (m_pdfPath.isEmpty()) {
        showMessage(tr("There is no document to save yet."));
        return false;
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        showMessage(tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QFile source(m_pdfPath);
    if (!source.copy(path)) {
        showMessage(tr("The document cannot be saved as %1: %2")
                        .arg(QDir::toNativeSeparators(path), source.errorString()));
        return false;
    }
    return true;
}

void ReferralPreviewDialog::saveAs()
{
    const QString suggested = tr("referral-%1.pdf").arg(m_recordNumber);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save referral summary"),
                                                      QDir::home().filePath(suggested),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!saveTo(path))
        QMessageBox::warning(this, tr("Save referral summary"), m_message->text());
}

void ReferralPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Referral summary"));
    m_firstLabel->setText(tr("&Language:"));
    m_secondLabel->setText(tr("&Second language:"));
    m_second->setItemText(0, tr("none"));
    m_passport->setText(tr("Include &passport details"));
    m_generate->setText(tr("&Refresh"));
    m_save->setText(tr("Save as PDF…"));
}

void ReferralPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace caravan
