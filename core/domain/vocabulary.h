// The clinical and administrative vocabulary: every enum of the model with its
// stable storage code (what the database, CSV and JSON hold) and its translatable
// label (context "Vocabulary"). A value whose code is empty means "not recorded".
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>

namespace caravan {

enum class Sex { Unknown, Female, Male, Other };
enum class CaseStatus {
    Enquiry,
    TeleConsultation,
    AwaitingVisa,
    Travelling,
    InTreatment,
    Discharged,
    RemoteFollowUp,
    Closed,
    Deceased,
    LostToFollowUp
};
enum class SponsorType { Unknown, Self, Government, Embassy, Insurer, Charity };
enum class InstitutionKind { Hospital, DonorRegistry, Laboratory, Other };
enum class DiagnosisBasis { Unknown, Histology, BoneMarrowMorphology, FlowCytometry, Imaging, Clinical };
enum class StagingSystem { None, Tnm, AnnArbor, Iss, RiskGroup, Other };
enum class Laterality { NotApplicable, Left, Right, Bilateral, Unknown };
enum class TreatmentType {
    Chemotherapy,
    CarT,
    StemCellTransplant,
    Surgery,
    Radiotherapy,
    Immunotherapy,
    GeneTherapy,
    Hyperthermia,
    TraditionalMedicine,
    Other
};
enum class TreatmentIntent { Unknown, Curative, Palliative, Bridging, Consolidation };
enum class CourseStatus { Planned, Ongoing, Completed, Stopped };
enum class Response { NotAssessed, CR, CRi, PR, SD, PD, Relapse, MrdNegative, MrdPositive };
enum class AssessmentMethod { Unknown, Morphology, FlowCytometry, Pcr, Imaging, Clinical };
enum class MeasurementKind { Weight, Height, Anc, Platelets, Haemoglobin, Wbc, BlastPercent, TumourMarker, Other };
enum class DoseBasis { PerSquareMetre, PerKilogram, Flat };
enum class TransplantKind { Unknown, Autologous, Allogeneic };
enum class DonorRelation { Unknown, Self, Related, Unrelated, Haploidentical, Cord };
enum class StemCellSource { Unknown, BoneMarrow, PeripheralBlood, CordBlood };
enum class ConditioningIntensity { Unknown, Mac, Ric, Nma };
enum class ChronicGvhd { Unknown, None, Mild, Moderate, Severe };
enum class VisitType { Outpatient, Admission, Discharge, MultidisciplinaryMeeting, TeleConsultation, FollowUp };
enum class ParticipantSide { Local, Remote };

struct VocabularyEntry
{
    const char *code;
    const char *label; // QT_TRANSLATE_NOOP("Vocabulary", ...)
};

// Specialised below for every enum: entries in the enum's declaration order.
template<class E>
struct Vocabulary;

#define CARAVAN_VOCABULARY(E, ...)                                                       \
    template<>                                                                           \
    struct Vocabulary<E>                                                                 \
    {                                                                                    \
        static constexpr auto entries = std::to_array<VocabularyEntry>({ __VA_ARGS__ }); \
    };

CARAVAN_VOCABULARY(Sex, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "F", QT_TRANSLATE_NOOP("Vocabulary", "Female") }, { "M", QT_TRANSLATE_NOOP("Vocabulary", "Male") },
                   { "X", QT_TRANSLATE_NOOP("Vocabulary", "Other") })
CARAVAN_VOCABULARY(CaseStatus, { "enquiry", QT_TRANSLATE_NOOP("Vocabulary", "Enquiry") },
                   { "teleconsultation", QT_TRANSLATE_NOOP("Vocabulary", "Tele-consultation") },
                   { "awaiting_visa", QT_TRANSLATE_NOOP("Vocabulary", "Awaiting visa") },
                   { "travelling", QT_TRANSLATE_NOOP("Vocabulary", "Travelling") },
                   { "in_treatment", QT_TRANSLATE_NOOP("Vocabulary", "In treatment") },
                   { "discharged", QT_TRANSLATE_NOOP("Vocabulary", "Discharged") },
                   { "remote_follow_up", QT_TRANSLATE_NOOP("Vocabulary", "Remote follow-up") },
                   { "closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed") },
                   { "deceased", QT_TRANSLATE_NOOP("Vocabulary", "Deceased") },
                   { "lost_to_follow_up", QT_TRANSLATE_NOOP("Vocabulary", "Lost to follow-up") })
