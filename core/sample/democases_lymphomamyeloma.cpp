// Demo cases, lymphoma and myeloma: DEMO-0006 (a Chinese national living in
// Kazakhstan with diffuse large B-cell lymphoma) and DEMO-0007 (a man from Russia with
// multiple myeloma and an autologous transplant, with daily blood counts after the
// infusion). Each function builds one case in code and writes it through the Writer
// (Store::create); the transplant counts must give exactly the engraftment dates
// stored on the course, or the load fails. Everything is invented.
#include "sample/demobuilder.h"

#include "clinical/clinicalfacts.h"

namespace caravan::demo {

// ---- DEMO-0006: Chinese national living in Kazakhstan, diffuse large B-cell lymphoma ----

void addZhouHaifeng(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(5));

    Patient p;
    p.recordNumber = recordNumber(5);
    p.familyNameNative = QStringLiteral("周");
    p.givenNameNative = QStringLiteral("海峰");
    p.familyNameLatin = QStringLiteral("Zhou");
    p.givenNameLatin = QStringLiteral("Haifeng");
    p.sex = Sex::Male;
    p.birthDate = QDate(1984, 5, 21);
    p.nationality = QStringLiteral("CN");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("E58392017");
    p.passportCountry = QStringLiteral("CN");
    p.passportExpiry = QDate(2030, 10, 8);
    p.preferredLanguage = QStringLiteral("zh");
    p.interpreterNeeded = false;
    p.phone = QStringLiteral("+7 707 555 0186");
    p.email = QStringLiteral("zhou.haifeng@example.com");
    p.messenger = QStringLiteral("WeChat zhou_hf_demo");
    p.companions = {
        Companion{.name = QStringLiteral("刘静"), .nameLatin = QStringLiteral("Liu Jing"),
                  .relation = QStringLiteral("wife"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1986, 9, 12), .passportNumber = QStringLiteral("E58392018"),
                  .passportCountry = QStringLiteral("CN"), .passportExpiry = QDate(2030, 10, 8),
                  .phone = QStringLiteral("+7 707 555 0187")},
    };
    p.sponsorType = SponsorType::Insurer;
    p.sponsorName = QStringLiteral("Tengri Expat Health Insurance");
    p.sponsorReference = QStringLiteral("TEH-2025-118204");
    p.referringInstitutionId = partners.almaty;
    p.referringDoctor = QStringLiteral("Dr. Aigul Sarsenbayeva");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::RemoteFollowUp;
    p.arrivalDate = QDate(2025, 12, 14);
    p.departureDate = QDate(2026, 6, 14);
    p.notes = QStringLiteral("Works for a logistics company in Almaty (Khorgos route). Follow-up "
                             "imaging in Almaty.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C83.3");
    dx.icd10Text = QStringLiteral("Diffuse large B-cell lymphoma, germinal-centre type");
    dx.icdO3Morphology = QStringLiteral("9680/3");
    dx.icdO3Topography = QStringLiteral("C77.2");
    dx.diagnosedOn = QDate(2025, 12, 22);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::AnnArbor;
    dx.stage = QStringLiteral("IIA (IPI 1)");
    dx.notes = QStringLiteral("Excision biopsy of a mesenteric node; CD20+, BCL6+, Ki-67 70%; no "
                              "MYC rearrangement.");
    const qint64 dxId = w.add(dx);

