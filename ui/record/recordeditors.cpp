#include "recordeditors.h"

#include "editors/recorddialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

namespace caravan {

namespace {

template<codec::Record T>
qint64 edit(QWidget *parent, Editor &editor, T record)
{
    auto dialog = makeRecordDialog<T>(editor, record, parent);
    return dialog->exec() == QDialog::Accepted ? dialog->savedId() : 0;
}

template<codec::Record T>
qint64 editExisting(QWidget *parent, Editor &editor, qint64 id)
{
    const auto record = editor.store().get<T>(id);
    if (!record) {
        QMessageBox::warning(parent, QObject::tr("Caravan"), record.error().message);
        return 0;
    }
    return edit(parent, editor, *record);
}

// A new record of a kind, with the defaults a coordinator would type anyway.
template<codec::Record T>
T fresh(qint64 patientId)
{
    T r;
    r.patientId = patientId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if constexpr (std::is_same_v<T, Measurement>) {
        r.takenAt = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        r.unit = Measurement::defaultUnit(r.kind);
    } else if constexpr (std::is_same_v<T, Visit>) {
        r.startsAt = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        r.localTimeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (r.localTimeZone == QLatin1String("UTC"))
            r.localTimeZone.clear();
    } else if constexpr (std::is_same_v<T, Assessment>) {
        r.assessedOn = now.date();
    } else if constexpr (std::is_same_v<T, TreatmentCourse>) {
        r.startDate = now.date();
    }
    return r;
}

} // namespace

qint64 openRecordEditor(QWidget *parent, Editor &editor, const QString &table, qint64 id, qint64 patientId)
{
    qint64 saved = 0;
    visitKind(table, [&](auto kind) {
        using T = typename decltype(kind)::type;
        if constexpr (std::is_same_v<T, Patient>)
            saved = editExisting<Patient>(parent, editor, id ? id : patientId);
        else if (id)
            saved = editExisting<T>(parent, editor, id);
        else if constexpr (std::is_base_of_v<PatientPart, T>)
            saved = edit(parent, editor, fresh<T>(patientId));
        else
            saved = edit(parent, editor, T{});
    });
    return saved;
}

Status deleteRecordOfKind(Editor &editor, const QString &table, qint64 id)
{
    Status status = Error{ QObject::tr("Records of this kind cannot be deleted here.") };
    visitKind(table, [&](auto kind) {
        using T = typename decltype(kind)::type;
        if constexpr (!std::is_same_v<T, Patient>)
            status = editor.remove<T>(id);
    });
    return status;
}

qint64 openNewPatientEditor(QWidget *parent, Editor &editor)
{
    Patient blank;
    auto dialog = makeRecordDialog<Patient>(editor, blank, parent);
    RecordDialog *d = dialog.get();
    d->setSaveFunction([d, &editor, parent](const QJsonObject &values) -> Status {
        Patient p;
        if (const auto issues = decodeRecordValues(values, p); !issues.isEmpty())
            return Error(RecordDialog::tr("Some values could not be read: correct the fields marked below."), issues);
        const auto duplicates = editor.store().search().possibleDuplicates(p);
        if (!duplicates.isEmpty()) {
            QStringList lines;
            for (const SearchHit &h : duplicates)
                lines << QStringLiteral("• %1, %2 %3, %4")
                                        .arg(h.displayName, RecordDialog::tr("born"),
                                             h.birthDate.isValid() ? h.birthDate.toString(Qt::ISODate)
                                                                   : RecordDialog::tr("birth date not recorded"),
                                             h.nationality)
                                + QStringLiteral(" (%1)").arg(h.recordNumber);
            QMessageBox box(QMessageBox::Question, RecordDialog::tr("Same person?"),
                            RecordDialog::tr("These patients may be the same person:\n\n%1\n\nOpen the first of them, "
                                             "or create a new patient anyway?")
                                    .arg(lines.join(QLatin1Char('\n'))),
                            QMessageBox::NoButton, parent ? parent : d);
            QPushButton *open = box.addButton(RecordDialog::tr("Open existing patient"), QMessageBox::AcceptRole);
            QPushButton *create = box.addButton(RecordDialog::tr("Create new patient"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == open) {
                d->setSavedId(duplicates.first().patientId);
                return {};
            }
            if (box.clickedButton() != create)
                return Error(RecordDialog::tr("Not saved yet: check the possible duplicates."));
        }
        const auto id = editor.add(p);
        if (!id)
            return id.error();
        d->setSavedId(*id);
        return {};
    });
    return dialog->exec() == QDialog::Accepted ? d->savedId() : 0;
}

} // namespace caravan
