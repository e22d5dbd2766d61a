// RecordTableModel: one kind of a patient's records (diagnoses, courses, ...) as
// a table whose columns are the fields the kind lists (its tableColumns). Rows
// are the records' JSON (fieldcodec.h), taken from the PatientRecord the case
// record read once (setRecord), not read again per tab; a cell edit decodes into the record type and goes through
// the Editor, so it is validated, audited and undoable like any other change, and
// comes back through the ChangeNotifier. Built for a record type by forKind<T>().
#pragma once

#include "domain/fieldspec.h"
#include "domain/recordkinds.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <functional>

namespace caravan {

class Editor;

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RecordIdRole = Qt::UserRole + 1, JsonRole };

    // What the model knows of one record kind.
    struct Backend
    {
        QString table;
        RecordPart part = NoPart;
        std::function<QList<FieldSpec>()> specs;
        std::function<QList<QJsonObject>(const PatientRecord &)> rows; // with "id" and "version"
        // The whole record as the table showed it, and with the cell edited.
        std::function<Status(const QJsonObject &shown, const QJsonObject &edited)> change;
    };

    RecordTableModel(Backend backend, QStringList columns, QObject *parent = nullptr);

    // The model of kind T, with the columns T declares.
    template<RecordKind T>
    static RecordTableModel *forKind(Editor &editor, QObject *parent = nullptr);

    QString table() const { return m_backend.table; }
    RecordPart part() const { return m_backend.part; }
    // Shows the records of its kind in record (none for nullptr).
    void setRecord(const PatientRecord *record);
    // Cells are not editable (the person's role may not change this kind).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Whether a patient is shown (records can be added).
    bool hasRecord() const { return m_hasRecord; }
    // Labels follow the current language.
    void retranslate();
    // Labels for Reference columns (institution names, diagnosis codes), by table then id.
    void setReferenceLabels(const QHash<QString, QHash<qint64, QString>> &labels);
    // Called with core's error when an edited cell is refused.
    void setErrorHandler(std::function<void(const Error &)> handler) { m_onError = std::move(handler); }

    QJsonObject recordAt(int row) const { return m_rows.value(row); }
    QList<FieldSpec> columnSpecs() const { return m_columnSpecs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // How a field's JSON value reads for a person (shared with the Overview and History).
    static QString displayText(const FieldSpec &spec, const QJsonValue &value,
                               const QHash<QString, QHash<qint64, QString>> &referenceLabels = {});
    // The same for a value read on its own (History, conflicts): a yes/no field says
    // "no" rather than nothing; empty when nothing is recorded.
    static QString valueText(const FieldSpec &spec, const QJsonValue &value,
                             const QHash<QString, QHash<qint64, QString>> &referenceLabels = {});

private:
    void refreshSpecs();

    Backend m_backend;
    QStringList m_columns;
    QList<FieldSpec> m_columnSpecs;
    QList<QJsonObject> m_rows;
    bool m_hasRecord = false;
    bool m_readOnly = false;
    QHash<QString, QHash<qint64, QString>> m_referenceLabels;
    std::function<void(const Error &)> m_onError;
};

} // namespace caravan

#include "editing/editor.h"
#include "editing/versionmerge.h"
#include "interop/recordjson.h"

namespace caravan {

template<RecordKind T>
RecordTableModel *RecordTableModel::forKind(Editor &editor, QObject *parent)
{
    Backend b;
    b.table = QLatin1String(T::table);
    b.part = T::part;
    b.specs = [] { return fieldSpecs<T>(); };
    b.rows = [](const PatientRecord &record) {
        QList<QJsonObject> rows;
        for (const T &r : record.parts<T>())
            rows << toJsonWithMeta(r);
        return rows;
    };
    b.change = [&editor](const QJsonObject &shown, const QJsonObject &json) -> Status {
        const qint64 id = json.value(QStringLiteral("id")).toInteger();
        const auto current = editor.store().template get<T>(id);
        if (!current)
            return current.error();
        T record = *current;
        record.version = json.value(QStringLiteral("version")).toInt();
        if (QString e = codec::recordFromJson(json, record); !e.isEmpty())
            return Error{ e, { { e.section(QLatin1Char(':'), 0, 0), e.section(QLatin1Char(':'), 1).trimmed() } } };
        const Status saved = editor.change(record);
        if (saved || saved.error().reason != Error::Reason::ChangedElsewhere)
            return saved;
        // Someone saved the row after the table showed it: the cell goes on top of their
        // version when they did not change that field; otherwise the refusal (who,
        // when) stands and the table reloads with their version.
        const auto theirs = editor.store().template get<T>(id);
        if (!theirs)
            return saved;
        T before = *theirs;
        (void)codec::recordFromJson(shown, before);
        VersionMerge merge(codec::recordToJson(before), codec::recordToJson(*theirs), codec::recordToJson(record));
        if (merge.conflictCount() > 0)
            return saved;
        T merged = *theirs;
        if (!codec::recordFromJson(merge.merged(), merged).isEmpty())
            return saved;
        merged.version = theirs->version;
        return editor.change(merged);
    };
    QStringList columns;
    for (const char *c : T::tableColumns)
        columns << QLatin1String(c);
    return new RecordTableModel(std::move(b), columns, parent);
}

} // namespace caravan
