#include "patientcsvimport.h"

#include "csvreader.h"

#include "domain/fieldcodec.h"
#include "storage/store.h"

#include <QFile>

namespace caravan {

QStringList PatientCsvImport::columns()
{
    return codec::fieldNames<Patient>();
}

Result<ImportReport> PatientCsvImport::importFile(Store &store, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ tr("The file %1 cannot be read: %2").arg(path, f.errorString()) };
    return importText(store, QString::fromUtf8(f.readAll()));
}

Result<ImportReport> PatientCsvImport::importText(Store &store, const QString &csvText)
{
    const CsvTable table = parseCsv(csvText);
    if (!table.error.isEmpty())
        return Error{ tr("Line %1: %2").arg(table.errorLine).arg(table.error) };
    if (table.records.isEmpty())
        return Error{ tr("The file is empty.") };

    QStringList header;
    for (const QString &h : table.records.first().fields)
        header << h.trimmed().toLower();
    const QStringList known = columns();
    for (const QString &h : std::as_const(header)) {
        if (!known.contains(h))
            return Error{
                tr("Unknown column \"%1\" in the header. Known columns: %2").arg(h, known.join(QStringLiteral(", ")))
            };
    }
    if (!header.contains(QLatin1String("record_number")))
        return Error{ tr("The header has no record_number column.") };

    ImportReport report;
    Transaction tx(store.database());
    if (!tx.started())
        return tx.started().error();
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &rec = table.records.at(r);
        QJsonObject values;
        for (qsizetype c = 0; c < header.size() && c < rec.fields.size(); ++c)
            values.insert(header.at(c), rec.fields.at(c).trimmed());
        const QString recordNumber = values.value(QLatin1String("record_number")).toString();
        if (rec.fields.size() > header.size()) {
            report.problems << ImportProblem{
                rec.line, recordNumber,
                tr("The row has %1 fields but the header has %2.").arg(rec.fields.size()).arg(header.size())
            };
            continue;
        }
        Patient p;
        if (QString e = codec::recordFromJson(values, p); !e.isEmpty()) {
            report.problems << ImportProblem{ rec.line, recordNumber, e };
            continue;
        }
        if (auto created = store.create(p); !created) {
            report.problems << ImportProblem{ rec.line, recordNumber, created.error().fullText() };
            continue;
        }
        ++report.imported;
    }
    if (report.imported > 0)
        store.announceReset();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace caravan
