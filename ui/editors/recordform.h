// RecordForm: the generic form of a record type, built from its FieldSpecs
// (core/domain/fieldspec.h): one labelled editor per field, by kind (see
// fieldeditors.h), in a scroll area, with the type-specific groups of a treatment
// course (chemo_*, cart_*, hsct_*) under their own headings.
//
// Data in: setValues() with the record's JSON (codec::recordToJson), the choices of
// reference fields from the caller. Data out: values(), JSON as
// codec::recordFromJson accepts it. The form validates nothing itself: the caller
// decodes and saves, and hands the resulting issues back to showIssues().
// patient_id is never shown; its value passes through from setValues() to values().
#pragma once

#include "domain/fieldspec.h"
#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

class QGridLayout;
class QVBoxLayout;
class QLabel;
class QScrollArea;

namespace caravan {

class RecordForm : public QWidget
{
    Q_OBJECT
public:
    // Whether a field is shown, given the values currently in the form.
    using VisibilityRule = std::function<bool(const QString &field, const QJsonObject &current)>;

    explicit RecordForm(const QList<FieldSpec> &specs, QWidget *parent = nullptr);

    const QList<FieldSpec> &specs() const { return m_specs; }

    // (id, label) of the records a Reference field of this table may point to.
    void setReferenceChoices(const QString &table, const QList<QPair<qint64, QString>> &choices);

    // Sets the fields present in values; the others keep what they hold.
    void setValues(const QJsonObject &values);
    // Every field, by its storage name. Fields hidden by the visibility rule are
    // returned empty (what the user does not see is not saved); their editors keep
    // their contents, so switching the type back brings them back before saving.
    QJsonObject values() const;
    // Writes a table cell still being edited into its list (call before values()).
    void commitPendingEdits();

    // One red message under each field at fault (replacing the previous ones);
    // headline and issues of fields not shown go to the message at the top.
    // Focuses the first field at fault.
    void showIssues(const QList<ValidationIssue> &issues, const QString &headline = {});
    void clearIssues();
    QString generalMessage() const;
    QString issueText(const QString &field) const;

    void setFieldVisibilityRule(VisibilityRule rule);
    bool isFieldShown(const QString &field) const;

    // The editor of a field (QLineEdit, QPlainTextEdit, DateEdit, DateTimeEdit,
    // QCheckBox, QComboBox, ListFieldEditor); null for patient_id and unknown names.
    QWidget *fieldWidget(const QString &name) const;
    QWidget *issueWidget(const QString &name) const;
    // A widget under field's editor (and its issue), shown and hidden with that field.
    void addRowAfter(const QString &field, QWidget *widget);
    void scrollToField(const QString &field);
    // The size the fields need without scrolling (for sizing a dialog).
    QSize contentsSizeHint() const;

signals:
    void edited(); // any value changed by the user
    void choiceChanged(const QString &field); // a Choice field took another value

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        FieldSpec spec;
        QLabel *label = nullptr;
        QWidget *cell = nullptr; // the field column: editor, issue, extra rows
        QVBoxLayout *cellLayout = nullptr;
        QWidget *editor = nullptr;
        QLabel *issue = nullptr; // under the editor, hidden while empty
        bool shown = true;
    };
    struct Section
    {
        QString prefix;
        QLabel *heading = nullptr;
    };

    QJsonObject rawValues() const;
    void applyVisibility();
    const Row *row(const QString &field) const;
    void retranslateUi();

    QList<FieldSpec> m_specs;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QList<Section> m_sections;
    QJsonObject m_passThrough; // patient_id
    VisibilityRule m_rule;

    QLabel *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_layout = nullptr;
    bool m_settingValues = false;
};

// The rule of a treatment course: chemo_* fields only for chemotherapy, cart_*
// only for CAR-T, hsct_* only for a stem-cell transplant.
RecordForm::VisibilityRule treatmentCourseVisibility();

} // namespace caravan
