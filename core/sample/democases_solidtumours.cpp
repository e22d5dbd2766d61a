// Demo cases, solid tumours: DEMO-0002 (a woman from Pakistan with recurrent ovarian
// cancer), DEMO-0003 (a young man from Kazakhstan with pelvic Ewing sarcoma) and
// DEMO-0008 (a woman from Uzbekistan enquiring about breast cancer). Each function
// builds one case in code and writes it through the Writer (Store::create).
// Everything is invented.
#include "sample/demobuilder.h"

namespace caravan::demo {

// ---- DEMO-0002: woman from Pakistan, recurrent ovarian cancer ----

void addNailaQureshi(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(1));

    Patient p;
    p.recordNumber = recordNumber(1);
    p.familyNameNative = QStringLiteral("قریشی");
    p.givenNameNative = QStringLiteral("نائلہ");
    p.familyNameLatin = QStringLiteral("Qureshi");
    p.givenNameLatin = QStringLiteral("Naila");
    p.sex = Sex::Female;
    p.birthDate = QDate(1976, 9, 2);
    p.nationality = QStringLiteral("PK");
    p.residenceCountry = QStringLiteral("PK");
    p.passportNumber = QStringLiteral("DW5820461");
    p.passportCountry = QStringLiteral("PK");
    p.passportExpiry = QDate(2026, 12, 14);   // expires during the current stay: renewal at the embassy
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("026418830");
    p.visaExpiry = QDate(2027, 1, 10);
    p.preferredLanguage = QStringLiteral("ur");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+92 321 555 0163");
    p.email = QStringLiteral("naila.qureshi@example.com");
    p.messenger = QStringLiteral("WhatsApp +92 321 555 0163");
    p.companions = {
        Companion{.name = QStringLiteral("عرفان قریشی"), .nameLatin = QStringLiteral("Irfan Qureshi"),
                  .relation = QStringLiteral("husband"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1972, 3, 28), .passportNumber = QStringLiteral("DW5820462"),
                  .passportCountry = QStringLiteral("PK"), .passportExpiry = QDate(2029, 4, 2),
                  .phone = QStringLiteral("+92 321 555 0164")},
        Companion{.name = QStringLiteral("حمزہ قریشی"), .nameLatin = QStringLiteral("Hamza Qureshi"),
                  .relation = QStringLiteral("son"), .accompanying = false, .nextOfKin = true,
                  .birthDate = QDate(2001, 11, 5), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+92 333 555 0109")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringDoctor = QStringLiteral("Dr. Farah Naz (gynaecological oncologist, Lahore)");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::InTreatment;
    p.arrivalDate = QDate(2026, 10, 12);
    p.departureDate = QDate(2026, 12, 5);
    p.notes = QStringLiteral("Second stay (first 2025-04-06 to 2025-07-25). Passport expires "
                             "2026-12-14: family asked to book the renewal appointment at the embassy.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C56");
    dx.icd10Text = QStringLiteral("Malignant neoplasm of ovary");
    dx.icdO3Morphology = QStringLiteral("8461/3");
    dx.icdO3Topography = QStringLiteral("C56.9");
    dx.diagnosedOn = QDate(2024, 3, 5);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::Other;
    dx.stage = QStringLiteral("FIGO IIIC");
    dx.laterality = Laterality::Bilateral;
    dx.notes = QStringLiteral("High-grade serous carcinoma on laparoscopic biopsy (private hospital, "
                              "Lahore); BRCA1/2 germline negative. Peritoneal recurrence February 2025.");
    const qint64 dxId = w.add(dx);

    const double height = 158, weight2024 = 52;
    const double bsa2024 = bsa(height, weight2024);
    TreatmentCourse chemo = course(pid, dxId, TreatmentType::Chemotherapy,
                                   QStringLiteral("Carboplatin/paclitaxel"), TreatmentIntent::Curative,
                                   CourseStatus::Completed, QDate(2024, 3, 18), QDate(2024, 7, 22));
    chemo.atThisCentre = false;
    chemo.bestResponse = Response::PR;
    chemo.chemo.regimen = QStringLiteral("Carboplatin AUC 5 + paclitaxel 175 mg/m², every 21 days");
    chemo.chemo.plannedCycles = 6;
    chemo.chemo.givenCycles = 6;
    chemo.chemo.cycleLengthDays = 21;
    chemo.chemo.bsaUsed = bsa2024;
    chemo.chemo.cycles = regularCycles(1, QDate(2024, 3, 18), 6, 21);
    chemo.chemo.drugs = {
        perSquareMetre(QStringLiteral("Paclitaxel"), 175, bsa2024),
        flatDose(QStringLiteral("Carboplatin (AUC 5, Calvert)"), 450),
    };
    chemo.notes = QStringLiteral("Given in Lahore; interval debulking after cycle 3 (residual disease "
                                 "< 1 cm).");
    const qint64 chemoId = w.add(chemo);

    TreatmentCourse gene = course(pid, dxId, TreatmentType::GeneTherapy,
                                  QStringLiteral("rAd-p53 gene therapy, intraperitoneal"),
                                  TreatmentIntent::Palliative, CourseStatus::Completed,
                                  QDate(2025, 4, 9), QDate(2025, 7, 16));
    gene.bestResponse = Response::PR;
    gene.notes = QStringLiteral("Recombinant adenoviral p53, 1 × 10¹² viral particles "
                                "intraperitoneally once a week for 12 weeks; fever < 38.5 °C after "
                                "the first three doses.");
    const qint64 geneId = w.add(gene);

    TreatmentCourse heat = course(pid, dxId, TreatmentType::Hyperthermia,
                                  QStringLiteral("Regional deep hyperthermia (abdomen), series 1"),
                                  TreatmentIntent::Palliative, CourseStatus::Completed,
                                  QDate(2025, 4, 14), QDate(2025, 7, 18));
    heat.notes = QStringLiteral("Twice weekly, 60 minutes at 41-42 °C, 28 sessions.");
    w.add(heat);
    TreatmentCourse heat2 = course(pid, dxId, TreatmentType::Hyperthermia,
                                   QStringLiteral("Regional deep hyperthermia (abdomen), series 2"),
                                   TreatmentIntent::Palliative, CourseStatus::Ongoing,
                                   QDate(2026, 10, 14), QDate());
    heat2.notes = QStringLiteral("Twice weekly during the second stay; 16 sessions planned.");
    w.add(heat2);

    TreatmentCourse tcm = course(pid, dxId, TreatmentType::TraditionalMedicine,
                                 QStringLiteral("Traditional Chinese medicine, individual decoction"),
                                 TreatmentIntent::Palliative, CourseStatus::Ongoing,
                                 QDate(2025, 4, 9), QDate());
    tcm.notes = QStringLiteral("Fuzheng-type herbal decoction adjusted at each review; granules "
                               "continued at home between stays.");
    w.add(tcm);

    w.add(assessment(pid, chemoId, QDate(2024, 8, 5), Response::PR, AssessmentMethod::Imaging,
                     QStringLiteral("CT: small-volume residual peritoneal disease; CA-125 46 U/mL.")));
    w.add(assessment(pid, chemoId, QDate(2025, 2, 10), Response::PD, AssessmentMethod::Imaging,
                     QStringLiteral("CT: new peritoneal nodules and moderate ascites; CA-125 410 U/mL.")));
    w.add(assessment(pid, geneId, QDate(2025, 7, 17), Response::PR, AssessmentMethod::Imaging,
                     QStringLiteral("CT: nodules smaller, ascites resolved.")));
    w.add(assessment(pid, std::nullopt, QDate(2026, 4, 20), Response::SD, AssessmentMethod::Imaging,
                     QStringLiteral("CT in Lahore, reviewed by tele-consultation: stable.")));
    w.add(assessment(pid, std::nullopt, QDate(2026, 10, 14), Response::SD, AssessmentMethod::Imaging,
                     QStringLiteral("CT on arrival: stable peritoneal disease, no ascites.")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2024, 3, 15), height}}, 5));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2024, 3, 15), weight2024}, {QDate(2025, 4, 7), 48.5}, {QDate(2025, 5, 20), 47.6},
        {QDate(2025, 7, 20), 46.2},
    }, 2));
    // Monthly weights reported from home, then measured here: steadily regained.
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 10, 15), 46.8}, {QDate(2025, 11, 15), 47.3}, {QDate(2025, 12, 15), 47.9},
        {QDate(2026, 1, 15), 48.2}, {QDate(2026, 2, 15), 48.9}, {QDate(2026, 3, 15), 49.6},
        {QDate(2026, 4, 15), 50.1}, {QDate(2026, 5, 15), 50.8}, {QDate(2026, 6, 15), 51.2},
        {QDate(2026, 7, 15), 51.9}, {QDate(2026, 8, 15), 52.6}, {QDate(2026, 9, 15), 53.0},
        {QDate(2026, 10, 15), 53.7},
    }, 5));
    const QString ca125 = QStringLiteral("CA-125");
    addAll(w, series(pid, MeasurementKind::TumourMarker, {
        {QDate(2024, 3, 4), 1240}, {QDate(2024, 7, 25), 46}, {QDate(2025, 2, 8), 410},
        {QDate(2025, 4, 8), 585}, {QDate(2025, 5, 20), 402}, {QDate(2025, 7, 15), 214},
        {QDate(2025, 10, 15), 132}, {QDate(2026, 1, 15), 88}, {QDate(2026, 4, 15), 61},
        {QDate(2026, 7, 15), 52}, {QDate(2026, 10, 13), 47},
    }, 4, ca125));

    Visit first = teleConsultation(pid, utc(QDate(2025, 3, 5), 9), 45, std::nullopt,
                                   QStringLiteral("Asia/Karachi"));
    first.participants = {
        here(QStringLiteral("Dr. Xu Jing"), QStringLiteral("gynaecological oncologist")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Farah Naz"), QStringLiteral("gynaecological oncologist"),
              QStringLiteral("private practice, Lahore")),
        there(QStringLiteral("Naila Qureshi"), QStringLiteral("patient")),
        there(QStringLiteral("Irfan Qureshi"), QStringLiteral("husband")),
    };
    first.interpreter = QStringLiteral("Sana Iqbal");
    first.interpreterLanguage = QStringLiteral("ur");
    first.question = QStringLiteral("Platinum-resistant peritoneal recurrence 7 months after "
                                    "carboplatin/paclitaxel: which treatment can be offered here?");
    first.findings = QStringLiteral("CT 2025-02-10: peritoneal nodules up to 2.4 cm, moderate ascites; "
                                    "ECOG 1; CA-125 410 U/mL.");
    first.recommendations = QStringLiteral("Admit for intraperitoneal rAd-p53 gene therapy with regional "
                                           "hyperthermia and supportive traditional medicine; 12 weeks.");
    w.add(first);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 4, 7), 2), 60,
                QStringLiteral("Admitted for gene therapy and hyperthermia; husband accompanying.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 7, 24), 2), 30,
                QStringLiteral("Partial response; home with herbal granules; tele-consultation every "
                               "three months.")));
    for (const QDate day : {QDate(2025, 10, 15), QDate(2026, 1, 21), QDate(2026, 4, 22)}) {
        Visit v = teleConsultation(pid, utc(day, 9), 30, std::nullopt, QStringLiteral("Asia/Karachi"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Xu Jing"), QStringLiteral("gynaecological oncologist")),
            there(QStringLiteral("Naila Qureshi"), QStringLiteral("patient")),
        };
        v.interpreter = QStringLiteral("Sana Iqbal");
        v.interpreterLanguage = QStringLiteral("ur");
        v.summary = QStringLiteral("Well; CA-125 falling, weight rising; continue granules.");
        w.add(v);
    }
    w.add(visit(pid, VisitType::Admission, utc(QDate(2026, 10, 13), 2), 60,
                QStringLiteral("Second admission: hyperthermia series 2 and review of the herbal "
                               "prescription.")));
}