CARAVAN_VOCABULARY(SponsorType, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "self", QT_TRANSLATE_NOOP("Vocabulary", "Self-paying") },
                   { "government", QT_TRANSLATE_NOOP("Vocabulary", "Government") },
                   { "embassy", QT_TRANSLATE_NOOP("Vocabulary", "Embassy") },
                   { "insurer", QT_TRANSLATE_NOOP("Vocabulary", "Insurer") },
                   { "charity", QT_TRANSLATE_NOOP("Vocabulary", "Charity") })
CARAVAN_VOCABULARY(InstitutionKind, { "hospital", QT_TRANSLATE_NOOP("Vocabulary", "Hospital") },
                   { "donor_registry", QT_TRANSLATE_NOOP("Vocabulary", "Donor registry") },
                   { "laboratory", QT_TRANSLATE_NOOP("Vocabulary", "Laboratory") },
                   { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other institution") })
CARAVAN_VOCABULARY(DiagnosisBasis, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "histology", QT_TRANSLATE_NOOP("Vocabulary", "Histology") },
                   { "bone_marrow_morphology", QT_TRANSLATE_NOOP("Vocabulary", "Bone-marrow morphology") },
                   { "flow_cytometry", QT_TRANSLATE_NOOP("Vocabulary", "Flow cytometry") },
                   { "imaging", QT_TRANSLATE_NOOP("Vocabulary", "Imaging") },
                   { "clinical", QT_TRANSLATE_NOOP("Vocabulary", "Clinical") })
CARAVAN_VOCABULARY(StagingSystem, { "", QT_TRANSLATE_NOOP("Vocabulary", "No staging") },
                   { "tnm", QT_TRANSLATE_NOOP("Vocabulary", "TNM") },
                   { "ann_arbor", QT_TRANSLATE_NOOP("Vocabulary", "Ann Arbor") },
                   { "iss", QT_TRANSLATE_NOOP("Vocabulary", "ISS") },
                   { "risk_group", QT_TRANSLATE_NOOP("Vocabulary", "Risk group") },
                   { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other system") })
CARAVAN_VOCABULARY(Laterality, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not applicable") },
                   { "left", QT_TRANSLATE_NOOP("Vocabulary", "Left") },
                   { "right", QT_TRANSLATE_NOOP("Vocabulary", "Right") },
                   { "bilateral", QT_TRANSLATE_NOOP("Vocabulary", "Bilateral") },
                   { "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Side unknown") })
CARAVAN_VOCABULARY(TreatmentType, { "chemotherapy", QT_TRANSLATE_NOOP("Vocabulary", "Chemotherapy") },
                   { "car_t", QT_TRANSLATE_NOOP("Vocabulary", "CAR-T cell therapy") },
                   { "hsct", QT_TRANSLATE_NOOP("Vocabulary", "Stem-cell transplant") },
                   { "surgery", QT_TRANSLATE_NOOP("Vocabulary", "Surgery") },
                   { "radiotherapy", QT_TRANSLATE_NOOP("Vocabulary", "Radiotherapy") },
                   { "immunotherapy", QT_TRANSLATE_NOOP("Vocabulary", "Immunotherapy") },
                   { "gene_therapy", QT_TRANSLATE_NOOP("Vocabulary", "Gene therapy") },
                   { "hyperthermia", QT_TRANSLATE_NOOP("Vocabulary", "Hyperthermia") },
                   { "traditional_medicine", QT_TRANSLATE_NOOP("Vocabulary", "Traditional medicine") },
                   { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other therapy") })
CARAVAN_VOCABULARY(TreatmentIntent, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "curative", QT_TRANSLATE_NOOP("Vocabulary", "Curative") },
                   { "palliative", QT_TRANSLATE_NOOP("Vocabulary", "Palliative") },
                   { "bridging", QT_TRANSLATE_NOOP("Vocabulary", "Bridging") },
                   { "consolidation", QT_TRANSLATE_NOOP("Vocabulary", "Consolidation") })
CARAVAN_VOCABULARY(CourseStatus, { "planned", QT_TRANSLATE_NOOP("Vocabulary", "Planned") },
                   { "ongoing", QT_TRANSLATE_NOOP("Vocabulary", "Ongoing") },
                   { "completed", QT_TRANSLATE_NOOP("Vocabulary", "Completed") },
                   { "stopped", QT_TRANSLATE_NOOP("Vocabulary", "Stopped") })
CARAVAN_VOCABULARY(Response, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not assessed") },
                   { "CR", QT_TRANSLATE_NOOP("Vocabulary", "Complete remission") },
                   { "CRi", QT_TRANSLATE_NOOP("Vocabulary", "CR with incomplete recovery") },
                   { "PR", QT_TRANSLATE_NOOP("Vocabulary", "Partial response") },
                   { "SD", QT_TRANSLATE_NOOP("Vocabulary", "Stable disease") },
                   { "PD", QT_TRANSLATE_NOOP("Vocabulary", "Progressive disease") },
                   { "relapse", QT_TRANSLATE_NOOP("Vocabulary", "Relapse") },
                   { "MRD-", QT_TRANSLATE_NOOP("Vocabulary", "MRD negative") },
                   { "MRD+", QT_TRANSLATE_NOOP("Vocabulary", "MRD positive") })
CARAVAN_VOCABULARY(AssessmentMethod, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "morphology", QT_TRANSLATE_NOOP("Vocabulary", "Morphology") },
                   { "flow", QT_TRANSLATE_NOOP("Vocabulary", "Flow cytometry") },
                   { "pcr", QT_TRANSLATE_NOOP("Vocabulary", "PCR") },
                   { "imaging", QT_TRANSLATE_NOOP("Vocabulary", "Imaging") },
                   { "clinical", QT_TRANSLATE_NOOP("Vocabulary", "Clinical") })
CARAVAN_VOCABULARY(MeasurementKind, { "weight", QT_TRANSLATE_NOOP("Vocabulary", "Weight") },
                   { "height", QT_TRANSLATE_NOOP("Vocabulary", "Height") },
                   { "anc", QT_TRANSLATE_NOOP("Vocabulary", "Neutrophils (ANC)") },
                   { "platelets", QT_TRANSLATE_NOOP("Vocabulary", "Platelets") },
                   { "haemoglobin", QT_TRANSLATE_NOOP("Vocabulary", "Haemoglobin") },
                   { "wbc", QT_TRANSLATE_NOOP("Vocabulary", "White cells (WBC)") },
                   { "blast_percent", QT_TRANSLATE_NOOP("Vocabulary", "Blasts") },
                   { "tumour_marker", QT_TRANSLATE_NOOP("Vocabulary", "Tumour marker") },
                   { "other", QT_TRANSLATE_NOOP("Vocabulary", "Other measurement") })
CARAVAN_VOCABULARY(DoseBasis, { "mg/m2", QT_TRANSLATE_NOOP("Vocabulary", "mg/m²") },
                   { "mg/kg", QT_TRANSLATE_NOOP("Vocabulary", "mg/kg") },
                   { "flat", QT_TRANSLATE_NOOP("Vocabulary", "Flat dose") })
CARAVAN_VOCABULARY(TransplantKind, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "autologous", QT_TRANSLATE_NOOP("Vocabulary", "Autologous") },
                   { "allogeneic", QT_TRANSLATE_NOOP("Vocabulary", "Allogeneic") })
CARAVAN_VOCABULARY(DonorRelation, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "self", QT_TRANSLATE_NOOP("Vocabulary", "Self (autologous)") },
                   { "related", QT_TRANSLATE_NOOP("Vocabulary", "Related") },
                   { "unrelated", QT_TRANSLATE_NOOP("Vocabulary", "Unrelated") },
                   { "haploidentical", QT_TRANSLATE_NOOP("Vocabulary", "Haploidentical") },
                   { "cord", QT_TRANSLATE_NOOP("Vocabulary", "Cord blood") })
