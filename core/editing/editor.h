// Editor: the one way the UI changes the store. Each call writes through Store
// (validation, transaction, audit, notifier) and, when it succeeded, pushes an
// already-done command onto the QUndoStack passed in, so Ctrl+Z / Ctrl+Shift+Z
// replay the same path backwards and forwards. Undo of a delete puts the record
// back under its old id (Store::restore), so later commands still find it.
// An undo or redo that the store refuses (someone else changed the record in the
// meantime) is reported through the error handler and leaves the stack as it is.
#pragma once

#include "storage/store.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <functional>

namespace caravan {

// Translated names of the record kinds, for undo texts and messages.
QString recordKindLabel(const char *table);

class Editor {
    Q_DECLARE_TR_FUNCTIONS(Editor)
public:
    using ErrorHandler = std::function<void(const Error &)>;

    Editor(Store &store, QUndoStack &stack, ErrorHandler onUndoError = {});

    Store &store() { return m_store; }
    QUndoStack &undoStack() { return m_stack; }
    void reportUndoError(const Error &e) const;

    template <codec::Record T> Result<qint64> add(T record);
    // record carries the id and the version it was read with.
    template <codec::Record T> Status change(T record);
    template <codec::Record T> Status remove(qint64 id);
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
};

namespace editing {

// Base of the commands: the first redo() is the write the Editor already made.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Editor &editor, const QString &text) : QUndoCommand(text), m_editor(editor) {}
    void redo() final
    {
        if (m_done) {
            m_done = false;   // skip the push-time redo: the write happened before the push
            return;
        }
        report(redoIt());
    }
    void undo() final { report(undoIt()); }

protected:
    virtual Status redoIt() = 0;
    virtual Status undoIt() = 0;
    Store &store() { return m_editor.store(); }

private:
    void report(const Status &s)
    {
        if (!s)
            m_editor.reportUndoError(s.error());
    }
    Editor &m_editor;
    bool m_done = true;
};

template <codec::Record T>
class AddCommand : public StoreCommand {
public:
    AddCommand(Editor &e, const T &created)
        : StoreCommand(e, Editor::tr("Add %1").arg(recordKindLabel(T::table))), m_record(created) {}

protected:
    Status redoIt() override { T r = m_record; return store().restore(r); }
    Status undoIt() override { return store().template remove<T>(m_record.id); }

private:
    T m_record;
};

template <codec::Record T>
class ChangeCommand : public StoreCommand {
public:
    ChangeCommand(Editor &e, const T &before, const T &after)
        : StoreCommand(e, Editor::tr("Change %1").arg(recordKindLabel(T::table))), m_before(before), m_after(after) {}

protected:
    Status redoIt() override { return apply(m_after); }
    Status undoIt() override { return apply(m_before); }

private:
    Status apply(const T &values)
    {
        const auto current = store().template get<T>(values.id);
        if (!current)
            return current.error();
        T target = values;
        target.version = current->version;   // write over whatever version is there now
        return store().update(target);
    }
    T m_before, m_after;
};

template <codec::Record T>
class RemoveCommand : public StoreCommand {
public:
    RemoveCommand(Editor &e, const T &removed)
        : StoreCommand(e, Editor::tr("Delete %1").arg(recordKindLabel(T::table))), m_record(removed) {}

protected:
    Status redoIt() override { return store().template remove<T>(m_record.id); }
    Status undoIt() override { T r = m_record; return store().restore(r); }

private:
    T m_record;
};

class RemovePatientCommand : public StoreCommand {
public:
    RemovePatientCommand(Editor &e, const PatientRecord &removed);

protected:
    Status redoIt() override;
    Status undoIt() override;

private:
    PatientRecord m_record;
};

} // namespace editing

template <codec::Record T>
Result<qint64> Editor::add(T record)
{
    record.id = 0;
    auto id = m_store.create(record);
    if (id)
        m_stack.push(new editing::AddCommand<T>(*this, record));
    return id;
}

template <codec::Record T>
Status Editor::change(T record)
{
    const auto before = m_store.get<T>(record.id);
    if (!before)
        return before.error();
    if (Status s = m_store.update(record); !s)
        return s;
    if (codec::recordToJson(*before) != codec::recordToJson(record))
        m_stack.push(new editing::ChangeCommand<T>(*this, *before, record));
    return {};
}

template <codec::Record T>
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
