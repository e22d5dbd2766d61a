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
struct Companion {
    QString name;          // as written in the companion's own script
    QString nameLatin;     // as in the passport
    QString relation;      // free text: mother, husband, ...
    bool accompanying = false;
    bool nextOfKin = false;
    QDate birthDate;
    QString passportNumber;
    QString passportCountry;  // ISO 3166-1 alpha-2
    QDate passportExpiry;
    QString phone;

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("name", s.name); v("name_latin", s.nameLatin); v("relation", s.relation);
        v("accompanying", s.accompanying); v("next_of_kin", s.nextOfKin);
        v("birth_date", s.birthDate); v("passport_number", s.passportNumber);
        v("passport_country", s.passportCountry); v("passport_expiry", s.passportExpiry);
        v("phone", s.phone);
    }
    bool operator==(const Companion &) const = default;
};

struct Patient : Entity {
    static constexpr const char *table = "patient";

    QString recordNumber;
    QString familyNameNative;
    QString givenNameNative;
    QString familyNameLatin;   // as printed in the passport
    QString givenNameLatin;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString nationality;       // ISO 3166-1 alpha-2
    QString residenceCountry;  // ISO 3166-1 alpha-2
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
    QString messenger;         // e.g. "WhatsApp +92 300 ..."
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

    template <class S, class V>
    static void fields(S &s, V &&v)
    {
        v("record_number", s.recordNumber);
        v("family_name_native", s.familyNameNative); v("given_name_native", s.givenNameNative);
        v("family_name_latin", s.familyNameLatin); v("given_name_latin", s.givenNameLatin);
        v("sex", s.sex); v("birth_date", s.birthDate);
        v("nationality", s.nationality); v("residence_country", s.residenceCountry);
        v("passport_number", s.passportNumber); v("passport_country", s.passportCountry);
        v("passport_expiry", s.passportExpiry);
        v("visa_type", s.visaType); v("visa_number", s.visaNumber); v("visa_expiry", s.visaExpiry);
        v("preferred_language", s.preferredLanguage); v("interpreter_needed", s.interpreterNeeded);
        v("phone", s.phone); v("email", s.email); v("messenger", s.messenger);
        v("companions", s.companions);
        v("sponsor_type", s.sponsorType); v("sponsor_name", s.sponsorName);
        v("sponsor_reference", s.sponsorReference);
        v("referring_institution_id", s.referringInstitutionId);
        v("referring_doctor", s.referringDoctor); v("coordinator", s.coordinator);
        v("case_status", s.caseStatus);
        v("arrival_date", s.arrivalDate); v("departure_date", s.departureDate);
        v("notes", s.notes);
    }

    // "Жақсылықова Айгерім (ZHAKSYLYKOVA Aigerim)": both forms, never translated.
    QString displayName() const;
};

} // namespace caravan