    const double height = 172, weight = 70;
    const double bsaM2 = bsa(height, weight);
    TreatmentCourse rchop = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("R-CHOP × 6"),
                                   TreatmentIntent::Curative, CourseStatus::Completed,
                                   QDate(2026, 1, 12), QDate(2026, 5, 17));
    rchop.bestResponse = Response::CR;
    rchop.chemo.regimen = QStringLiteral("R-CHOP-21");
    rchop.chemo.plannedCycles = 6;
    rchop.chemo.givenCycles = 6;
    rchop.chemo.cycleLengthDays = 21;
    rchop.chemo.bsaUsed = bsaM2;
    rchop.chemo.cycles = regularCycles(1, QDate(2026, 1, 12), 6, 21);
    rchop.chemo.drugs = {
        perSquareMetre(QStringLiteral("Rituximab"), 375, bsaM2),
        perSquareMetre(QStringLiteral("Cyclophosphamide"), 750, bsaM2),
        perSquareMetre(QStringLiteral("Doxorubicin"), 50, bsaM2),
        perSquareMetre(QStringLiteral("Vincristine"), 1.4, bsaM2, 2.0),
        flatDose(QStringLiteral("Prednisone (per day, days 1-5)"), 100),
    };
    const qint64 rchopId = w.add(rchop);

    w.add(assessment(pid, rchopId, QDate(2026, 3, 10), Response::PR, AssessmentMethod::Imaging,
                     QStringLiteral("Interim PET-CT after 3 cycles: Deauville 3.")));
    w.add(assessment(pid, rchopId, QDate(2026, 6, 10), Response::CR, AssessmentMethod::Imaging,
                     QStringLiteral("End-of-treatment PET-CT: Deauville 2, complete metabolic response.")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2025, 12, 15), height}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 12, 15), 71.5}, {QDate(2026, 1, 11), weight}, {QDate(2026, 3, 9), 68.8},
        {QDate(2026, 5, 16), 69.5}, {QDate(2026, 6, 10), 70.4},
    }, 1));

    w.add(visit(pid, VisitType::Outpatient, utc(QDate(2025, 12, 15), 2), 40,
                QStringLiteral("Abdominal mass on ultrasound in Almaty; excision biopsy arranged.")));
    Visit mdt = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2025, 12, 29), 6), 30,
                      QStringLiteral("DLBCL stage IIA: R-CHOP × 6, PET-CT after cycle 3 and at the end."));
    mdt.participants = {
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("haematologist")),
        here(QStringLiteral("Dr. Sun Hui"), QStringLiteral("radiologist")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
    };
    w.add(mdt);
    Visit followUp = teleConsultation(pid, utc(QDate(2026, 9, 9), 7), 30, partners.almaty,
                                      QStringLiteral("Asia/Almaty"));
    followUp.type = VisitType::FollowUp;
    followUp.participants = {
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("haematologist")),
        there(QStringLiteral("Dr. Aigul Sarsenbayeva"), QStringLiteral("oncologist"),
              QStringLiteral("Alatau National Oncology Centre")),
        there(QStringLiteral("Zhou Haifeng"), QStringLiteral("patient")),
    };
    followUp.interpreter = QStringLiteral("Marat Iskakov");
    followUp.interpreterLanguage = QStringLiteral("ru");
    followUp.summary = QStringLiteral("3 months after treatment: in remission; CT every 6 months in Almaty.");
    w.add(followUp);
}

// ---- DEMO-0007: man from Russia, multiple myeloma, autologous transplant ----