// ---- DEMO-0003: young man from Kazakhstan, pelvic Ewing sarcoma ----

void addDauletOmirzakov(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(2));

    Patient p;
    p.recordNumber = recordNumber(2);
    p.familyNameNative = QStringLiteral("Өмірзақов");
    p.givenNameNative = QStringLiteral("Дәулет");
    p.familyNameLatin = QStringLiteral("Omirzakov");
    p.givenNameLatin = QStringLiteral("Daulet");
    p.sex = Sex::Male;
    p.birthDate = QDate(2006, 7, 19);
    p.nationality = QStringLiteral("KZ");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("N13579246");
    p.passportCountry = QStringLiteral("KZ");
    p.passportExpiry = QDate(2031, 2, 27);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("026590317");
    p.visaExpiry = QDate(2026, 12, 8);   // adjuvant chemotherapy runs past it: extension needed
    p.preferredLanguage = QStringLiteral("kk");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 701 555 0193");
    p.messenger = QStringLiteral("Telegram +7 701 555 0193");
    p.companions = {
        Companion{.name = QStringLiteral("Өмірзақова Гүлнұр"), .nameLatin = QStringLiteral("Gulnur Omirzakova"),
                  .relation = QStringLiteral("mother"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1981, 1, 23), .passportNumber = QStringLiteral("N13579247"),
                  .passportCountry = QStringLiteral("KZ"), .passportExpiry = QDate(2030, 9, 14),
                  .phone = QStringLiteral("+7 701 555 0194")},
        Companion{.name = QStringLiteral("Өмірзақов Ерғали"), .nameLatin = QStringLiteral("Yergali Omirzakov"),
                  .relation = QStringLiteral("father"), .accompanying = false, .nextOfKin = true,
                  .birthDate = QDate(1978, 5, 2), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+7 705 555 0121")},
        Companion{.name = QStringLiteral("Өмірзақова Меңдігүл"), .nameLatin = QStringLiteral("Mendigul Omirzakova"),
                  .relation = QStringLiteral("sister"), .accompanying = false, .nextOfKin = false,
                  .birthDate = QDate(2003, 10, 30), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+7 747 555 0150")},
    };
    p.sponsorType = SponsorType::Government;
    p.sponsorName = QStringLiteral("Ministry of Health of Kazakhstan, treatment-abroad programme");
    p.sponsorReference = QStringLiteral("TA-2026-0417");
    p.referringInstitutionId = partners.almaty;
    p.referringDoctor = QStringLiteral("Dr. Aigul Sarsenbayeva");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::InTreatment;
    p.arrivalDate = QDate(2026, 9, 14);
    p.notes = QStringLiteral("Speaks Kazakh and Russian; interpreter (Russian) for clinical "
                             "conversations. Visa expires 2026-12-08, before the end of adjuvant "
                             "chemotherapy: extension requested.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C41.4");
    dx.icd10Text = QStringLiteral("Ewing sarcoma of the right ilium (pelvic bone)");
    dx.icdO3Morphology = QStringLiteral("9260/3");
    dx.icdO3Topography = QStringLiteral("C41.4");
    dx.diagnosedOn = QDate(2026, 3, 12);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::Tnm;
    dx.stage = QStringLiteral("T2 N0 M0 (localised, 9.8 cm)");
    dx.laterality = Laterality::Right;
    dx.institutionId = partners.almaty;
    dx.notes = QStringLiteral("CT-guided core biopsy; EWSR1-FLI1 fusion by FISH. PET-CT and chest CT "
                              "without metastases.");
    const qint64 dxId = w.add(dx);

    const double height = 176, weightMarch = 64, weightOctober = 59.8;
    const double bsaMarch = bsa(height, weightMarch);
    TreatmentCourse neo = course(pid, dxId, TreatmentType::Chemotherapy,
                                 QStringLiteral("VDC/IE, neoadjuvant"), TreatmentIntent::Curative,
                                 CourseStatus::Completed, QDate(2026, 3, 20), QDate(2026, 6, 11));
    neo.atThisCentre = false;
    neo.institutionId = partners.almaty;
    neo.bestResponse = Response::PR;
    neo.chemo.regimen = QStringLiteral("VDC alternating with IE, interval-compressed (every 14 days), "
                                       "cycles 1-6");
    neo.chemo.plannedCycles = 6;
    neo.chemo.givenCycles = 6;
    neo.chemo.cycleLengthDays = 14;
    neo.chemo.bsaUsed = bsaMarch;
    neo.chemo.cycles = regularCycles(1, QDate(2026, 3, 20), 6, 14);
    neo.chemo.drugs = {
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsaMarch, 2.0),
        perSquareMetre(QStringLiteral("Doxorubicin"), 75, bsaMarch),
        perSquareMetre(QStringLiteral("Cyclophosphamide"), 1200, bsaMarch),
        perSquareMetre(QStringLiteral("Ifosfamide (per day × 5)"), 1800, bsaMarch),
        perSquareMetre(QStringLiteral("Etoposide (per day × 5)"), 100, bsaMarch),
    };
    const qint64 neoId = w.add(neo);

    TreatmentCourse surgery = course(pid, dxId, TreatmentType::Surgery,
                                     QStringLiteral("Internal hemipelvectomy (type I + II), limb-sparing, "
                                                    "3D-printed hemipelvic prosthesis"),
                                     TreatmentIntent::Curative, CourseStatus::Completed,
                                     QDate(2026, 9, 22), QDate(2026, 9, 22));
    surgery.notes = QStringLiteral("R0 resection; sciatic and femoral nerves preserved. Walking with "
                                   "crutches from day 9.");
    const qint64 surgeryId = w.add(surgery);

    const double bsaOctober = bsa(height, weightOctober);
    TreatmentCourse adjuvant = course(pid, dxId, TreatmentType::Chemotherapy,
                                      QStringLiteral("VDC/IE, adjuvant"), TreatmentIntent::Curative,
                                      CourseStatus::Ongoing, QDate(2026, 10, 13), QDate());
    adjuvant.chemo.regimen = QStringLiteral("VDC alternating with IE every 14 days, cycles 7-14");
    adjuvant.chemo.plannedCycles = 8;
    adjuvant.chemo.givenCycles = 2;
    adjuvant.chemo.cycleLengthDays = 14;
    adjuvant.chemo.bsaUsed = bsaOctober;
    adjuvant.chemo.cycles = regularCycles(7, QDate(2026, 10, 13), 2, 14);
    adjuvant.chemo.drugs = {
        perSquareMetre(QStringLiteral("Vincristine"), 1.5, bsaOctober, 2.0),
        perSquareMetre(QStringLiteral("Doxorubicin"), 75, bsaOctober),
        perSquareMetre(QStringLiteral("Cyclophosphamide"), 1200, bsaOctober),
        perSquareMetre(QStringLiteral("Ifosfamide (per day × 5)"), 1800, bsaOctober),
        perSquareMetre(QStringLiteral("Etoposide (per day × 5)"), 100, bsaOctober),
    };
    adjuvant.notes = QStringLiteral("Doxorubicin replaced by dactinomycin from cycle 11 (cumulative "
                                    "anthracycline limit).");
    w.add(adjuvant);

    Assessment mri = assessment(pid, neoId, QDate(2026, 6, 24), Response::PR, AssessmentMethod::Imaging,
                                QStringLiteral("MRI after 6 cycles: 9.8 → 6.1 cm, soft-tissue component "
                                               "largely regressed."));
    mri.institutionId = partners.almaty;
    w.add(mri);
    w.add(assessment(pid, surgeryId, QDate(2026, 10, 2), Response::PR, AssessmentMethod::Morphology,
                     QStringLiteral("Resection specimen: margins clear (≥ 5 mm), 95% tumour necrosis "
                                    "(good histological response).")));

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2026, 3, 18), height}}, 4));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2026, 3, 18), weightMarch}, {QDate(2026, 4, 30), 62.4}, {QDate(2026, 6, 10), 60.5},
    }, 4));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2026, 9, 15), 61.0}, {QDate(2026, 9, 29), 59.1}, {QDate(2026, 10, 12), weightOctober},
        {QDate(2026, 10, 26), 60.2},
    }, 1));

    const QString alatau = QStringLiteral("Alatau National Oncology Centre");
    Visit tele = teleConsultation(pid, utc(QDate(2026, 7, 8), 7), 75, partners.almaty,
                                  QStringLiteral("Asia/Almaty"));
    tele.participants = {
        here(QStringLiteral("Dr. Zhao Ming"), QStringLiteral("orthopaedic oncologist")),
        here(QStringLiteral("Dr. Sun Hui"), QStringLiteral("musculoskeletal radiologist")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Aigul Sarsenbayeva"), QStringLiteral("oncologist"), alatau),
        there(QStringLiteral("Dr. Timur Zhaksybekov"), QStringLiteral("orthopaedic surgeon"), alatau),
        there(QStringLiteral("Daulet Omirzakov"), QStringLiteral("patient")),
        there(QStringLiteral("Gulnur Omirzakova"), QStringLiteral("mother")),
    };
    tele.interpreter = QStringLiteral("Marat Iskakov");
    tele.interpreterLanguage = QStringLiteral("ru");
    tele.question = QStringLiteral("Localised Ewing sarcoma of the right ilium after 6 cycles of VDC/IE: "
                                   "is a limb-sparing resection possible, and can it be done here?");
    tele.findings = QStringLiteral("MRI 2026-06-24: tumour 9.8 → 6.1 cm, involves the acetabular roof, "
                                   "sacroiliac joint and sacral foramina free. PET-CT: no metastases. "
                                   "Counts recovered; ECOG 1.");
    tele.summary = QStringLiteral("Good radiological response; resection with reconstruction is feasible "
                                  "and preferred to radiotherapy alone.");
    tele.recommendations = QStringLiteral("Internal hemipelvectomy (type I + II) with a custom 3D-printed "
                                          "prosthesis here in September; adjuvant VDC/IE cycles 7-14 "
                                          "here; decide on radiotherapy after pathology. Coordinator to "
                                          "send the invitation letter for the visa and the cost estimate "
                                          "to the Ministry.");
    w.add(tele);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2026, 9, 15), 2), 60,
                QStringLiteral("Admitted for pre-operative work-up and prosthesis planning CT.")));
    Visit mdt = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2026, 9, 16), 7), 40,
                      QStringLiteral("Plan confirmed: surgery 2026-09-22."));
    mdt.participants = {
        here(QStringLiteral("Dr. Zhao Ming"), QStringLiteral("orthopaedic oncologist")),
        here(QStringLiteral("Dr. Sun Hui"), QStringLiteral("musculoskeletal radiologist")),
        here(QStringLiteral("Dr. Liu Yang"), QStringLiteral("medical oncologist")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
    };
    w.add(mdt);
    Visit postop = visit(pid, VisitType::MultidisciplinaryMeeting, utc(QDate(2026, 10, 7), 7), 30,
                         QStringLiteral("R0 with 95% necrosis: no radiotherapy; adjuvant VDC/IE from "
                                        "2026-10-13."));
    postop.participants = mdt.participants;
    w.add(postop);
}

