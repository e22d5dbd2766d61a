// Synthetic histories: the history planned for each disease (one plan* function per
// PlanKind, chosen by Generator::planHistory). A history is a sequence of courses
// and assessments in days from the diagnosis, built with the blocks of
// syntheticcourses.cpp: what was done at home before the patient came, whether and
// when they arrive, what is done here, and the responses seen. Place Home: treated
// abroad by the referring hospital; Centre: here; Partner: a partner institution in
// this country during the stay. Randomness decides the branches; nothing is written
// here.
#include "synthetic/syntheticgenerator.h"

namespace caravan::synthetic {

void Generator::planAll(bool child)
{
    using R = Response;
    using M = AssessmentMethod;
    wait(2, 10);
    const int induction = child ? chemo(rBfm, 1, 36, TreatmentIntent::Curative, Place::Home)
                                : chemo(rHyperCvad, m_rng.between(2, 4), 21, TreatmentIntent::Curative, Place::Home);
    const R first = pick({ 62, 14, 12, 12 }, { R::CR, R::MrdNegative, R::MrdPositive, R::PD });
    const bool refractory = first == R::PD;
    assess(induction, m_c - 1, first, refractory ? M::Morphology : M::FlowCytometry,
           refractory                        ? round1(m_rng.real(20, 70))
                   : first == R::MrdPositive ? round2(m_rng.real(0.01, 0.9))
                                             : 0,
           Place::Home, QStringLiteral("End-of-induction bone marrow"));
    if (refractory) {
        wait(10, 40);
    } else {
        if (m_rng.chance(0.6)) {
            wait(7, 14);
            chemo(rProtocolM, 4, 14, TreatmentIntent::Consolidation, Place::Home);
        }
        wait(60, 700);
    }
    arrive();
    assess(-1, m_plan.arrival + 1, refractory ? R::PD : R::Relapse, M::FlowCytometry, round1(m_rng.real(8, 85)),
           Place::Centre, QStringLiteral("Bone marrow at admission"));
    if (m_rng.chance(0.78)) {
        const bool toTransplant = m_rng.chance(0.5);
        const int car = carT(m_rng.pick(kCarAll), toTransplant ? TreatmentIntent::Bridging : TreatmentIntent::Curative);
        const R r = pick({ 70, 12, 5, 13 }, { R::MrdNegative, R::CR, R::CRi, R::PD });
        assess(car, dayZeroOf(car) + 28, r, r == R::MrdNegative ? M::FlowCytometry : M::Morphology,
               r == R::PD                    ? round1(m_rng.real(10, 60))
                       : r == R::MrdNegative ? 0
                                             : round1(m_rng.real(0.5, 4.5)),
               Place::Centre, QStringLiteral("Day +28 bone marrow"));
        if (r != R::PD && toTransplant) {
            wait(20, 50);
            const int h = hsctAllo(TreatmentIntent::Consolidation);
            assess(h, dayZeroOf(h) + 30, pick({ 85, 10, 5 }, { R::MrdNegative, R::MrdPositive, R::Relapse }),
                   M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +30 bone marrow, full donor chimerism"));
        } else if (r == R::PD && m_rng.chance(0.45)) {
            wait(21, 40);
            const int second = carT(kCarCd22, TreatmentIntent::Curative);
            assess(second, dayZeroOf(second) + 28, pick({ 55, 15, 30 }, { R::MrdNegative, R::CR, R::PD }),
                   M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +28 bone marrow"));
        }
    } else {
        const int blina =
                simple(TreatmentType::Immunotherapy, QStringLiteral("Blinatumomab (continuous infusion, 28 days)"), 28,
                       TreatmentIntent::Bridging, Place::Centre);
        const R r = pick({ 55, 25, 20 }, { R::MrdNegative, R::MrdPositive, R::PD });
        assess(blina, m_c - 1, r, M::FlowCytometry, -1, Place::Centre, QStringLiteral("MRD after blinatumomab"));
        if (r != R::PD) {
            wait(14, 30);
            const int h = hsctAllo(TreatmentIntent::Consolidation);
            assess(h, dayZeroOf(h) + 30, pick({ 80, 15, 5 }, { R::MrdNegative, R::MrdPositive, R::Relapse }),
                   M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +30 bone marrow"));
        }
    }
}

void Generator::planAml(bool child)
{
    using R = Response;
    using M = AssessmentMethod;
    wait(2, 7);
    const int induction = chemo(child ? rAde : rSevenThree, child ? 2 : m_rng.between(1, 2), 28,
                                TreatmentIntent::Curative, Place::Home);
    const R first = pick({ 62, 13, 25 }, { R::CR, R::CRi, R::PD });
    assess(induction, m_c - 1, first, M::Morphology,
           first == R::PD ? round1(m_rng.real(20, 70)) : round1(m_rng.real(0.5, 4.5)), Place::Home,
           QStringLiteral("Bone marrow after induction"));
    if (first != R::PD) {
        const bool consolidateHere = m_rng.chance(0.35);
        if (!consolidateHere) {
            wait(5, 14);
            chemo(rHidac, m_rng.between(2, 3), 28, TreatmentIntent::Consolidation, Place::Home);
        }
        const bool relapsed = m_rng.chance(0.25);
        wait(relapsed ? 120 : 14, relapsed ? 500 : 60);
        arrive();
        if (relapsed)
            assess(-1, m_plan.arrival + 1, R::Relapse, M::Morphology, round1(m_rng.real(10, 60)));
        else
            assess(-1, m_plan.arrival + 1, pick({ 60, 40 }, { R::MrdNegative, R::MrdPositive }), M::FlowCytometry);
        if (consolidateHere) {
            chemo(rHidac, m_rng.between(1, 2), 28, TreatmentIntent::Consolidation, Place::Centre);
            wait(7, 21);
        }
        if (relapsed && m_rng.chance(0.4)) {
            const int car = carT(kCarAml, TreatmentIntent::Bridging);
            const R r = pick({ 45, 15, 40 }, { R::CR, R::CRi, R::PD });
            assess(car, dayZeroOf(car) + 28, r, M::Morphology, r == R::PD ? round1(m_rng.real(10, 50)) : 1);
            if (r == R::PD)
                return;
            wait(20, 40);
        }
        const int h = hsctAllo(relapsed ? TreatmentIntent::Curative : TreatmentIntent::Consolidation);
        assess(h, dayZeroOf(h) + 30, pick({ 75, 12, 8, 5 }, { R::MrdNegative, R::CR, R::MrdPositive, R::Relapse }),
               M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +30 bone marrow"));
    } else {
        wait(10, 30);
        arrive();
        assess(-1, m_plan.arrival + 1, R::PD, M::Morphology, round1(m_rng.real(20, 80)));
        if (m_rng.chance(0.5)) {
            const int car = carT(kCarAml, TreatmentIntent::Bridging);
            const R r = pick({ 45, 15, 40 }, { R::CR, R::CRi, R::PD });
            assess(car, dayZeroOf(car) + 28, r, M::Morphology, r == R::PD ? round1(m_rng.real(10, 50)) : 1);
            if (r == R::PD)
                return;
            wait(20, 40);
        }
        const int h = hsctAllo(TreatmentIntent::Curative);
        assess(h, dayZeroOf(h) + 30, pick({ 55, 20, 25 }, { R::CR, R::MrdNegative, R::Relapse }), M::Morphology);
    }
}

void Generator::planDlbcl()
{
    using R = Response;
    using M = AssessmentMethod;
    const QString pet = QStringLiteral("PET-CT");
    wait(7, 21);
    const int rchop = chemo(rRchop, 6, 21, TreatmentIntent::Curative, Place::Home);
    const R first = pick({ 50, 25, 25 }, { R::CR, R::PR, R::PD });
    assess(rchop, m_c + 20, first, M::Imaging, -1, Place::Home, pet);
    m_c += 21;
    const bool relapse = first == R::CR;
    wait(relapse ? 150 : 14, relapse ? 700 : 45);
    arrive();
    assess(-1, m_plan.arrival + 1, relapse ? R::Relapse : R::PD, M::Imaging, -1, Place::Centre,
           QStringLiteral("PET-CT at admission"));
    if (relapse && m_rng.chance(0.35)) {
        const int rice = chemo(rRice, 2, 21, TreatmentIntent::Curative, Place::Centre);
        const R r = pick({ 40, 45, 15 }, { R::CR, R::PR, R::PD });
        assess(rice, m_c + 7, r, M::Imaging, -1, Place::Centre, pet);
        m_c += 8;
        if (r == R::PD) {
            wait(7, 14);
            const int car = carT(m_rng.pick(kCarLymphoma), TreatmentIntent::Curative);
            assess(car, dayZeroOf(car) + 28, pick({ 40, 30, 30 }, { R::CR, R::PR, R::PD }), M::Imaging, -1,
                   Place::Centre, QStringLiteral("PET-CT at day +28"));
            return;
        }
        wait(14, 28);
        const int h = hsctAuto(QStringLiteral("BEAM"), 6, TreatmentIntent::Consolidation, Place::Centre);
        assess(h, dayZeroOf(h) + 90, pick({ 75, 10, 15 }, { R::CR, R::PR, R::PD }), M::Imaging, -1, Place::Home,
               QStringLiteral("PET-CT at day +90"));
        return;
    }
    if (m_rng.chance(0.35)) {
        radiotherapy(QStringLiteral("Bridging radiotherapy 20 Gy / 5 fractions"), 5, TreatmentIntent::Bridging,
                     Place::Centre);
        wait(3, 7);
    }
    const int car = carT(m_rng.pick(kCarLymphoma), TreatmentIntent::Curative);
    const R r = pick({ 45, 30, 8, 17 }, { R::CR, R::PR, R::SD, R::PD });
    assess(car, dayZeroOf(car) + 28, r, M::Imaging, -1, Place::Centre, QStringLiteral("PET-CT at day +28"));
    if (r == R::CR || r == R::PR)
        assess(car, dayZeroOf(car) + 90,
               r == R::CR ? pick({ 90, 10 }, { R::CR, R::Relapse }) : pick({ 40, 30, 30 }, { R::CR, R::PR, R::PD }),
               M::Imaging, -1, Place::Home, QStringLiteral("PET-CT at day +90"));
}

void Generator::planMyeloma()
{
    using R = Response;
    using M = AssessmentMethod;
    const QString mProtein = QStringLiteral("Serum M-protein and free light chains");
    wait(5, 20);
    const int vrd = chemo(rVrd, m_rng.between(4, 6), 21, TreatmentIntent::Curative, Place::Home);
    assess(vrd, m_c + 7, pick({ 55, 25, 10, 10 }, { R::PR, R::CR, R::SD, R::PD }), M::Clinical, -1, Place::Home,
           mProtein);
    wait(20, 60);
    const QString melphalan = QStringLiteral("Melphalan 200 mg/m²");
    if (m_rng.chance(0.72)) {
        arrive();
        const int h = hsctAuto(melphalan, 2, TreatmentIntent::Consolidation, Place::Centre);
        assess(h, dayZeroOf(h) + 100, pick({ 40, 15, 40, 5 }, { R::CR, R::MrdNegative, R::PR, R::PD }), M::Clinical, -1,
               Place::Home, mProtein);
        wait(60, 90);
        chemo(rLenMaint, m_rng.between(12, 24), 28, TreatmentIntent::Consolidation, Place::Home);
    } else {
        hsctAuto(melphalan, 2, TreatmentIntent::Consolidation, Place::Home);
        wait(300, 900);
        arrive();
        assess(-1, m_plan.arrival + 1, R::Relapse, M::Clinical, -1, Place::Centre, QStringLiteral("Rising M-protein"));
        const int car = carT(m_rng.pick(kCarMyeloma), TreatmentIntent::Curative);
        assess(car, dayZeroOf(car) + 28, pick({ 35, 20, 35, 10 }, { R::CR, R::MrdNegative, R::PR, R::PD }), M::Clinical,
               -1, Place::Centre, mProtein);
    }
}

void Generator::planOvary()
{
    using R = Response;
    using M = AssessmentMethod;
    const QString ct = QStringLiteral("CT chest/abdomen/pelvis");
    wait(5, 14);
    if (m_rng.chance(0.55)) {
        simple(TreatmentType::Surgery, QStringLiteral("Primary cytoreductive surgery (TAH-BSO, omentectomy)"),
               m_rng.between(6, 12), TreatmentIntent::Curative, Place::Home);
        wait(21, 35);
        arrive();
        const int c = chemo(rCarboPacli, 6, 21, TreatmentIntent::Curative, Place::Centre);
        assess(c, m_c + 14, pick({ 50, 35, 5, 10 }, { R::CR, R::PR, R::SD, R::PD }), M::Imaging, -1, Place::Centre, ct);
        m_c += 15;
        if (m_rng.chance(0.4)) {
            wait(7, 21);
            simple(TreatmentType::Other, QStringLiteral("Olaparib maintenance"), m_rng.between(365, 730),
                   TreatmentIntent::Consolidation, Place::Home);
        }
    } else {
        const int neo = chemo(rCarboPacli, 3, 21, TreatmentIntent::Curative, Place::Home);
        assess(neo, m_c + 7, pick({ 70, 20, 10 }, { R::PR, R::SD, R::PD }), M::Imaging, -1, Place::Home, ct);
        wait(14, 28);
        arrive();
        const int surgery = simple(TreatmentType::Surgery, QStringLiteral("Interval cytoreductive surgery"),
                                   m_rng.between(8, 14), TreatmentIntent::Curative, Place::Centre);
        const qint64 operation = jdOf(m_plan.courses[size_t(surgery)].startDate);
        addCourse(TreatmentType::Hyperthermia, QStringLiteral("HIPEC (cisplatin, 43 °C, 90 min)"),
                  TreatmentIntent::Curative, operation, operation, Place::Centre);
        wait(21, 35);
        const int c = chemo(rCarboPacli, 3, 21, TreatmentIntent::Curative, Place::Centre);
        assess(c, m_c + 14, pick({ 55, 30, 15 }, { R::CR, R::PR, R::PD }), M::Imaging, -1, Place::Centre, ct);
        m_c += 15;
    }
}

void Generator::planBreast()
{
    using R = Response;
    wait(7, 21);
    if (m_rng.chance(0.6)) {
        chemo(rAct, 8, 14, TreatmentIntent::Curative, Place::Home);
        wait(21, 35);
        arrive();
    } else {
        arrive();
        chemo(rAct, 8, 14, TreatmentIntent::Curative, Place::Centre);
        wait(21, 35);
    }
    const bool conserving = m_rng.chance(0.55);
    const int s = simple(TreatmentType::Surgery,
                         conserving ? QStringLiteral("Breast-conserving surgery with sentinel node biopsy")
                                    : QStringLiteral("Modified radical mastectomy"),
                         m_rng.between(4, 8), TreatmentIntent::Curative, Place::Centre);
    assess(s, m_c + 6, pick({ 30, 60, 10 }, { R::CR, R::PR, R::SD }), AssessmentMethod::Morphology, -1, Place::Centre,
           QStringLiteral("Pathological response in the surgical specimen"));
    wait(21, 35);
    radiotherapy(conserving ? QStringLiteral("Whole-breast radiotherapy 40 Gy / 15 fractions")
                            : QStringLiteral("Chest-wall radiotherapy 50 Gy / 25 fractions"),
                 conserving ? 15 : 25, TreatmentIntent::Curative, Place::Centre);
    if (m_rng.chance(0.3)) {
        wait(3, 10);
        simple(TreatmentType::Immunotherapy, QStringLiteral("Trastuzumab 6 mg/kg q3w (adjuvant, 1 year)"),
               m_rng.between(330, 365), TreatmentIntent::Curative, Place::Home);
    }
}

void Generator::planEwing()
{
    using R = Response;
    using M = AssessmentMethod;
    wait(5, 14);
    const int induction = chemo(rVdcIe, 6, 14, TreatmentIntent::Curative, Place::Home);
    assess(induction, m_c + 7, pick({ 60, 25, 15 }, { R::PR, R::SD, R::PD }), M::Imaging, -1, Place::Home,
           QStringLiteral("MRI pelvis"));
    wait(14, 28);
    arrive();
    if (m_rng.chance(0.5))
        simple(TreatmentType::Surgery, QStringLiteral("Internal hemipelvectomy with reconstruction"),
               m_rng.between(12, 21), TreatmentIntent::Curative, Place::Centre);
    else
        radiotherapy(QStringLiteral("Proton therapy 54 Gy(RBE) / 30 fractions"), 30, TreatmentIntent::Curative,
                     Place::Partner, iProton);
    wait(14, 28);
    const Place where = m_rng.chance(0.5) ? Place::Centre : Place::Home;
    const int c = chemo(rVdcIe, 8, 21, TreatmentIntent::Consolidation, where);
    assess(c, m_c + 7, pick({ 55, 20, 25 }, { R::CR, R::PR, R::PD }), M::Imaging, -1, where,
           QStringLiteral("MRI pelvis, CT chest"));
}

void Generator::planMedullo()
{
    using R = Response;
    wait(2, 7);
    simple(TreatmentType::Surgery, QStringLiteral("Gross total resection of posterior fossa tumour"),
           m_rng.between(7, 14), TreatmentIntent::Curative, Place::Home);
    wait(21, 35);
    arrive();
    radiotherapy(QStringLiteral("Craniospinal proton irradiation 23.4 Gy(RBE), boost to 54 Gy(RBE) / 30 fractions"), 30,
                 TreatmentIntent::Curative, m_rng.chance(0.6) ? Place::Partner : Place::Centre, iProton);
    wait(28, 42);
    const Place where = m_rng.chance(0.15) ? Place::Centre : Place::Home;
    const int c = chemo(rMbMaint, 8, 42, TreatmentIntent::Consolidation, where);
    assess(c, m_c + 7, pick({ 70, 20, 10 }, { R::CR, R::SD, R::PD }), AssessmentMethod::Imaging, -1, where,
           QStringLiteral("MRI brain and spine"));
}

void Generator::planGlioblastoma()
{
    using R = Response;
    wait(3, 10);
    const QString resection = QStringLiteral("Craniotomy and maximal safe resection");
    if (m_rng.chance(0.3)) {
        arrive();
        simple(TreatmentType::Surgery, resection, m_rng.between(7, 12), TreatmentIntent::Curative, Place::Centre);
        wait(21, 35);
    } else {
        simple(TreatmentType::Surgery, resection, m_rng.between(7, 12), TreatmentIntent::Curative, Place::Home);
        wait(21, 35);
        arrive();
    }
    radiotherapy(QStringLiteral("Radiotherapy 60 Gy / 30 fractions with concurrent temozolomide"), 30,
                 TreatmentIntent::Curative, Place::Centre);
    wait(28, 35);
    const bool adjuvantHere = m_rng.chance(0.4);
    const Place where = adjuvantHere ? Place::Centre : Place::Home;
    const int tmz = chemo(rTmz, 6, 28, TreatmentIntent::Curative, where);
    assess(tmz, m_c + 7, pick({ 50, 15, 35 }, { R::SD, R::PR, R::PD }), AssessmentMethod::Imaging, -1, where,
           QStringLiteral("MRI brain (RANO)"));
    if (adjuvantHere && m_rng.chance(0.25)) {
        wait(7, 21);
        simple(TreatmentType::Immunotherapy, QStringLiteral("Dendritic-cell vaccine (clinical trial)"),
               m_rng.between(84, 112), TreatmentIntent::Curative, Place::Centre);
    } else if (m_rng.chance(0.15)) {
        wait(7, 21);
        simple(TreatmentType::Other, QStringLiteral("Tumour-treating fields"), m_rng.between(180, 365),
               TreatmentIntent::Palliative, Place::Home);
    }
}

void Generator::planHodgkin()
{
    using R = Response;
    using M = AssessmentMethod;
    const QString pet = QStringLiteral("PET-CT");
    wait(7, 14);
    const int abvd = chemo(rAbvd, 6, 28, TreatmentIntent::Curative, Place::Home);
    const R first = pick({ 75, 15, 10 }, { R::CR, R::PR, R::PD });
    assess(abvd, m_c + 21, first, M::Imaging, -1, Place::Home, pet);
    m_c += 22;
    if (first != R::PD && m_rng.chance(0.4))
        radiotherapy(QStringLiteral("Involved-site radiotherapy 30 Gy / 15 fractions"), 15,
                     TreatmentIntent::Consolidation, Place::Home);
    const bool relapse = first == R::CR;
    wait(relapse ? 200 : 14, relapse ? 900 : 45);
    arrive();
    assess(-1, m_plan.arrival + 1, relapse ? R::Relapse : R::PD, M::Imaging, -1, Place::Centre,
           QStringLiteral("PET-CT at admission"));
    const int pd1 = simple(TreatmentType::Immunotherapy, QStringLiteral("Tislelizumab 200 mg q3w (4 cycles)"), 63,
                           TreatmentIntent::Bridging, Place::Centre);
    assess(pd1, m_c + 7, pick({ 55, 35, 10 }, { R::CR, R::PR, R::PD }), M::Imaging, -1, Place::Centre, pet);
    wait(14, 28);
    const int h = hsctAuto(QStringLiteral("BEAM"), 6, TreatmentIntent::Consolidation, Place::Centre);
    assess(h, dayZeroOf(h) + 90, pick({ 80, 10, 10 }, { R::CR, R::PR, R::PD }), M::Imaging, -1, Place::Home,
           QStringLiteral("PET-CT at day +90"));
}

void Generator::planLung()
{
    using R = Response;
    using M = AssessmentMethod;
    wait(7, 21);
    arrive();
    if (m_rng.chance(0.35)) {
        simple(TreatmentType::Surgery, QStringLiteral("Video-assisted thoracoscopic lobectomy"), m_rng.between(5, 9),
               TreatmentIntent::Curative, Place::Centre);
        wait(28, 42);
        const int c = chemo(rPemCis, 4, 21, TreatmentIntent::Curative, Place::Home);
        assess(c, m_c + 60, pick({ 75, 25 }, { R::CR, R::PD }), M::Imaging, -1, Place::Home,
               QStringLiteral("CT chest"));
        return;
    }
    const TreatmentIntent intent =
            ageAt(m_c) > 70 || m_rng.chance(0.5) ? TreatmentIntent::Palliative : TreatmentIntent::Curative;
    const int c = chemo(rPemCarbo, 4, 21, intent, Place::Centre);
    const qint64 start = jdOf(m_plan.courses[size_t(c)].startDate);
    const qint64 end = endOf(c);
    const int pembro = addCourse(TreatmentType::Immunotherapy, QStringLiteral("Pembrolizumab 200 mg q3w"), intent,
                                 start, end, Place::Centre);
    if (m_rng.chance(0.12))
        addCourse(TreatmentType::Hyperthermia, QStringLiteral("Regional deep hyperthermia, 8 sessions"),
                  TreatmentIntent::Palliative, start + 7, start + 34, Place::Centre);
    const R r = pick({ 45, 30, 25 }, { R::PR, R::SD, R::PD });
    assess(c, m_c + 7, r, M::Imaging, -1, Place::Centre, QStringLiteral("CT chest/abdomen"));
    assess(pembro, m_c + 7, r, M::Imaging, -1, Place::Centre);
    m_c += 8;
    if (r != R::PD) {
        wait(7, 14);
        simple(TreatmentType::Immunotherapy, QStringLiteral("Pembrolizumab maintenance (q3w)"), m_rng.between(180, 720),
               intent, Place::Home);
    } else if (m_rng.chance(0.4)) {
        wait(7, 14);
        radiotherapy(QStringLiteral("Palliative radiotherapy 30 Gy / 10 fractions"), 10, TreatmentIntent::Palliative,
                     Place::Centre);
    }
}

void Generator::planCml()
{
    using R = Response;
    using M = AssessmentMethod;
    wait(3, 10);
    const int imatinib = simple(TreatmentType::Other, QStringLiteral("Imatinib 400 mg daily"), m_rng.between(365, 1460),
                                TreatmentIntent::Curative, Place::Home);
    assess(imatinib, m_c - 1, R::MrdPositive, M::Pcr, -1, Place::Home,
           QStringLiteral("BCR-ABL1 (IS) above 1 %: no major molecular response"));
    const int dasatinib = simple(TreatmentType::Other, QStringLiteral("Dasatinib 100 mg daily"),
                                 m_rng.between(180, 720), TreatmentIntent::Curative, Place::Home);
    assess(dasatinib, m_c - 1, R::MrdPositive, M::Pcr, -1, Place::Home,
           m_rng.chance(0.4) ? QStringLiteral("Loss of response; ABL1 T315I mutation")
                             : QStringLiteral("No major molecular response"));
    wait(14, 60);
    arrive();
    const int h = hsctAllo(TreatmentIntent::Curative);
    assess(h, dayZeroOf(h) + 90, pick({ 70, 25, 5 }, { R::MrdNegative, R::MrdPositive, R::Relapse }), M::Pcr, -1,
           Place::Home, QStringLiteral("BCR-ABL1 at day +90"));
}

void Generator::planThalassaemia()
{
    wait(3, 21);
    simple(TreatmentType::Other, QStringLiteral("Regular transfusions and iron chelation (deferasirox)"),
           m_rng.between(400, 3000), TreatmentIntent::Unknown, Place::Home);
    wait(1, 10);
    arrive();
    if (m_rng.chance(0.06)) {
        const int g =
                simple(TreatmentType::GeneTherapy, QStringLiteral("Lentiviral β-globin gene therapy (clinical trial)"),
                       m_rng.between(60, 90), TreatmentIntent::Curative, Place::Centre);
        assess(g, m_c + 90, Response::NotAssessed, AssessmentMethod::Clinical, -1, Place::Home,
               QStringLiteral("Transfusion-independent; Hb 105 g/L"));
        return;
    }
    const int h = hsctAllo(TreatmentIntent::Curative);
    assess(h, dayZeroOf(h) + 30, Response::NotAssessed, AssessmentMethod::Pcr, -1, Place::Centre,
           m_rng.chance(0.8) ? QStringLiteral("Full donor chimerism (99 %)")
                             : QStringLiteral("Mixed chimerism (85 % donor)"));
    assess(h, dayZeroOf(h) + 180, Response::NotAssessed, AssessmentMethod::Clinical, -1, Place::Home,
           QStringLiteral("Transfusion-independent"));
}

void Generator::planAplastic()
{
    using R = Response;
    wait(3, 14);
    const int ist =
            simple(TreatmentType::Immunotherapy, QStringLiteral("ATG + ciclosporin (immunosuppressive therapy)"),
                   m_rng.between(120, 240), TreatmentIntent::Curative, Place::Home);
    assess(ist, m_c - 1, pick({ 35, 50, 15 }, { R::PR, R::SD, R::PD }), AssessmentMethod::Clinical, -1, Place::Home,
           QStringLiteral("Blood counts after immunosuppression"));
    wait(14, 90);
    arrive();
    const int h = hsctAllo(TreatmentIntent::Curative);
    assess(h, dayZeroOf(h) + 30, pick({ 80, 15, 5 }, { R::CR, R::PR, R::PD }), AssessmentMethod::Clinical, -1,
           Place::Centre, QStringLiteral("Haematological recovery"));
}

void Generator::planCardiac()
{
    wait(14, 200);
    arrive();
    if (m_rng.chance(0.65))
        simple(TreatmentType::Other, QStringLiteral("Percutaneous coronary intervention (drug-eluting stents)"),
               m_rng.between(3, 5), TreatmentIntent::Curative, Place::Centre);
    else
        simple(TreatmentType::Surgery, QStringLiteral("Coronary artery bypass grafting"), m_rng.between(8, 14),
               TreatmentIntent::Curative, Place::Centre);
    if (m_rng.chance(0.3)) {
        wait(1, 3);
        simple(TreatmentType::TraditionalMedicine, QStringLiteral("TCM cardiac rehabilitation programme"),
               m_rng.between(14, 28), TreatmentIntent::Unknown, Place::Centre);
    }
}

void Generator::planSpine()
{
    wait(30, 400);
    arrive();
    const bool surgery = m_rng.chance(0.6);
    if (surgery) {
        static const char *const operations[] = { "Microdiscectomy L4–L5", "Microdiscectomy L5–S1",
                                                  "Endoscopic discectomy L4–L5" };
        simple(TreatmentType::Surgery, q(m_rng.pick(operations)), m_rng.between(4, 7), TreatmentIntent::Curative,
               Place::Centre);
    }
    if (!surgery || m_rng.chance(0.4)) {
        wait(1, 3);
        simple(TreatmentType::TraditionalMedicine, QStringLiteral("Acupuncture and tuina, 10 sessions"),
               m_rng.between(12, 16), TreatmentIntent::Unknown, Place::Centre);
    }
}

void Generator::planVsd()
{
    wait(30, 900);
    arrive();
    if (m_rng.chance(0.6))
        simple(TreatmentType::Surgery, QStringLiteral("Surgical VSD patch closure (cardiopulmonary bypass)"),
               m_rng.between(7, 12), TreatmentIntent::Curative, Place::Centre);
    else
        simple(TreatmentType::Other, QStringLiteral("Transcatheter VSD device closure"), m_rng.between(2, 4),
               TreatmentIntent::Curative, Place::Centre);
}

} // namespace caravan::synthetic
