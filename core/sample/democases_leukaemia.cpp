// Demo cases, leukaemia: DEMO-0001 (a child from Lahore with relapsed B-ALL: chemotherapy
// abroad, CD19 CAR-T and an unrelated-donor transplant here, with daily blood counts
// around both infusions) and DEMO-0009 (a woman from Tajikistan with AML in remission,
// awaiting a visa for a planned haploidentical transplant). Each function builds one
// case in code and writes it through the Writer (Store::create); the transplant
// counts must give exactly the engraftment dates stored on the course, or the load
// fails. Everything is invented.
#include "sample/demobuilder.h"

#include "clinical/clinicalfacts.h"

namespace caravan::demo {

// ---- DEMO-0001: child from Lahore, relapsed B-ALL: chemo abroad, CAR-T, unrelated HSCT ----

void addUmarMalik(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(0));

    Patient p;
    p.recordNumber = recordNumber(0);
    p.familyNameNative = QStringLiteral("ملک");
    p.givenNameNative = QStringLiteral("عمر");
    p.familyNameLatin = QStringLiteral("Malik");
    p.givenNameLatin = QStringLiteral("Umar");
    p.sex = Sex::Male;
    p.birthDate = QDate(2018, 4, 17);
    p.nationality = QStringLiteral("PK");
    p.residenceCountry = QStringLiteral("PK");
    p.passportNumber = QStringLiteral("CK7305168");
    p.passportCountry = QStringLiteral("PK");
    p.passportExpiry = QDate(2029, 8, 21);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("025173946");
    p.visaExpiry = QDate(2025, 10, 15);
    p.preferredLanguage = QStringLiteral("ur");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+92 300 555 0142");
    p.messenger = QStringLiteral("WhatsApp +92 300 555 0142 (father)");
    p.companions = {
        Companion{.name = QStringLiteral("سعدیہ طارق"), .nameLatin = QStringLiteral("Sadia Tariq"),
                  .relation = QStringLiteral("mother"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1990, 6, 3), .passportNumber = QStringLiteral("BN4418203"),
                  .passportCountry = QStringLiteral("PK"), .passportExpiry = QDate(2030, 1, 11),
                  .phone = QStringLiteral("+92 301 555 0177")},
        Companion{.name = QStringLiteral("طارق ملک"), .nameLatin = QStringLiteral("Tariq Malik"),
                  .relation = QStringLiteral("father"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1986, 12, 9), .passportNumber = QStringLiteral("AH9034517"),
                  .passportCountry = QStringLiteral("PK"), .passportExpiry = QDate(2028, 5, 30),
                  .phone = QStringLiteral("+92 300 555 0142")},
    };
    p.sponsorType = SponsorType::Charity;
    p.sponsorName = QStringLiteral("Lahore Paediatric Cancer Relief Fund");
    p.sponsorReference = QStringLiteral("LPCRF-2025-031");
    p.referringInstitutionId = partners.lahore;
    p.referringDoctor = QStringLiteral("Dr. Ayesha Rauf");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::RemoteFollowUp;
    p.arrivalDate = QDate(2025, 2, 16);
    p.departureDate = QDate(2025, 9, 10);
    p.notes = QStringLiteral("Early bone-marrow relapse of B-ALL treated in Lahore; CD19 CAR-T and "
                             "unrelated-donor transplant here in 2025. Follow-up by tele-consultation "
                             "with Lahore every three months; counts and weights sent by the family.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C91.0");
    dx.icd10Text = QStringLiteral("B-lymphoblastic leukaemia (precursor B-ALL), relapsed");
    dx.icdO3Morphology = QStringLiteral("9811/3");
    dx.icdO3Topography = QStringLiteral("C42.1");
    dx.diagnosedOn = QDate(2023, 2, 10);
    dx.basis = DiagnosisBasis::FlowCytometry;
    dx.stagingSystem = StagingSystem::RiskGroup;
    dx.stage = QStringLiteral("High risk (early bone-marrow relapse)");
    dx.institutionId = partners.lahore;
    dx.notes = QStringLiteral("NCI standard risk at diagnosis (WBC 12 × 10⁹/L, CNS1, no adverse "
                              "cytogenetics). Isolated bone-marrow relapse on 2024-11-04, 21 months "
                              "after diagnosis; CD19 98% on relapse blasts.");
    const qint64 dxId = w.add(dx);

