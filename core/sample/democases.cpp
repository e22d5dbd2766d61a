// Demo cases: reads the demo documents from the resources (:/demo, from
// resources/demo) and imports them through RecordJsonImport in one transaction;
// the record numbers are the names of the patient documents, and the load fails
// if a document holds another patient than its name says.
#include "democases.h"

#include "interop/recordjsonimport.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDir>

namespace caravan {

namespace {

struct DemoCases
{
    Q_DECLARE_TR_FUNCTIONS(DemoCases)
};

const QString kInstitutions = QStringLiteral(":/demo/institutions.json");
const QString kPatientFolder = QStringLiteral(":/demo/patients");

QString patientDocument(const QString &recordNumber)
{
    return kPatientFolder + QLatin1Char('/') + recordNumber + QStringLiteral(".json");
}

} // namespace

QStringList demoRecordNumbers()
{
    QStringList numbers;
    const QDir folder(kPatientFolder);
    for (const QString &name : folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        numbers << name.chopped(5); // without ".json"
    return numbers;
}

Status loadDemoCases(Store &store)
{
    const QStringList numbers = demoRecordNumbers();
    if (numbers.isEmpty())
        return Error{ DemoCases::tr("The demo cases are missing from this build of Caravan.") };
    for (const QString &number : numbers) {
        if (store.patientIdByRecordNumber(number))
            return Error{ DemoCases::tr("The demo cases are already loaded: record number %1 is in use.").arg(number) };
    }
    QStringList documents{ kInstitutions };
    for (const QString &number : numbers)
        documents << patientDocument(number);

    Transaction tx(store.database());
    if (!tx.started())
        return tx.started();
    const auto report = RecordJsonImport::importFiles(store, documents);
    if (!report)
        return report.error();
    if (report->recordNumbers != numbers)
        return Error{ DemoCases::tr("The demo documents hold the patients %1 instead of %2.")
                              .arg(report->recordNumbers.join(QStringLiteral(", ")),
                                   numbers.join(QStringLiteral(", "))) };
    return tx.commit();
}

} // namespace caravan
