// DocumentPreviewDialog: see documentpreviewdialog.h.
#include "documentpreviewdialog.h"

#include "pdfpreview.h"
#include "editors/dateedit.h"
#include "storage/store.h"
#include "translations/languages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTimeZone>
#include <QVBoxLayout>

namespace caravan {

DocumentPreviewDialog::DocumentPreviewDialog(DocumentKind kind, const Store &store, qint64 patientId,
                                             const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_store(store), m_patientId(patientId), m_settings(settings)
{
    if (auto record = m_store.record(m_patientId))
        m_record = *record;
    else
        m_recordError = record.error().fullText();
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

    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAs"));
    m_save->setEnabled(false);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setEnabled(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_preview = new PdfPreview(this);
    m_preview->setObjectName(QStringLiteral("pdfPreview"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_options = new QGridLayout;
    m_options->addWidget(m_firstLabel, 0, 0);
    m_options->addWidget(m_first, 0, 1);
    m_options->addWidget(m_secondLabel, 0, 2);
    m_options->addWidget(m_second, 0, 3);
    m_options->addWidget(m_generate, 0, 5);
    m_options->setColumnStretch(4, 1);
    buildKindOptions();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_options);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_first, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::generate);
    connect(m_second, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::generate);
    connect(m_generate, &QPushButton::clicked, this, &DocumentPreviewDialog::generate);
    connect(m_save, &QPushButton::clicked, this, &DocumentPreviewDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &DocumentPreviewDialog::print);

    retranslateUi();
    resize(820, 940);
    generate();
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

void DocumentPreviewDialog::buildKindOptions()
{
    const std::optional<PatientRecord> &record = m_record;
    switch (m_kind) {
    case DocumentKind::ReferralSummary:
        m_passport = new QCheckBox(this);
        m_passport->setObjectName(QStringLiteral("includePassport"));
        m_options->addWidget(m_passport, 1, 0, 1, 4);
        connect(m_passport, &QCheckBox::toggled, this, &DocumentPreviewDialog::generate);
        break;
    case DocumentKind::TeleConsultation: {
        m_visitLabel = new QLabel(this);
        m_visit = new QComboBox(this);
        m_visit->setObjectName(QStringLiteral("teleConsultation"));
        m_visitLabel->setBuddy(m_visit);
        QHash<qint64, QString> institutions;
        for (const Institution &i : m_store.institutions())
            institutions.insert(i.id, i.name);
        if (record) {
            QList<Visit> visits = record->visits;
            std::sort(visits.begin(), visits.end(),
                      [](const Visit &a, const Visit &b) { return a.startsAt > b.startsAt; }); // latest first
            for (const Visit &v : visits) {
                if (v.type != VisitType::TeleConsultation)
                    continue;
                const QTimeZone zone(v.localTimeZone.toUtf8());
                const QDateTime local = zone.isValid() ? v.startsAt.toTimeZone(zone) : v.startsAt;
                QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                if (v.institutionId && institutions.contains(*v.institutionId))
                    text += QStringLiteral(" · ") + institutions.value(*v.institutionId);
                m_visit->addItem(text, v.id);
            }
        }
        m_options->addWidget(m_visitLabel, 1, 0);
        m_options->addWidget(m_visit, 1, 1, 1, 3);
        connect(m_visit, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::generate);
        break;
    }
    case DocumentKind::VisaInvitation: {
        m_treatmentLabel = new QLabel(this);
        m_treatment = new QLineEdit(this);
        m_treatment->setObjectName(QStringLiteral("intendedTreatment"));
        m_fromLabel = new QLabel(this);
        m_toLabel = new QLabel(this);
        m_from = new DateEdit(this);
        m_to = new DateEdit(this);
        m_from->setObjectName(QStringLiteral("stayFrom"));
        m_to->setObjectName(QStringLiteral("stayTo"));
        m_signatoryLabel = new QLabel(this);
        m_signatory = new QLineEdit(this);
        m_signatory->setObjectName(QStringLiteral("signatory"));
        m_treatmentLabel->setBuddy(m_treatment);
        m_fromLabel->setBuddy(m_from);
        m_toLabel->setBuddy(m_to);
        m_signatoryLabel->setBuddy(m_signatory);
        // What the record says, or a suggestion the coordinator sees and corrects.
        const QDate today = QDate::currentDate();
        QDate from = record && record->patient.arrivalDate.isValid() ? record->patient.arrivalDate : today.addDays(14);
        QDate to = record && record->patient.departureDate.isValid() && record->patient.departureDate >= from
                ? record->patient.departureDate
                : from.addDays(89);
        m_from->setDate(from);
        m_to->setDate(to);
        if (record)
            m_signatory->setText(record->patient.coordinator);
        m_options->addWidget(m_treatmentLabel, 1, 0);
        m_options->addWidget(m_treatment, 1, 1, 1, 5);
        m_options->addWidget(m_fromLabel, 2, 0);
        m_options->addWidget(m_from, 2, 1);
        m_options->addWidget(m_toLabel, 2, 2);
        m_options->addWidget(m_to, 2, 3);
        m_options->addWidget(m_signatoryLabel, 3, 0);
        m_options->addWidget(m_signatory, 3, 1, 1, 5);
        // Made again once a date is whole (or emptied), not at every keystroke.
        for (DateEdit *e : { m_from, m_to })
            connect(e, &DateEdit::edited, this, [this, e] {
                if (e->isAcceptable())
                    generate();
            });
        connect(m_treatment, &QLineEdit::editingFinished, this, &DocumentPreviewDialog::generate);
        connect(m_signatory, &QLineEdit::editingFinished, this, &DocumentPreviewDialog::generate);
        break;
    }
    }
}

QString DocumentPreviewDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList DocumentPreviewDialog::languages() const
{
    QStringList codes{ m_first->currentData().toString() };
    const QString second = m_second->currentData().toString();
    if (!second.isEmpty())
        codes << second;
    return codes;
}

DocumentOptions DocumentPreviewDialog::options() const
{
    DocumentOptions o;
    o.languages = languages();
    // Until Settings names the centre, the letterhead says what it is.
    o.centreName = m_settings.centreName.isEmpty() ? tr("International Patient Centre") : m_settings.centreName;
    o.centreAddress = m_settings.centreAddress;
    o.centreLogo = m_settings.centreLogo;
    o.today = QDate::currentDate();
    for (const Institution &i : m_store.institutions())
        o.institutions.insert(i.id, i.name);
    if (m_passport)
        o.includePassport = m_passport->isChecked();
    if (m_visit)
        o.visitId = m_visit->currentData().toLongLong();
    if (m_treatment) {
        o.intendedTreatment = m_treatment->text().trimmed();
        o.stayFrom = m_from->date();
        o.stayTo = m_to->date();
        o.signatory = m_signatory->text().trimmed();
    }
    return o;
}

void DocumentPreviewDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool DocumentPreviewDialog::generate()
{
    showMessage(QString());
    if (!m_dir.isValid()) {
        showMessage(tr("No temporary folder for the document: %1").arg(m_dir.errorString()));
        return false;
    }
    if (!m_record) {
        showMessage(m_recordError);
        return false;
    }
    m_recordNumber = m_record->patient.recordNumber;

    // A new file each time: the preview's render thread may still be reading the last one.
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(Documents::code(m_kind)).arg(++m_serial));
    if (const Status s = Documents::writePdf(m_kind, *m_record, options(), path); !s) {
        showMessage(s.error().fullText());
        m_save->setEnabled(false);
        m_print->setEnabled(false);
        m_preview->clear();
        return false;
    }
    if (!m_preview->load(path)) {
        showMessage(m_preview->errorString());
        return false;
    }
    if (!m_pdfPath.isEmpty())
        QFile::remove(m_pdfPath); // the preview has let go of it (its worker reloads by serial)
    m_pdfPath = path;
    m_shownLanguages = *Documents::checkLanguages(languages());
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    emit generated(path);
    return true;
}

bool DocumentPreviewDialog::saveTo(const QString &path)
{
    if (m_pdfPath.isEmpty()) {
        showMessage(tr("There is no document to save yet."));
        return false;
    }
    // Written beside the old file and renamed over it only when complete (QSaveFile, as
    // Documents::writePdf does): a failure at any step leaves the old file as it was.
    QFile source(m_pdfPath);
    QSaveFile target(path);
    QString problem;
    if (!source.open(QIODevice::ReadOnly))
        problem = source.errorString();
    else if (!target.open(QIODevice::WriteOnly))
        problem = target.errorString();
    else if (const QByteArray bytes = source.readAll(); target.write(bytes) != bytes.size() || !target.commit())
        problem = target.errorString();
    if (!problem.isEmpty()) {
        showMessage(tr("The document cannot be saved as %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return false;
    }
    emit disclosed(m_kind, m_shownLanguages, QFileInfo(path).absoluteFilePath());
    return true;
}

bool DocumentPreviewDialog::printTo(QPrinter &printer)
{
    if (!m_record) {
        showMessage(m_recordError);
        return false;
    }
    Result<MadeDocument> made = Documents::make(m_kind, *m_record, options());
    if (!made) {
        showMessage(made.error().fullText());
        return false;
    }
    printer.setFullPage(true); // the document draws its own margins, header and footer
    printer.setDocName(made->info.title);
    if (const Status s = Documents::paint(made.value(), printer); !s) {
        showMessage(s.error().fullText());
        return false;
    }
    emit disclosed(m_kind, made->languages,
                   QStringLiteral("printer:")
                           + (printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName()));
    return true;
}

QString DocumentPreviewDialog::documentTitle() const
{
    switch (m_kind) {
    case DocumentKind::ReferralSummary:
        return tr("Referral summary");
    case DocumentKind::TeleConsultation:
        return tr("Tele-consultation record");
    case DocumentKind::VisaInvitation:
        return tr("Medical visa invitation letter");
    }
    return {};
}

void DocumentPreviewDialog::saveAs()
{
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(Documents::code(m_kind), m_recordNumber);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(documentTitle()),
                                                      QDir::home().filePath(suggested), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!saveTo(path))
        QMessageBox::warning(this, tr("Save %1").arg(documentTitle()), m_message->text());
}

void DocumentPreviewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(documentTitle()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        QMessageBox::warning(this, tr("Print %1").arg(documentTitle()), m_message->text());
}

void DocumentPreviewDialog::retranslateUi()
{
    setWindowTitle(documentTitle());
    m_firstLabel->setText(tr("&Language:"));
    m_secondLabel->setText(tr("&Second language:"));
    m_second->setItemText(0, tr("none"));
    m_generate->setText(tr("&Refresh"));
    m_save->setText(tr("Save as PDF…"));
    m_print->setText(tr("Pri&nt…"));
    if (m_passport)
        m_passport->setText(tr("Include &passport details"));
    if (m_visitLabel) {
        m_visitLabel->setText(tr("&Consultation:"));
        m_visit->setPlaceholderText(tr("No tele-consultation recorded"));
    }
    if (m_treatmentLabel) {
        m_treatmentLabel->setText(tr("Intended &treatment:"));
        m_treatment->setPlaceholderText(tr("From the record: the planned treatment, else the diagnosis"));
        m_fromLabel->setText(tr("Stay &from:"));
        m_toLabel->setText(tr("t&o:"));
        m_signatoryLabel->setText(tr("Si&gned by:"));
        m_signatory->setPlaceholderText(tr("Name and title under the signature line"));
    }
}

void DocumentPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace caravan
