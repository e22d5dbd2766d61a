#include "recorddialog.h"

#include "listfieldeditor.h"

#include "storage/store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QVBoxLayout>

namespace caravan {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

RecordDialog::RecordDialog(const QString &title, const QList<FieldSpec> &specs, const QJsonObject &values,
                           SaveFunction save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setWindowTitle(title);
    m_form = new RecordForm(specs, this);
    m_form->setValues(values);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    connect(m_form, &RecordForm::edited, this, [this] { m_edited = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void RecordDialog::accept()
{
    m_form->commitPendingEdits();
    if (!m_save) {
        QDialog::accept();
        return;
    }
    const Status status = m_save(m_form->values());
    if (status) {
        m_form->clearIssues();
        QDialog::accept();
        return;
    }
    m_form->showIssues(status.error().issues, status.error().message);
}

void RecordDialog::reject()
{
    if (m_edited && !confirmDiscard())
        return;
    QDialog::reject();
}

bool RecordDialog::confirmDiscard()
{
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Your changes have not been saved."), QMessageBox::Discard,
                    this);
    box.setObjectName(QStringLiteral("discardChanges"));
    box.setInformativeText(tr("Discard them, or keep editing to save them?"));
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == box.button(QMessageBox::Discard);
}

void RecordDialog::enableDoseCalculation()
{
    if (m_doseButton || !m_form->fieldWidget(QStringLiteral("chemo_drugs")))
        return;
    auto *bar = new QWidget;
    m_doseButton = new QPushButton(bar);
    m_doseMessage = new QLabel(bar);
    m_doseMessage->setWordWrap(true);
    m_doseMessage->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_doseButton, 0, Qt::AlignLeft);
    layout->addWidget(m_doseMessage);
    connect(m_doseButton, &QPushButton::clicked, this, &RecordDialog::computeDoses);
    m_form->addRowAfter(QStringLiteral("chemo_drugs"), bar);
    retranslateUi();
    updateDoseHint();
}

void RecordDialog::setBodyMeasurements(std::optional<double> heightCm, std::optional<double> weightKg)
{
    m_heightCm = heightCm;
    m_weightKg = weightKg;
    m_doseComputed = false;
    updateDoseHint();
}

QString RecordDialog::doseMessage() const
{
    return m_doseMessage ? m_doseMessage->text() : QString();
}

bool RecordDialog::computeDoses()
{
    if (!m_doseButton)
        return false;
    m_form->commitPendingEdits();
    const QJsonObject current = m_form->values();
    const auto bsa = clinical::dosingBsa(m_heightCm, m_weightKg);

    QJsonArray drugs = current.value(QLatin1String("chemo_drugs")).toArray();
    int filled = 0;
    QStringList notComputed;
    for (qsizetype i = 0; i < drugs.size(); ++i) {
        QJsonObject item = drugs.at(i).toObject();
        DrugDose drug;
        if (!codec::recordFromJson(item, drug).isEmpty()) {
            notComputed << item.value(QLatin1String("drug")).toString();
            continue;
        }
        if (const auto mg = clinical::doseGivenMg(drug, bsa, m_weightKg)) {
            item.insert(QStringLiteral("dose_given_mg"), *mg);
            drugs[i] = item;
            ++filled;
        } else {
            notComputed << (drug.drug.isEmpty() ? tr("row %1").arg(i + 1) : drug.drug);
        }
    }
    QJsonObject update;
    if (bsa)
        update.insert(QStringLiteral("chemo_bsa_used"), *bsa);
    if (!drugs.isEmpty())
        update.insert(QStringLiteral("chemo_drugs"), drugs);
    m_form->setValues(update);

    QStringList lines;
    if (!m_heightCm && !m_weightKg)
        lines << tr("No height and no weight are recorded for this patient: record both as measurements to compute the "
                    "body surface area and the doses per m² and per kg.");
    else if (!m_heightCm)
        lines << tr("No height is recorded for this patient: record one as a measurement to compute the body surface "
                    "area and the doses per m².");
    else if (!m_weightKg)
        lines << tr("No weight is recorded for this patient: record one as a measurement to compute the body surface "
                    "area and the doses per m² and per kg.");
    if (bsa)
        lines << tr("Body surface area %1 m² (Mosteller) from %2 cm and %3 kg.")
                         .arg(QLocale().toString(*bsa, 'f', 2), number(*m_heightCm), number(*m_weightKg));
    if (drugs.isEmpty())
        lines << tr("Add the drugs with their dose per unit to compute the doses.");
    else if (filled > 0)
        lines << tr("Dose given filled for %n drug(s); check each before saving.", nullptr, filled);
    if (!notComputed.isEmpty())
        lines << tr("Not computed: %1.").arg(notComputed.join(QStringLiteral(", ")));
    m_doseMessage->setText(lines.join(QLatin1Char('\n')));
    const bool complete = bsa && notComputed.isEmpty() && !drugs.isEmpty();
    QPalette pal = m_doseMessage->palette();
    pal.setColor(QPalette::WindowText, complete ? palette().color(QPalette::WindowText) : QColor(0xb0, 0x00, 0x20));
    m_doseMessage->setPalette(pal);
    m_doseComputed = true;
    return complete;
}

void RecordDialog::updateDoseHint()
{
    if (!m_doseMessage || m_doseComputed)
        return;
    m_doseMessage->setPalette(palette());
    if (m_heightCm && m_weightKg)
        m_doseMessage->setText(
                tr("Latest height %1 cm and weight %2 kg.").arg(number(*m_heightCm), number(*m_weightKg)));
    else if (m_heightCm)
        m_doseMessage->setText(tr("Latest height %1 cm; no weight recorded.").arg(number(*m_heightCm)));
    else if (m_weightKg)
        m_doseMessage->setText(tr("Latest weight %1 kg; no height recorded.").arg(number(*m_weightKg)));
    else
        m_doseMessage->setText(tr("No height or weight recorded for this patient."));
}

QString RecordDialog::titleFor(const char *table, bool isNew)
{
    const QString kind = kindLabel(QString::fromLatin1(table));
    return isNew ? tr("New %1").arg(kind) : tr("Edit %1").arg(kind);
}

void RecordDialog::fillReferenceChoices(RecordForm *form, Store &store, qint64 patientId)
{
    QList<QPair<qint64, QString>> institutions;
    for (const Institution &i : store.institutions()) {
        QString label = i.name;
        if (!i.city.isEmpty() || !i.country.isEmpty())
            label += QStringLiteral(" (%1)").arg(QStringList{ i.city, i.country }
                                                         .join(QStringLiteral(", "))
                                                         .remove(QRegularExpression(QStringLiteral("^, |, $"))));
        institutions.append({ i.id, label });
    }
    form->setReferenceChoices(QStringLiteral("institution"), institutions);
    if (patientId == 0)
        return;
    QList<QPair<qint64, QString>> diagnoses;
    for (const Diagnosis &d : store.partsOf<Diagnosis>(patientId)) {
        QString label = QStringList{ d.icd10Code, d.icd10Text }.join(QLatin1Char(' ')).trimmed();
        if (d.diagnosedOn.isValid())
            label += QStringLiteral(" (%1)").arg(d.diagnosedOn.toString(Qt::ISODate));
        diagnoses.append({ d.id, label });
    }
    form->setReferenceChoices(QStringLiteral("diagnosis"), diagnoses);
    QList<QPair<qint64, QString>> courses;
    for (const TreatmentCourse &c : store.partsOf<TreatmentCourse>(patientId)) {
        QString label = c.name.isEmpty() ? labelOf(c.type) : QStringLiteral("%1 (%2)").arg(c.name, labelOf(c.type));
        if (c.startDate.isValid())
            label += QStringLiteral(", %1").arg(c.startDate.toString(Qt::ISODate));
        courses.append({ c.id, label });
    }
    form->setReferenceChoices(QStringLiteral("treatment_course"), courses);
}

ValidationIssue RecordDialog::issueFromDecodeError(const char *table, const QString &error)
{
    const qsizetype colon = error.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return { QString(), error };
    const QString field = error.left(colon);
    QString message = error.mid(colon + 2);
    // An item of a list names its own field: show its label instead.
    static const QRegularExpression inner(QStringLiteral("^([a-z0-9_]+): (.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = inner.match(message); m.hasMatch())
        message = tr("%1: %2").arg(fieldLabel(QString::fromLatin1(table), field + QLatin1Char('.') + m.captured(1)),
                                   m.captured(2));
    return { field, message };
}

void RecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordDialog::showEvent(QShowEvent *event)
{
    // Sized when first shown: by then the caller has set the visibility rule and the
    // reference choices, which change what the form needs.
    if (!m_sized) {
        m_sized = true;
        fitToContents();
    }
    QDialog::showEvent(event);
}

void RecordDialog::retranslateUi()
{
    if (m_doseButton) {
        m_doseButton->setText(tr("Compute doses from height and weight"));
        m_doseButton->setToolTip(tr("Body surface area (Mosteller) from the latest height and weight, "
                                    "then each drug's dose given from its dose per m², per kg or flat dose."));
    }
}

void RecordDialog::fitToContents()
{
    const QSize hint = m_form->contentsSizeHint();
    const QMargins m = layout()->contentsMargins();
    const int extraHeight = m_buttons->sizeHint().height() + layout()->spacing() + m.top() + m.bottom();
    QSize wanted(std::max(hint.width() + m.left() + m.right(), 600), hint.height() + extraHeight);
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        wanted = wanted.boundedTo(QSize(avail.width() * 9 / 10, avail.height() * 85 / 100));
    }
    resize(wanted);
}

} // namespace caravan
