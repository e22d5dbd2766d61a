// Demo cases, cardiac surgery and spine: DEMO-0004 (a man from Kazakhstan after
// coronary bypass surgery) and DEMO-0005 (a man from Kyrgyzstan in remote follow-up
// after lumbar spine surgery). Each function builds one case in code and writes it
// through the Writer (Store::create). Everything is invented.
#include "sample/demobuilder.h"

namespace caravan::demo {

// ---- DEMO-0004: man from Kazakhstan after coronary bypass surgery ----

void addSerikBekmukhambetov(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(3));

    Patient p;
    p.recordNumber = recordNumber(3);
    p.familyNameNative = QStringLiteral("Бекмұхамбетов");
    p.givenNameNative = QStringLiteral("Серік");
    p.familyNameLatin = QStringLiteral("Bekmukhambetov");
    p.givenNameLatin = QStringLiteral("Serik");
    p.sex = Sex::Male;
    p.birthDate = QDate(1966, 2, 3);
    p.nationality = QStringLiteral("KZ");
    p.residenceCountry = QStringLiteral("KZ");
    p.passportNumber = QStringLiteral("N08264417");
    p.passportCountry = QStringLiteral("KZ");
    p.passportExpiry = QDate(2029, 6, 12);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("025884102");
    p.visaExpiry = QDate(2025, 12, 31);
    p.preferredLanguage = QStringLiteral("ru");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+7 701 555 0138");
    p.email = QStringLiteral("s.bekmukhambetov@example.kz");
    p.companions = {
        Companion{.name = QStringLiteral("Бекмұхамбетова Сәуле"),
                  .nameLatin = QStringLiteral("Saule Bekmukhambetova"), .relation = QStringLiteral("wife"),
                  .accompanying = true, .nextOfKin = true, .birthDate = QDate(1969, 8, 17),
                  .passportNumber = QStringLiteral("N08264418"), .passportCountry = QStringLiteral("KZ"),
                  .passportExpiry = QDate(2029, 6, 12), .phone = QStringLiteral("+7 701 555 0139")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringInstitutionId = partners.astana;
    p.referringDoctor = QStringLiteral("Dr. Bauyrzhan Abenov");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::Closed;
    p.arrivalDate = QDate(2025, 10, 11);
    p.departureDate = QDate(2025, 11, 6);
    p.notes = QStringLiteral("Case closed after the 12-month review; care returned to the Astana "
                             "cardiac centre.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("I25.1");
    dx.icd10Text = QStringLiteral("Atherosclerotic heart disease, three-vessel");
    dx.diagnosedOn = QDate(2025, 8, 19);
    dx.basis = DiagnosisBasis::Imaging;
    dx.stagingSystem = StagingSystem::Other;
    dx.stage = QStringLiteral("SYNTAX score 33, LVEF 48%");
    dx.institutionId = partners.astana;
    dx.notes = QStringLiteral("Coronary angiography: LAD 90% proximal, OM1 80%, RCA chronic total "
                              "occlusion. Type 2 diabetes on metformin.");
    const qint64 dxId = w.add(dx);

    TreatmentCourse cabg = course(pid, dxId, TreatmentType::Surgery,
                                  QStringLiteral("CABG × 3 (LIMA-LAD, SVG-OM1, SVG-PDA)"),
                                  TreatmentIntent::Unknown, CourseStatus::Completed,
                                  QDate(2025, 10, 15), QDate(2025, 10, 15));
    cabg.notes = QStringLiteral("On-pump, cross-clamp 68 min. Extubated after 6 h; transient atrial "
                                "fibrillation on day 2, cardioverted with amiodarone.");
    w.add(cabg);

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2025, 10, 13), 174}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 10, 13), 91.0}, {QDate(2025, 10, 20), 88.9}, {QDate(2025, 10, 28), 87.5},
        {QDate(2025, 11, 4), 87.2},
    }, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 8, 19), 92.0}, {QDate(2026, 1, 20), 86.0}, {QDate(2026, 4, 21), 84.2},
        {QDate(2026, 7, 20), 83.0}, {QDate(2026, 10, 20), 82.5},
    }, 4));

    const QString yesil = QStringLiteral("Yesil Cardiac Surgery Centre");
    Visit before = teleConsultation(pid, utc(QDate(2025, 9, 10), 8), 45, partners.astana,
                                    QStringLiteral("Asia/Almaty"));
    before.participants = {
        here(QStringLiteral("Dr. Han Qiang"), QStringLiteral("cardiac surgeon")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Bauyrzhan Abenov"), QStringLiteral("cardiologist"), yesil),
        there(QStringLiteral("Serik Bekmukhambetov"), QStringLiteral("patient")),
    };
    before.interpreter = QStringLiteral("Marat Iskakov");
    before.interpreterLanguage = QStringLiteral("ru");
    before.question = QStringLiteral("Three-vessel disease, SYNTAX 33, diabetic: surgery or PCI?");
    before.findings = QStringLiteral("Angiography reviewed: anatomy suitable for grafting; LVEF 48%.");
    before.recommendations = QStringLiteral("CABG recommended (heart team); admission mid-October.");
    w.add(before);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 10, 13), 2), 60,
                QStringLiteral("Admitted for CABG; wife accompanying.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 10, 28), 2), 30,
                QStringLiteral("Wounds healed, sinus rhythm. Aspirin, atorvastatin 40 mg, bisoprolol, "
                               "metformin.")));
    w.add(visit(pid, VisitType::Outpatient, utc(QDate(2025, 11, 4), 2), 30,
                QStringLiteral("Fit to fly; echo LVEF 52%.")));
    const struct {
        QDate day;
        const char *summary;
    } followUps[] = {
        {QDate(2026, 1, 21), "3 months: no angina, walking 5 km a day; HbA1c 6.9%."},
        {QDate(2026, 4, 22), "6 months: stress test negative; weight down 7 kg."},
        {QDate(2026, 10, 21), "12 months: well; care returned to the Astana cardiac centre; case closed."},
    };
    for (const auto &f : followUps) {
        Visit v = teleConsultation(pid, utc(f.day, 8), 30, partners.astana, QStringLiteral("Asia/Almaty"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Han Qiang"), QStringLiteral("cardiac surgeon")),
            there(QStringLiteral("Dr. Bauyrzhan Abenov"), QStringLiteral("cardiologist"), yesil),
        };
        v.interpreter = QStringLiteral("Marat Iskakov");
        v.interpreterLanguage = QStringLiteral("ru");
        v.summary = QString::fromUtf8(f.summary);
        w.add(v);
    }
}