void addOlegLaptev(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(6));

    Patient p;
    p.recordNumber = recordNumber(6);
    p.familyNameNative = QStringLiteral("Лаптев");
    p.givenNameNative = QStringLiteral("Олег");
    p.familyNameLatin = QStringLiteral("Laptev");
    p.givenNameLatin = QStringLiteral("Oleg");
    p.sex = Sex::Male;
    p.birthDate = QDate(1962, 2, 14);
    p.nationality = QStringLiteral("RU");
    p.residenceCountry = QStringLiteral("RU");
    p.passportNumber = QStringLiteral("753918264");
    p.passportCountry = QStringLiteral("RU");
    p.passportExpiry = QDate(2033, 4, 1);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("026102955");
    p.visaExpiry = QDate(2026, 7, 31);
    p.preferredLanguage = QStringLiteral("ru");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 913 555 0172");
    p.email = QStringLiteral("o.laptev@example.ru");
    p.messenger = QStringLiteral("Telegram +7 913 555 0172");
    p.companions = {
        Companion{.name = QStringLiteral("Лаптева Наталья"), .nameLatin = QStringLiteral("Natalia Lapteva"),
                  .relation = QStringLiteral("wife"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1964, 7, 30), .passportNumber = QStringLiteral("753918265"),
                  .passportCountry = QStringLiteral("RU"), .passportExpiry = QDate(2033, 4, 1),
                  .phone = QStringLiteral("+7 913 555 0173")},
    };
    p.sponsorType = SponsorType::Insurer;
    p.sponsorName = QStringLiteral("Ob River Mutual Insurance");
    p.sponsorReference = QStringLiteral("ORM-77-20260311");
    p.referringDoctor = QStringLiteral("Dr. Elena Markova (haematologist, Novosibirsk)");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::Discharged;
    p.arrivalDate = QDate(2026, 4, 16);
    p.departureDate = QDate(2026, 6, 18);
    p.notes = QStringLiteral("Lenalidomide maintenance prescribed by his haematologist in Novosibirsk.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C90.0");
    dx.icd10Text = QStringLiteral("Multiple myeloma, IgG kappa");
    dx.icdO3Morphology = QStringLiteral("9732/3");
    dx.icdO3Topography = QStringLiteral("C42.1");
    dx.diagnosedOn = QDate(2025, 11, 18);
    dx.basis = DiagnosisBasis::BoneMarrowMorphology;
    dx.stagingSystem = StagingSystem::Iss;
    dx.stage = QStringLiteral("II (R-ISS II)");
    dx.notes = QStringLiteral("Bone marrow 34% plasma cells; lytic lesions T8 and left iliac crest; "
                              "no high-risk cytogenetics.");
    const qint64 dxId = w.add(dx);

    const double height = 181, weightDx = 86, weightTx = 84.5;
    const double bsaDx = bsa(height, weightDx);
    TreatmentCourse vrd = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("VRd × 4"),
                                 TreatmentIntent::Curative, CourseStatus::Completed,
                                 QDate(2025, 12, 8), QDate(2026, 3, 1));
    vrd.atThisCentre = false;
    vrd.bestResponse = Response::PR;
    vrd.chemo.regimen = QStringLiteral("Bortezomib, lenalidomide, dexamethasone (21-day cycles)");
    vrd.chemo.plannedCycles = 4;
    vrd.chemo.givenCycles = 4;
    vrd.chemo.cycleLengthDays = 21;
    vrd.chemo.bsaUsed = bsaDx;
    vrd.chemo.cycles = regularCycles(1, QDate(2025, 12, 8), 4, 21);
    vrd.chemo.drugs = {
        perSquareMetre(QStringLiteral("Bortezomib (days 1, 4, 8, 11)"), 1.3, bsaDx),
        flatDose(QStringLiteral("Lenalidomide (per day, days 1-14)"), 25),
        flatDose(QStringLiteral("Dexamethasone (days 1, 2, 4, 5, 8, 9, 11, 12)"), 20),
    };
    vrd.notes = QStringLiteral("Given in Novosibirsk.");
    const qint64 vrdId = w.add(vrd);

    // Autologous transplant: counts every other day until aplasia, then daily.
    const QDate day0(2026, 5, 13);
    const QList<Measurement> anc =
        dailyCounts(pid, MeasurementKind::Anc, day0, -2, {3.8}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 0, {3.5}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 2, {2.2}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 4, {0.8}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Anc, day0, 6,
                      {0.1, 0.02, 0.01, 0.05, 0.31, 0.74, 1.9, 3.6, 4.8, 5.2, 4.4}, 0, 30);
    const QList<Measurement> platelets =
        dailyCounts(pid, MeasurementKind::Platelets, day0, -2, {188}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 0, {170}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 2, {131}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 4, {83}, 0, 30)
        + dailyCounts(pid, MeasurementKind::Platelets, day0, 6,
                      {42, 29, 18, 13, 15, 18, 24, 31, 45, 62, 80}, 0, 30);
    const QDate neutrophilsEngrafted = engraftment(w, clinical::neutrophilEngraftment(anc, day0),
                                                   day0.addDays(11), "neutrophil");
    const QDate plateletsEngrafted = engraftment(w, clinical::plateletEngraftment(platelets, day0),
                                                 day0.addDays(12), "platelet");

    const double bsaTx = bsa(height, weightTx);
    TreatmentCourse asct = course(pid, dxId, TreatmentType::StemCellTransplant,
                                  QStringLiteral("Autologous HSCT (MEL200)"), TreatmentIntent::Consolidation,
                                  CourseStatus::Completed, QDate(2026, 4, 20), QDate(2026, 6, 12));
    asct.bestResponse = Response::CR;
    asct.hsct.kind = TransplantKind::Autologous;
    asct.hsct.donorRelation = DonorRelation::Self;
    asct.hsct.recipientAbo = QStringLiteral("A+");
    asct.hsct.source = StemCellSource::PeripheralBlood;
    asct.hsct.conditioningRegimen = QStringLiteral("Melphalan 200 mg/m² (MEL200)");
    asct.hsct.conditioningIntensity = ConditioningIntensity::Mac;
    asct.hsct.conditioningStart = QDate(2026, 5, 11);
    asct.hsct.infusionDate = day0;
    asct.hsct.neutrophilEngraftment = neutrophilsEngrafted;
    asct.hsct.plateletEngraftment = plateletsEngrafted;
    asct.hsct.protectedUnitDischarge = QDate(2026, 5, 28);
    asct.notes = QStringLiteral("Mobilisation with G-CSF and plerixafor from 2026-04-20; 5.2 × 10⁶ "
                                "CD34+ cells/kg collected on 2026-04-27 and 28. Melphalan %1 mg "
                                "(BSA %2 m²) on day -2. Grade 2 mucositis.")
                     .arg(roundTo(200 * bsaTx, 0))
                     .arg(bsaTx);
    const qint64 asctId = w.add(asct);
    addAll(w, anc);
    addAll(w, platelets);

    TreatmentCourse maintenance = course(pid, dxId, TreatmentType::Chemotherapy,
                                         QStringLiteral("Lenalidomide maintenance"),
                                         TreatmentIntent::Consolidation, CourseStatus::Ongoing,
                                         QDate(2026, 8, 20), QDate());
    maintenance.atThisCentre = false;
    maintenance.chemo.regimen = QStringLiteral("Lenalidomide 10 mg daily, 28-day cycles");
    maintenance.chemo.cycleLengthDays = 28;
    maintenance.chemo.givenCycles = 3;
    maintenance.chemo.cycles = regularCycles(1, QDate(2026, 8, 20), 3, 28);
    maintenance.chemo.drugs = {flatDose(QStringLiteral("Lenalidomide (per day)"), 10)};
    w.add(maintenance);

    w.add(assessment(pid, vrdId, QDate(2026, 3, 20), Response::PR, AssessmentMethod::Clinical,
                     QStringLiteral("After 4 cycles: M-protein 31 → 2.1 g/L (VGPR by IMWG).")));
    w.add(assessment(pid, asctId, QDate(2026, 8, 14), Response::CR, AssessmentMethod::Clinical,
                     QStringLiteral("Day +93 (Novosibirsk): immunofixation negative, marrow < 5% "
                                    "plasma cells.")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2026, 4, 17), height}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 11, 18), weightDx}, {QDate(2026, 4, 17), weightTx}, {QDate(2026, 5, 20), 82.6},
        {QDate(2026, 6, 12), 80.9},
    }, 1));

    w.add(visit(pid, VisitType::Admission, utc(QDate(2026, 4, 17), 2), 45,
                QStringLiteral("Admitted for stem-cell mobilisation and autologous transplant.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2026, 5, 28), 2), 30,
                QStringLiteral("Discharged from the transplant unit on day +15; outpatient until mid-June.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2026, 6, 16), 2), 30,
                QStringLiteral("Final visit before the flight home; letter for the Novosibirsk haematologist "
                               "(lenalidomide maintenance from day +100, re-vaccination at 6 months).")));
}

} // namespace caravan::demo
