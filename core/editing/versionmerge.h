// VersionMerge: what to do when a save is refused because someone else saved the
// same record since it was read. It compares three versions of the record as JSON
// (codec::recordToJson): the one the user opened (base), the one stored now
// (theirs) and the one the user wants to save (yours), field by field. A field
// only one side changed takes that side's value; a field both changed differently
// is a conflict, which the user decides. merged() is the record to save on top of
// theirs. Core only: the conflict dialog (ui/editors/conflictdialog.h) shows it.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace caravan {

class VersionMerge
{
public:
    enum class Side { Theirs, Yours };

    struct Field
    {
        QString name; // storage name
        QJsonValue base, theirs, yours;
        bool changedByThem = false; // theirs differs from what the user opened
        bool changedByYou = false; // yours differs from what the user opened
        bool conflict() const { return changedByThem && changedByYou; }
        Side choice = Side::Yours; // what merged() takes
    };

    VersionMerge(const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &yours);

    // The fields where theirs and yours differ, by storage name (the dialog shows
    // them in the form's order). Bookkeeping fields (id, version, times, patient)
    // are never here.
    const QList<Field> &differences() const { return m_fields; }
    int conflictCount() const;
    void choose(const QString &field, Side side);
    void chooseAll(Side side);
    // Theirs with the fields chosen as yours replaced by yours.
    QJsonObject merged() const;
    const QJsonObject &theirs() const { return m_theirs; }

private:
    QJsonObject m_theirs, m_yours;
    QList<Field> m_fields;
};

} // namespace caravan
