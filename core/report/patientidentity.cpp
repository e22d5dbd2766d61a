// The rows every document starts its Patient section with (see documentbodies.h).
#include "documentbodies.h"

#include "domain/places.h"

namespace caravan::report {

QString countryWithCode(const QString &code, const Translation &language)
{
    return code.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(countryName(code, language), code);
}

QList<std::pair<const char *, QString>> identityRows(const Patient &p, const DocumentBuilder &b, IdentityFields with)
{
    QList<std::pair<const char *, QString>> rows{
        { QT_TRANSLATE_NOOP("Documents", "Name (passport)"),
          QStringList{ p.familyNameLatin.toUpper(), p.givenNameLatin }.join(QLatin1Char(' ')).trimmed() },
        { QT_TRANSLATE_NOOP("Documents", "Name (native script)"),
          QStringList{ p.familyNameNative, p.givenNameNative }.join(QLatin1Char(' ')).trimmed() }
    };
    if (with & WithRecordNumber)
        rows.append({ QT_TRANSLATE_NOOP("Documents", "Record number"), p.recordNumber });
    rows.append({ QT_TRANSLATE_NOOP("Documents", "Birth date"), isoDate(p.birthDate) });
    if (with & WithSex)
        rows.append({ QT_TRANSLATE_NOOP("Documents", "Sex"), p.sex == Sex::Unknown ? QString() : b.vocab(p.sex) });
    rows.append({ QT_TRANSLATE_NOOP("Documents", "Nationality"), countryWithCode(p.nationality, b.first()) });
    return rows;
}

} // namespace caravan::report
