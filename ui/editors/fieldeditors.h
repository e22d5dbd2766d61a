// Field editors: one widget per FieldSpec::Kind and the conversion between that
// widget and the field's JSON value, in the convention of core/domain/fieldcodec.h
// (null for empty, codes for choices, numbers as numbers, ISO dates, UTC times).
// Shared by RecordForm (one widget per field) and ListFieldEditor (one per cell).
// What does not parse is handed on as typed, so that codec::recordFromJson
// reports it for the field ("\"2024-13\" is not a date ...").
#pragma once

#include "domain/fieldspec.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QValidator>
#include <functional>

class QComboBox;
class QWidget;

namespace caravan::fieldeditors {

// The widget editing one field of the kind of spec (List fields: ListFieldEditor).
QWidget *create(const FieldSpec &spec, QWidget *parent);
void setValue(QWidget *editor, const FieldSpec &spec, const QJsonValue &value);
QJsonValue value(const QWidget *editor, const FieldSpec &spec);
// Calls onEdit whenever the user changes the value in editor.
void onEdited(QWidget *editor, const FieldSpec &spec, QObject *context, const std::function<void()> &onEdit);

// The value of an empty field of this kind (what a hidden field is saved as).
QJsonValue emptyValue(const FieldSpec &spec);

// Numbers are typed with "." or "," as decimal separator (Russian writes 1,82).
QValidator *numberValidator(bool integer, QObject *parent);
QJsonValue numberFromText(const QString &text, bool integer);
QString textFromNumber(const QJsonValue &value);

// Reference combos: "—" (none) then the choices; an id not among them stays
// selectable as "Record #id" so that setting values never loses one.
void setReferenceChoices(QComboBox *combo, const QList<QPair<qint64, QString>> &choices);
void selectReference(QComboBox *combo, const QJsonValue &id);

// Choice combos: labels shown, codes as item data.
void selectCode(QComboBox *combo, const FieldSpec &spec, const QJsonValue &code);

} // namespace caravan::fieldeditors
