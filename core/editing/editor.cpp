#include "editor.h"

namespace caravan {

QString recordKindLabel(const char *table)
{
    static const QHash<QByteArray, const char *> labels{
        {"patient", QT_TRANSLATE_NOOP("RecordKind", "patient")},
        {"institution", QT_TRANSLATE_NOOP("RecordKind", "institution")},
        {"diagnosis", QT_TRANSLATE_NOOP("RecordKind", "diagnosis")},
        {"treatment_course", QT_TRANSLATE_NOOP("RecordKind", "treatment course")},
        {"assessment", QT_TRANSLATE_NOOP("RecordKind", "assessment")},
        {"measurement", QT_TRANSLATE_NOOP("RecordKind", "measurement")},
        {"visit", QT_TRANSLATE_NOOP("RecordKind", "visit")},
    };
    return QCoreApplication::translate("RecordKind", labels.value(QByteArray(table), table));
}

Editor::Editor(Store &store, QUndoStack &stack, ErrorHandler onUndoError)
    : m_store(store), m_stack(stack), m_onUndoError(std::move(onUndoError))
{
}

void Editor::reportUndoError(const Error &e) const
{
    if (m_onUndoError)
        m_onUndoError(e);
    else
        qWarning("caravan: undo/redo failed: %s", qPrintable(e.fullText()));
}

Status Editor::removePatient(qint64 patientId)
{
    const auto record = m_store.record(patientId);
    if (!record)
        return record.error();
    if (Status s = m_store.remove<Patient>(patientId); !s)
        return s;
    m_stack.push(new editing::RemovePatientCommand(*this, *record));
    return {};
}

namespace editing {

RemovePatientCommand::RemovePatientCommand(Editor &e, const PatientRecord &removed)
    : StoreCommand(e, Editor::tr("Delete patient %1").arg(removed.patient.recordNumber)), m_record(removed)
{
}

Status RemovePatientCommand::redoIt()
{
    return store().remove<Patient>(m_record.patient.id);
}

Status RemovePatientCommand::undoIt()
{
    // Everything comes back in one transaction, parents before children.
    Transaction tx(store().database());
    if (!tx.started())
        return tx.started();
    PatientRecord r = m_record;
    if (Status s = store().restore(r.patient); !s)
        return s;
    const auto restoreAll = [this](auto &list) -> Status {
        for (auto &item : list)
            if (Status s = store().restore(item); !s)
                return s;
        return {};
    };
    if (Status s = restoreAll(r.diagnoses); !s)
        return s;
    if (Status s = restoreAll(r.courses); !s)
        return s;
    if (Status s = restoreAll(r.assessments); !s)
        return s;
    if (Status s = restoreAll(r.measurements); !s)
        return s;
    if (Status s = restoreAll(r.visits); !s)
        return s;
    return tx.commit();
}

} // namespace editing
} // namespace caravan
