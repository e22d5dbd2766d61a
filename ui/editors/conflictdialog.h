// ConflictDialog: shown when a save is refused because someone else saved the same
// record since the user opened it. It lays the two versions side by side, field by
// field (only the fields where they differ): theirs, with who saved it and when,
// and yours. Fields only one side changed come preselected; fields both changed are
// marked. The user keeps theirs (nothing of theirs is overwritten, the edits are
// dropped), takes theirs everywhere but where they choose their own value, or saves
// their own version for every field. Every choice is a radio button, so the whole
// dialog works from the keyboard: Tab from field to field, arrow keys between the
// two versions, Enter saves the merge.
//
// Data in: a VersionMerge (core/editing/versionmerge.h), the record's FieldSpecs,
// who and when. Data out: outcome() and merge() with the user's choices.
// saveResolvingConflicts<T>() is the save path of the record dialog built on it.
#pragma once

#include "domain/auditentry.h"
#include "domain/fieldspec.h"
#include "editing/editor.h"
#include "editing/versionmerge.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace caravan {

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, KeepTheirs, SaveMerged };

    ConflictDialog(const QString &kind, const QList<FieldSpec> &specs, const VersionMerge &merge,
                   const std::optional<AuditEntry> &theirChange, QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The comparison with the user's choices applied.
    const VersionMerge &merge() const { return m_merge; }

    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *saveMineButton() const { return m_saveMine; }
    QPushButton *saveMergedButton() const { return m_saveMerged; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(Outcome outcome);
    QString valueText(const FieldSpec &spec, const QJsonValue &value) const;

    VersionMerge m_merge;
    QHash<QString, QButtonGroup *> m_groups; // field -> its two radio buttons (0 theirs, 1 yours)
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_saveMine = nullptr;
    QPushButton *m_saveMerged = nullptr;
    Outcome m_outcome = Outcome::Cancelled;
};

// Saves `yours` (read at `opened`) through the editor; when someone else saved the
// record in between, shows the ConflictDialog and saves what the user chooses on
// top of their version (which again may meet a newer one). Returns an error when
// nothing was saved and the user should stay in the form: cancelled, deleted
// meanwhile, invalid. Keeping their version is a success with nothing written.
template<codec::Record T>
Status saveResolvingConflicts(QWidget *parent, Editor &editor, T opened, T yours)
{
    for (;;) {
        Status saved = editor.change(yours);
        if (saved || saved.error().reason != Error::Reason::ChangedElsewhere)
            return saved;
        const auto theirs = editor.store().template get<T>(yours.id);
        if (!theirs)
            return Error{ ConflictDialog::tr("This %1 was deleted by someone else while you were editing it; your "
                                             "changes cannot be saved to it.")
                                  .arg(kindLabel<T>()),
                          Error::Reason::DeletedElsewhere };
        ConflictDialog dialog(kindLabel<T>(), fieldSpecs<T>(),
                              VersionMerge(codec::recordToJson(opened), codec::recordToJson(*theirs),
                                           codec::recordToJson(yours)),
                              editor.store().lastChange(T::table, yours.id), parent);
        dialog.exec();
        switch (dialog.outcome()) {
        case ConflictDialog::Outcome::Cancelled:
            return Error{ ConflictDialog::tr("Not saved: someone else changed this %1 while you were editing it.")
                                  .arg(kindLabel<T>()),
                          Error::Reason::ChangedElsewhere };
        case ConflictDialog::Outcome::KeepTheirs:
            return {};
        case ConflictDialog::Outcome::SaveMerged: {
            T merged = *theirs;
            if (const QString e = codec::recordFromJson(dialog.merge().merged(), merged); !e.isEmpty())
                return Error{ e };
            merged.id = theirs->id;
            merged.version = theirs->version;
            opened = *theirs;
            yours = merged;
            break;
        }
        }
    }
}

} // namespace caravan