// ---- DEMO-0005: man from Kyrgyzstan, remote follow-up after lumbar spine surgery ----

void addTorobekSuiunbaev(Writer &w, const Partners &partners)
{
    w.setContext(QStringLiteral("demo case ") + recordNumber(4));

    Patient p;
    p.recordNumber = recordNumber(4);
    p.familyNameNative = QStringLiteral("Сүйүнбаев");
    p.givenNameNative = QStringLiteral("Төрөбек");
    p.familyNameLatin = QStringLiteral("Suiunbaev");
    p.givenNameLatin = QStringLiteral("Torobek");
    p.sex = Sex::Male;
    p.birthDate = QDate(1979, 4, 8);
    p.nationality = QStringLiteral("KG");
    p.residenceCountry = QStringLiteral("KG");
    p.passportNumber = QStringLiteral("AC2749163");
    p.passportCountry = QStringLiteral("KG");
    p.passportExpiry = QDate(2032, 3, 3);
    p.visaType = QStringLiteral("S2 (medical treatment, family)");
    p.visaNumber = QStringLiteral("025331870");
    p.visaExpiry = QDate(2025, 7, 1);
    p.preferredLanguage = QStringLiteral("ky");
    p.interpreterNeeded = true;
    p.phone = QStringLiteral("+996 555 550 147");
    p.messenger = QStringLiteral("WhatsApp +996 555 550 147");
    p.companions = {
        Companion{.name = QStringLiteral("Сүйүнбаева Гүлмира"), .nameLatin = QStringLiteral("Gulmira Suiunbaeva"),
                  .relation = QStringLiteral("wife"), .accompanying = true, .nextOfKin = true,
                  .birthDate = QDate(1982, 12, 1), .passportNumber = QStringLiteral("AC2749164"),
                  .passportCountry = QStringLiteral("KG"), .passportExpiry = QDate(2032, 3, 3),
                  .phone = QStringLiteral("+996 555 550 148")},
    };
    p.sponsorType = SponsorType::Self;
    p.referringInstitutionId = partners.bishkek;
    p.referringDoctor = QStringLiteral("Dr. Nurlan Osmonov");
    p.coordinator = QStringLiteral("Chen Yu");
    p.caseStatus = CaseStatus::RemoteFollowUp;
    p.arrivalDate = QDate(2025, 5, 5);
    p.departureDate = QDate(2025, 5, 22);
    p.notes = QStringLiteral("Understands Russian well; interpreter Kyrgyz/Russian for consultations. "
                             "Physiotherapy in Bishkek.");
    const qint64 pid = w.add(p);

    Diagnosis dx;
    dx.patientId = pid;
    dx.icd10Code = QStringLiteral("M51.1");
    dx.icd10Text = QStringLiteral("Lumbar disc herniation L4-L5 with left L5 radiculopathy");
    dx.diagnosedOn = QDate(2025, 2, 18);
    dx.basis = DiagnosisBasis::Imaging;
    dx.laterality = Laterality::Left;
    dx.institutionId = partners.bishkek;
    dx.notes = QStringLiteral("MRI: extruded L4-L5 disc with left foraminal stenosis and grade I "
                              "degenerative spondylolisthesis; foot-drop (dorsiflexion 3/5).");
    const qint64 dxId = w.add(dx);

    TreatmentCourse surgery = course(pid, dxId, TreatmentType::Surgery,
                                     QStringLiteral("Microdiscectomy and TLIF L4-L5"),
                                     TreatmentIntent::Curative, CourseStatus::Completed,
                                     QDate(2025, 5, 8), QDate(2025, 5, 8));
    surgery.notes = QStringLiteral("Left-sided TLIF with PEEK cage and pedicle screws; no dural tear.");
    w.add(surgery);

    addAll(w, series(pid, MeasurementKind::Height, {{QDate(2025, 5, 6), 178}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {{QDate(2025, 5, 6), 88.0}}, 1));
    addAll(w, series(pid, MeasurementKind::Weight, {
        {QDate(2025, 8, 19), 87.1}, {QDate(2025, 11, 18), 85.4}, {QDate(2026, 5, 19), 83.6},
        {QDate(2026, 10, 27), 83.0},
    }, 4));

    const QString alaToo = QStringLiteral("Ala-Too Neurosurgical Hospital");
    Visit before = teleConsultation(pid, utc(QDate(2025, 3, 26), 6), 40, partners.bishkek,
                                    QStringLiteral("Asia/Bishkek"));
    before.participants = {
        here(QStringLiteral("Dr. Gao Peng"), QStringLiteral("spine surgeon")),
        here(QStringLiteral("Chen Yu"), QStringLiteral("international patient coordinator")),
        there(QStringLiteral("Dr. Nurlan Osmonov"), QStringLiteral("neurosurgeon"), alaToo),
        there(QStringLiteral("Torobek Suiunbaev"), QStringLiteral("patient")),
    };
    before.interpreter = QStringLiteral("Aida Toktosunova");
    before.interpreterLanguage = QStringLiteral("ky");
    before.question = QStringLiteral("Progressive left foot-drop despite 8 weeks of conservative "
                                     "treatment: decompression alone or with fusion?");
    before.findings = QStringLiteral("MRI and flexion-extension films: L4-L5 extrusion, 4 mm "
                                     "slip with instability.");
    before.recommendations = QStringLiteral("Microdiscectomy with TLIF L4-L5 here; admission early May.");
    w.add(before);
    w.add(visit(pid, VisitType::Admission, utc(QDate(2025, 5, 6), 2), 45,
                QStringLiteral("Admitted for spine surgery; wife accompanying.")));
    w.add(visit(pid, VisitType::Discharge, utc(QDate(2025, 5, 16), 2), 30,
                QStringLiteral("Leg pain resolved, dorsiflexion 4/5; walking unaided.")));

    const struct {
        QDate day;
        const char *summary;
    } followUps[] = {
        {QDate(2025, 8, 20), "3 months: dorsiflexion 5/5, back pain VAS 2; X-ray: implants in place."},
        {QDate(2025, 11, 19), "6 months: back at work (driver); CT: fusion progressing."},
        {QDate(2026, 5, 20), "12 months: solid fusion on CT; no neurological deficit."},
        {QDate(2026, 10, 28), "18 months: occasional back ache after long drives; core exercises."},
    };
    for (const auto &f : followUps) {
        Visit v = teleConsultation(pid, utc(f.day, 6), 30, partners.bishkek, QStringLiteral("Asia/Bishkek"));
        v.type = VisitType::FollowUp;
        v.participants = {
            here(QStringLiteral("Dr. Gao Peng"), QStringLiteral("spine surgeon")),
            there(QStringLiteral("Dr. Nurlan Osmonov"), QStringLiteral("neurosurgeon"), alaToo),
            there(QStringLiteral("Torobek Suiunbaev"), QStringLiteral("patient")),
        };
        v.interpreter = QStringLiteral("Aida Toktosunova");
        v.interpreterLanguage = QStringLiteral("ky");
        v.summary = QString::fromUtf8(f.summary);
        w.add(v);
    }
}

} // namespace caravan::demo
