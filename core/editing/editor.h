// Editor: the one way the UI changes the store. Each call writes through Store
// (validation, transaction, audit, notifier) and, when it succeeded, pushes an
// already-done command onto the QUndoStack passed in, so Ctrl+Z / Ctrl+Shift+Z
// replay the same path backwards and forwards. Undo of a delete puts the record
// back under its old id (Store::restore), so later commands still find it.
// An undo or redo that the store refuses (someone else changed the record in the
// meantime) is reported through the error handler, and the command leaves the
// stack (it is obsolete: replaying it would overwrite the other person's change).
#pragma once

#include "storage/store.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace caravan {

class Editor
{
    Q_DECLARE_TR_FUNCTIONS(Editor)
public:
    using ErrorHandler = std::function<void(const Error &)>;

    Editor(Store &store, QUndoStack &stack, ErrorHandler onUndoError = {});

    Store &store() { return m_store; }
    QUndoStack &undoStack() { return m_stack; }
    void reportUndoError(const Error &e) const;

    // The row version this editor's last write of a record left (0: none yet). Undo
    // and redo compare it with the stored version to tell someone else's change from
    // the chain of this editor's own.
    int lastVersion(const char *table, qint64 id) const { return m_versions.value({ QLatin1String(table), id }); }
    void noteVersion(const char *table, qint64 id, int version)
    {
        m_versions.insert({ QLatin1String(table), id }, version);
    }

    template<RecordKind T>
    Result<qint64> add(T record);
    // record carries the id and the version it was read with.
    template<RecordKind T>
    Status change(T record);
    template<RecordKind T>
    Status remove(qint64 id);
    // A patient with everything recorded about them; undo brings all of it back.
    Status removePatient(qint64 patientId);
    // A document about the patient was saved or printed: into the audit trail, not onto
    // the undo stack (it happened; undoing a record of it would falsify the trail).
    Status recordDisclosure(qint64 patientId, const QString &document, const QStringList &languages,
                            const QString &destination)
    {
        return m_store.recordDisclosure(patientId, document, languages, destination);
    }

private:
    Store &m_store;
    QUndoStack &m_stack;
    ErrorHandler m_onUndoError;
    QHash<QPair<QString, qint64>, int> m_versions;
};

namespace editing {

// Base of the commands: the first redo() is the write the Editor already made.
// Each command remembers the row version its last write produced; an undo or redo
// finds the row at another version when someone else (another window, another
// desktop on the same database, the command line) changed it since. Then it is
// refused with who changed it and when, and the command is made obsolete, so the
// stack drops it instead of replaying a write over someone else's.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Editor &editor, const QString &text) : QUndoCommand(text), m_editor(editor) { }
    void redo() final
    {
        if (m_done) {
            m_done = false; // skip the push-time redo: the write happened before the push
            return;
        }
        report(redoIt());
    }
    void undo() final { report(undoIt()); }

protected:
    virtual Status redoIt() = 0;
    virtual Status undoIt() = 0;
    Store &store() { return m_editor.store(); }

    // Refuses when the stored row is no longer at the version this editor left it.
    template<RecordKind T>
    Status checkUnchanged(qint64 id)
    {
        const int version = m_editor.lastVersion(T::table, id);
        const auto current = store().template get<T>(id);
        if (!current)
            return Error{
                Editor::tr("This cannot be undone or redone: the %1 was deleted by someone else.").arg(kindLabel<T>())
            };
        if (current->version != version)
            return Error{ Editor::tr("This cannot be undone or redone: %1 changed the %2 after you did.")
                                  .arg(store().changedBy(T::table, id), kindLabel<T>()) };
        return {};
    }
    template<RecordKind T>
    void noteWritten(const T &record)
    {
        m_editor.noteVersion(T::table, record.id, record.version);
    }
    template<RecordKind T>
    int lastVersion(qint64 id) const
    {
        return m_editor.lastVersion(T::table, id);
    }

private:
    void report(const Status &s)
    {
        if (s)
            return;
        setObsolete(true);
        m_editor.reportUndoError(s.error());
    }
    Editor &m_editor;
    bool m_done = true;
};

template<RecordKind T>
class AddCommand : public StoreCommand
{
public:
    AddCommand(Editor &e, const T &created)
        : StoreCommand(e, Editor::tr("Add %1").arg(kindLabel<T>())), m_record(created)
    {
    }

protected:
    Status redoIt() override
    {
        T r = m_record;
        Status s = store().restore(r);
        if (s)
            noteWritten(r);
        return s;
    }
    Status undoIt() override
    {
        if (Status s = checkUnchanged<T>(m_record.id); !s)
            return s;
        return store().template remove<T>(m_record.id);
    }

private:
    T m_record; // as created
};

template<RecordKind T>
class ChangeCommand : public StoreCommand
{
public:
    ChangeCommand(Editor &e, const T &before, const T &after)
        : StoreCommand(e, Editor::tr("Change %1").arg(kindLabel<T>())), m_before(before), m_after(after)
    {
    }

protected:
    Status redoIt() override { return apply(m_after); }
    Status undoIt() override { return apply(m_before); }

private:
    Status apply(const T &values)
    {
        if (Status s = checkUnchanged<T>(values.id); !s)
            return s;
        T target = values;
        target.version = lastVersion<T>(values.id);
        if (Status s = store().update(target); !s)
            return s;
        noteWritten(target);
        return {};
    }
    T m_before, m_after;
};

template<RecordKind T>
class RemoveCommand : public StoreCommand
{
public:
    RemoveCommand(Editor &e, const T &removed)
        : StoreCommand(e, Editor::tr("Delete %1").arg(kindLabel<T>())), m_record(removed)
    {
    }

protected:
    Status redoIt() override
    {
        if (Status s = checkUnchanged<T>(m_record.id); !s)
            return s;
        return store().template remove<T>(m_record.id);
    }
    Status undoIt() override
    {
        T r = m_record;
        Status s = store().restore(r);
        if (s)
            noteWritten(r);
        return s;
    }

private:
    T m_record;
};

class RemovePatientCommand : public StoreCommand
{
public:
    RemovePatientCommand(Editor &e, const PatientRecord &removed);

protected:
    Status redoIt() override;
    Status undoIt() override;

private:
    PatientRecord m_record;
};

} // namespace editing

template<RecordKind T>
Result<qint64> Editor::add(T record)
{
    record.id = 0;
    auto id = m_store.create(record);
    if (id) {
        noteVersion(T::table, record.id, record.version);
        m_stack.push(new editing::AddCommand<T>(*this, record));
    }
    return id;
}

template<RecordKind T>
Status Editor::change(T record)
{
    const auto before = m_store.get<T>(record.id);
    if (!before && before.error().reason == Error::Reason::NotFound)
        return Error{ tr("This %1 was deleted by someone else; it cannot be changed.").arg(kindLabel<T>()),
                      Error::Reason::DeletedElsewhere };
    if (!before)
        return before.error();
    if (Status s = m_store.update(record); !s)
        return s;
    noteVersion(T::table, record.id, record.version);
    if (codec::recordToJson(*before) != codec::recordToJson(record))
        m_stack.push(new editing::ChangeCommand<T>(*this, *before, record));
    return {};
}

template<RecordKind T>
Status Editor::remove(qint64 id)
{
    static_assert(!std::is_same_v<T, Patient>, "use removePatient()");
    const auto before = m_store.get<T>(id);
    if (!before)
        return before.error();
    if (Status s = m_store.remove<T>(id); !s)
        return s;
    m_stack.push(new editing::RemoveCommand<T>(*this, *before));
    return {};
}

} // namespace caravan
