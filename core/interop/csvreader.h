// CSV reading (RFC 4180): comma- or semicolon-separated, double-quoted fields
// that may hold separators, quotes ("") and line breaks; UTF-8 with or without a
// byte-order mark. Each record keeps the line number it starts on so that errors
// can point at the line a coordinator sees in a spreadsheet.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caravan {

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

struct CsvTable
{
    QList<CsvRecord> records; // the header is records[0] when present
    QString error; // set if the text cannot be parsed (unterminated quote)
    int errorLine = 0;
};

// The separator is guessed from the first line (',' unless ';' is more frequent).
CsvTable parseCsv(const QString &text);

} // namespace caravan