// ---- DEMO-0008: woman from Uzbekistan, enquiry about breast cancer ----

void addGulnoraTokhtayeva(Writer &w, const Partners &)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(7));

    Patient p;
    p.recordNumber = recordNumber(7);
    p.familyNameNative = QStringLiteral("Toʻxtayeva");
    p.givenNameNative = QStringLiteral("Gulnora");
    p.familyNameLatin = QStringLiteral("Tokhtayeva");
    p.givenNameLatin = QStringLiteral("Gulnora");
    p.sex = Sex::Female;
    p.birthDate = QDate(1971, 6, 3);
    p.nationality = QStringLiteral("UZ");
    p.residenceCountry = QStringLiteral("UZ");
    p.passportNumber = QStringLiteral("FA4926183");
    p.passportCountry = QStringLiteral("UZ");
    p.passportExpiry = QDate(2031, 5, 19);
    p.preferredLanguage = QStringLiteral("uz");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+998 90 555 0126");
    p.email = QStringLiteral("madina.t@example.uz");
    p.messenger = QStringLiteral("Telegram +998 90 555 0126 (daughter)");
    p.companions = {
        Companion{.name = QStringLiteral("Toʻxtayeva Madina"), .nameLatin = QStringLiteral("Madina Tokhtayeva"),
                  .relation = QStringLiteral("daughter"), .accompanying = false, .nextOfKin = true,
                  .birthDate = QDate(1996, 2, 9), .passportNumber = {}, .passportCountry = {},
                  .passportExpiry = {}, .phone = QStringLiteral("+998 90 555 0126")},
    };
    p.referringDoctor = QStringLiteral("Dr. Shavkat Yuldashev (oncologist, Tashkent)");
    p.coordinator = QStringLiteral("Li Na");
    p.caseStatus = CaseStatus::Enquiry;
    p.notes = QStringLiteral("Enquiry by e-mail from the daughter; pathology report and MRI received, "
                             "slides requested for review. Tele-consultation booked.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("C50.4");
    dx.icd10Text = QStringLiteral("Invasive breast carcinoma, upper-outer quadrant");
    dx.icdO3Morphology = QStringLiteral("8500/3");
    dx.icdO3Topography = QStringLiteral("C50.4");
    dx.diagnosedOn = QDate(2026, 10, 19);
    dx.basis = DiagnosisBasis::Histology;
    dx.stagingSystem = StagingSystem::Tnm;
    dx.stage = QStringLiteral("cT2 N1 M0");
    dx.laterality = Laterality::Left;
    dx.notes = QStringLiteral("Core biopsy in Tashkent: ER 90%, PR 60%, HER2 2+ (FISH pending), Ki-67 25%.");
    w.add(dx);

    Visit planned = teleConsultation(pid, utc(QDate(2026, 12, 3), 6), 45, std::nullopt,
                                     QStringLiteral("Asia/Tashkent"));
    planned.participants = {
        here(QStringLiteral("Dr. Xu Jing"), QStringLiteral("breast surgeon")),
        here(QStringLiteral("Li Na"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Gulnora Tokhtayeva"), QStringLiteral("patient")),
        there(QStringLiteral("Madina Tokhtayeva"), QStringLiteral("daughter")),
    };
    planned.interpreter = QStringLiteral("Dilshod Rakhimov");
    planned.interpreterLanguage = QStringLiteral("ru");
    planned.question = QStringLiteral("Second opinion: neoadjuvant systemic therapy or primary surgery, and "
                                      "could treatment be given here?");
    w.add(planned);
}

} // namespace caravan::demo
