// Fully filled records of every type, in the data of the centre's cases (fictional),
// for the record editor tests: each field has a value unless a test needs it empty.
#pragma once

#include "domain/clinicalrecords.h"
#include "domain/institution.h"
#include "domain/patient.h"
#include "domain/treatmentcourse.h"
#include "domain/visit.h"

namespace caravan::builders {

inline Patient patient()
{
    Patient p;
    p.recordNumber = QStringLiteral("IPC-2024-0117");
    p.familyNameNative = QStringLiteral("Жақсылықова");
    p.givenNameNative = QStringLiteral("Айгерім");
    p.familyNameLatin = QStringLiteral("Zhaksylykova");
    p.givenNameLatin = QStringLiteral("Aigerim");
    p.sex = Sex::Female;
    p.birthDate = QDate(2012, 4, 9);
    p.nationality = QStringLiteral("KZ");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("N12345678");
    p.passportCountry = QStringLiteral("KZ");
    p.passportExpiry = QDate(); // not recorded: an empty date
    p.visaType = QStringLiteral("Medical (M)");
    p.visaNumber = QStringLiteral("V-0099");
    p.visaExpiry = QDate(2024, 9, 30);
    p.preferredLanguage = QStringLiteral("kk");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 701 555 0101");
    p.email = QStringLiteral("family@example.kz");
    p.messenger = QStringLiteral("WhatsApp +7 701 555 0101");
    Companion mother;
    mother.name = QStringLiteral("Гүлнар Жақсылықова");
    mother.nameLatin = QStringLiteral("Gulnar Zhaksylykova");
    mother.relation = QStringLiteral("mother");
    mother.accompanying = true;
    mother.nextOfKin = true;
    mother.birthDate = QDate(1984, 11, 2);
    mother.passportNumber = QStringLiteral("N87654321");
    mother.passportCountry = QStringLiteral("KZ");
    mother.passportExpiry = QDate(2029, 1, 15);
    mother.phone = QStringLiteral("+7 701 555 0102");
    Companion uncle;
    uncle.name = QStringLiteral("Ерлан");
    uncle.relation = QStringLiteral("uncle");
    uncle.nextOfKin = false;
    p.companions = { mother, uncle };
    p.sponsorType = SponsorType::Government;
    p.sponsorName = QStringLiteral("Ministry of Health of Kazakhstan");
    p.sponsorReference = QStringLiteral("MZ-77/2024");
    p.referringInstitutionId = 7;
    p.referringDoctor = QStringLiteral("Dr A. Seitkali");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::InTreatment;
    p.arrivalDate = QDate(2024, 2, 1);
    p.departureDate = QDate(2024, 8, 20);
    p.notes = QStringLiteral("Halal meals.\nMother speaks Russian and Kazakh.");
    return p;
}

inline TreatmentCourse courseBase(TreatmentType type)
{
    TreatmentCourse c;
    c.patientId = 42;
    c.diagnosisId = 3;
    c.type = type;
    c.name = QStringLiteral("Course name");
    c.intent = TreatmentIntent::Curative;
    c.status = CourseStatus::Ongoing;
    c.startDate = QDate(2024, 2, 5);
    c.endDate = QDate(); // ongoing: empty date
    c.atThisCentre = false;
    c.institutionId = 5;
    c.bestResponse = Response::CR;
    c.notes = QStringLiteral("Started at home, continued here.");
    return c;
}

inline TreatmentCourse chemoCourse()
{
    TreatmentCourse c = courseBase(TreatmentType::Chemotherapy);
    c.chemo.regimen = QStringLiteral("R-CHOP-21");
    c.chemo.plannedCycles = 6;
    c.chemo.givenCycles = 2;
    c.chemo.cycleLengthDays = 21;
    c.chemo.bsaUsed = 1.82;
    c.chemo.cycles = { { 1, QDate(2024, 2, 5) }, { 2, QDate(2024, 2, 26) }, { 3, QDate() } };
    c.chemo.drugs = { { QStringLiteral("Cyclophosphamide"), DoseBasis::PerSquareMetre, 750, 1365.0 },
                      { QStringLiteral("Vincristine"), DoseBasis::PerSquareMetre, 1.4, 2.0 },
                      { QStringLiteral("Prednisolone"), DoseBasis::Flat, 100, std::nullopt } };
    return c;
}

inline TreatmentCourse cartCourse()
{
    TreatmentCourse c = courseBase(TreatmentType::CarT);
    c.cart.target = QStringLiteral("CD19");
    c.cart.product = QStringLiteral("Tisagenlecleucel");
    c.cart.apheresisDate = QDate(2024, 1, 10);
    c.cart.lymphodepletionRegimen = QStringLiteral("Flu/Cy");
    c.cart.lymphodepletionStart = QDate(2024, 2, 5);
    c.cart.lymphodepletionEnd = QDate(2024, 2, 7);
    c.cart.infusionDate = QDate(2024, 2, 10);
    c.cart.cellDose = QStringLiteral("1 × 10⁶ CAR+ cells/kg");
    c.cart.crsGrade = 2;
    c.cart.icansGrade = 0;
    c.cart.tocilizumab = true;
    c.cart.steroids = false;
    return c;
}

inline TreatmentCourse hsctCourse()
{
    TreatmentCourse c = courseBase(TreatmentType::StemCellTransplant);
    auto &h = c.hsct;
    h.kind = TransplantKind::Allogeneic;
    h.donorRelation = DonorRelation::Unrelated;
    h.donorRegistryId = 9;
    h.hlaMatch = QStringLiteral("10/10");
    h.donorSex = Sex::Male;
    h.donorAbo = QStringLiteral("A+");
    h.recipientAbo = QStringLiteral("O+");
    h.source = StemCellSource::PeripheralBlood;
    h.conditioningRegimen = QStringLiteral("Flu/Mel");
    h.conditioningIntensity = ConditioningIntensity::Ric;
    h.conditioningStart = QDate(2024, 2, 5);
    h.infusionDate = QDate(2024, 2, 12);
    h.neutrophilEngraftment = QDate(2024, 2, 27);
    h.plateletEngraftment = QDate();
    h.acuteGvhdGrade = 2;
    h.chronicGvhd = ChronicGvhd::Mild;
    h.protectedUnitDischarge = QDate(2024, 3, 10);
    return c;
}

inline Visit visit()
{
    Visit v;
    v.patientId = 42;
    v.type = VisitType::TeleConsultation;
    v.startsAt = QDateTime(QDate(2024, 3, 5), QTime(6, 30), Qt::UTC);
    v.durationMinutes = 45;
    v.localTimeZone = QStringLiteral("Asia/Shanghai");
    v.remoteTimeZone = QStringLiteral("Asia/Karachi");
    v.institutionId = 5;
    v.participants = { { QStringLiteral("Dr Wang"), QStringLiteral("haematologist"), QStringLiteral("This centre"),
                         ParticipantSide::Local },
                       { QStringLiteral("Dr Qureshi"), QStringLiteral("oncologist"), QStringLiteral("Lahore"),
                         ParticipantSide::Remote } };
    v.interpreter = QStringLiteral("Ms Ayesha");
    v.interpreterLanguage = QStringLiteral("ur");
    v.question = QStringLiteral("Fit for transplant?");
    v.findings = QStringLiteral("MRD negative after cycle 2.");
    v.summary = QStringLiteral("Proceed.");
    v.recommendations = QStringLiteral("Travel in April.");
    return v;
}

inline Measurement measurement()
{
    Measurement m;
    m.patientId = 42;
    m.takenAt = QDateTime(QDate(2024, 3, 1), QTime(23, 15), Qt::UTC);
    m.kind = MeasurementKind::TumourMarker;
    m.value = 35.7;
    m.unit = QStringLiteral("U/mL");
    m.label = QStringLiteral("CA-125");
    return m;
}

inline Diagnosis diagnosis()
{
    Diagnosis d;
    d.patientId = 42;
    d.icd10Code = QStringLiteral("C91.0");
    d.icd10Text = QStringLiteral("Acute lymphoblastic leukaemia");
    d.icdO3Morphology = QStringLiteral("9811/3");
    d.icdO3Topography = QStringLiteral("C42.1");
    d.diagnosedOn = QDate(2023, 11, 20);
    d.basis = DiagnosisBasis::FlowCytometry;
    d.stagingSystem = StagingSystem::RiskGroup;
    d.stage = QStringLiteral("high risk");
    d.laterality = Laterality::NotApplicable;
    d.institutionId = 5;
    d.notes = QStringLiteral("Referred from Almaty.");
    return d;
}

inline Assessment assessment()
{
    Assessment a;
    a.patientId = 42;
    a.courseId = 11;
    a.assessedOn = QDate(2024, 3, 1);
    a.result = Response::MrdNegative;
    a.blastPercent = 0.5;
    a.method = AssessmentMethod::FlowCytometry;
    a.institutionId = std::nullopt;
    a.notes = QStringLiteral("Day 28 marrow.");
    return a;
}

inline Institution institution()
{
    Institution i;
    i.name = QStringLiteral("Shaukat Khanum Memorial Cancer Hospital");
    i.nameLocal = QStringLiteral("شوکت خانم میموریل کینسر ہسپتال");
    i.kind = InstitutionKind::Hospital;
    i.country = QStringLiteral("PK");
    i.city = QStringLiteral("Lahore");
    i.timeZone = QStringLiteral("Asia/Karachi");
    i.contactPerson = QStringLiteral("Dr Qureshi");
    i.phone = QStringLiteral("+92 42 000 0000");
    i.email = QStringLiteral("ipd@example.pk");
    return i;
}

} // namespace caravan::builders
