// Import of patients from a CSV file a coordinator exported from a spreadsheet.
// The header row names the columns with the patient field names (the same names as
// in the database and the CLI's JSON: record_number, family_name_native,
// given_name_native, family_name_latin, given_name_latin, sex, birth_date, ...;
// see docs/CSV.md). Each row is decoded, validated and written on its own
// savepoint inside one transaction: a bad row is reported with its line number
// and rolled back alone; the good rows are all kept.
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace caravan {

class Store;

struct ImportProblem
{
    int line = 0;
    QString recordNumber;
    QString message;
};

struct ImportReport
{
    int imported = 0;
    QList<ImportProblem> problems;
};

class PatientCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(PatientCsvImport)
public:
    // Fails as a whole only if the file cannot be read or its header is wrong.
    static Result<ImportReport> importFile(Store &store, const QString &path);
    static Result<ImportReport> importText(Store &store, const QString &csvText);
    // The columns a CSV may have, in the documented order.
    static QStringList columns();
};

} // namespace caravan
