// Common parts of every stored record, and the declaration convention the whole
// core relies on. A record kind (a type stored in its own table) declares, in its
// own header and nowhere else:
//   static constexpr const char *table;        // storage table and JSON kind
//   static constexpr const char *kindLabel;    // QT_TRANSLATE_NOOP("RecordKind", ...)
//   static constexpr const char *pluralLabel;  // QT_TRANSLATE_NOOP("RecordKind", ...)
//   static constexpr RecordPart part;          // what the ChangeNotifier reports
//   static constexpr const char *orderColumn;  // time order of a patient's records
//   template <class S, class V> static void fields(S &self, V &&visit);
// fields() calls visit(Field{name, label, style, references}, self.member) for each
// persistent field. Storage (SQL rows), JSON (CLI, demo data), CSV import, forms,
// tables and the audit trail are all written once against this convention.
// Small records kept as lists inside a record (companions, cycles, drugs,
// participants) declare only fields(). The list of kinds is recordkinds.h.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QtGlobal>

namespace caravan {

// The parts of a patient's record, as the ChangeNotifier reports them.
enum RecordPart : quint32 {
    NoPart = 0x00,
    Identity = 0x01, // the patient row itself
    Diagnoses = 0x02,
    Treatments = 0x04,
    Assessments = 0x08,
    Measurements = 0x10,
    Visits = 0x20,
    Institutions = 0x40, // partner institutions (not a patient's part; their names show in records)
    AuditTrail = 0x80, // only the history changed (a document left the program)
    AllParts = 0xff,
};
Q_DECLARE_FLAGS(RecordParts, RecordPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(RecordParts)

// How a field is edited and shown; the value's C++ type says the rest (a QDate is
// a date, an enum a choice, a list of small records a table).
enum class FieldStyle : quint8 {
    Plain, // one line, or the editor of its type
    LongText, // several lines of text (notes, findings, summaries)
};

// What a record kind declares about one persistent field.
struct Field
{
    const char *name; // storage column and JSON key
    const char *label; // source text in context "Field"
    FieldStyle style = FieldStyle::Plain;
    const char *references = nullptr; // for an id field: the table it refers to

    QString translatedLabel() const { return QCoreApplication::translate("Field", label); }
};

struct Entity
{
    qint64 id = 0; // 0 until stored
    int version = 0; // row version, incremented on every update (optimistic locking)
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// A record that belongs to one patient (everything but Patient and Institution).
struct PatientPart : Entity
{
    qint64 patientId = 0;
};

} // namespace caravan
