// Small member functions of the record types.
#include "clinicalrecords.h"
#include "patient.h"
#include "treatmentcourse.h"

namespace caravan {

QString Patient::displayName() const
{
    const QString native = QStringList{ familyNameNative, givenNameNative }.join(QLatin1Char(' ')).trimmed();
    const QString latin = QStringList{ familyNameLatin.toUpper(), givenNameLatin }.join(QLatin1Char(' ')).trimmed();
    if (native.isEmpty() || native.compare(latin, Qt::CaseInsensitive) == 0)
        return latin;
    if (latin.isEmpty())
        return native;
    // U+2068/U+2069 isolate each form so that an Urdu name beside a Latin one keeps its order.
    return QStringLiteral("\u2068%1\u2069 (\u2068%2\u2069)").arg(native, latin);
}

QString Measurement::defaultUnit(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Weight:
        return QStringLiteral("kg");
    case MeasurementKind::Height:
        return QStringLiteral("cm");
    case MeasurementKind::Anc:
    case MeasurementKind::Platelets:
    case MeasurementKind::Wbc:
        return QStringLiteral("10^9/L");
    case MeasurementKind::Haemoglobin:
        return QStringLiteral("g/L");
    case MeasurementKind::BlastPercent:
        return QStringLiteral("%");
    case MeasurementKind::TumourMarker:
        return QStringLiteral("U/mL");
    case MeasurementKind::Other:
        break;
    }
    return {};
}

QDate TreatmentCourse::dayZero() const
{
    switch (type) {
    case TreatmentType::CarT:
        return cart.infusionDate;
    case TreatmentType::StemCellTransplant:
        return hsct.infusionDate;
    default:
        return {};
    }
}

} // namespace caravan