CARAVAN_VOCABULARY(StemCellSource, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "bone_marrow", QT_TRANSLATE_NOOP("Vocabulary", "Bone marrow") },
                   { "peripheral_blood", QT_TRANSLATE_NOOP("Vocabulary", "Peripheral blood") },
                   { "cord_blood", QT_TRANSLATE_NOOP("Vocabulary", "Cord blood") })
CARAVAN_VOCABULARY(ConditioningIntensity, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "MAC", QT_TRANSLATE_NOOP("Vocabulary", "Myeloablative (MAC)") },
                   { "RIC", QT_TRANSLATE_NOOP("Vocabulary", "Reduced intensity (RIC)") },
                   { "NMA", QT_TRANSLATE_NOOP("Vocabulary", "Non-myeloablative (NMA)") })
CARAVAN_VOCABULARY(ChronicGvhd, { "", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded") },
                   { "none", QT_TRANSLATE_NOOP("Vocabulary", "No chronic GVHD") },
                   { "mild", QT_TRANSLATE_NOOP("Vocabulary", "Mild") },
                   { "moderate", QT_TRANSLATE_NOOP("Vocabulary", "Moderate") },
                   { "severe", QT_TRANSLATE_NOOP("Vocabulary", "Severe") })
CARAVAN_VOCABULARY(VisitType, { "outpatient", QT_TRANSLATE_NOOP("Vocabulary", "Outpatient visit") },
                   { "admission", QT_TRANSLATE_NOOP("Vocabulary", "Admission") },
                   { "discharge", QT_TRANSLATE_NOOP("Vocabulary", "Discharge") },
                   { "mdt", QT_TRANSLATE_NOOP("Vocabulary", "Multidisciplinary meeting") },
                   { "teleconsultation", QT_TRANSLATE_NOOP("Vocabulary", "Tele-consultation") },
                   { "follow_up", QT_TRANSLATE_NOOP("Vocabulary", "Follow-up") })
CARAVAN_VOCABULARY(ParticipantSide, { "local", QT_TRANSLATE_NOOP("Vocabulary", "This centre") },
                   { "remote", QT_TRANSLATE_NOOP("Vocabulary", "Partner side") })

#undef CARAVAN_VOCABULARY

template<class E>
QString codeOf(E value)
{
    return QString::fromLatin1(Vocabulary<E>::entries[static_cast<size_t>(value)].code);
}

// The translated label in the application's current language.
template<class E>
QString labelOf(E value)
{
    return QCoreApplication::translate("Vocabulary", Vocabulary<E>::entries[static_cast<size_t>(value)].label);
}

// Accepts the code or the English label, case-insensitively (spreadsheets say
// "Female" where the database says "F"); an empty text is the "not recorded" value
// if the enum has one.
template<class E>
std::optional<E> fromCode(QStringView code)
{
    const auto &entries = Vocabulary<E>::entries;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (code.compare(QLatin1String(entries[i].code), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!code.isEmpty() && code.compare(QString::fromUtf8(entries[i].label), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<class E>
QStringList codesOf()
{
    QStringList codes;
    for (const auto &e : Vocabulary<E>::entries)
        if (*e.code)
            codes << QString::fromLatin1(e.code);
    return codes;
}

} // namespace caravan
