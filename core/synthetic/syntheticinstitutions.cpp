// Synthetic institutions and staff: the compiled-in tables declared in
// syntheticinstitutions.h. Data only; nothing enters at run time and the tables
// leave only by being read (the Generator converts the strings once).
#include "synthetic/syntheticinstitutions.h"

namespace caravan::synthetic {

namespace {

constexpr const char *kCoordinatorTable[] = {
    "Wang Li",          "Zhang Min",          "Liu Yang",     "Chen Jing",
    "Gulnara Sadykova", "Dilnoza Yuldasheva", "Ayesha Naqvi", "Olga Belyaeva"
};

} // namespace

constexpr InstitutionDef kInstitutions[InstitutionCount] = {
    { "Beijing Haematopathology Reference Laboratory", "北京血液病理参比实验室", InstitutionKind::Laboratory, "CN",
      "Beijing", "Asia/Shanghai", "Dr Zhou Min", "+86 10 5550 2210", "lab@haemlab-beijing.example" },
    { "China Unrelated Donor Registry (synthetic)", "中国非血缘造血干细胞捐献者资料库", InstitutionKind::DonorRegistry,
      "CN", "Beijing", "Asia/Shanghai", "Search office", "+86 10 5550 3300", "search@cn-registry.example" },
    { "Shanghai Proton and Heavy Ion Partner Centre", "上海质子重离子合作中心", InstitutionKind::Hospital, "CN",
      "Shanghai", "Asia/Shanghai", "Dr Xu Hong", "+86 21 5550 8800", "referrals@proton-sh.example" },
    { "Urumqi First People's Hospital", "乌鲁木齐市第一人民医院", InstitutionKind::Hospital, "CN", "Urumqi",
      "Asia/Urumqi", "Dr Ma Rui", "+86 991 555 0101", nullptr },
    { "Guangzhou Southern Children's Hospital", "广州南方儿童医院", InstitutionKind::Hospital, "CN", "Guangzhou",
      "Asia/Shanghai", "Dr Lin Ying", "+86 20 5550 6600", nullptr },
    { "Karachi Children's Cancer Hospital", "کراچی چلڈرن کینسر ہسپتال", InstitutionKind::Hospital, "PK", "Karachi",
      "Asia/Karachi", "Dr Sana Qureshi", "+92 21 5550 1100", "oncology@kcch.example" },
    { "Lahore Institute of Haematology", "لاہور انسٹیٹیوٹ آف ہیماٹولوجی", InstitutionKind::Hospital, "PK", "Lahore",
      "Asia/Karachi", "Dr Imran Butt", "+92 42 5550 2200", "referrals@lih.example" },
    { "Islamabad Federal General Hospital", "اسلام آباد فیڈرل جنرل ہسپتال", InstitutionKind::Hospital, "PK",
      "Islamabad", "Asia/Karachi", "Dr Ayesha Abbasi", "+92 51 5550 3300", nullptr },
    { "Peshawar Medical Teaching Hospital", "پشاور میڈیکل ٹیچنگ ہسپتال", InstitutionKind::Hospital, "PK", "Peshawar",
      "Asia/Karachi", "Dr Bilal Afridi", "+92 91 5550 4400", nullptr },
    { "Rawalpindi Diagnostic Laboratory", "راولپنڈی ڈائیگنوسٹک لیبارٹری", InstitutionKind::Laboratory, "PK",
      "Rawalpindi", "Asia/Karachi", "Lab reception", "+92 51 5550 5500", "reports@rdl.example" },
    { "Multan Thalassaemia Care Centre", "ملتان تھیلیسیمیا کیئر سینٹر", InstitutionKind::Hospital, "PK", "Multan",
      "Asia/Karachi", "Dr Hira Rana", "+92 61 5550 6600", nullptr },
    { "Almaty City Oncology Centre", "Алматы қалалық онкология орталығы", InstitutionKind::Hospital, "KZ", "Almaty",
      "Asia/Almaty", "Dr Asel Ospanova", "+7 727 555 0110", "intl@almaty-onco.example" },
    { "Astana National Research Oncology Centre", "Астана ұлттық ғылыми онкология орталығы", InstitutionKind::Hospital,
      "KZ", "Astana", "Asia/Almaty", "Dr Nurlan Akhmetov", "+7 7172 55 0120", "referrals@astana-onco.example" },
    { "Shymkent Regional Children's Hospital", "Шымкент облыстық балалар ауруханасы", InstitutionKind::Hospital, "KZ",
      "Shymkent", "Asia/Almaty", "Dr Gulmira Isaeva", "+7 7252 55 0130", nullptr },
    { "Karaganda Regional Haematology Centre", "Қарағанды облыстық гематология орталығы", InstitutionKind::Hospital,
      "KZ", "Karaganda", "Asia/Almaty", "Dr Serik Toktarov", "+7 7212 55 0140", nullptr },
    { "Aktobe Regional Medical Centre", "Ақтөбе облыстық медициналық орталығы", InstitutionKind::Hospital, "KZ",
      "Aktobe", "Asia/Aqtobe", "Dr Dana Muratova", "+7 7132 55 0150", nullptr },
    { "Kazakhstan Bone Marrow Donor Registry (synthetic)", "Қазақстанның сүйек кемігі донорларының тіркелімі",
      InstitutionKind::DonorRegistry, "KZ", "Astana", "Asia/Almaty", "Search coordinator", "+7 7172 55 0160",
      "search@kz-registry.example" },
    { "Almaty Molecular Genetics Laboratory", "Алматы молекулалық генетика зертханасы", InstitutionKind::Laboratory,
      "KZ", "Almaty", "Asia/Almaty", "Lab reception", "+7 727 555 0170", "lab@almaty-genetics.example" },
    { "Bishkek National Centre of Oncology and Haematology", "Улуттук онкология жана гематология борбору",
      InstitutionKind::Hospital, "KG", "Bishkek", "Asia/Bishkek", "Dr Aigul Sydykova", "+996 312 55 0180",
      "intl@bishkek-onco.example" },
    { "Osh Interregional Children's Hospital", "Ош аймактар аралык балдар ооруканасы", InstitutionKind::Hospital, "KG",
      "Osh", "Asia/Bishkek", "Dr Tilek Osmonov", "+996 3222 5 0190", nullptr },
    { "Tashkent Republican Centre of Haematology", "Respublika gematologiya markazi", InstitutionKind::Hospital, "UZ",
      "Tashkent", "Asia/Tashkent", "Dr Nodira Yusupova", "+998 71 555 0200", "intl@tashkent-haem.example" },
    { "Samarkand Regional Oncology Dispensary", "Samarqand viloyat onkologiya dispanseri", InstitutionKind::Hospital,
      "UZ", "Samarkand", "Asia/Samarkand", "Dr Rustam Nazarov", "+998 66 555 0210", nullptr },
    { "Fergana Children's Multidisciplinary Hospital", "Fargʻona bolalar koʻp tarmoqli tibbiyot markazi",
      InstitutionKind::Hospital, "UZ", "Fergana", "Asia/Tashkent", "Dr Malika Ergasheva", "+998 73 555 0220", nullptr },
    { "Novosibirsk Regional Clinical Hospital", "Новосибирская областная клиническая больница",
      InstitutionKind::Hospital, "RU", "Novosibirsk", "Asia/Novosibirsk", "Dr Olga Lebedeva", "+7 383 555 0230",
      "intl@nsk-hospital.example" },
    { "Moscow Research Institute of Paediatric Haematology", "Московский НИИ детской гематологии",
      InstitutionKind::Hospital, "RU", "Moscow", "Europe/Moscow", "Dr Mikhail Volkov", "+7 495 555 0240",
      "referrals@mos-ped-haem.example" },
    { "Omsk Oncology Dispensary", "Омский онкологический диспансер", InstitutionKind::Hospital, "RU", "Omsk",
      "Asia/Omsk", "Dr Irina Pavlova", "+7 381 255 0250", nullptr },
    { "Russian Bone Marrow Donor Registry (synthetic)", "Российский регистр доноров костного мозга",
      InstitutionKind::DonorRegistry, "RU", "Saint Petersburg", "Europe/Moscow", "Search office", "+7 812 555 0260",
      "search@ru-registry.example" },
    { "International Donor Search Office (synthetic)", nullptr, InstitutionKind::DonorRegistry, "DE", "Frankfurt",
      "Europe/Berlin", "Search coordinator", "+49 69 5550 270", "search@intl-donor.example" },
    { "Embassy of Pakistan, Health Attaché Office", "سفارت خانہ پاکستان، ہیلتھ اتاشی دفتر", InstitutionKind::Other,
      "CN", "Beijing", "Asia/Shanghai", "Health attaché", "+86 10 5550 9900", nullptr },
};
static_assert(kInstitutions[InstitutionCount - 1].name != nullptr, "one row per InstitutionIndex");

const std::array<NationDef, NatCount> &nations()
{
    static const std::array<NationDef, NatCount> n = { {
            { "PK", "Asia/Karachi", 27, 0.98, { iKarachi, iLahore, iIslamabad, iPeshawar, iMultan } },
            { "KZ", "Asia/Almaty", 22, 1.0, { iAlmaty, iAstana, iShymkent, iKaraganda, iAktobe } },
            { "KG", "Asia/Bishkek", 10, 0.99, { iBishkek, iOsh } },
            { "UZ", "Asia/Tashkent", 14, 0.99, { iTashkent, iSamarkand, iFergana } },
            { "RU", "Europe/Moscow", 12, 1.01, { iNovosibirsk, iMoscow, iOmsk } },
            { "CN", "Asia/Shanghai", 15, 0.99, { iUrumqi, iGuangzhou } },
    } };
    return n;
}

constexpr StaffMember kDoctors[DoctorCount] = {
    { "Zhang Hui", "haematologist" },
    { "Li Jianmin", "transplant physician" },
    { "Wang Xiaoling", "CAR-T physician" },
    { "Chen Yu", "paediatric oncologist" },
    { "Liu Bo", "oncologist" },
    { "Zhao Lei", "radiation oncologist" },
    { "Sun Meiling", "cardiologist" },
    { "Gao Feng", "neurosurgeon" },
    { "He Ping", "orthopaedic surgeon" },
    { "Ma Jun", "cardiac surgeon" },
};
static_assert(kDoctors[DoctorCount - 1].name != nullptr, "one row per Doctor");

constexpr std::span<const char *const> kCoordinators{ kCoordinatorTable };

} // namespace caravan::synthetic
