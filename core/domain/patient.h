// Patient: identity (native-script and passport-Latin names), travel documents,
// contact, companions, sponsor, referral and the case's administrative status.
#pragma once

#include "entity.h"
#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace caravan {

// A next of kin, or a person who travels with the patient (or both).
struct Companion
{
    QString name; // as written in the companion's own script
    QString nameLatin; // as in the passport
    QString relation; // free text: mother, husband, ...
    bool accompanying = false;
    bool nextOfKin = false;
    QDate birthDate;
    QString passportNumber;
    QString passportCountry; // ISO 3166-1 alpha-2
    QDate passportExpiry;
    QString phone;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "name", QT_TRANSLATE_NOOP("Field", "Name") }, s.name);
        v({ "name_latin", QT_TRANSLATE_NOOP("Field", "Name (passport)") }, s.nameLatin);
        v({ "relation", QT_TRANSLATE_NOOP("Field", "Relation") }, s.relation);
        v({ "accompanying", QT_TRANSLATE_NOOP("Field", "Travels with the patient") }, s.accompanying);
        v({ "next_of_kin", QT_TRANSLATE_NOOP("Field", "Next of kin") }, s.nextOfKin);
        v({ "birth_date", QT_TRANSLATE_NOOP("Field", "Birth date") }, s.birthDate);
        v({ "passport_number", QT_TRANSLATE_NOOP("Field", "Passport number") }, s.passportNumber);
        v({ "passport_country", QT_TRANSLATE_NOOP("Field", "Passport issued by") }, s.passportCountry);
        v({ "passport_expiry", QT_TRANSLATE_NOOP("Field", "Passport expires") }, s.passportExpiry);
        v({ "phone", QT_TRANSLATE_NOOP("Field", "Phone") }, s.phone);
    }
    bool operator==(const Companion &) const = default;
};

struct Patient : Entity
{
    static constexpr const char *table = "patient";
    static constexpr const char *kindLabel = QT_TRANSLATE_NOOP("RecordKind", "patient");
    static constexpr const char *pluralLabel = QT_TRANSLATE_NOOP("RecordKind", "Patients");
    static constexpr RecordPart part = Identity;
    static constexpr const char *orderColumn = "record_number";

    QString recordNumber;
    QString familyNameNative;
    QString givenNameNative;
    QString familyNameLatin; // as printed in the passport
    QString givenNameLatin;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString nationality; // ISO 3166-1 alpha-2
    QString residenceCountry; // ISO 3166-1 alpha-2
    QString passportNumber;
    QString passportCountry;
    QDate passportExpiry;
    QString visaType;
    QString visaNumber;
    QDate visaExpiry;
    QString preferredLanguage; // BCP 47: ur, kk, ru, zh, en, ky, ...
    bool interpreterNeeded = false;
    QString phone;
    QString email;
    QString messenger; // e.g. "WhatsApp +92 300 ..."
    QList<Companion> companions;
    SponsorType sponsorType = SponsorType::Unknown;
    QString sponsorName;
    QString sponsorReference;
    std::optional<qint64> referringInstitutionId;
    QString referringDoctor;
    QString coordinator;
    CaseStatus caseStatus = CaseStatus::Enquiry;
    QDate arrivalDate;
    QDate departureDate;
    QString notes;

    template<class S, class V>
    static void fields(S &s, V &&v)
    {
        v({ "record_number", QT_TRANSLATE_NOOP("Field", "Record number") }, s.recordNumber);
        v({ "family_name_native", QT_TRANSLATE_NOOP("Field", "Family name") }, s.familyNameNative);
        v({ "given_name_native", QT_TRANSLATE_NOOP("Field", "Given name") }, s.givenNameNative);
        v({ "family_name_latin", QT_TRANSLATE_NOOP("Field", "Family name (passport)") }, s.familyNameLatin);
        v({ "given_name_latin", QT_TRANSLATE_NOOP("Field", "Given name (passport)") }, s.givenNameLatin);
        v({ "sex", QT_TRANSLATE_NOOP("Field", "Sex") }, s.sex);
        v({ "birth_date", QT_TRANSLATE_NOOP("Field", "Birth date") }, s.birthDate);
        v({ "nationality", QT_TRANSLATE_NOOP("Field", "Nationality") }, s.nationality);
        v({ "residence_country", QT_TRANSLATE_NOOP("Field", "Country of residence") }, s.residenceCountry);
        v({ "passport_number", QT_TRANSLATE_NOOP("Field", "Passport number") }, s.passportNumber);
        v({ "passport_country", QT_TRANSLATE_NOOP("Field", "Passport issued by") }, s.passportCountry);
        v({ "passport_expiry", QT_TRANSLATE_NOOP("Field", "Passport expires") }, s.passportExpiry);
        v({ "visa_type", QT_TRANSLATE_NOOP("Field", "Visa type") }, s.visaType);
        v({ "visa_number", QT_TRANSLATE_NOOP("Field", "Visa number") }, s.visaNumber);
        v({ "visa_expiry", QT_TRANSLATE_NOOP("Field", "Visa expires") }, s.visaExpiry);
        v({ "preferred_language", QT_TRANSLATE_NOOP("Field", "Preferred language") }, s.preferredLanguage);
        v({ "interpreter_needed", QT_TRANSLATE_NOOP("Field", "Needs an interpreter") }, s.interpreterNeeded);
        v({ "phone", QT_TRANSLATE_NOOP("Field", "Phone") }, s.phone);
        v({ "email", QT_TRANSLATE_NOOP("Field", "E-mail") }, s.email);
        v({ "messenger", QT_TRANSLATE_NOOP("Field", "Messenger") }, s.messenger);
        v({ "companions", QT_TRANSLATE_NOOP("Field", "Companions and next of kin") }, s.companions);
        v({ "sponsor_type", QT_TRANSLATE_NOOP("Field", "Payer") }, s.sponsorType);
        v({ "sponsor_name", QT_TRANSLATE_NOOP("Field", "Sponsor") }, s.sponsorName);
        v({ "sponsor_reference", QT_TRANSLATE_NOOP("Field", "Sponsor's reference") }, s.sponsorReference);
        v({ "referring_institution_id", QT_TRANSLATE_NOOP("Field", "Referring institution"), FieldStyle::Plain,
            "institution" },
          s.referringInstitutionId);
        v({ "referring_doctor", QT_TRANSLATE_NOOP("Field", "Referring doctor") }, s.referringDoctor);
        v({ "coordinator", QT_TRANSLATE_NOOP("Field", "Coordinator") }, s.coordinator);
        v({ "case_status", QT_TRANSLATE_NOOP("Field", "Case status") }, s.caseStatus);
        v({ "arrival_date", QT_TRANSLATE_NOOP("Field", "Arrival") }, s.arrivalDate);
        v({ "departure_date", QT_TRANSLATE_NOOP("Field", "Departure") }, s.departureDate);
        v({ "notes", QT_TRANSLATE_NOOP("Field", "Notes"), FieldStyle::LongText }, s.notes);
    }

    // "Жақсылықова Айгерім (ZHAKSYLYKOVA Aigerim)": both forms, never translated.
    QString displayName() const;
};

} // namespace caravan
