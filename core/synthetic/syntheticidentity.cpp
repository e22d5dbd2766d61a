// Synthetic identity: who a synthetic patient is. fillPatient draws the name (from
// the name pools of their nationality), birth date, residence, language and
// interpreter, coordinator, referring doctor, passport and visa, phone, e-mail and
// messenger, family companions, sponsor, arrival and departure, and notes, into a
// Patient that syntheticcentre.cpp then writes. Also remembers what later visits
// need (the family's contact, the interpreter). Fictional combinations only.
#include "synthetic/syntheticgenerator.h"

#include <algorithm>
#include <array>
#include <vector>

namespace caravan::synthetic {

QString Generator::nativeFullName(const QString &family, const QString &given) const
{
    switch (m_nat) {
    case PK:
        return given + QLatin1Char(' ') + family;
    case CN:
        return family + given;
    default:
        return family + QLatin1Char(' ') + given;
    }
}

QString Generator::phone()
{
    switch (m_nat) {
    case PK:
        return QString::asprintf("+92 3%02d %07d", m_rng.between(0, 49), m_rng.between(0, 9999999));
    case KZ: {
        static const int codes[] = { 700, 701, 702, 705, 707, 708, 747, 771, 775, 776, 777, 778 };
        return QString::asprintf("+7 %d %03d %04d", m_rng.pick(codes), m_rng.between(0, 999), m_rng.between(0, 9999));
    }
    case KG: {
        static const int codes[] = { 500, 501, 550, 555, 700, 701, 770, 772, 777 };
        return QString::asprintf("+996 %d %03d %03d", m_rng.pick(codes), m_rng.between(0, 999), m_rng.between(0, 999));
    }
    case UZ: {
        static const int codes[] = { 90, 91, 93, 94, 95, 97, 99, 33, 88 };
        return QString::asprintf("+998 %d %03d %02d %02d", m_rng.pick(codes), m_rng.between(0, 999),
                                 m_rng.between(0, 99), m_rng.between(0, 99));
    }
    case RU:
        return QString::asprintf("+7 9%02d %03d %02d %02d", m_rng.between(0, 99), m_rng.between(0, 999),
                                 m_rng.between(0, 99), m_rng.between(0, 99));
    case CN:
    case NatCount:
        break;
    }
    static const int codes[] = { 130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 158, 186, 188 };
    return QString::asprintf("+86 %d %04d %04d", m_rng.pick(codes), m_rng.between(0, 9999), m_rng.between(0, 9999));
}

QString Generator::passportNumber()
{
    static const char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
    switch (m_nat) {
    case PK:
        return QString::asprintf("%c%c%07d", letters[m_rng.index(sizeof letters - 1)],
                                 letters[m_rng.index(sizeof letters - 1)], m_rng.between(0, 9999999));
    case KZ:
        return QString::asprintf("N%08d", m_rng.between(0, 99999999));
    case KG:
        return QString::asprintf("AC%07d", m_rng.between(0, 9999999));
    case UZ: {
        static const char *const series[] = { "FA", "FB", "AD", "AB" };
        return QString::asprintf("%s%07d", m_rng.pick(series), m_rng.between(0, 9999999));
    }
    case RU:
        return QString::asprintf("7%d %07d", m_rng.between(0, 9), m_rng.between(0, 9999999));
    case CN:
    case NatCount:
        break;
    }
    return QString::asprintf("E%08d", m_rng.between(0, 99999999));
}

void Generator::addCompanion(Patient &p, bool female, const QString &relation, bool sameFamily, double ageYears,
                             bool accompanying, bool nextOfKin)
{
    const size_t n = size_t(m_nat);
    const auto &pool = female ? m_femaleNames[n] : m_maleNames[n];
    const NameForms &given = pool[size_t(m_rng.index(pool.size()))];
    const auto &families = m_familyNames[n];
    const FamilyForms &fam = families[sameFamily ? size_t(m_familyIndex) : size_t(m_rng.index(families.size()))];
    const NameForms &family = female ? fam.female : fam.male;
    Companion c;
    c.name = nativeFullName(family.native, given.native);
    c.nameLatin = latinOf(family).toUpper() + QLatin1Char(' ') + latinOf(given);
    c.relation = relation;
    c.accompanying = accompanying;
    c.nextOfKin = nextOfKin;
    c.birthDate = day(m_today - qint64(ageYears * 365.25) - m_rng.between(0, 300));
    if (accompanying && m_nat != CN) {
        c.passportNumber = passportNumber();
        c.passportCountry = m_natCode[n];
        c.passportExpiry = day(m_today + m_rng.between(200, 3400));
    }
    if (nextOfKin || m_rng.chance(0.5))
        c.phone = phone();
    p.companions.append(std::move(c));
}

void Generator::fillPatient(Patient &p)
{
    using S = CaseStatus;
    const size_t n = size_t(m_nat);
    const qint64 today = m_today;
    const auto &givenPool = m_female ? m_femaleNames[n] : m_maleNames[n];
    const NameForms &given = givenPool[size_t(m_rng.index(givenPool.size()))];
    m_familyIndex = m_rng.index(m_familyNames[n].size());
    const NameForms &family =
            m_female ? m_familyNames[n][size_t(m_familyIndex)].female : m_familyNames[n][size_t(m_familyIndex)].male;
    p.recordNumber = m_recordNumber;
    p.familyNameNative = family.native;
    p.givenNameNative = given.native;
    p.familyNameLatin = latinOf(family);
    p.givenNameLatin = latinOf(given);
    p.sex = m_status == S::Enquiry && m_rng.chance(0.05) ? Sex::Unknown : m_sex;
    p.birthDate = day(m_birth);
    p.nationality = m_natCode[n];
    p.residenceCountry = m_natCode[n];
    const double abroad = m_rng.real(0, 1);
    if (m_nat == PK && abroad < 0.06)
        p.residenceCountry = abroad < 0.04 ? QStringLiteral("AE") : QStringLiteral("SA");
    else if ((m_nat == KG || m_nat == UZ) && abroad < 0.06)
        p.residenceCountry = QStringLiteral("RU");
    else if (m_nat == KZ && abroad < 0.03)
        p.residenceCountry = QStringLiteral("RU");

    // Language, interpreter, coordinator
    switch (m_nat) {
    case PK:
        m_language = std::array{ QStringLiteral("ur"), QStringLiteral("en"),
                                 QStringLiteral("ps") }[size_t(m_rng.weighted({ 72, 18, 10 }))];
        break;
    case KZ:
        m_language = m_rng.chance(0.55) ? QStringLiteral("kk") : QStringLiteral("ru");
        break;
    case KG:
        m_language = m_rng.chance(0.5) ? QStringLiteral("ky") : QStringLiteral("ru");
        break;
    case UZ:
        m_language = m_rng.chance(0.8) ? QStringLiteral("uz") : QStringLiteral("ru");
        break;
    case RU:
        m_language = QStringLiteral("ru");
        break;
    case CN:
    case NatCount:
        m_language = QStringLiteral("zh");
        break;
    }
    m_interpreter = m_language != QLatin1String("zh") && m_language != QLatin1String("en") && m_rng.chance(0.9);
    p.preferredLanguage = m_language;
    p.interpreterNeeded = m_interpreter;
    static const int urduDesk[] = { 6, 3, 0 }, russianDesk[] = { 4, 7, 2 }, uzbekDesk[] = { 5, 2 },
                     chineseDesk[] = { 0, 1 };
    int coordinator = 0;
    switch (m_nat) {
    case PK:
        coordinator = m_rng.pick(urduDesk);
        break;
    case UZ:
        coordinator = m_language == QLatin1String("uz") ? m_rng.pick(uzbekDesk) : m_rng.pick(russianDesk);
        break;
    case CN:
        coordinator = m_rng.pick(chineseDesk);
        break;
    default:
        coordinator = m_rng.pick(russianDesk);
        break;
    }
    m_coordinator = QLatin1String(kCoordinators[coordinator]);
    p.coordinator = m_coordinator;

    // Referral
    m_referringDoctor.clear();
    if (m_referrerIndex >= 0) {
        const bool female = m_rng.chance(0.45);
        const auto &pool = female ? m_femaleNames[n] : m_maleNames[n];
        const NameForms &g = pool[size_t(m_rng.index(pool.size()))];
        const FamilyForms &f = m_familyNames[n][size_t(m_rng.index(m_familyNames[n].size()))];
        const QString &fl = female ? f.female.latin : f.male.latin;
        m_referringDoctor = m_nat == CN ? QStringLiteral("Dr ") + fl + QLatin1Char(' ') + g.latin
                                        : QStringLiteral("Dr ") + g.latin + QLatin1Char(' ') + fl;
    }
    p.referringInstitutionId = m_referrer;
    p.referringDoctor = m_referringDoctor;

    // Travel documents
    const bool foreign = m_nat != CN;
    if (foreign ? (m_status != S::Enquiry || m_rng.chance(0.7)) : m_rng.chance(0.25)) {
        p.passportNumber = passportNumber();
        p.passportCountry = m_natCode[n];
        const int r = m_rng.between(0, 99);
        qint64 expiry;
        if (r < 8)
            expiry = today + m_rng.between(1, 180);
        else if (r < 14
                 && (m_status == S::Enquiry || m_status == S::Closed || m_status == S::LostToFollowUp
                     || m_status == S::Deceased))
            expiry = today - m_rng.between(1, 400);
        else
            expiry = today + m_rng.between(181, 3400);
        if (expiry < m_birth + 365)
            expiry = m_birth + 5 * 365;
        p.passportExpiry = day(expiry);
    }
    if (foreign && m_arrival) {
        const qint64 stay = (m_departure ? m_departure : m_lastDay) - m_arrival;
        if (m_status == S::AwaitingVisa) {
            p.visaType = QStringLiteral("L");
        } else if (m_nat == KZ && stay <= 30 && m_rng.chance(0.5)) {
            p.visaType = QStringLiteral("Visa-free (30 days)");
            p.visaExpiry = day(m_arrival + 30);
        } else {
            p.visaType = std::array{ QStringLiteral("L"), QStringLiteral("M"),
                                     QStringLiteral("S2") }[size_t(m_rng.weighted({ 75, 10, 15 }))];
            p.visaNumber = QString::asprintf("E%08d", m_rng.between(0, 99999999));
            qint64 expiry = m_arrival + std::array{ 90, 180, 365 }[size_t(m_rng.weighted({ 50, 35, 15 }))];
            if (m_status == S::InTreatment && m_rng.chance(0.3))
                expiry = today + m_rng.between(3, 30);
            p.visaExpiry = day(std::max(expiry, m_arrival + 1));
        }
    }

    // Contact
    p.phone = phone();
    if (m_rng.chance(0.45)) {
        static const char *const domains[] = { "example.com", "example.org", "example.net" };
        const QString local = m_nat == CN ? QString::number(m_rng.between(10000000, 999999999))
                                          : (p.givenNameLatin + QLatin1Char('.') + p.familyNameLatin).toLower()
                        + QString::number(day(m_birth).year() % 100);
        p.email = local + QLatin1Char('@') + QLatin1String(m_rng.pick(domains));
    }
    if (m_rng.chance(0.8)) {
        const char *app = m_nat == CN ? "WeChat "
                : m_nat == PK         ? "WhatsApp "
                : m_nat == RU         ? "Telegram "
                : m_rng.chance(0.6)   ? "WhatsApp "
                                      : "Telegram ";
        p.messenger = QLatin1String(app) + p.phone;
    }

    // Family and companions
    const double age = double(today - m_birth) / 365.25;
    const bool gendered = m_nat == KZ || m_nat == KG || m_nat == UZ || m_nat == RU;
    const double takesName = gendered ? 0.75 : m_nat == PK ? 0.3 : 0.0;
    m_contactName = p.givenNameLatin + QLatin1Char(' ') + p.familyNameLatin;
    m_contactRole = QStringLiteral("patient");
    if (age < 18) {
        addCompanion(p, true, QStringLiteral("mother"), m_rng.chance(takesName), age + m_rng.real(20, 38),
                     m_rng.chance(0.92), true);
        m_contactName = p.companions.constFirst().nameLatin;
        m_contactRole = QStringLiteral("mother");
        if (m_rng.chance(0.6))
            addCompanion(p, false, QStringLiteral("father"), true, age + m_rng.real(24, 42), m_rng.chance(0.45),
                         m_rng.chance(0.5));
    } else if (m_rng.chance(0.75)) {
        const bool accompanying = m_rng.chance(0.85);
        const int k = age < 40 ? m_rng.weighted({ 40, 30, 15, 15 }) : m_rng.weighted({ 55, 20, 15, 10 });
        if (k == 0) {
            addCompanion(p, !m_female, m_female ? QStringLiteral("husband") : QStringLiteral("wife"),
                         m_rng.chance(takesName), std::max(18.0, age + m_rng.real(-5, 6)), accompanying, true);
        } else if (age < 40) {
            if (k == 1)
                addCompanion(p, true, QStringLiteral("mother"), m_rng.chance(takesName), age + m_rng.real(20, 35),
                             accompanying, true);
            else
                addCompanion(p, k == 3, k == 3 ? QStringLiteral("sister") : QStringLiteral("brother"), true,
                             std::max(16.0, age + m_rng.real(-8, 8)), accompanying, true);
        } else if (k == 3) {
            addCompanion(p, false, QStringLiteral("brother"), true, std::max(18.0, age + m_rng.real(-8, 8)),
                         accompanying, true);
        } else {
            addCompanion(p, k == 2, k == 2 ? QStringLiteral("daughter") : QStringLiteral("son"), true,
                         age - m_rng.real(20, std::min(35.0, age - 18)), accompanying, true);
        }
        if (m_rng.chance(0.15))
            addCompanion(p, m_rng.chance(0.5), QStringLiteral("cousin"), m_rng.chance(0.5),
                         std::max(18.0, age + m_rng.real(-10, 10)), false, false);
    }

    // Sponsor
    struct SponsorDef
    {
        SponsorType type;
        const char *name;
        int weight;
    };
    static const std::array<std::vector<SponsorDef>, NatCount> sponsors = { {
            { { SponsorType::Self, nullptr, 45 },
              { SponsorType::Government, "Punjab Health Department (treatment-abroad scheme)", 7 },
              { SponsorType::Government, "Khyber Pakhtunkhwa Health Department", 5 },
              { SponsorType::Charity, "Noor Welfare Trust", 14 },
              { SponsorType::Charity, "Zakat and Ushr Committee", 8 },
              { SponsorType::Charity, "Crescent Thalassaemia Society", 6 },
              { SponsorType::Embassy, "Embassy of Pakistan, Beijing", 8 },
              { SponsorType::Insurer, "Crescent Health Insurance", 7 } },
            { { SponsorType::Self, nullptr, 35 },
              { SponsorType::Government, "Ministry of Health of Kazakhstan (treatment-abroad quota)", 35 },
              { SponsorType::Charity, "Meyirim Charitable Fund", 10 },
              { SponsorType::Charity, "Balapan Charitable Foundation", 8 },
              { SponsorType::Insurer, "Steppe Insurance", 12 } },
            { { SponsorType::Self, nullptr, 45 },
              { SponsorType::Government, "Ministry of Health of the Kyrgyz Republic", 20 },
              { SponsorType::Charity, "Ak-Nur Charitable Fund", 30 },
              { SponsorType::Embassy, "Embassy of the Kyrgyz Republic, Beijing", 5 } },
            { { SponsorType::Self, nullptr, 50 },
              { SponsorType::Government, "Ministry of Health of Uzbekistan (quota)", 25 },
              { SponsorType::Charity, "Mehr Charitable Fund", 20 },
              { SponsorType::Insurer, "Silk Road Insurance", 5 } },
            { { SponsorType::Self, nullptr, 40 },
              { SponsorType::Insurer, "Northern Star Insurance (VHI)", 30 },
              { SponsorType::Charity, "Podsolnukh Charity Fund", 20 },
              { SponsorType::Government, "Regional Ministry of Health (quota)", 10 } },
            { { SponsorType::Self, nullptr, 40 },
              { SponsorType::Government, "Municipal basic medical insurance", 45 },
              { SponsorType::Insurer, "Commercial critical-illness insurance", 10 },
              { SponsorType::Charity, "Leukaemia and Lymphoma Relief Fund", 5 } },
    } };
    if (m_status == S::Enquiry && m_rng.chance(0.5)) {
        p.sponsorType = SponsorType::Unknown;
    } else {
        const auto &list = sponsors[n];
        int total = 0;
        for (const auto &s : list)
            total += s.weight;
        int r = m_rng.between(0, total - 1);
        const SponsorDef *chosen = &list.front();
        for (const auto &s : list) {
            if (r < s.weight) {
                chosen = &s;
                break;
            }
            r -= s.weight;
        }
        p.sponsorType = chosen->type;
        if (chosen->name) {
            p.sponsorName = QLatin1String(chosen->name);
            const int year = day(m_arrival ? m_arrival : m_dx).year();
            p.sponsorReference = QStringLiteral("%1-%2/%3")
                                         .arg(m_natCode[n])
                                         .arg(year)
                                         .arg(m_rng.between(1, 99999), 5, 10, QLatin1Char('0'));
        }
    }

    p.caseStatus = m_status;
    if (m_arrival)
        p.arrivalDate = day(m_arrival);
    if (m_departure)
        p.departureDate = day(m_departure);

    switch (m_status) {
    case S::Enquiry:
        p.notes = std::array{ QStringLiteral("Enquiry by e-mail from the family; medical records requested."),
                              QStringLiteral("Enquiry through the referring hospital; awaiting the pathology report."),
                              QStringLiteral("Messenger enquiry; cost estimate sent.") }[size_t(m_rng.index(3))];
        break;
    case S::TeleConsultation:
        p.notes = QStringLiteral("Tele-consultation arranged with the referring team.");
        break;
    case S::AwaitingVisa:
        p.notes = QStringLiteral("Invitation letter sent; visa appointment booked.");
        break;
    case S::Travelling:
        p.notes = QStringLiteral("Flight booked; airport pick-up arranged.");
        break;
    case S::Deceased:
        p.notes = (m_departure ? QStringLiteral("Died on %1 (reported by the family).")
                               : QStringLiteral("Died in hospital on %1."))
                          .arg(day(m_death).toString(Qt::ISODate));
        break;
    case S::LostToFollowUp:
        p.notes = QStringLiteral("No reply to follow-up messages since %1.").arg(day(m_departure).year() + 1);
        break;
    default:
        if (m_rng.chance(0.12))
            p.notes = std::array{ QStringLiteral("Halal meals requested."), QStringLiteral("Prefers a female doctor."),
                                  QStringLiteral("Family rents an apartment near the hospital."),
                                  QStringLiteral("Needs a wheelchair at the airport.") }[size_t(m_rng.index(4))];
        break;
    }

    static const std::array<std::vector<const char *>, 7> interpreters = { {
            { "Hu Yan", "Tariq Mehmood" },
            { "Zarmina Afridi" },
            { "Aliya Serikkyzy", "Erbol Nurlanuly" },
            { "Aizada Toktogulova" },
            { "Dilshod Rakhimov", "Shahlo Yusupova" },
            { "Ma Lina", "Sun Tao", "Yelena Park" },
            {},
    } };
    static const char *const languages[] = { "ur", "ps", "kk", "ky", "uz", "ru" };
    size_t li = 6;
    for (size_t i = 0; i < 6; ++i)
        if (m_language == QLatin1String(languages[i]))
            li = i;
    m_interpreterName = m_interpreter && !interpreters[li].empty()
            ? QLatin1String(interpreters[li][size_t(m_rng.index(interpreters[li].size()))])
            : QString();
}

} // namespace caravan::synthetic