    // Front-line chemotherapy in Lahore.
    const double height2023 = 104, weight2023 = 16.5;
    const double bsa2023 = bsa(height2023, weight2023);
    TreatmentCourse front = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("UKALL 2011, regimen B"),
                                   TreatmentIntent::Curative, CourseStatus::Stopped,
                                   QDate(2023, 2, 14), QDate(2024, 11, 4));
    front.stopReason = QStringLiteral("Isolated bone-marrow relapse during maintenance (38% blasts).");
    front.atThisCentre = false;
    front.institutionId = partners.lahore;
    front.bestResponse = Response::MrdNegative;
    front.chemo.regimen = QStringLiteral("UKALL 2011 regimen B (induction, consolidation, interim "
                                         "maintenance, delayed intensification, maintenance)");
    front.chemo.plannedCycles = 5;
    front.chemo.givenCycles = 5;
    front.chemo.bsaUsed = bsa2023;
    front.chemo.cycles = {
        ChemoCycle{1, QDate(2023, 2, 14)}, ChemoCycle{2, QDate(2023, 3, 20)},
        ChemoCycle{3, QDate(2023, 5, 15)}, ChemoCycle{4, QDate(2023, 7, 17)},
        ChemoCycle{5, QDate(2023, 9, 25)},
    };
    front.chemo.drugs = {
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsa2023, 2.0),
        perSquareMetre(QStringLiteral("Dexamethasone (per day)"), 6, bsa2023),
        perSquareMetre(QStringLiteral("Daunorubicin"), 25, bsa2023),
        perSquareMetre(QStringLiteral("Mercaptopurine (per day)"), 75, bsa2023),
        flatDose(QStringLiteral("Methotrexate intrathecal"), 12),
    };
    front.notes = QStringLiteral("Treatment blocks recorded as cycles 1-5; maintenance (cycle 5) "
                                 "interrupted by the relapse. PEG-asparaginase given in induction.");
    const qint64 frontId = w.add(front);

    // Reinduction in Lahore.
    const double height2024 = 116, weight2024 = 19.2;
    const double bsa2024 = bsa(height2024, weight2024);
    TreatmentCourse reinduction = course(pid, dxId, TreatmentType::Chemotherapy,
                                         QStringLiteral("ALL R3 reinduction"), TreatmentIntent::Bridging,
                                         CourseStatus::Completed, QDate(2024, 11, 11), QDate(2025, 1, 9));
    reinduction.atThisCentre = false;
    reinduction.institutionId = partners.lahore;
    reinduction.bestResponse = Response::MrdPositive;
    reinduction.chemo.regimen = QStringLiteral("ALL R3 (mitoxantrone arm), blocks 1-2");
    reinduction.chemo.plannedCycles = 2;
    reinduction.chemo.givenCycles = 2;
    reinduction.chemo.bsaUsed = bsa2024;
    reinduction.chemo.cycles = {ChemoCycle{1, QDate(2024, 11, 11)}, ChemoCycle{2, QDate(2024, 12, 16)}};
    reinduction.chemo.drugs = {
        perSquareMetre(QStringLiteral("Dexamethasone (per day)"), 20, bsa2024),
        perSquareMetre(QStringLiteral("Mitoxantrone"), 10, bsa2024),
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsa2024, 2.0),
        flatDose(QStringLiteral("Methotrexate intrathecal"), 12),
    };
    const qint64 reinductionId = w.add(reinduction);

    // CD19 CAR-T here.
    TreatmentCourse cart = course(pid, dxId, TreatmentType::CarT, QStringLiteral("CD19 CAR-T"),
                                  TreatmentIntent::Bridging, CourseStatus::Completed,
                                  QDate(2025, 2, 19), QDate(2025, 4, 21));
    cart.bestResponse = Response::MrdNegative;
    cart.cart.target = QStringLiteral("CD19");
    cart.cart.product = QStringLiteral("Autologous CD19 CAR-T (4-1BB), investigator-initiated study");
    cart.cart.apheresisDate = QDate(2025, 2, 19);
    cart.cart.lymphodepletionRegimen = QStringLiteral("Flu/Cy (fludarabine 30 mg/m² × 4, "
                                                      "cyclophosphamide 500 mg/m² × 2)");
    cart.cart.lymphodepletionStart = QDate(2025, 3, 17);
    cart.cart.lymphodepletionEnd = QDate(2025, 3, 20);
    cart.cart.infusionDate = QDate(2025, 3, 22);
    cart.cart.cellDose = QStringLiteral("1 × 10⁶ CAR+ T cells/kg");
    cart.cart.crsGrade = 1;
    cart.cart.icansGrade = 0;
    cart.cart.tocilizumab = true;
    cart.cart.steroids = false;
    cart.notes = QStringLiteral("Fever from day +2 (CRS grade 1); one dose of tocilizumab on day +3, "
                                "afebrile from day +4. No neurotoxicity. Bridge to allogeneic transplant.");
    const qint64 cartId = w.add(cart);

    // Unrelated-donor transplant here: counts first, so the stored engraftment dates
    // are the ones the counts show.
    const QDate day0(2025, 5, 27);
    const QList<Measurement> anc = dailyCounts(pid, MeasurementKind::Anc, day0, -7, {
        2.4, 2.6, 2.1, 1.6, 1.1, 0.7, 0.4, 0.25,                         // day -7 .. 0
        0.12, 0.05, 0.02, 0.01, 0.0, 0.0, 0.01, 0.02, 0.04, 0.08,        // +1 .. +10
        0.15, 0.28, 0.52, 0.41, 0.47, 0.63, 0.88, 1.24, 1.6, 1.9,        // +11 .. +20
        2.3, 2.1, 2.6, 2.9, 3.1, 2.8, 3.4, 3.2, 3.6, 3.5,                // +21 .. +30
    }, 0, 30);
    const QList<Measurement> platelets = dailyCounts(pid, MeasurementKind::Platelets, day0, -7, {
        210, 195, 176, 150, 118, 92, 70, 52,                              // day -7 .. 0
        38, 27, 19, 14, 31, 22, 12, 9, 26, 17,                           // +1 .. +10 (transfused +5, +9)
        11, 8, 29, 19, 14, 12, 16, 18, 17, 19,                           // +11 .. +20 (transfused +13)
        23, 27, 34, 41, 49, 58, 66, 77, 85, 96,                          // +21 .. +30
    }, 0, 30);
    const QDate neutrophilsEngrafted = engraftment(w, clinical::neutrophilEngraftment(anc, day0),
                                                   day0.addDays(16), "neutrophil");
    const QDate plateletsEngrafted = engraftment(w, clinical::plateletEngraftment(platelets, day0),
                                                 day0.addDays(21), "platelet");

    TreatmentCourse hsct = course(pid, dxId, TreatmentType::StemCellTransplant,
                                  QStringLiteral("Unrelated-donor allogeneic HSCT (10/10, PBSC)"),
                                  TreatmentIntent::Consolidation, CourseStatus::Completed,
                                  QDate(2025, 5, 19), QDate(2025, 9, 4));
    hsct.bestResponse = Response::MrdNegative;
    hsct.hsct.kind = TransplantKind::Allogeneic;
    hsct.hsct.donorRelation = DonorRelation::Unrelated;
    hsct.hsct.donorRegistryId = partners.registry;
    hsct.hsct.hlaMatch = QStringLiteral("10/10");
    hsct.hsct.donorSex = Sex::Male;
    hsct.hsct.donorAbo = QStringLiteral("O+");
    hsct.hsct.recipientAbo = QStringLiteral("B+");
    hsct.hsct.source = StemCellSource::PeripheralBlood;
    hsct.hsct.conditioningRegimen = QStringLiteral("TBI 12 Gy + etoposide 60 mg/kg (FORUM)");
    hsct.hsct.conditioningIntensity = ConditioningIntensity::Mac;
    hsct.hsct.conditioningStart = QDate(2025, 5, 20);
    hsct.hsct.infusionDate = day0;
    hsct.hsct.neutrophilEngraftment = neutrophilsEngrafted;
    hsct.hsct.plateletEngraftment = plateletsEngrafted;
    hsct.hsct.acuteGvhdGrade = 1;
    hsct.hsct.chronicGvhd = ChronicGvhd::None;
    hsct.hsct.protectedUnitDischarge = QDate(2025, 6, 24);
    hsct.notes = QStringLiteral("Male donor, 28 years, CMV IgG positive (recipient positive). GVHD "
                                "prophylaxis ciclosporin, short-course methotrexate and ATG. Acute skin "
                                "GVHD grade I from day +19, topical steroids only. Full donor chimerism "
                                "on day +30 and day +100.");
    const qint64 hsctId = w.add(hsct);

    addAll(w, anc);
    addAll(w, platelets);

    // Assessments.
    Assessment afterInduction = assessment(pid, frontId, QDate(2023, 3, 15), Response::MrdNegative,
                                           AssessmentMethod::FlowCytometry,
                                           QStringLiteral("End of induction: MRD < 0.01%."));
    afterInduction.institutionId = partners.lahore;
    w.add(afterInduction);
    Assessment relapse = assessment(pid, frontId, QDate(2024, 11, 4), Response::Relapse,
                                    AssessmentMethod::Morphology,
                                    QStringLiteral("Bone marrow: 38% lymphoblasts, CD19+ CD10+; CSF clear."));
    relapse.blastPercent = 38;
    relapse.institutionId = partners.lahore;
    w.add(relapse);
    Assessment afterReinduction = assessment(pid, reinductionId, QDate(2025, 1, 8), Response::MrdPositive,
                                             AssessmentMethod::FlowCytometry,
                                             QStringLiteral("Morphological remission; MRD 0.8% by flow."));
    afterReinduction.blastPercent = 0.8;
    afterReinduction.institutionId = partners.lahore;
    w.add(afterReinduction);
    Assessment cartMorphology = assessment(pid, cartId, QDate(2025, 4, 19), Response::CR,
                                           AssessmentMethod::Morphology,
                                           QStringLiteral("Day +28 bone marrow: complete remission."));
    cartMorphology.blastPercent = 1;
    w.add(cartMorphology);
    w.add(assessment(pid, cartId, QDate(2025, 4, 19), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("Day +28: MRD < 0.01%; CAR-T cells 21% of lymphocytes; B-cell aplasia.")));
    w.add(assessment(pid, hsctId, QDate(2025, 6, 26), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("Day +30: MRD negative, donor chimerism 100%.")));
    w.add(assessment(pid, hsctId, QDate(2025, 9, 4), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("Day +100: MRD negative, donor chimerism 100%.")));

    // Height and weight: Lahore before travel, here during the stay, Lahore afterwards
    // (morning in Lahore is about 05:00 UTC, morning here about 01:00 UTC).
    addAll(w, series(pid, MeasurementKind::Height, {
        {QDate(2023, 2, 12), height2023}, {QDate(2024, 11, 8), height2024},
    }, 5));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2023, 2, 12), weight2023}, {QDate(2024, 11, 8), weight2024},
    }, 5));
    addAll(w, series(pid, MeasurementKind::Height, {
        {QDate(2025, 2, 17), 117}, {QDate(2025, 5, 19), 117.5}, {QDate(2025, 9, 4), 118.5},
    }, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 2, 17), 18.6}, {QDate(2025, 3, 10), 18.3}, {QDate(2025, 3, 22), 18.1},
        {QDate(2025, 4, 19), 17.8}, {QDate(2025, 5, 19), 18.4}, {QDate(2025, 6, 3), 17.6},
        {QDate(2025, 6, 17), 17.0}, {QDate(2025, 6, 24), 17.2}, {QDate(2025, 7, 15), 17.7},
        {QDate(2025, 8, 12), 18.2}, {QDate(2025, 9, 4), 18.6},
    }, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 12, 8), 19.5}, {QDate(2026, 3, 16), 20.4}, {QDate(2026, 6, 15), 21.2},
        {QDate(2026, 9, 14), 22.0},
    }, 5));
    addAll(w, series(pid, MeasurementKind::Height, {
        {QDate(2026, 3, 16), 120.5}, {QDate(2026, 9, 14), 122},
    }, 5));

    // Visits.
    const QString lahore = QStringLiteral("Lahore Children's Oncology Hospital");
    Visit pretravel = teleConsultation(pid, utc(QDate(2025, 1, 22), 8), 60, partners.lahore,
                                       QStringLiteral("Asia/Karachi"));
    pretravel.participants = {
        here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist, CAR-T and transplant")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("paediatric oncologist"), lahore),
        there(QStringLiteral("Dr. Bilal Hassan"), QStringLiteral("paediatric haematology fellow"), lahore),
        there(QStringLiteral("Tariq Malik"), QStringLiteral("father")),
    };
    pretravel.interpreter = QStringLiteral("Sana Iqbal");
    pretravel.interpreterLanguage = QStringLiteral("ur");
    pretravel.question = QStringLiteral("Early bone-marrow relapse of B-ALL, MRD 0.8% after R3 "
                                        "reinduction: is Umar a candidate for CD19 CAR-T followed by "
                                        "allogeneic transplant here?");
    pretravel.findings = QStringLiteral("CD19 98% on relapse blasts; CNS negative; normal cardiac, renal "
                                        "and liver function; Lansky 80. No HLA-identical sibling.");
    pretravel.summary = QStringLiteral("Eligible for the CD19 CAR-T study; consolidation with an "
                                       "unrelated-donor transplant in remission.");
    pretravel.recommendations = QStringLiteral("Travel in mid-February for apheresis; no further "
                                               "chemotherapy before apheresis except maintenance-type "
                                               "bridging. Start the unrelated-donor search now. "
                                               "Coordinator sends the invitation letter for the visa.");
    w.add(pretravel);

    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 2, 17), 2), 60,
                QStringLiteral("Admitted for CAR-T work-up and apheresis; mother and father accompanying.")));
    Visit mdt = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2025, 4, 23), 6), 45,
                      QStringLiteral("Day +32 after CAR-T in MRD-negative remission: proceed to "
                                     "unrelated-donor transplant."));
    mdt.participants = {
        here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist")),
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("transplant physician")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
    };
    mdt.recommendations = QStringLiteral("10/10 male donor (O+) confirmed by the North China registry; "
                                         "FORUM TBI/etoposide conditioning from 2025-05-20.");
    w.add(mdt);
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 6, 24), 3), 30,
                QStringLiteral("Discharged from the transplant unit on day +28; outpatient follow-up "
                               "twice weekly until day +100.")));
    w.add(visit(pid, VisitType::Outpatient, utc(QDate(2025, 9, 4), 2), 45,
                QStringLiteral("Day +100: MRD negative, full donor chimerism, skin GVHD resolved. "
                               "Ciclosporin taper over 3 months.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 9, 9), 2), 30,
                QStringLiteral("Discharge letter in English and Urdu handed over; flight to Lahore "
                               "on 2025-09-10.")));

    const struct {
        QDate day;
        const char *summary;
    } followUps[] = {
        {QDate(2025, 12, 10), "Day +197: well, ciclosporin stopped; counts normal; weight 19.5 kg."},
        {QDate(2026, 3, 18), "Month 10: no GVHD; started re-vaccination schedule; back at school."},
        {QDate(2026, 9, 16), "Month 16: MRD negative in Lahore marrow; growth back on his centile."},
    };
    for (const auto &f : followUps) {
        Visit v = teleConsultation(pid, utc(f.day, 6), 30, partners.lahore, QStringLiteral("Asia/Karachi"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist")),
            there(QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("paediatric oncologist"), lahore),
            there(QStringLiteral("Sadia Tariq"), QStringLiteral("mother")),
        };
        v.interpreter = QStringLiteral("Sana Iqbal");
        v.interpreterLanguage = QStringLiteral("ur");
        v.summary = QString::fromUtf8(f.summary);
        w.add(v);
    }
    Visit planned = teleConsultation(pid, utc(QDate(2026, 12, 16), 6), 30, partners.lahore,
                                     QStringLiteral("Asia/Karachi"));
    planned.participants = {
        here(QStringLiteral("Dr. Wang Lei"), QStringLiteral("paediatric haematologist")),
        there(QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("paediatric oncologist"), lahore),
    };
    planned.interpreter = QStringLiteral("Sana Iqbal");
    planned.interpreterLanguage = QStringLiteral("ur");
    planned.question = QStringLiteral("Planned 18-month review: marrow MRD, immune reconstitution, growth.");
    w.add(planned);
}

// ---- DEMO-0009: woman from Tajikistan, AML in remission, awaiting visa for a haplo transplant ----

void addMavjudaSharifova(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(8));

    Patient p;
    p.recordNumber = recordNumber(8);
    p.familyNameNative = QStringLiteral("Шарифова");
    p.givenNameNative = QStringLiteral("Мавҷуда");
    p.familyNameLatin = QStringLiteral("Sharifova");
    p.givenNameLatin = QStringLiteral("Mavjuda");
    p.sex = Sex::Female;
    p.birthDate = QDate(1992, 1, 27);
    p.nationality = QStringLiteral("TJ");
    p.residenceCountry = QStringLiteral("TJ");
    p.passportNumber = QStringLiteral("401638275");
    p.passportCountry = QStringLiteral("TJ");
    p.passportExpiry = QDate(2034, 2, 6);
    p.visaType = QStringLiteral("S2 (medical treatment, family), applied");
    p.preferredLanguage = QStringLiteral("tg");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+992 93 555 0118");
    p.messenger = QStringLiteral("WhatsApp +992 93 555 0118");
    p.companions = {
        Companion{.name = QStringLiteral("Шарифов Ҷамшед"), .nameLatin = QStringLiteral("Jamshed Sharifov"),
                  .relation = QStringLiteral("brother (stem-cell donor)"), .accompanying = true,
                  .nextOfKin = true, .birthDate = QDate(1989, 4, 15),
                  .passportNumber = QStringLiteral("400917342"), .passportCountry = QStringLiteral("TJ"),
                  .passportExpiry = QDate(2026, 12, 19),   // expires before the donation: renew first
                  .phone = QStringLiteral("+992 93 555 0119")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringDoctor = QStringLiteral("Dr. Firuz Nazarov (haematologist, Dushanbe)");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::AwaitingVisa;
    p.arrivalDate = QDate(2026, 12, 10);
    p.notes = QStringLiteral("Invitation letter sent 2026-10-20; visa applications lodged in Dushanbe "
                             "2026-10-29. The donor brother's passport expires 2026-12-19 and must be "
                             "renewed before his visa can be issued.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C92.0");
    dx.icd10Text = QStringLiteral("Acute myeloid leukaemia");
    dx.icdO3Morphology = QStringLiteral("9861/3");
    dx.icdO3Topography = QStringLiteral("C42.1");
    dx.diagnosedOn = QDate(2026, 4, 14);
    dx.basis = DiagnosisBasis::BoneMarrowMorphology;
    dx.stagingSystem = StagingSystem::RiskGroup;
    dx.stage = QStringLiteral("ELN 2022 intermediate");
    dx.notes = QStringLiteral("Normal karyotype, FLT3-ITD negative, NPM1 wild type.");
    const qint64 dxId = w.add(dx);

    const double height = 162, weight = 58;
    const double bsaM2 = bsa(height, weight);
    TreatmentCourse induction = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("7+3 induction"),
                                       TreatmentIntent::Curative, CourseStatus::Completed,
                                       QDate(2026, 4, 20), QDate(2026, 5, 18));
    induction.atThisCentre = false;
    induction.bestResponse = Response::CR;
    induction.chemo.regimen = QStringLiteral("Cytarabine × 7 days + daunorubicin × 3 days");
    induction.chemo.plannedCycles = 1;
    induction.chemo.givenCycles = 1;
    induction.chemo.bsaUsed = bsaM2;
    induction.chemo.cycles = {ChemoCycle{1, QDate(2026, 4, 20)}};
    induction.chemo.drugs = {
        perSquareMetre(QStringLiteral("Cytarabine (per day, continuous)"), 100, bsaM2),
        perSquareMetre(QStringLiteral("Daunorubicin"), 60, bsaM2),
    };
    const qint64 inductionId = w.add(induction);

    TreatmentCourse hidac = course(pid, dxId, TreatmentType::Chemotherapy, QStringLiteral("HiDAC consolidation"),
                                   TreatmentIntent::Consolidation, CourseStatus::Completed,
                                   QDate(2026, 6, 8), QDate(2026, 8, 2));
    hidac.atThisCentre = false;
    hidac.bestResponse = Response::MrdNegative;
    hidac.chemo.regimen = QStringLiteral("High-dose cytarabine 3 g/m² every 12 h, days 1, 3, 5");
    hidac.chemo.plannedCycles = 2;
    hidac.chemo.givenCycles = 2;
    hidac.chemo.cycleLengthDays = 28;
    hidac.chemo.bsaUsed = bsaM2;
    hidac.chemo.cycles = regularCycles(1, QDate(2026, 6, 8), 2, 28);
    hidac.chemo.drugs = {perSquareMetre(QStringLiteral("Cytarabine (per dose)"), 3000, bsaM2)};
    const qint64 hidacId = w.add(hidac);

    TreatmentCourse haplo = course(pid, dxId, TreatmentType::StemCellTransplant,
                                   QStringLiteral("Haploidentical HSCT (brother donor)"),
                                   TreatmentIntent::Consolidation, CourseStatus::Planned,
                                   QDate(2026, 12, 14), QDate());
    haplo.hsct.kind = TransplantKind::Allogeneic;
    haplo.hsct.donorRelation = DonorRelation::Haploidentical;
    haplo.hsct.hlaMatch = QStringLiteral("5/10");
    haplo.hsct.donorSex = Sex::Male;
    haplo.hsct.donorAbo = QStringLiteral("A+");
    haplo.hsct.recipientAbo = QStringLiteral("O+");
    haplo.hsct.source = StemCellSource::PeripheralBlood;
    haplo.hsct.conditioningRegimen = QStringLiteral("Busulfan/cyclophosphamide + ATG");
    haplo.hsct.conditioningIntensity = ConditioningIntensity::Mac;
    haplo.hsct.conditioningStart = QDate(2026, 12, 15);
    haplo.hsct.infusionDate = QDate(2026, 12, 24);
    haplo.notes = QStringLiteral("Donor work-up on arrival; no donor-specific antibodies on the "
                                 "screen sent from Dushanbe.");
    w.add(haplo);

    Assessment cr = assessment(pid, inductionId, QDate(2026, 5, 19), Response::CR,
                               AssessmentMethod::Morphology, QStringLiteral("Day 28 marrow: 2% blasts."));
    cr.blastPercent = 2;
    w.add(cr);
    w.add(assessment(pid, hidacId, QDate(2026, 8, 5), Response::MrdNegative, AssessmentMethod::FlowCytometry,
                     QStringLiteral("After consolidation: MRD < 0.1% (flow, Dushanbe).")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2026, 4, 15), height}}, 4));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2026, 4, 15), weight}, {QDate(2026, 6, 7), 55.9}, {QDate(2026, 9, 20), 57.4},
    }, 4));

    Visit tele = teleConsultation(pid, utc(QDate(2026, 9, 23), 7), 45, std::nullopt,
                                  QStringLiteral("Asia/Dushanbe"));
    tele.participants = {
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("transplant physician")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Firuz Nazarov"), QStringLiteral("haematologist"),
              QStringLiteral("city haematology hospital, Dushanbe")),
        there(QStringLiteral("Mavjuda Sharifova"), QStringLiteral("patient")),
        there(QStringLiteral("Jamshed Sharifov"), QStringLiteral("brother")),
    };
    tele.interpreter = QStringLiteral("Dilshod Rakhimov");
    tele.interpreterLanguage = QStringLiteral("ru");
    tele.question = QStringLiteral("AML in first remission, intermediate risk, no matched sibling: "
                                   "haploidentical transplant from her brother?");
    tele.findings = QStringLiteral("MRD negative after HiDAC × 2; brother 5/10 haploidentical, "
                                   "healthy, 37 years.");
    tele.recommendations = QStringLiteral("Haploidentical transplant (Bu/Cy/ATG) in December; arrival "
                                          "2026-12-10 for donor and recipient work-up.");
    w.add(tele);
}

} // namespace caravan::demo
