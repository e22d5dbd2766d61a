#include "csvreader.h"

#include <QCoreApplication>

namespace caravan {

CsvTable parseCsv(const QString &input)
{
    CsvTable table;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep =
            firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');

    int line = 1;
    CsvRecord record{ 1, {} };
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int quoteLine = 0;
    const auto endRecord = [&] {
        record.fields << field;
        field.clear();
        fieldStarted = false;
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            table.records << record;
        record = CsvRecord{ line, {} };
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            record.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // part of \r\n; the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        table.error = QCoreApplication::translate("Csv", "A quoted field that starts on line %1 is never closed.")
                              .arg(quoteLine);
        table.errorLine = quoteLine;
        return table;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return table;
}

} // namespace caravan
