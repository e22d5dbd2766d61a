// Opening the right editor for a record by its kind (table name), and the new
// patient dialog with its duplicate check. The dialogs themselves are the generic
// ones of ui/editors; this file only picks the record type and its defaults.
#pragma once

#include "domain/result.h"

#include <QString>

class QWidget;

namespace caravan {

class Editor;

// Opens the form for the record (id 0: a new one for the patient); returns the
// id saved, or 0 if the user cancelled.
qint64 openRecordEditor(QWidget *parent, Editor &editor, const QString &table, qint64 id, qint64 patientId);
// The new-patient form; before saving it lists patients who may be the same person
// (across scripts, same birth date, or same passport) and lets the user open one
// instead. Returns the id of the patient created or chosen, 0 if cancelled.
qint64 openNewPatientEditor(QWidget *parent, Editor &editor);
// Deletes a record of any kind but patient through the editor (undoable).
Status deleteRecordOfKind(Editor &editor, const QString &table, qint64 id);

} // namespace caravan
