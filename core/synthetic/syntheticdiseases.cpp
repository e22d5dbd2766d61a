// Synthetic diseases and treatments: the compiled-in tables declared in
// syntheticdiseases.h. Data only; nothing enters at run time and the tables leave
// only by being read (the Generator converts the strings once).
#include "synthetic/syntheticdiseases.h"

namespace caravan::synthetic {

namespace {

constexpr DrugDef kNoDrug{nullptr, DoseBasis::Flat, 0, 0};

constexpr CarProduct kCarAllTable[] = {
    {"CD19", "CD19 CAR-T (investigator-initiated trial)", "1 × 10⁶ CAR+ cells/kg", 0},
    {"CD19", "Humanised CD19 CAR-T (trial)", "1 × 10⁶ CAR+ cells/kg", 0},
    {"CD19/CD22", "Tandem CD19/CD22 CAR-T (trial)", "2 × 10⁶ CAR+ cells/kg", 0},
};
constexpr CarProduct kCarLymphomaTable[] = {
    {"CD19", "Axicabtagene ciloleucel", "2 × 10⁶ CAR+ cells/kg", 1},
    {"CD19", "Relmacabtagene autoleucel", "100 × 10⁶ CAR+ cells", 1},
    {"CD19", "CD19 CAR-T (investigator-initiated trial)", "2 × 10⁶ CAR+ cells/kg", 1},
};
constexpr CarProduct kCarMyelomaTable[] = {
    {"BCMA", "Equecabtagene autoleucel", "1 × 10⁶ CAR+ cells/kg", 2},
    {"BCMA", "Ciltacabtagene autoleucel", "0.75 × 10⁶ CAR+ cells/kg", 2},
};

constexpr ComorbidityDef kComorbidityTable[] = {
    {"I10", "Essential (primary) hypertension"},
    {"E11.9", "Type 2 diabetes mellitus without complications"},
    {"B18.1", "Chronic viral hepatitis B without delta-agent"},
    {"I25.1", "Atherosclerotic heart disease"},
    {"M51.1", "Lumbar intervertebral disc disorder with radiculopathy"},
};

constexpr const char *kStopReasonTable[] = {"Progressive disease", "Toxicity (grade 4 neutropenic sepsis)",
                                          "Patient's decision", "Financial reasons", "Cardiotoxicity (falling ejection fraction)"};

} // namespace

constexpr RegimenDef kRegimens[RegCount] = {
    {"BFM 2002 induction (protocol I)", {{{"Prednisone", DoseBasis::PerSquareMetre, 60, 0}, {"Vincristine", DoseBasis::PerSquareMetre, 1.5, 2}, {"Daunorubicin", DoseBasis::PerSquareMetre, 30, 0}, kNoDrug, kNoDrug}}},
    {"Hyper-CVAD (courses A/B)", {{{"Cyclophosphamide", DoseBasis::PerSquareMetre, 300, 0}, {"Vincristine", DoseBasis::Flat, 2, 0}, {"Doxorubicin", DoseBasis::PerSquareMetre, 50, 0}, {"Dexamethasone", DoseBasis::Flat, 40, 0}, kNoDrug}}},
    {"Protocol M (high-dose methotrexate)", {{{"Methotrexate", DoseBasis::PerSquareMetre, 5000, 0}, {"Mercaptopurine", DoseBasis::PerSquareMetre, 25, 0}, kNoDrug, kNoDrug, kNoDrug}}},
    {"ADE (cytarabine/daunorubicin/etoposide)", {{{"Cytarabine", DoseBasis::PerSquareMetre, 100, 0}, {"Daunorubicin", DoseBasis::PerSquareMetre, 50, 0}, {"Etoposide", DoseBasis::PerSquareMetre, 100, 0}, kNoDrug, kNoDrug}}},
    {"7+3 (cytarabine/daunorubicin)", {{{"Cytarabine", DoseBasis::PerSquareMetre, 100, 0}, {"Daunorubicin", DoseBasis::PerSquareMetre, 60, 0}, kNoDrug, kNoDrug, kNoDrug}}},
    {"High-dose cytarabine consolidation", {{{"Cytarabine", DoseBasis::PerSquareMetre, 3000, 0}, kNoDrug, kNoDrug, kNoDrug, kNoDrug}}},
    {"R-CHOP-21", {{{"Rituximab", DoseBasis::PerSquareMetre, 375, 0}, {"Cyclophosphamide", DoseBasis::PerSquareMetre, 750, 0}, {"Doxorubicin", DoseBasis::PerSquareMetre, 50, 0}, {"Vincristine", DoseBasis::PerSquareMetre, 1.4, 2}, {"Prednisone", DoseBasis::Flat, 100, 0}}}},
    {"R-ICE", {{{"Rituximab", DoseBasis::PerSquareMetre, 375, 0}, {"Ifosfamide", DoseBasis::PerSquareMetre, 5000, 0}, {"Carboplatin (AUC 5)", DoseBasis::Flat, 600, 0}, {"Etoposide", DoseBasis::PerSquareMetre, 100, 0}, kNoDrug}}},
    {"VRd (bortezomib/lenalidomide/dexamethasone)", {{{"Bortezomib", DoseBasis::PerSquareMetre, 1.3, 0}, {"Lenalidomide", DoseBasis::Flat, 25, 0}, {"Dexamethasone", DoseBasis::Flat, 40, 0}, kNoDrug, kNoDrug}}},
    {"Lenalidomide maintenance", {{{"Lenalidomide", DoseBasis::Flat, 10, 0}, kNoDrug, kNoDrug, kNoDrug, kNoDrug}}},
    {"Carboplatin/paclitaxel", {{{"Paclitaxel", DoseBasis::PerSquareMetre, 175, 0}, {"Carboplatin (AUC 5)", DoseBasis::Flat, 450, 0}, kNoDrug, kNoDrug, kNoDrug}}},
    {"AC-T (dose-dense)", {{{"Doxorubicin", DoseBasis::PerSquareMetre, 60, 0}, {"Cyclophosphamide", DoseBasis::PerSquareMetre, 600, 0}, {"Paclitaxel", DoseBasis::PerSquareMetre, 175, 0}, kNoDrug, kNoDrug}}},
    {"VDC/IE (alternating)", {{{"Vincristine", DoseBasis::PerSquareMetre, 1.5, 2}, {"Doxorubicin", DoseBasis::PerSquareMetre, 75, 0}, {"Cyclophosphamide", DoseBasis::PerSquareMetre, 1200, 0}, {"Ifosfamide", DoseBasis::PerSquareMetre, 1800, 0}, {"Etoposide", DoseBasis::PerSquareMetre, 100, 0}}}},
    {"Maintenance (cisplatin/lomustine/vincristine)", {{{"Cisplatin", DoseBasis::PerSquareMetre, 75, 0}, {"Lomustine", DoseBasis::PerSquareMetre, 75, 0}, {"Vincristine", DoseBasis::PerSquareMetre, 1.5, 2}, kNoDrug, kNoDrug}}},
    {"Temozolomide (adjuvant, 5/28)", {{{"Temozolomide", DoseBasis::PerSquareMetre, 150, 0}, kNoDrug, kNoDrug, kNoDrug, kNoDrug}}},
    {"ABVD", {{{"Doxorubicin", DoseBasis::PerSquareMetre, 25, 0}, {"Bleomycin", DoseBasis::PerSquareMetre, 10, 0}, {"Vinblastine", DoseBasis::PerSquareMetre, 6, 0}, {"Dacarbazine", DoseBasis::PerSquareMetre, 375, 0}, kNoDrug}}},
    {"Pemetrexed/carboplatin", {{{"Pemetrexed", DoseBasis::PerSquareMetre, 500, 0}, {"Carboplatin (AUC 5)", DoseBasis::Flat, 450, 0}, kNoDrug, kNoDrug, kNoDrug}}},
    {"Pemetrexed/cisplatin (adjuvant)", {{{"Pemetrexed", DoseBasis::PerSquareMetre, 500, 0}, {"Cisplatin", DoseBasis::PerSquareMetre, 75, 0}, kNoDrug, kNoDrug, kNoDrug}}},
};
static_assert(kRegimens[RegCount - 1].name != nullptr, "one row per Reg");

constexpr std::span<const CarProduct> kCarAll{kCarAllTable};
constexpr CarProduct kCarCd22{"CD22", "CD22 CAR-T (investigator-initiated trial)", "1 × 10⁶ CAR+ cells/kg", 0};
constexpr std::span<const CarProduct> kCarLymphoma{kCarLymphomaTable};
constexpr std::span<const CarProduct> kCarMyeloma{kCarMyelomaTable};
constexpr CarProduct kCarAml{"CLL1", "CLL1 CAR-T (investigator-initiated trial)", "1 × 10⁶ CAR+ cells/kg", 3};

constexpr DiseaseDef kDiseases[kDiseaseCount] = {
    {PlanKind::AllChild, "C91.0", "Acute lymphoblastic leukaemia (precursor B-cell)", "9811/3", "C42.1",
     DiagnosisBasis::FlowCytometry, StagingSystem::RiskGroup, {"standard risk", "intermediate risk", "high risk", nullptr},
     false, true, 13, 1, 4, 17, 44, dPaedOnc, dCart,
     "Relapsed B-ALL after BFM induction: is the child eligible for CD19 CAR-T and a subsequent transplant?",
     "Eligible for CD19 CAR-T; bring bone-marrow slides, flow and MRD reports; HLA-type parents and siblings.",
     "Admitted to the paediatric haematology ward."},
    {PlanKind::AllAdult, "C91.0", "Acute lymphoblastic leukaemia (precursor B-cell)", "9811/3", "C42.1",
     DiagnosisBasis::FlowCytometry, StagingSystem::RiskGroup, {"standard risk", "high risk", "Ph-like", nullptr},
     false, true, 5, 18, 30, 65, 42, dCart, dTransplant,
     "Relapsed/refractory B-ALL: options for CAR-T or allogeneic transplant?",
     "Proceed to CD19 CAR-T, then a consolidating allogeneic HSCT if MRD-negative; start the donor search.",
     "Admitted to the haematology ward."},
    {PlanKind::AmlChild, "C92.0", "Acute myeloblastic leukaemia", "9861/3", "C42.1",
     DiagnosisBasis::BoneMarrowMorphology, StagingSystem::RiskGroup, {"favourable", "intermediate", "adverse", nullptr},
     false, true, 3, 1, 8, 17, 47, dPaedOnc, dTransplant,
     "AML after induction: timing and donor choice for an allogeneic transplant?",
     "Allogeneic HSCT in first remission; HLA-type siblings and parents for a haploidentical donor.",
     "Admitted to the paediatric transplant unit."},
    {PlanKind::AmlAdult, "C92.0", "Acute myeloblastic leukaemia", "9861/3", "C42.1",
     DiagnosisBasis::BoneMarrowMorphology, StagingSystem::RiskGroup, {"favourable", "intermediate", "adverse", nullptr},
     false, true, 7, 18, 45, 75, 46, dHaem, dTransplant,
     "AML after induction: timing and donor choice for an allogeneic transplant?",
     "Allogeneic HSCT in first remission; HLA-type siblings and children for a haploidentical donor.",
     "Admitted to the transplant unit."},
    {PlanKind::Dlbcl, "C83.3", "Diffuse large B-cell lymphoma", "9680/3", "C77.9",
     DiagnosisBasis::Histology, StagingSystem::AnnArbor, {"IIA", "IIIA", "IIIB", "IVB"},
     false, true, 9, 20, 55, 82, 45, dCart, dHaem,
     "Relapsed DLBCL after R-CHOP: CAR-T or salvage with an autologous transplant?",
     "CD19 CAR-T recommended; send PET-CT images and the biopsy block for review.",
     "Admitted to the lymphoma ward."},
    {PlanKind::Myeloma, "C90.0", "Multiple myeloma", "9732/3", "C42.1",
     DiagnosisBasis::BoneMarrowMorphology, StagingSystem::Iss, {"I", "II", "III", nullptr},
     false, true, 6, 38, 60, 80, 42, dHaem, dTransplant,
     "Myeloma after VRd induction: autologous transplant or BCMA CAR-T?",
     "Autologous transplant with melphalan 200 mg/m²; stem-cell mobilisation on arrival.",
     "Admitted to the myeloma ward."},
    {PlanKind::Ovary, "C56", "Malignant neoplasm of ovary (high-grade serous carcinoma)", "8461/3", "C56.9",
     DiagnosisBasis::Histology, StagingSystem::Other, {"FIGO IIIB", "FIGO IIIC", "FIGO IVA", nullptr},
     true, true, 4, 30, 55, 78, 100, dOnc, dRadiation,
     "Advanced ovarian cancer: cytoreductive surgery with HIPEC, and which chemotherapy?",
     "Cytoreductive surgery with HIPEC and carboplatin/paclitaxel; send CT images and the CA-125 history.",
     "Admitted to gynaecological oncology."},
    {PlanKind::Breast, "C50.4", "Malignant neoplasm of upper-outer quadrant of breast", "8500/3", "C50.4",
     DiagnosisBasis::Histology, StagingSystem::Tnm, {"T2N1M0", "T2N0M0", "T3N1M0", "T1cN1M0"},
     true, true, 6, 28, 48, 75, 99, dOnc, dRadiation,
     "Breast cancer: surgery and radiotherapy after neoadjuvant chemotherapy?",
     "Surgery followed by radiotherapy; HER2 status to be confirmed by pathology review.",
     "Admitted to breast oncology."},
    {PlanKind::Ewing, "C41.4", "Malignant neoplasm of pelvic bones (Ewing sarcoma)", "9260/3", "C41.4",
     DiagnosisBasis::Histology, StagingSystem::Other, {"localised", "metastatic (lungs)", nullptr, nullptr},
     true, true, 3, 4, 14, 30, 42, dPaedOnc, dRadiation,
     "Pelvic Ewing sarcoma after induction: surgery or proton therapy for local control?",
     "Local control here (surgery or proton therapy), then consolidation chemotherapy.",
     "Admitted to paediatric oncology."},
    {PlanKind::Medullo, "C71.6", "Malignant neoplasm of cerebellum (medulloblastoma)", "9470/3", "C71.6",
     DiagnosisBasis::Histology, StagingSystem::RiskGroup, {"standard risk", "high risk", nullptr, nullptr},
     false, true, 2, 2, 7, 16, 38, dPaedOnc, dRadiation,
     "Medulloblastoma after resection: craniospinal proton irradiation?",
     "Craniospinal proton therapy at the partner centre, then maintenance chemotherapy at home.",
     "Admitted to paediatric neuro-oncology."},
    {PlanKind::Glioblastoma, "C71.1", "Malignant neoplasm of frontal lobe (glioblastoma)", "9440/3", "C71.1",
     DiagnosisBasis::Histology, StagingSystem::None, {nullptr, nullptr, nullptr, nullptr},
     true, true, 3, 25, 55, 75, 40, dOnc, dNeurosurg,
     "Glioblastoma after resection: chemoradiotherapy and trial options?",
     "Radiotherapy 60 Gy with temozolomide; screen for the dendritic-cell vaccine trial.",
     "Admitted to neuro-oncology."},
    {PlanKind::Hodgkin, "C81.1", "Nodular sclerosis classical Hodgkin lymphoma", "9663/3", "C77.1",
     DiagnosisBasis::Histology, StagingSystem::AnnArbor, {"IIA", "IIB", "IIIA", "IVB"},
     false, true, 4, 14, 28, 60, 48, dHaem, dTransplant,
     "Relapsed Hodgkin lymphoma: PD-1 blockade and autologous transplant?",
     "PD-1 inhibitor as bridging, then an autologous transplant with BEAM.",
     "Admitted to the lymphoma ward."},
    {PlanKind::Lung, "C34.1", "Malignant neoplasm of upper lobe, bronchus or lung (adenocarcinoma)", "8140/3", "C34.1",
     DiagnosisBasis::Histology, StagingSystem::Tnm, {"T2aN0M0", "T2bN1M0", "T3N2M0", "T4N2M1a"},
     true, true, 5, 40, 62, 82, 35, dOnc, dRadiation,
     "Lung adenocarcinoma: surgery or systemic therapy? EGFR/ALK status?",
     "Complete staging with PET-CT; plan at the thoracic MDT on arrival.",
     "Admitted to thoracic oncology."},
    {PlanKind::Cml, "C92.1", "Chronic myeloid leukaemia, BCR-ABL1-positive", "9875/3", "C42.1",
     DiagnosisBasis::BoneMarrowMorphology, StagingSystem::Other, {"chronic phase", "accelerated phase", nullptr, nullptr},
     false, true, 2, 20, 45, 70, 42, dHaem, dTransplant,
     "CML resistant to imatinib and dasatinib: allogeneic transplant?",
     "Allogeneic HSCT; ABL1 kinase-domain mutation testing and donor search.",
     "Admitted to the transplant unit."},
    {PlanKind::Thalassaemia, "D56.1", "Beta thalassaemia (transfusion-dependent)", nullptr, nullptr,
     DiagnosisBasis::Clinical, StagingSystem::None, {nullptr, nullptr, nullptr, nullptr},
     false, false, 7, 0.3, 0.8, 2.5, 48, dPaedOnc, dTransplant,
     "Transfusion-dependent β-thalassaemia: is a transplant possible, and with which donor?",
     "HLA-type siblings and parents; allogeneic HSCT once iron overload is controlled.",
     "Admitted to the paediatric transplant unit."},
    {PlanKind::Aplastic, "D61.3", "Idiopathic aplastic anaemia", nullptr, nullptr,
     DiagnosisBasis::BoneMarrowMorphology, StagingSystem::Other, {"severe", "very severe", nullptr, nullptr},
     false, false, 3, 3, 18, 45, 48, dHaem, dTransplant,
     "Severe aplastic anaemia not responding to ATG/ciclosporin: transplant options?",
     "Allogeneic HSCT with Flu/Cy/ATG; haploidentical donor if there is no matched sibling.",
     "Admitted to the transplant unit."},
    {PlanKind::Cardiac, "I25.1", "Atherosclerotic heart disease", nullptr, nullptr,
     DiagnosisBasis::Imaging, StagingSystem::None, {nullptr, nullptr, nullptr, nullptr},
     false, false, 4, 45, 62, 82, 28, dCardio, dCardiacSurg,
     "Multivessel coronary artery disease: PCI or bypass surgery?",
     "Coronary angiography on arrival; heart-team decision between PCI and CABG.",
     "Admitted to cardiology."},
    {PlanKind::Spine, "M51.1", "Lumbar intervertebral disc disorder with radiculopathy", nullptr, nullptr,
     DiagnosisBasis::Imaging, StagingSystem::None, {nullptr, nullptr, nullptr, nullptr},
     false, false, 3, 28, 45, 72, 45, dOrtho, dNeurosurg,
     "Lumbar disc herniation with radiculopathy: surgery or conservative care?",
     "MRI review; microdiscectomy if conservative care fails, acupuncture as an adjunct.",
     "Admitted to the spine centre."},
    {PlanKind::Vsd, "Q21.0", "Ventricular septal defect", nullptr, nullptr,
     DiagnosisBasis::Imaging, StagingSystem::None, {nullptr, nullptr, nullptr, nullptr},
     false, false, 3, 0.02, 0.3, 4, 50, dCardiacSurg, dCardio,
     "Ventricular septal defect in a child: surgical or transcatheter closure?",
     "Echocardiography on arrival; device closure if the anatomy allows, otherwise a surgical patch.",
     "Admitted to paediatric cardiac surgery."},
};
static_assert(kDiseases[kDiseaseCount - 1].code != nullptr, "kDiseaseCount is the number of rows");

constexpr std::span<const ComorbidityDef> kComorbidities{kComorbidityTable};
constexpr std::span<const char *const> kStopReasons{kStopReasonTable};

} // namespace caravan::synthetic
