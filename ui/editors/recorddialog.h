// RecordDialog: a RecordForm with Save and Cancel. Save hands the form's values to
// the save function; if it fails, the dialog stays open with the error's message
// at the top and each issue under its field, otherwise it closes. Cancel, Escape or
// closing the window after the user changed something asks before the changes are
// thrown away.
// makeRecordDialog<T>() builds the dialog for any record type on top of the
// Editor (core/editing/editor.h): the form's JSON is decoded into a copy of the
// record (id, version and patient kept) with codec::recordFromJson, then added
// (id 0) or changed, so the write is validated, audited and undoable. A change
// refused because someone else saved the record meanwhile opens the ConflictDialog.
// Treatment courses also get the type-dependent groups and the dose calculation.
#pragma once

#include "conflictdialog.h"
#include "recordform.h"

#include "clinical/clinicalfacts.h"
#include "clinical/dosing.h"
#include "domain/fieldcodec.h"
#include "domain/fieldspec.h"
#include "domain/result.h"
#include "domain/treatmentcourse.h"
#include "editing/editor.h"

#include <QDialog>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace caravan {

class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Status(const QJsonObject &values)>;

    RecordDialog(const QString &title, const QList<FieldSpec> &specs, const QJsonObject &values, SaveFunction save,
                 QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    // The id written by the last successful save (set by the save function).
    qint64 savedId() const { return m_savedId; }
    void setSavedId(qint64 id) { m_savedId = id; }

    // Treatment courses: a "Compute doses from height and weight" button under the
    // drugs, shown with the chemotherapy fields.
    void enableDoseCalculation();
    void setBodyMeasurements(std::optional<double> heightCm, std::optional<double> weightKg);
    // What the button does: fills chemo_bsa_used and each drug's dose_given_mg
    // that can be computed; returns false (and says why) when something is missing.
    bool computeDoses();
    QPushButton *doseButton() const { return m_doseButton; }
    QString doseMessage() const;

    // "New diagnosis", "Edit treatment course".
    static QString titleFor(const char *table, bool isNew);
    // Reference choices from the store: institutions, and the patient's diagnoses
    // and treatment courses.
    static void fillReferenceChoices(RecordForm *form, Store &store, qint64 patientId);
    // "chemo_drugs: dose_per_unit: expected a number" -> issue on chemo_drugs.
    static ValidationIssue issueFromDecodeError(const char *table, const QString &error);

    bool hasUserEdits() const { return m_edited; } // the user changed a value since it opened

public slots:
    void accept() override;
    // Cancel, Escape, the window's close button: asks first when the user changed a value.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool confirmDiscard();
    void retranslateUi();
    void updateDoseHint();
    void fitToContents();

    RecordForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SaveFunction m_save;
    qint64 m_savedId = 0;
    bool m_edited = false;

    QPushButton *m_doseButton = nullptr;
    QLabel *m_doseMessage = nullptr;
    std::optional<double> m_heightCm;
    std::optional<double> m_weightKg;
    bool m_doseComputed = false;
    bool m_sized = false;
};

// Decodes the form's values into record field by field; one issue per field that
// does not decode (an empty list when all did).
template<codec::Record T>
QList<ValidationIssue> decodeRecordValues(const QJsonObject &values, T &record)
{
    QList<ValidationIssue> issues;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QJsonObject one;
        one.insert(it.key(), it.value());
        if (const QString e = codec::recordFromJson(one, record); !e.isEmpty())
            issues << RecordDialog::issueFromDecodeError(T::table, e);
    }
    return issues;
}

// The dialog that adds record (id 0) or changes it through editor. For a part of a
// patient, record.patientId must be set. Reference choices are filled from the store.
template<codec::Record T>
std::unique_ptr<RecordDialog> makeRecordDialog(Editor &editor, const T &record, QWidget *parent = nullptr,
                                               const QString &title = {})
{
    const bool isNew = record.id == 0;
    auto dialog = std::make_unique<RecordDialog>(title.isEmpty() ? RecordDialog::titleFor(T::table, isNew) : title,
                                                 fieldSpecs<T>(), codec::recordToJson(record),
                                                 RecordDialog::SaveFunction(), parent);
    RecordDialog *d = dialog.get();
    d->setSaveFunction([d, &editor, record, isNew](const QJsonObject &values) -> Status {
        T changed = record;
        if (const auto issues = decodeRecordValues(values, changed); !issues.isEmpty())
            return Error(RecordDialog::tr("Some values could not be read: correct the fields marked below."), issues);
        changed.id = record.id;
        changed.version = record.version;
        if constexpr (std::is_base_of_v<PatientPart, T>)
            changed.patientId = record.patientId;
        if (isNew) {
            const auto id = editor.add(changed);
            if (!id)
                return id.error();
            d->setSavedId(*id);
            return {};
        }
        // Someone else may have saved the record since it was opened: the user then
        // chooses between the two versions, field by field (ConflictDialog).
        if (Status s = saveResolvingConflicts(d, editor, record, changed); !s)
            return s;
        d->setSavedId(record.id);
        return {};
    });
    qint64 patientId = 0;
    if constexpr (std::is_base_of_v<PatientPart, T>)
        patientId = record.patientId;
    RecordDialog::fillReferenceChoices(d->form(), editor.store(), patientId);
    if constexpr (std::is_same_v<T, TreatmentCourse>) {
        d->form()->setFieldVisibilityRule(treatmentCourseVisibility());
        d->enableDoseCalculation();
        const auto series = editor.store().template partsOf<Measurement>(record.patientId);
        const auto height = clinical::latest(series, MeasurementKind::Height);
        const auto weight = clinical::latest(series, MeasurementKind::Weight);
        d->setBodyMeasurements(height ? clinical::heightInCm(*height) : std::nullopt,
                               weight ? clinical::weightInKg(*weight) : std::nullopt);
    }
    return dialog;
}

} // namespace caravan
