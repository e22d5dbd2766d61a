#include "editor.h"

namespace caravan {

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
    if (Status s = checkUnchanged<Patient>(m_record.patient.id); !s)
        return s;
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
    Status parts;
    forEachKind(PatientParts{}, [&](auto kind) {
        for (auto &item : r.parts<typename decltype(kind)::type>())
            if (parts)
                parts = store().restore(item);
    });
    if (!parts)
        return parts;
    if (Status s = tx.commit(); !s)
        return s;
    noteWritten(r.patient);
    return {};
}

} // namespace editing
} // namespace caravan
