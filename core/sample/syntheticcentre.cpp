#include "sample/syntheticcentre.h"

#include "storage/database.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <vector>

namespace caravan {

namespace {

struct SyntheticCentre {
    Q_DECLARE_TR_FUNCTIONS(SyntheticCentre)
};

constexpr int kBatch = 500;
// While a history is planned, day kBase is the date of the main diagnosis; the plan
// is moved onto the calendar once its length (and so "today" within it) is known.
constexpr qint64 kBase = 2451545;        // 2000-01-01
constexpr qint64 kUnixEpochJd = 2440588; // 1970-01-01

QDate day(qint64 jd) { return QDate::fromJulianDay(jd); }
qint64 jdOf(QDate d) { return d.isValid() ? d.toJulianDay() : 0; }
QString q(const char *utf8) { return utf8 ? QString::fromUtf8(utf8) : QString(); }
double round1(double v) { return std::round(v * 10) / 10; }
double round2(double v) { return std::round(v * 100) / 100; }

// ---------------------------------------------------------------------------
// Randomness: one QRandomGenerator, drawn in a fixed order.

class Random {
public:
    explicit Random(quint32 seed) : m_gen(seed) {}

    // Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + int(m_gen.bounded(quint32(hi - lo + 1))); }
    double real(double lo, double hi) { return lo + (hi - lo) * m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    int index(size_t n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    template <class C>
    const auto &pick(const C &c) { return c[size_t(index(std::size(c)))]; }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    template <size_t N>
    int weighted(const std::array<int, N> &weights, int total)
    {
        int r = between(0, total - 1);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N) - 1;
    }
    // Approximately normal (sum of four uniforms).
    double normal(double mean, double sd)
    {
        double s = 0;
        for (int i = 0; i < 4; ++i)
            s += m_gen.generateDouble();
        return mean + sd * (s - 2.0) * 1.7320508;
    }
    double triangular(double a, double c, double b)
    {
        const double u = m_gen.generateDouble();
        if (b <= a)
            return a;
        const double f = (c - a) / (b - a);
        return u < f ? a + std::sqrt(u * (b - a) * (c - a)) : b - std::sqrt((1 - u) * (b - a) * (b - c));
    }

private:
    QRandomGenerator m_gen;
};

// ---------------------------------------------------------------------------
// Names: common given and family names per nationality, each as written in the
// native script and as printed in passports (with a second, also common passport
// spelling where one exists). Patients get random, fictional combinations.

struct GivenDef {
    const char *native;
    const char *latin;
    const char *alt;
};
struct FamilyDef {
    const char *nativeM;
    const char *nativeF;   // nullptr: not gendered
    const char *latinM;
    const char *latinF;
    const char *altM;
    const char *altF;
};

enum Nat { PK, KZ, KG, UZ, RU, CN, NatCount };

const GivenDef kPkMale[] = {
    {"محمد", "Muhammad", "Mohammad"}, {"احمد", "Ahmed", "Ahmad"}, {"علی", "Ali", nullptr},
    {"عمر", "Umar", "Omar"}, {"حمزہ", "Hamza", "Hamzah"}, {"بلال", "Bilal", nullptr},
    {"عثمان", "Usman", "Osman"}, {"حسن", "Hassan", "Hasan"}, {"زین", "Zain", "Zayn"},
    {"عبداللہ", "Abdullah", "Abdulla"}, {"فیصل", "Faisal", "Faysal"}, {"عمران", "Imran", nullptr},
    {"عارف", "Arif", nullptr}, {"ابراہیم", "Ibrahim", "Ebrahim"}, {"ارسلان", "Arslan", nullptr},
    {"سلمان", "Salman", nullptr}, {"یوسف", "Yousuf", "Yusuf"}, {"طارق", "Tariq", "Tarik"},
};
const GivenDef kPkFemale[] = {
    {"فاطمہ", "Fatima", "Fatimah"}, {"عائشہ", "Ayesha", "Aisha"}, {"زینب", "Zainab", "Zaynab"},
    {"مریم", "Maryam", "Mariam"}, {"حرا", "Hira", nullptr}, {"صبا", "Saba", nullptr},
    {"نادیہ", "Nadia", "Nadiya"}, {"سدرہ", "Sidra", nullptr}, {"آمنہ", "Amna", "Aamna"},
    {"رابعہ", "Rabia", "Rabiya"}, {"ثنا", "Sana", nullptr}, {"خدیجہ", "Khadija", "Khadeeja"},
    {"شازیہ", "Shazia", nullptr}, {"ماہ نور", "Mahnoor", "Mahnur"}, {"انعم", "Anum", "Anam"},
    {"کرن", "Kiran", nullptr},
};
const FamilyDef kPkFamily[] = {
    {"خان", nullptr, "Khan", nullptr, nullptr, nullptr},
    {"احمد", nullptr, "Ahmed", nullptr, "Ahmad", nullptr},
    {"حسین", nullptr, "Hussain", nullptr, "Hussein", nullptr},
    {"ملک", nullptr, "Malik", nullptr, nullptr, nullptr},
    {"قریشی", nullptr, "Qureshi", nullptr, "Qureshy", nullptr},
    {"بٹ", nullptr, "Butt", nullptr, nullptr, nullptr},
    {"چوہدری", nullptr, "Chaudhry", nullptr, "Chaudhary", nullptr},
    {"رضا", nullptr, "Raza", nullptr, nullptr, nullptr},
    {"شاہ", nullptr, "Shah", nullptr, nullptr, nullptr},
    {"اقبال", nullptr, "Iqbal", nullptr, nullptr, nullptr},
    {"صدیقی", nullptr, "Siddiqui", nullptr, "Siddiqi", nullptr},
    {"اختر", nullptr, "Akhtar", nullptr, nullptr, nullptr},
    {"بیگ", nullptr, "Baig", nullptr, "Beg", nullptr},
    {"مرزا", nullptr, "Mirza", nullptr, nullptr, nullptr},
    {"جاوید", nullptr, "Javed", nullptr, "Javaid", nullptr},
    {"نواز", nullptr, "Nawaz", nullptr, nullptr, nullptr},
    {"عباسی", nullptr, "Abbasi", nullptr, nullptr, nullptr},
    {"یوسفزئی", nullptr, "Yousafzai", nullptr, "Yusufzai", nullptr},
    {"آفریدی", nullptr, "Afridi", nullptr, nullptr, nullptr},
    {"رانا", nullptr, "Rana", nullptr, nullptr, nullptr},
};

const GivenDef kKzMale[] = {
    {"Нұрлан", "Nurlan", nullptr}, {"Ерлан", "Yerlan", "Erlan"}, {"Асхат", "Askhat", "Askat"},
    {"Дәурен", "Dauren", nullptr}, {"Ержан", "Yerzhan", "Erzhan"}, {"Бауыржан", "Bauyrzhan", "Baurzhan"},
    {"Серік", "Serik", nullptr}, {"Арман", "Arman", nullptr}, {"Айбек", "Aibek", "Aybek"},
    {"Данияр", "Daniyar", "Daniiar"}, {"Нұрсұлтан", "Nursultan", nullptr}, {"Ерасыл", "Yerassyl", "Erasyl"},
    {"Алихан", "Alikhan", nullptr}, {"Темірлан", "Temirlan", nullptr}, {"Әлішер", "Alisher", nullptr},
    {"Бекзат", "Bekzat", nullptr},
};
const GivenDef kKzFemale[] = {
    {"Айгерім", "Aigerim", "Aygerim"}, {"Динара", "Dinara", nullptr}, {"Гүлнар", "Gulnar", nullptr},
    {"Әсел", "Assel", "Asel"}, {"Жанар", "Zhanar", nullptr}, {"Меруерт", "Meruert", nullptr},
    {"Айым", "Aiym", "Ayim"}, {"Назерке", "Nazerke", nullptr}, {"Мадина", "Madina", nullptr},
    {"Гүлмира", "Gulmira", nullptr}, {"Ақерке", "Akerke", nullptr}, {"Балжан", "Balzhan", nullptr},
    {"Томирис", "Tomiris", nullptr}, {"Аружан", "Aruzhan", nullptr}, {"Сабина", "Sabina", nullptr},
    {"Дана", "Dana", nullptr},
};
const FamilyDef kKzFamily[] = {
    {"Жақсылықов", "Жақсылықова", "Zhaksylykov", "Zhaksylykova", "Jaksylykov", "Jaksylykova"},
    {"Нұрланов", "Нұрланова", "Nurlanov", "Nurlanova", nullptr, nullptr},
    {"Серікбаев", "Серікбаева", "Serikbayev", "Serikbayeva", "Serikbaev", "Serikbaeva"},
    {"Төлеуов", "Төлеуова", "Toleuov", "Toleuova", "Tuleuov", "Tuleuova"},
    {"Әбдіров", "Әбдірова", "Abdirov", "Abdirova", nullptr, nullptr},
    {"Қасымов", "Қасымова", "Kassymov", "Kassymova", "Kasymov", "Kasymova"},
    {"Оспанов", "Оспанова", "Ospanov", "Ospanova", nullptr, nullptr},
    {"Ахметов", "Ахметова", "Akhmetov", "Akhmetova", "Ahmetov", "Ahmetova"},
    {"Бекмұхамбетов", "Бекмұхамбетова", "Bekmukhambetov", "Bekmukhambetova", nullptr, nullptr},
    {"Сәрсенбаев", "Сәрсенбаева", "Sarsenbayev", "Sarsenbayeva", "Sarsenbaev", "Sarsenbaeva"},
    {"Жұмабаев", "Жұмабаева", "Zhumabayev", "Zhumabayeva", "Zhumabaev", "Zhumabaeva"},
    {"Исаев", "Исаева", "Issayev", "Issayeva", "Isaev", "Isaeva"},
    {"Байжанов", "Байжанова", "Baizhanov", "Baizhanova", "Bayzhanov", "Bayzhanova"},
    {"Тоқтаров", "Тоқтарова", "Toktarov", "Toktarova", nullptr, nullptr},
    {"Мұратов", "Мұратова", "Muratov", "Muratova", nullptr, nullptr},
    {"Сейітов", "Сейітова", "Seitov", "Seitova", "Seytov", "Seytova"},
};

const GivenDef kKgMale[] = {
    {"Бакыт", "Bakyt", nullptr}, {"Азамат", "Azamat", nullptr}, {"Нурбек", "Nurbek", nullptr},
    {"Эрлан", "Erlan", nullptr}, {"Улан", "Ulan", nullptr}, {"Бекзат", "Bekzat", nullptr},
    {"Канат", "Kanat", nullptr}, {"Жоомарт", "Zhoomart", "Joomart"}, {"Айбек", "Aibek", "Aybek"},
    {"Эмир", "Emir", nullptr}, {"Мирлан", "Mirlan", nullptr}, {"Тилек", "Tilek", nullptr},
    {"Эльдияр", "Eldiiar", "Eldiyar"}, {"Нурислам", "Nurislam", nullptr},
};
const GivenDef kKgFemale[] = {
    {"Айгүл", "Aigul", "Aygul"}, {"Жылдыз", "Zhyldyz", "Jyldyz"}, {"Гүлзат", "Gulzat", nullptr},
    {"Айпери", "Aiperi", "Ayperi"}, {"Нургүл", "Nurgul", nullptr}, {"Бегимай", "Begimai", "Begimay"},
    {"Чолпон", "Cholpon", nullptr}, {"Айжан", "Aizhan", "Ayzhan"}, {"Мээрим", "Meerim", nullptr},
    {"Асел", "Asel", nullptr}, {"Кундуз", "Kunduz", nullptr}, {"Динара", "Dinara", nullptr},
    {"Элнура", "Elnura", nullptr}, {"Айсулуу", "Aisuluu", "Aysuluu"},
};
const FamilyDef kKgFamily[] = {
    {"Асанов", "Асанова", "Asanov", "Asanova", nullptr, nullptr},
    {"Токтогулов", "Токтогулова", "Toktogulov", "Toktogulova", nullptr, nullptr},
    {"Сыдыков", "Сыдыкова", "Sydykov", "Sydykova", nullptr, nullptr},
    {"Жумабеков", "Жумабекова", "Zhumabekov", "Zhumabekova", "Jumabekov", "Jumabekova"},
    {"Абдыкадыров", "Абдыкадырова", "Abdykadyrov", "Abdykadyrova", nullptr, nullptr},
    {"Мамбетов", "Мамбетова", "Mambetov", "Mambetova", nullptr, nullptr},
    {"Осмонов", "Осмонова", "Osmonov", "Osmonova", nullptr, nullptr},
    {"Турдубаев", "Турдубаева", "Turdubaev", "Turdubaeva", "Turdubayev", "Turdubayeva"},
    {"Кадыров", "Кадырова", "Kadyrov", "Kadyrova", nullptr, nullptr},
    {"Бообеков", "Бообекова", "Boobekov", "Boobekova", nullptr, nullptr},
    {"Эсенгулов", "Эсенгулова", "Esengulov", "Esengulova", nullptr, nullptr},
    {"Иманалиев", "Иманалиева", "Imanaliev", "Imanalieva", "Imanaliyev", "Imanaliyeva"},
    {"Дүйшөнбаев", "Дүйшөнбаева", "Duishonbaev", "Duishonbaeva", "Duyshonbaev", "Duyshonbaeva"},
    {"Шаршеев", "Шаршеева", "Sharsheev", "Sharsheeva", nullptr, nullptr},
};

// Uzbek: the native form is Uzbek Latin (with ʻ), passports drop the modifier letters.
const GivenDef kUzMale[] = {
    {"Jasur", "Jasur", "Djasur"}, {"Sardor", "Sardor", "Sardar"}, {"Bekzod", "Bekzod", "Bekzad"},
    {"Ulugʻbek", "Ulugbek", "Ulughbek"}, {"Aziz", "Aziz", nullptr}, {"Sherzod", "Sherzod", "Sherzad"},
    {"Otabek", "Otabek", nullptr}, {"Doniyor", "Doniyor", "Daniyar"}, {"Shohruh", "Shokhrukh", "Shohruh"},
    {"Javohir", "Javokhir", "Javohir"}, {"Farrux", "Farrukh", "Farukh"}, {"Islom", "Islom", "Islam"},
    {"Xurshid", "Khurshid", "Xurshid"}, {"Rustam", "Rustam", nullptr}, {"Abdulla", "Abdulla", "Abdullah"},
    {"Temur", "Temur", "Timur"},
};
const GivenDef kUzFemale[] = {
    {"Dilnoza", "Dilnoza", nullptr}, {"Gulnora", "Gulnora", "Gulnara"}, {"Nodira", "Nodira", nullptr},
    {"Malika", "Malika", nullptr}, {"Shahnoza", "Shakhnoza", "Shahnoza"}, {"Zarina", "Zarina", nullptr},
    {"Madina", "Madina", nullptr}, {"Sevara", "Sevara", nullptr}, {"Munisa", "Munisa", nullptr},
    {"Xurshida", "Khurshida", "Xurshida"}, {"Feruza", "Feruza", "Firuza"}, {"Gulchehra", "Gulchekhra", "Gulchehra"},
    {"Oʻgʻiloy", "Ogiloy", "Ugiloy"}, {"Mohira", "Mokhira", "Mohira"}, {"Nilufar", "Nilufar", "Nilufer"},
    {"Dildora", "Dildora", nullptr},
};
const FamilyDef kUzFamily[] = {
    {"Karimov", "Karimova", "Karimov", "Karimova", nullptr, nullptr},
    {"Rahimov", "Rahimova", "Rakhimov", "Rakhimova", "Rahimov", "Rahimova"},
    {"Yusupov", "Yusupova", "Yusupov", "Yusupova", "Yusupov", "Yusupova"},
    {"Tursunov", "Tursunova", "Tursunov", "Tursunova", nullptr, nullptr},
    {"Xoʻjayev", "Xoʻjayeva", "Khodjaev", "Khodjaeva", "Xojayev", "Xojayeva"},
    {"Abdullayev", "Abdullayeva", "Abdullaev", "Abdullaeva", "Abdullayev", "Abdullayeva"},
    {"Ergashev", "Ergasheva", "Ergashev", "Ergasheva", nullptr, nullptr},
    {"Mirzayev", "Mirzayeva", "Mirzaev", "Mirzaeva", "Mirzayev", "Mirzayeva"},
    {"Sobirov", "Sobirova", "Sobirov", "Sobirova", "Sabirov", "Sabirova"},
    {"Qodirov", "Qodirova", "Kadirov", "Kadirova", "Qodirov", "Qodirova"},
    {"Nazarov", "Nazarova", "Nazarov", "Nazarova", nullptr, nullptr},
    {"Ismoilov", "Ismoilova", "Ismailov", "Ismailova", "Ismoilov", "Ismoilova"},
    {"Normatov", "Normatova", "Normatov", "Normatova", nullptr, nullptr},
    {"Gʻofurov", "Gʻofurova", "Gafurov", "Gafurova", "Gofurov", "Gofurova"},
    {"Usmonov", "Usmonova", "Usmonov", "Usmonova", "Usmanov", "Usmanova"},
    {"Ahmedov", "Ahmedova", "Akhmedov", "Akhmedova", "Ahmedov", "Ahmedova"},
};

const GivenDef kRuMale[] = {
    {"Александр", "Aleksandr", "Alexander"}, {"Дмитрий", "Dmitrii", "Dmitriy"}, {"Сергей", "Sergei", "Sergey"},
    {"Андрей", "Andrei", "Andrey"}, {"Алексей", "Aleksei", "Alexey"}, {"Максим", "Maksim", "Maxim"},
    {"Иван", "Ivan", nullptr}, {"Михаил", "Mikhail", nullptr}, {"Артём", "Artem", "Artyom"},
    {"Николай", "Nikolai", "Nikolay"}, {"Владимир", "Vladimir", nullptr}, {"Егор", "Egor", "Yegor"},
    {"Роман", "Roman", nullptr}, {"Кирилл", "Kirill", nullptr},
};
const GivenDef kRuFemale[] = {
    {"Анна", "Anna", nullptr}, {"Елена", "Elena", "Yelena"}, {"Ольга", "Olga", nullptr},
    {"Наталья", "Natalia", "Natalya"}, {"Татьяна", "Tatiana", "Tatyana"}, {"Мария", "Mariia", "Maria"},
    {"Екатерина", "Ekaterina", "Yekaterina"}, {"Ирина", "Irina", nullptr}, {"Светлана", "Svetlana", nullptr},
    {"Юлия", "Iuliia", "Yulia"}, {"Анастасия", "Anastasiia", "Anastasia"}, {"Ксения", "Kseniia", "Ksenia"},
    {"Дарья", "Daria", "Darya"}, {"Полина", "Polina", nullptr},
};
const FamilyDef kRuFamily[] = {
    {"Иванов", "Иванова", "Ivanov", "Ivanova", nullptr, nullptr},
    {"Смирнов", "Смирнова", "Smirnov", "Smirnova", nullptr, nullptr},
    {"Кузнецов", "Кузнецова", "Kuznetsov", "Kuznetsova", nullptr, nullptr},
    {"Попов", "Попова", "Popov", "Popova", nullptr, nullptr},
    {"Соколов", "Соколова", "Sokolov", "Sokolova", nullptr, nullptr},
    {"Лебедев", "Лебедева", "Lebedev", "Lebedeva", nullptr, nullptr},
    {"Козлов", "Козлова", "Kozlov", "Kozlova", nullptr, nullptr},
    {"Новиков", "Новикова", "Novikov", "Novikova", nullptr, nullptr},
    {"Морозов", "Морозова", "Morozov", "Morozova", nullptr, nullptr},
    {"Волков", "Волкова", "Volkov", "Volkova", nullptr, nullptr},
    {"Соловьёв", "Соловьёва", "Solovev", "Soloveva", "Solovyov", "Solovyova"},
    {"Васильев", "Васильева", "Vasilev", "Vasileva", "Vasilyev", "Vasilyeva"},
    {"Зайцев", "Зайцева", "Zaitsev", "Zaitseva", "Zaytsev", "Zaytseva"},
    {"Павлов", "Павлова", "Pavlov", "Pavlova", nullptr, nullptr},
    {"Ковальский", "Ковальская", "Kovalskii", "Kovalskaia", "Kovalskiy", "Kovalskaya"},
    {"Добровольский", "Добровольская", "Dobrovolskii", "Dobrovolskaia", "Dobrovolskiy", "Dobrovolskaya"},
    {"Белов", "Белова", "Belov", "Belova", nullptr, nullptr},
    {"Фёдоров", "Фёдорова", "Fedorov", "Fedorova", "Fyodorov", "Fyodorova"},
};

const GivenDef kCnMale[] = {
    {"伟", "Wei", nullptr}, {"强", "Qiang", nullptr}, {"磊", "Lei", nullptr}, {"军", "Jun", nullptr},
    {"浩然", "Haoran", nullptr}, {"子轩", "Zixuan", nullptr}, {"建国", "Jianguo", nullptr},
    {"志强", "Zhiqiang", nullptr}, {"明", "Ming", nullptr}, {"宇航", "Yuhang", nullptr},
    {"俊杰", "Junjie", nullptr}, {"文博", "Wenbo", nullptr}, {"鹏", "Peng", nullptr}, {"涛", "Tao", nullptr},
};
const GivenDef kCnFemale[] = {
    {"芳", "Fang", nullptr}, {"娜", "Na", nullptr}, {"静", "Jing", nullptr}, {"秀英", "Xiuying", nullptr},
    {"丽", "Li", nullptr}, {"婷", "Ting", nullptr}, {"雪", "Xue", nullptr}, {"欣怡", "Xinyi", nullptr},
    {"梓涵", "Zihan", nullptr}, {"玉兰", "Yulan", nullptr}, {"慧敏", "Huimin", nullptr},
    {"诗涵", "Shihan", nullptr}, {"敏", "Min", nullptr}, {"霞", "Xia", nullptr},
};
const FamilyDef kCnFamily[] = {
    {"王", nullptr, "Wang", nullptr, nullptr, nullptr}, {"李", nullptr, "Li", nullptr, nullptr, nullptr},
    {"张", nullptr, "Zhang", nullptr, nullptr, nullptr}, {"刘", nullptr, "Liu", nullptr, nullptr, nullptr},
    {"陈", nullptr, "Chen", nullptr, nullptr, nullptr}, {"杨", nullptr, "Yang", nullptr, nullptr, nullptr},
    {"赵", nullptr, "Zhao", nullptr, nullptr, nullptr}, {"黄", nullptr, "Huang", nullptr, nullptr, nullptr},
    {"周", nullptr, "Zhou", nullptr, nullptr, nullptr}, {"吴", nullptr, "Wu", nullptr, nullptr, nullptr},
    {"徐", nullptr, "Xu", nullptr, nullptr, nullptr}, {"孙", nullptr, "Sun", nullptr, nullptr, nullptr},
    {"马", nullptr, "Ma", nullptr, nullptr, nullptr}, {"胡", nullptr, "Hu", nullptr, nullptr, nullptr},
    {"郭", nullptr, "Guo", nullptr, nullptr, nullptr}, {"林", nullptr, "Lin", nullptr, nullptr, nullptr},
    {"何", nullptr, "He", nullptr, nullptr, nullptr}, {"高", nullptr, "Gao", nullptr, nullptr, nullptr},
};

struct NameForms {
    QString native, latin, alt;
};
struct FamilyForms {
    NameForms male, female;
};

template <size_t N>
std::vector<NameForms> givenPool(const GivenDef (&defs)[N])
{
    std::vector<NameForms> out;
    out.reserve(N);
    for (const auto &d : defs)
        out.push_back({q(d.native), q(d.latin), q(d.alt)});
    return out;
}
template <size_t N>
std::vector<FamilyForms> familyPool(const FamilyDef (&defs)[N])
{
    std::vector<FamilyForms> out;
    out.reserve(N);
    for (const auto &d : defs) {
        FamilyForms f;
        f.male = {q(d.nativeM), q(d.latinM), q(d.altM)};
        f.female = {q(d.nativeF ? d.nativeF : d.nativeM), q(d.latinF ? d.latinF : d.latinM),
                    q(d.altF ? d.altF : d.altM)};
        out.push_back(std::move(f));
    }
    return out;
}

// ---------------------------------------------------------------------------
// Institutions: partner hospitals, laboratories and registries (fictional names).

enum InstitutionIndex {
    iCnLab, iCnRegistry, iProton, iUrumqi, iGuangzhou,
    iKarachi, iLahore, iIslamabad, iPeshawar, iRawalpindiLab, iMultan,
    iAlmaty, iAstana, iShymkent, iKaraganda, iAktobe, iKzRegistry, iAlmatyLab,
    iBishkek, iOsh,
    iTashkent, iSamarkand, iFergana,
    iNovosibirsk, iMoscow, iOmsk, iRuRegistry,
    iIntlRegistry, iPkEmbassy,
    InstitutionCount
};

struct InstitutionDef {
    const char *name;
    const char *local;
    InstitutionKind kind;
    const char *country;
    const char *city;
    const char *zone;
    const char *contact;
    const char *phone;
    const char *email;
};

const InstitutionDef kInstitutions[InstitutionCount] = {
    {"Beijing Haematopathology Reference Laboratory", "北京血液病理参比实验室", InstitutionKind::Laboratory, "CN", "Beijing", "Asia/Shanghai", "Dr Zhou Min", "+86 10 5550 2210", "lab@haemlab-beijing.example"},
    {"China Unrelated Donor Registry (synthetic)", "中国非血缘造血干细胞捐献者资料库", InstitutionKind::DonorRegistry, "CN", "Beijing", "Asia/Shanghai", "Search office", "+86 10 5550 3300", "search@cn-registry.example"},
    {"Shanghai Proton and Heavy Ion Partner Centre", "上海质子重离子合作中心", InstitutionKind::Hospital, "CN", "Shanghai", "Asia/Shanghai", "Dr Xu Hong", "+86 21 5550 8800", "referrals@proton-sh.example"},
    {"Urumqi First People's Hospital", "乌鲁木齐市第一人民医院", InstitutionKind::Hospital, "CN", "Urumqi", "Asia/Urumqi", "Dr Ma Rui", "+86 991 555 0101", nullptr},
    {"Guangzhou Southern Children's Hospital", "广州南方儿童医院", InstitutionKind::Hospital, "CN", "Guangzhou", "Asia/Shanghai", "Dr Lin Ying", "+86 20 5550 6600", nullptr},
    {"Karachi Children's Cancer Hospital", "کراچی چلڈرن کینسر ہسپتال", InstitutionKind::Hospital, "PK", "Karachi", "Asia/Karachi", "Dr Sana Qureshi", "+92 21 5550 1100", "oncology@kcch.example"},
    {"Lahore Institute of Haematology", "لاہور انسٹیٹیوٹ آف ہیماٹولوجی", InstitutionKind::Hospital, "PK", "Lahore", "Asia/Karachi", "Dr Imran Butt", "+92 42 5550 2200", "referrals@lih.example"},
    {"Islamabad Federal General Hospital", "اسلام آباد فیڈرل جنرل ہسپتال", InstitutionKind::Hospital, "PK", "Islamabad", "Asia/Karachi", "Dr Ayesha Abbasi", "+92 51 5550 3300", nullptr},
    {"Peshawar Medical Teaching Hospital", "پشاور میڈیکل ٹیچنگ ہسپتال", InstitutionKind::Hospital, "PK", "Peshawar", "Asia/Karachi", "Dr Bilal Afridi", "+92 91 5550 4400", nullptr},
    {"Rawalpindi Diagnostic Laboratory", "راولپنڈی ڈائیگنوسٹک لیبارٹری", InstitutionKind::Laboratory, "PK", "Rawalpindi", "Asia/Karachi", "Lab reception", "+92 51 5550 5500", "reports@rdl.example"},
    {"Multan Thalassaemia Care Centre", "ملتان تھیلیسیمیا کیئر سینٹر", InstitutionKind::Hospital, "PK", "Multan", "Asia/Karachi", "Dr Hira Rana", "+92 61 5550 6600", nullptr},
    {"Almaty City Oncology Centre", "Алматы қалалық онкология орталығы", InstitutionKind::Hospital, "KZ", "Almaty", "Asia/Almaty", "Dr Asel Ospanova", "+7 727 555 0110", "intl@almaty-onco.example"},
    {"Astana National Research Oncology Centre", "Астана ұлттық ғылыми онкология орталығы", InstitutionKind::Hospital, "KZ", "Astana", "Asia/Almaty", "Dr Nurlan Akhmetov", "+7 7172 55 0120", "referrals@astana-onco.example"},
    {"Shymkent Regional Children's Hospital", "Шымкент облыстық балалар ауруханасы", InstitutionKind::Hospital, "KZ", "Shymkent", "Asia/Almaty", "Dr Gulmira Isaeva", "+7 7252 55 0130", nullptr},
    {"Karaganda Regional Haematology Centre", "Қарағанды облыстық гематология орталығы", InstitutionKind::Hospital, "KZ", "Karaganda", "Asia/Almaty", "Dr Serik Toktarov", "+7 7212 55 0140", nullptr},
    {"Aktobe Regional Medical Centre", "Ақтөбе облыстық медициналық орталығы", InstitutionKind::Hospital, "KZ", "Aktobe", "Asia/Aqtobe", "Dr Dana Muratova", "+7 7132 55 0150", nullptr},
    {"Kazakhstan Bone Marrow Donor Registry (synthetic)", "Қазақстанның сүйек кемігі донорларының тіркелімі", InstitutionKind::DonorRegistry, "KZ", "Astana", "Asia/Almaty", "Search coordinator", "+7 7172 55 0160", "search@kz-registry.example"},
    {"Almaty Molecular Genetics Laboratory", "Алматы молекулалық генетика зертханасы", InstitutionKind::Laboratory, "KZ", "Almaty", "Asia/Almaty", "Lab reception", "+7 727 555 0170", "lab@almaty-genetics.example"},
    {"Bishkek National Centre of Oncology and Haematology", "Улуттук онкология жана гематология борбору", InstitutionKind::Hospital, "KG", "Bishkek", "Asia/Bishkek", "Dr Aigul Sydykova", "+996 312 55 0180", "intl@bishkek-onco.example"},
    {"Osh Interregional Children's Hospital", "Ош аймактар аралык балдар ооруканасы", InstitutionKind::Hospital, "KG", "Osh", "Asia/Bishkek", "Dr Tilek Osmonov", "+996 3222 5 0190", nullptr},
    {"Tashkent Republican Centre of Haematology", "Respublika gematologiya markazi", InstitutionKind::Hospital, "UZ", "Tashkent", "Asia/Tashkent", "Dr Nodira Yusupova", "+998 71 555 0200", "intl@tashkent-haem.example"},
    {"Samarkand Regional Oncology Dispensary", "Samarqand viloyat onkologiya dispanseri", InstitutionKind::Hospital, "UZ", "Samarkand", "Asia/Samarkand", "Dr Rustam Nazarov", "+998 66 555 0210", nullptr},
    {"Fergana Children's Multidisciplinary Hospital", "Fargʻona bolalar koʻp tarmoqli tibbiyot markazi", InstitutionKind::Hospital, "UZ", "Fergana", "Asia/Tashkent", "Dr Malika Ergasheva", "+998 73 555 0220", nullptr},
    {"Novosibirsk Regional Clinical Hospital", "Новосибирская областная клиническая больница", InstitutionKind::Hospital, "RU", "Novosibirsk", "Asia/Novosibirsk", "Dr Olga Lebedeva", "+7 383 555 0230", "intl@nsk-hospital.example"},
    {"Moscow Research Institute of Paediatric Haematology", "Московский НИИ детской гематологии", InstitutionKind::Hospital, "RU", "Moscow", "Europe/Moscow", "Dr Mikhail Volkov", "+7 495 555 0240", "referrals@mos-ped-haem.example"},
    {"Omsk Oncology Dispensary", "Омский онкологический диспансер", InstitutionKind::Hospital, "RU", "Omsk", "Asia/Omsk", "Dr Irina Pavlova", "+7 381 255 0250", nullptr},
    {"Russian Bone Marrow Donor Registry (synthetic)", "Российский регистр доноров костного мозга", InstitutionKind::DonorRegistry, "RU", "Saint Petersburg", "Europe/Moscow", "Search office", "+7 812 555 0260", "search@ru-registry.example"},
    {"International Donor Search Office (synthetic)", nullptr, InstitutionKind::DonorRegistry, "DE", "Frankfurt", "Europe/Berlin", "Search coordinator", "+49 69 5550 270", "search@intl-donor.example"},
    {"Embassy of Pakistan, Health Attaché Office", "سفارت خانہ پاکستان، ہیلتھ اتاشی دفتر", InstitutionKind::Other, "CN", "Beijing", "Asia/Shanghai", "Health attaché", "+86 10 5550 9900", nullptr},
};

// ---------------------------------------------------------------------------
// Nations: code, default time zone, share of patients, stature, referring hospitals.

struct NationDef {
    const char *code;
    const char *zone;          // default remote time zone
    int weight;                // share of patients (per cent)
    double heightFactor;
    std::vector<int> home;     // referring institutions
};

const std::array<NationDef, NatCount> &nations()
{
    static const std::array<NationDef, NatCount> n = {{
        {"PK", "Asia/Karachi", 27, 0.98, {iKarachi, iLahore, iIslamabad, iPeshawar, iMultan}},
        {"KZ", "Asia/Almaty", 22, 1.0, {iAlmaty, iAstana, iShymkent, iKaraganda, iAktobe}},
        {"KG", "Asia/Bishkek", 10, 0.99, {iBishkek, iOsh}},
        {"UZ", "Asia/Tashkent", 14, 0.99, {iTashkent, iSamarkand, iFergana}},
        {"RU", "Europe/Moscow", 12, 1.01, {iNovosibirsk, iMoscow, iOmsk}},
        {"CN", "Asia/Shanghai", 15, 0.99, {iUrumqi, iGuangzhou}},
    }};
    return n;
}

// ---------------------------------------------------------------------------
// Chemotherapy regimens, CAR-T products.

struct DrugDef {
    const char *drug;
    DoseBasis basis;
    double dose;
    double capMg; // 0: no cap
};
struct RegimenDef {
    const char *name;
    std::array<DrugDef, 5> drugs;
};

enum Reg {
    rBfm, rHyperCvad, rProtocolM, rAde, rSevenThree, rHidac, rRchop, rRice, rVrd, rLenMaint,
    rCarboPacli, rAct, rVdcIe, rMbMaint, rTmz, rAbvd, rPemCarbo, rPemCis, RegCount
};

constexpr DrugDef kNoDrug{nullptr, DoseBasis::Flat, 0, 0};

const RegimenDef kRegimens[RegCount] = {
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

struct CarProduct {
    const char *target;
    const char *product;
    const char *cellDose;
    int risk; // 0: B-ALL, 1: lymphoma, 2: myeloma, 3: AML trial
};

const CarProduct kCarAll[] = {
    {"CD19", "CD19 CAR-T (investigator-initiated trial)", "1 × 10⁶ CAR+ cells/kg", 0},
    {"CD19", "Humanised CD19 CAR-T (trial)", "1 × 10⁶ CAR+ cells/kg", 0},
    {"CD19/CD22", "Tandem CD19/CD22 CAR-T (trial)", "2 × 10⁶ CAR+ cells/kg", 0},
};
const CarProduct kCarCd22{"CD22", "CD22 CAR-T (investigator-initiated trial)", "1 × 10⁶ CAR+ cells/kg", 0};
const CarProduct kCarLymphoma[] = {
    {"CD19", "Axicabtagene ciloleucel", "2 × 10⁶ CAR+ cells/kg", 1},
    {"CD19", "Relmacabtagene autoleucel", "100 × 10⁶ CAR+ cells", 1},
    {"CD19", "CD19 CAR-T (investigator-initiated trial)", "2 × 10⁶ CAR+ cells/kg", 1},
};
const CarProduct kCarMyeloma[] = {
    {"BCMA", "Equecabtagene autoleucel", "1 × 10⁶ CAR+ cells/kg", 2},
    {"BCMA", "Ciltacabtagene autoleucel", "0.75 × 10⁶ CAR+ cells/kg", 2},
};
const CarProduct kCarAml{"CLL1", "CLL1 CAR-T (investigator-initiated trial)", "1 × 10⁶ CAR+ cells/kg", 3};

// ---------------------------------------------------------------------------
// Diseases: what a patient comes with, the shape of the history, who looks after it.

enum class PlanKind {
    AllChild, AllAdult, AmlChild, AmlAdult, Dlbcl, Myeloma, Ovary, Breast, Ewing, Medullo, Glioblastoma,
    Hodgkin, Lung, Cml, Thalassaemia, Aplastic, Cardiac, Spine, Vsd
};

enum Doctor { dHaem, dTransplant, dCart, dPaedOnc, dOnc, dRadiation, dCardio, dNeurosurg, dOrtho, dCardiacSurg, DoctorCount };

struct DiseaseDef {
    PlanKind plan;
    const char *code;
    const char *text;
    const char *morphology;
    const char *topography;
    DiagnosisBasis basis;
    StagingSystem staging;
    std::array<const char *, 4> stages;
    bool lateral;
    bool oncology;
    int weight;
    double ageMin, ageMode, ageMax; // at diagnosis, years
    int femalePercent;
    Doctor lead, second;
    const char *question;
    const char *recommendation;
    const char *admission;
};

const DiseaseDef kDiseases[] = {
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
constexpr int kDiseaseCount = int(std::size(kDiseases));

struct ComorbidityDef {
    const char *code;
    const char *text;
};
const ComorbidityDef kComorbidities[] = {
    {"I10", "Essential (primary) hypertension"},
    {"E11.9", "Type 2 diabetes mellitus without complications"},
    {"B18.1", "Chronic viral hepatitis B without delta-agent"},
    {"I25.1", "Atherosclerotic heart disease"},
    {"M51.1", "Lumbar intervertebral disc disorder with radiculopathy"},
};

// ---------------------------------------------------------------------------
// Bodies: height and weight for age (rough medians), per-patient factors.

constexpr double kBoyHeight[19] = {50, 76, 87, 96, 103, 110, 116, 122, 128, 133, 138, 143, 149, 156, 163, 169, 173, 175, 176};
constexpr double kGirlHeight[19] = {49, 74, 86, 95, 102, 109, 115, 121, 127, 133, 138, 144, 151, 156, 159, 161, 162, 163, 163};
constexpr double kChildBmi[19] = {13.4, 17.0, 16.3, 15.8, 15.4, 15.3, 15.3, 15.5, 15.8, 16.2, 16.6, 17.2, 17.8, 18.5, 19.2, 19.8, 20.4, 20.9, 21.3};

double interpolate(const double (&t)[19], double age)
{
    if (age <= 0)
        return t[0];
    if (age >= 18)
        return t[18];
    const int i = int(age);
    return t[i] + (t[i + 1] - t[i]) * (age - i);
}

struct Body {
    bool male = true;
    double heightFactor = 1;
    double adultBmi = 24;
    double childBmiFactor = 1;

    double height(double age) const
    {
        double h = interpolate(male ? kBoyHeight : kGirlHeight, age) * heightFactor;
        if (age > 65)
            h *= 1 - 0.0015 * (age - 65);
        return h;
    }
    double weight(double age) const
    {
        const double bmi = age < 18 ? interpolate(kChildBmi, age) * childBmiFactor
                                    : 21.3 + (adultBmi - 21.3) * std::min(1.0, (age - 18) / 12);
        const double h = height(age) / 100;
        return bmi * h * h;
    }
    double bsa(double age) const { return std::clamp(std::sqrt(height(age) * weight(age) / 3600), 0.15, 3.0); }
};

// ---------------------------------------------------------------------------
// Plans: a history laid out in days relative to the diagnosis (day kBase).

enum class Place { Home, Centre, Partner };

struct PlannedAssessment {
    int course;         // index into Plan::courses, -1: none
    qint64 day;
    Response result;
    double blasts;      // < 0: not recorded
    AssessmentMethod method;
    Place place;
    QString note;
};

struct Plan {
    std::vector<TreatmentCourse> courses;
    std::vector<Place> places;
    std::vector<char> kept;
    std::vector<qint64> ids;
    std::vector<PlannedAssessment> assessments;
    qint64 arrival = 0;   // 0: never comes here
    qint64 hereEnd = 0;
    int deathCourse = -1; // the course during which the patient died here

    void clear()
    {
        courses.clear();
        places.clear();
        kept.clear();
        ids.clear();
        assessments.clear();
        arrival = hereEnd = 0;
        deathCourse = -1;
    }
};

void moveDate(QDate &d, qint64 delta)
{
    if (d.isValid())
        d = QDate::fromJulianDay(d.toJulianDay() + delta);
}
void dropAfter(QDate &d, qint64 today)
{
    if (d.isValid() && d.toJulianDay() > today)
        d = QDate();
}

void moveCourse(TreatmentCourse &t, qint64 delta)
{
    for (QDate *d : {&t.startDate, &t.endDate, &t.cart.apheresisDate, &t.cart.lymphodepletionStart,
                     &t.cart.lymphodepletionEnd, &t.cart.infusionDate, &t.hsct.conditioningStart,
                     &t.hsct.infusionDate, &t.hsct.neutrophilEngraftment, &t.hsct.plateletEngraftment,
                     &t.hsct.protectedUnitDischarge})
        moveDate(*d, delta);
    for (auto &cycle : t.chemo.cycles)
        moveDate(cycle.startDate, delta);
}

// What is known of a course that has begun but not ended by today.
void makeOngoing(TreatmentCourse &t, qint64 today)
{
    t.status = CourseStatus::Ongoing;
    t.endDate = QDate();
    t.bestResponse = Response::NotAssessed;
    auto &ch = t.chemo;
    while (!ch.cycles.isEmpty() && jdOf(ch.cycles.constLast().startDate) > today)
        ch.cycles.removeLast();
    if (ch.givenCycles)
        ch.givenCycles = int(ch.cycles.size());
    auto &ct = t.cart;
    dropAfter(ct.lymphodepletionStart, today);
    dropAfter(ct.lymphodepletionEnd, today);
    dropAfter(ct.infusionDate, today);
    if (!ct.infusionDate.isValid() || today - jdOf(ct.infusionDate) < 3) {
        if (t.type == TreatmentType::CarT) {
            ct.crsGrade = 0;
            ct.icansGrade = 0;
        }
        ct.tocilizumab = ct.steroids = false;
    }
    if (!ct.infusionDate.isValid()) {
        ct.crsGrade.reset();
        ct.icansGrade.reset();
    }
    auto &h = t.hsct;
    dropAfter(h.infusionDate, today);
    dropAfter(h.neutrophilEngraftment, today);
    dropAfter(h.plateletEngraftment, today);
    dropAfter(h.protectedUnitDischarge, today);
    if (!h.infusionDate.isValid()) {
        h.neutrophilEngraftment = h.plateletEngraftment = QDate();
        h.acuteGvhdGrade.reset();
    } else if (today - jdOf(h.infusionDate) < 14) {
        h.acuteGvhdGrade.reset();
    }
    if (t.type == TreatmentType::StemCellTransplant)
        h.chronicGvhd = ChronicGvhd::Unknown;
}

// A course not yet begun: the schedule stays, outcomes go.
void makePlanned(TreatmentCourse &t)
{
    t.status = CourseStatus::Planned;
    t.bestResponse = Response::NotAssessed;
    t.chemo.givenCycles.reset();
    t.chemo.cycles.clear();
    for (auto &d : t.chemo.drugs)
        d.doseGivenMg.reset();
    t.cart.crsGrade.reset();
    t.cart.icansGrade.reset();
    t.cart.tocilizumab = t.cart.steroids = false;
    auto &h = t.hsct;
    h.neutrophilEngraftment = h.plateletEngraftment = h.protectedUnitDischarge = QDate();
    h.acuteGvhdGrade.reset();
    h.chronicGvhd = ChronicGvhd::Unknown;
}

int responseRank(Response r)
{
    switch (r) {
    case Response::MrdNegative: return 8;
    case Response::CR: return 7;
    case Response::CRi: return 6;
    case Response::PR: return 5;
    case Response::MrdPositive: return 4;
    case Response::SD: return 3;
    case Response::Relapse: return 2;
    case Response::PD: return 1;
    case Response::NotAssessed: break;
    }
    return 0;
}

struct StaffMember {
    const char *name;
    const char *role;
};
const StaffMember kDoctors[DoctorCount] = {
    {"Zhang Hui", "haematologist"}, {"Li Jianmin", "transplant physician"}, {"Wang Xiaoling", "CAR-T physician"},
    {"Chen Yu", "paediatric oncologist"}, {"Liu Bo", "oncologist"}, {"Zhao Lei", "radiation oncologist"},
    {"Sun Meiling", "cardiologist"}, {"Gao Feng", "neurosurgeon"}, {"He Ping", "orthopaedic surgeon"},
    {"Ma Jun", "cardiac surgeon"},
};
const char *const kCoordinators[] = {"Wang Li", "Zhang Min", "Liu Yang", "Chen Jing",
                                     "Gulnara Sadykova", "Dilnoza Yuldasheva", "Ayesha Naqvi", "Olga Belyaeva"};

const char *const kStopReasons[] = {"Progressive disease", "Toxicity (grade 4 neutropenic sepsis)",
                                    "Patient's decision", "Financial reasons", "Cardiotoxicity (falling ejection fraction)"};

// ---------------------------------------------------------------------------

struct DiseaseStrings {
    QString code, text, morphology, topography, question, recommendation, admission;
    std::vector<QString> stages;
};

class Generator {
public:
    Generator(Store &store, const SyntheticOptions &options);
    Status run(const std::function<void(int, int)> &progress);

private:
    // Writing
    template <class T>
    bool put(T &record);
    Status createInstitutions();
    Status createPatient(int index);

    // Planning, in days relative to the diagnosis (kBase)
    void planHistory();
    void wait(int lo, int hi) { m_c += m_rng.between(lo, hi); }
    void arrive()
    {
        m_plan.arrival = m_c;
        m_c += m_rng.between(2, 5);
    }
    int addCourse(TreatmentType type, const QString &name, TreatmentIntent intent, qint64 start, qint64 end,
                  Place place, int partner = -1);
    int chemo(Reg regimen, int cycles, int length, TreatmentIntent intent, Place place);
    int carT(const CarProduct &product, TreatmentIntent intent);
    int hsctAllo(TreatmentIntent intent);
    int hsctAuto(const QString &regimen, int conditioningDays, TreatmentIntent intent, Place place);
    int hsct(TransplantKind kind, DonorRelation relation, StemCellSource source, const QString &regimen,
             ConditioningIntensity intensity, int conditioningDays, TreatmentIntent intent, Place place);
    int simple(TreatmentType type, const QString &name, int length, TreatmentIntent intent, Place place,
               int partner = -1);
    int radiotherapy(const QString &name, int fractions, TreatmentIntent intent, Place place, int partner = -1);
    qint64 dayZeroOf(int course) const { return jdOf(m_plan.courses[size_t(course)].dayZero()); }
    qint64 endOf(int course) const { return jdOf(m_plan.courses[size_t(course)].endDate); }
    void assess(int course, qint64 day, Response result, AssessmentMethod method, double blasts = -1,
                Place place = Place::Centre, const QString &note = {});
    Response pick(std::initializer_list<int> weights, std::initializer_list<Response> results)
    {
        return results.begin()[m_rng.weighted(weights)];
    }
    double ageAt(qint64 relDay) const { return m_ageAtDx + double(relDay - kBase) / 365.25; }
    void planAll(bool child);
    void planAml(bool child);
    void planDlbcl();
    void planMyeloma();
    void planOvary();
    void planBreast();
    void planEwing();
    void planMedullo();
    void planGlioblastoma();
    void planHodgkin();
    void planLung();
    void planCml();
    void planThalassaemia();
    void planAplastic();
    void planCardiac();
    void planSpine();
    void planVsd();

    // Calendar
    qint64 todayInPlan(qint64 departure);
    void settle(qint64 departure);

    // Patient record and its parts
    void fillPatient(Patient &p);
    void addCompanion(Patient &p, bool female, const QString &relation, bool sameFamily, double ageYears,
                      bool accompanying, bool nextOfKin);
    QString phone();
    QString passportNumber();
    const QString &latinOf(const NameForms &n) { return !n.alt.isEmpty() && m_rng.chance(0.3) ? n.alt : n.latin; }
    QString nativeFullName(const QString &family, const QString &given) const;
    void writeParts();
    bool measure(qint64 jd, MeasurementKind kind, double value, const QString &unit, const QString &label = {});
    void writeMeasurements();
    void writeCounts(const TreatmentCourse &t);
    bool visit(VisitType type, qint64 jd, int durationMinutes, const QString &question, const QString &findings,
               const QString &summary, const QString &recommendations, bool remote);
    void writeVisits();

    Store &m_store;
    Random m_rng;
    qint64 m_today;
    int m_patients;

    // Catalogue, converted once
    std::array<std::vector<NameForms>, NatCount> m_maleNames, m_femaleNames;
    std::array<std::vector<FamilyForms>, NatCount> m_familyNames;
    std::array<std::array<int, kDiseaseCount>, NatCount> m_diseaseWeights{};
    std::array<int, NatCount> m_diseaseTotals{};
    std::array<int, NatCount> m_nationWeights{};
    int m_nationTotal = 0;
    std::array<DiseaseStrings, kDiseaseCount> m_diseaseText;
    std::array<QString, RegCount> m_regimenName;
    std::array<std::array<QString, 5>, RegCount> m_drugName;
    std::array<qint64, InstitutionCount> m_inst{};
    std::array<QString, InstitutionCount> m_instName;
    std::array<QString, InstitutionCount> m_instZone;
    std::array<QString, NatCount> m_natCode;
    std::array<QString, NatCount> m_natZone;
    std::array<QString, DoctorCount> m_doctorName, m_doctorRole;

    // The patient being generated
    QString m_recordNumber;
    std::optional<Error> m_error;
    Nat m_nat = PK;
    int m_diseaseIndex = 0;
    const DiseaseDef *m_disease = nullptr;
    Sex m_sex = Sex::Unknown;
    bool m_female = false;
    Body m_body;
    double m_ageAtDx = 0;
    CaseStatus m_status = CaseStatus::Enquiry;
    qint64 m_c = kBase;          // planning cursor
    Plan m_plan;
    qint64 m_dx = 0, m_birth = 0, m_arrival = 0, m_departure = 0, m_death = 0, m_lastDay = 0;
    int m_familyIndex = 0;
    int m_referrerIndex = -1;
    std::optional<qint64> m_referrer;
    QString m_remoteZone;
    QString m_language;
    bool m_interpreter = false;
    QString m_coordinator;
    QString m_referringDoctor;
    QString m_contactName;      // the family's voice in tele-consultations
    QString m_contactRole;
    QString m_interpreterName;
    QString m_abo;
    qint64 m_patientId = 0;
    qint64 m_diagnosisId = 0;

    // Reused records
    QList<Measurement> m_pendingMeasurements;
    Visit m_visit;
};

Generator::Generator(Store &store, const SyntheticOptions &options)
    : m_store(store), m_rng(options.seed), m_patients(std::max(0, options.patients))
{
    const QDate realToday = QDate::currentDate();
    QDate today = options.today.isValid() ? options.today : realToday;
    if (today > realToday)
        today = realToday;
    m_today = today.toJulianDay();

    m_maleNames = {givenPool(kPkMale), givenPool(kKzMale), givenPool(kKgMale), givenPool(kUzMale), givenPool(kRuMale), givenPool(kCnMale)};
    m_femaleNames = {givenPool(kPkFemale), givenPool(kKzFemale), givenPool(kKgFemale), givenPool(kUzFemale), givenPool(kRuFemale), givenPool(kCnFemale)};
    m_familyNames = {familyPool(kPkFamily), familyPool(kKzFamily), familyPool(kKgFamily), familyPool(kUzFamily), familyPool(kRuFamily), familyPool(kCnFamily)};

    for (size_t n = 0; n < NatCount; ++n) {
        int total = 0;
        for (size_t d = 0; d < size_t(kDiseaseCount); ++d) {
            double w = kDiseases[d].weight * 10;
            const PlanKind plan = kDiseases[d].plan;
            if (plan == PlanKind::Thalassaemia)
                w *= n == PK ? 3.0 : n == UZ ? 1.5 : n == CN ? 0.8 : 0.25;
            if (plan == PlanKind::Cardiac && (n == RU || n == KZ))
                w *= 1.6;
            if (plan == PlanKind::Vsd && n == CN)
                w *= 0.5;
            m_diseaseWeights[n][d] = int(w);
            total += int(w);
        }
        m_diseaseTotals[n] = total;
        m_nationWeights[n] = nations()[n].weight;
        m_nationTotal += nations()[n].weight;
        m_natCode[n] = q(nations()[n].code);
        m_natZone[n] = q(nations()[n].zone);
    }
    for (size_t d = 0; d < size_t(kDiseaseCount); ++d) {
        const DiseaseDef &def = kDiseases[d];
        DiseaseStrings &s = m_diseaseText[d];
        s.code = q(def.code);
        s.text = q(def.text);
        s.morphology = q(def.morphology);
        s.topography = q(def.topography);
        s.question = q(def.question);
        s.recommendation = q(def.recommendation);
        s.admission = q(def.admission);
        for (const char *stage : def.stages)
            if (stage)
                s.stages.push_back(q(stage));
    }
    for (size_t r = 0; r < RegCount; ++r) {
        m_regimenName[r] = q(kRegimens[r].name);
        for (size_t k = 0; k < 5; ++k)
            m_drugName[r][k] = q(kRegimens[r].drugs[k].drug);
    }
    for (size_t i = 0; i < InstitutionCount; ++i) {
        m_instName[i] = q(kInstitutions[i].name);
        m_instZone[i] = q(kInstitutions[i].zone);
    }
    for (size_t i = 0; i < DoctorCount; ++i) {
        m_doctorName[i] = q(kDoctors[i].name);
        m_doctorRole[i] = q(kDoctors[i].role);
    }
    m_plan.courses.reserve(16);
}

template <class T>
bool Generator::put(T &record)
{
    if (m_error)
        return false;
    record.id = 0;
    record.version = 0;
    const Result<qint64> created = m_store.create(record);
    if (created)
        return true;
    Error e = created.error();
    e.message = SyntheticCentre::tr("Synthetic patient %1, %2 record: %3")
                    .arg(m_recordNumber, QLatin1String(T::table), e.message);
    m_error = std::move(e);
    return false;
}

Status Generator::run(const std::function<void(int, int)> &progress)
{
    Database &db = m_store.database();
    {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        if (Status s = createInstitutions(); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    const int total = m_patients;
    for (int first = 0; first < total; first += kBatch) {
        const int last = std::min(total, first + kBatch);
        {
            Transaction tx(db);
            if (!tx.started())
                return tx.started();
            for (int i = first; i < last; ++i)
                if (Status s = createPatient(i); !s)
                    return s;
            if (Status s = tx.commit(); !s)
                return s;
        }
        if (progress)
            progress(last, total);
    }
    return {};
}

// ---------------------------------------------------------------------------
// One patient: who, what, the plan of the history, then the calendar.

Status Generator::createPatient(int index)
{
    m_recordNumber = QStringLiteral("SYN-%1").arg(index + 1, 7, 10, QLatin1Char('0'));
    m_error.reset();

    m_nat = Nat(m_rng.weighted(m_nationWeights, m_nationTotal));
    m_diseaseIndex = m_rng.weighted(m_diseaseWeights[size_t(m_nat)], m_diseaseTotals[size_t(m_nat)]);
    m_disease = &kDiseases[m_diseaseIndex];
    m_female = m_rng.between(0, 99) < m_disease->femalePercent;
    m_sex = m_female ? Sex::Female : Sex::Male;
    m_ageAtDx = m_rng.triangular(m_disease->ageMin, m_disease->ageMode, m_disease->ageMax);
    m_body.male = !m_female;
    m_body.heightFactor = nations()[size_t(m_nat)].heightFactor * std::clamp(m_rng.normal(1, 0.035), 0.9, 1.1);
    m_body.adultBmi = std::clamp(m_rng.normal(m_nat == CN ? 23 : 25, 3.5), 17.0, 38.0);
    if (m_disease->oncology)
        m_body.adultBmi = std::max(17.0, m_body.adultBmi - 1);
    m_body.childBmiFactor = std::clamp(m_rng.normal(1, 0.08), 0.8, 1.25);
    static const char *const abo[] = {"O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"};
    m_abo = QLatin1String(abo[m_rng.weighted({30, 28, 28, 8, 2, 2, 1, 1})]);

    const auto &home = nations()[size_t(m_nat)].home;
    m_referrerIndex = m_rng.chance(0.92) ? home[size_t(m_rng.index(home.size()))] : -1;
    if (m_disease->plan == PlanKind::Thalassaemia && m_nat == PK && m_rng.chance(0.5))
        m_referrerIndex = iMultan;
    m_referrer = m_referrerIndex >= 0 ? std::optional<qint64>(m_inst[size_t(m_referrerIndex)]) : std::nullopt;
    m_remoteZone = m_referrerIndex >= 0 ? m_instZone[size_t(m_referrerIndex)] : m_natZone[size_t(m_nat)];

    const bool mayDie = m_disease->oncology || m_disease->plan == PlanKind::Aplastic;
    m_status = CaseStatus(m_rng.weighted({7, 8, 5, 2, 14, 10, 30, mayDie ? 12 : 19, mayDie ? 7 : 0, 5}));

    m_plan.clear();
    m_c = kBase;
    planHistory();
    if (m_status == CaseStatus::Deceased && m_rng.chance(0.35)) {
        for (int i = int(m_plan.courses.size()) - 1; i >= 0; --i)
            if (m_plan.places[size_t(i)] != Place::Home) {
                m_plan.deathCourse = i;
                break;
            }
    }

    // Place the plan on the calendar: pick where "today" falls in it for this status.
    const qint64 departureRel = m_plan.hereEnd + m_rng.between(1, 7);
    const qint64 delta = m_today - todayInPlan(departureRel);
    for (auto &t : m_plan.courses)
        moveCourse(t, delta);
    for (auto &a : m_plan.assessments)
        a.day += delta;
    m_plan.arrival += delta;
    m_plan.hereEnd += delta;
    m_dx = kBase + delta;
    m_birth = std::min(m_dx, m_dx - qint64(m_ageAtDx * 365.25));
    settle(departureRel + delta);

    Patient p;
    fillPatient(p);
    if (!put(p))
        return *m_error;
    m_patientId = p.id;
    writeParts();
    if (m_error)
        return *m_error;
    return {};
}

void Generator::planHistory()
{
    switch (m_disease->plan) {
    case PlanKind::AllChild: planAll(true); break;
    case PlanKind::AllAdult: planAll(false); break;
    case PlanKind::AmlChild: planAml(true); break;
    case PlanKind::AmlAdult: planAml(false); break;
    case PlanKind::Dlbcl: planDlbcl(); break;
    case PlanKind::Myeloma: planMyeloma(); break;
    case PlanKind::Ovary: planOvary(); break;
    case PlanKind::Breast: planBreast(); break;
    case PlanKind::Ewing: planEwing(); break;
    case PlanKind::Medullo: planMedullo(); break;
    case PlanKind::Glioblastoma: planGlioblastoma(); break;
    case PlanKind::Hodgkin: planHodgkin(); break;
    case PlanKind::Lung: planLung(); break;
    case PlanKind::Cml: planCml(); break;
    case PlanKind::Thalassaemia: planThalassaemia(); break;
    case PlanKind::Aplastic: planAplastic(); break;
    case PlanKind::Cardiac: planCardiac(); break;
    case PlanKind::Spine: planSpine(); break;
    case PlanKind::Vsd: planVsd(); break;
    }
    if (m_plan.arrival == 0)
        arrive();
    m_plan.hereEnd = std::max(m_plan.hereEnd, m_plan.arrival + m_rng.between(3, 10));
}

// ---------------------------------------------------------------------------
// Building blocks of a history.

int Generator::addCourse(TreatmentType type, const QString &name, TreatmentIntent intent, qint64 start, qint64 end,
                         Place place, int partner)
{
    if (place != Place::Home && m_plan.arrival == 0)
        m_plan.arrival = std::max(kBase + 2, start - m_rng.between(1, 4));
    TreatmentCourse &t = m_plan.courses.emplace_back();
    t.type = type;
    t.name = name;
    t.intent = intent;
    t.status = CourseStatus::Completed;
    t.startDate = day(start);
    t.endDate = day(std::max(start, end));
    t.atThisCentre = place == Place::Centre;
    if (place == Place::Home)
        t.institutionId = m_referrer;
    else if (place == Place::Partner && partner >= 0)
        t.institutionId = m_inst[size_t(partner)];
    m_plan.places.push_back(place);
    if (place != Place::Home)
        m_plan.hereEnd = std::max(m_plan.hereEnd, end);
    return int(m_plan.courses.size()) - 1;
}

int Generator::chemo(Reg regimen, int cycles, int length, TreatmentIntent intent, Place place)
{
    std::array<qint64, 32> starts{};
    cycles = std::clamp(cycles, 1, int(starts.size()));
    qint64 s = m_c;
    for (int k = 0; k < cycles; ++k) {
        starts[size_t(k)] = s;
        s += length + (m_rng.chance(0.25) ? m_rng.between(1, 7) : 0);
    }
    const qint64 end = starts[size_t(cycles - 1)] + length - 1;
    const int idx = addCourse(TreatmentType::Chemotherapy, m_regimenName[regimen], intent, starts[0], end, place);
    ChemoDetails &ch = m_plan.courses[size_t(idx)].chemo;
    ch.regimen = m_regimenName[regimen];
    ch.plannedCycles = cycles;
    ch.givenCycles = cycles;
    ch.cycleLengthDays = length;
    const double age = ageAt(starts[0]);
    const double bsa = round2(m_body.bsa(age));
    const double weight = m_body.weight(age);
    ch.bsaUsed = bsa;
    ch.cycles.reserve(cycles);
    for (int k = 0; k < cycles; ++k)
        ch.cycles.append(ChemoCycle{k + 1, day(starts[size_t(k)])});
    const RegimenDef &r = kRegimens[regimen];
    ch.drugs.reserve(5);
    for (size_t k = 0; k < r.drugs.size() && r.drugs[k].drug; ++k) {
        const DrugDef &d = r.drugs[k];
        DrugDose dose;
        dose.drug = m_drugName[regimen][k];
        dose.basis = d.basis;
        dose.dosePerUnit = d.dose;
        double given = d.basis == DoseBasis::PerSquareMetre ? d.dose * bsa
                       : d.basis == DoseBasis::PerKilogram  ? d.dose * weight
                                                            : d.dose;
        if (d.capMg > 0)
            given = std::min(given, d.capMg);
        dose.doseGivenMg = given >= 100 ? std::round(given) : round1(given);
        ch.drugs.append(dose);
    }
    m_c = end + 1;
    return idx;
}

int Generator::carT(const CarProduct &p, TreatmentIntent intent)
{
    const qint64 apheresis = m_c;
    const qint64 infusion = apheresis + m_rng.between(14, 24);
    const qint64 end = infusion + 28;
    const int idx = addCourse(TreatmentType::CarT, q(p.product), intent, apheresis, end, Place::Centre);
    CarTDetails &c = m_plan.courses[size_t(idx)].cart;
    c.target = QLatin1String(p.target);
    c.product = m_plan.courses[size_t(idx)].name;
    c.apheresisDate = day(apheresis);
    c.lymphodepletionRegimen = QStringLiteral("Flu/Cy");
    c.lymphodepletionStart = day(infusion - 5);
    c.lymphodepletionEnd = day(infusion - 3);
    c.infusionDate = day(infusion);
    c.cellDose = q(p.cellDose);
    int crs = 0, icans = 0;
    switch (p.risk) {
    case 0: crs = m_rng.weighted({15, 40, 28, 12, 5}); icans = m_rng.weighted({60, 15, 13, 9, 3}); break;
    case 1: crs = m_rng.weighted({20, 45, 25, 8, 2}); icans = m_rng.weighted({65, 12, 12, 9, 2}); break;
    case 2: crs = m_rng.weighted({10, 55, 28, 5, 2}); icans = m_rng.weighted({85, 8, 5, 2, 0}); break;
    default: crs = m_rng.weighted({15, 40, 30, 12, 3}); icans = m_rng.weighted({75, 10, 8, 5, 2}); break;
    }
    c.crsGrade = crs;
    c.icansGrade = icans;
    c.tocilizumab = crs >= 2 ? m_rng.chance(0.85) : crs == 1 && m_rng.chance(0.15);
    c.steroids = (icans >= 2 || crs >= 3) ? m_rng.chance(0.9) : icans == 1 && m_rng.chance(0.3);
    m_c = end + 1;
    return idx;
}

int Generator::hsct(TransplantKind kind, DonorRelation relation, StemCellSource source, const QString &regimen,
                    ConditioningIntensity intensity, int conditioningDays, TreatmentIntent intent, Place place)
{
    const qint64 conditioning = m_c;
    const qint64 d0 = conditioning + conditioningDays;
    int ancLo = 12, ancHi = 17, pltLo = 12, pltHi = 22;
    if (kind == TransplantKind::Autologous) {
        ancLo = 10; ancHi = 13; pltLo = 11; pltHi = 16;
    } else if (relation == DonorRelation::Cord) {
        ancLo = 18; ancHi = 32; pltLo = 30; pltHi = 55;
    } else if (source == StemCellSource::BoneMarrow) {
        ancLo = 16; ancHi = 23; pltLo = 18; pltHi = 30;
    } else if (relation == DonorRelation::Haploidentical) {
        ancLo = 12; ancHi = 19; pltLo = 13; pltHi = 28;
    }
    qint64 anc = 0, plt = 0;
    if (!m_rng.chance(kind == TransplantKind::Autologous ? 0.005 : 0.015)) {
        anc = d0 + m_rng.between(ancLo, ancHi);
        if (!m_rng.chance(0.04))
            plt = std::max(anc - 2, d0 + m_rng.between(pltLo, pltHi));
    }
    const qint64 discharge = (anc ? std::max(anc, d0 + 14) : d0 + 35) + m_rng.between(3, 10);

    QString name;
    QString hla;
    const bool allo = kind == TransplantKind::Allogeneic;
    switch (relation) {
    case DonorRelation::Related:
        hla = m_rng.chance(0.9) ? QStringLiteral("10/10") : QStringLiteral("9/10");
        name = QStringLiteral("Related-donor allogeneic HSCT");
        break;
    case DonorRelation::Haploidentical:
        hla = QLatin1String(std::array{"5/10", "6/10", "7/10"}[size_t(m_rng.weighted({55, 25, 20}))]);
        name = QStringLiteral("Haploidentical allogeneic HSCT");
        break;
    case DonorRelation::Unrelated:
        hla = QLatin1String(std::array{"10/10", "9/10", "8/8"}[size_t(m_rng.weighted({55, 30, 15}))]);
        name = hla == QLatin1String("9/10") ? QStringLiteral("Mismatched unrelated allogeneic HSCT")
                                            : QStringLiteral("Matched unrelated allogeneic HSCT");
        break;
    case DonorRelation::Cord:
        hla = QLatin1String(std::array{"4/6", "5/6", "6/6"}[size_t(m_rng.weighted({40, 45, 15}))]);
        name = QStringLiteral("Cord blood transplant");
        break;
    default:
        name = QStringLiteral("Autologous HSCT");
        break;
    }
    name += QStringLiteral(" (") + regimen + QLatin1Char(')');

    const int idx = addCourse(TreatmentType::StemCellTransplant, name, intent, conditioning, discharge, place);
    TransplantDetails &h = m_plan.courses[size_t(idx)].hsct;
    h.kind = kind;
    h.donorRelation = relation;
    h.hlaMatch = hla;
    h.source = source;
    h.conditioningRegimen = regimen;
    h.conditioningIntensity = intensity;
    h.conditioningStart = day(conditioning);
    h.infusionDate = day(d0);
    if (anc)
        h.neutrophilEngraftment = day(anc);
    if (plt)
        h.plateletEngraftment = day(plt);
    h.protectedUnitDischarge = day(discharge);
    h.recipientAbo = m_abo;
    if (allo) {
        static const char *const abo[] = {"O+", "A+", "B+", "AB+", "O-", "A-"};
        h.donorAbo = relation == DonorRelation::Related && m_rng.chance(0.5)
                         ? m_abo
                         : QLatin1String(abo[m_rng.weighted({30, 28, 28, 8, 3, 3})]);
        h.donorSex = relation == DonorRelation::Unrelated ? (m_rng.chance(0.65) ? Sex::Male : Sex::Female)
                                                          : (m_rng.chance(0.5) ? Sex::Male : Sex::Female);
        if (relation == DonorRelation::Unrelated || relation == DonorRelation::Cord) {
            int registry = iCnRegistry;
            if (relation == DonorRelation::Unrelated) {
                if (m_nat == KZ && m_rng.chance(0.3))
                    registry = iKzRegistry;
                else if ((m_nat == RU || m_nat == KZ) && m_rng.chance(0.3))
                    registry = iRuRegistry;
                else if (m_rng.chance(0.3))
                    registry = iIntlRegistry;
            }
            h.donorRegistryId = m_inst[size_t(registry)];
        }
        h.acuteGvhdGrade = m_rng.weighted({55, 20, 15, 7, 3});
        h.chronicGvhd = ChronicGvhd(1 + m_rng.weighted({60, 20, 14, 6}));
    }
    m_c = discharge + 1;
    return idx;
}

int Generator::hsctAuto(const QString &regimen, int conditioningDays, TreatmentIntent intent, Place place)
{
    return hsct(TransplantKind::Autologous, DonorRelation::Self, StemCellSource::PeripheralBlood, regimen,
                ConditioningIntensity::Mac, conditioningDays, intent, place);
}

int Generator::hsctAllo(TreatmentIntent intent)
{
    const PlanKind plan = m_disease->plan;
    const double age = ageAt(m_c);
    DonorRelation relation;
    switch (plan) {
    case PlanKind::Thalassaemia:
        relation = std::array{DonorRelation::Related, DonorRelation::Haploidentical, DonorRelation::Unrelated}[size_t(m_rng.weighted({55, 35, 10}))];
        break;
    case PlanKind::Aplastic:
        relation = std::array{DonorRelation::Related, DonorRelation::Haploidentical, DonorRelation::Unrelated}[size_t(m_rng.weighted({40, 45, 15}))];
        break;
    case PlanKind::Cml:
        relation = std::array{DonorRelation::Related, DonorRelation::Haploidentical, DonorRelation::Unrelated}[size_t(m_rng.weighted({40, 15, 45}))];
        break;
    default:
        relation = std::array{DonorRelation::Related, DonorRelation::Haploidentical, DonorRelation::Unrelated,
                              DonorRelation::Cord}[size_t(m_rng.weighted({30, 45, 20, 5}))];
        break;
    }
    StemCellSource source = StemCellSource::PeripheralBlood;
    switch (relation) {
    case DonorRelation::Related:
        source = m_rng.chance(plan == PlanKind::Thalassaemia ? 0.7 : 0.45) ? StemCellSource::BoneMarrow
                                                                           : StemCellSource::PeripheralBlood;
        break;
    case DonorRelation::Haploidentical:
        source = m_rng.chance(0.4) ? StemCellSource::BoneMarrow : StemCellSource::PeripheralBlood;
        break;
    case DonorRelation::Unrelated:
        source = m_rng.chance(0.2) ? StemCellSource::BoneMarrow : StemCellSource::PeripheralBlood;
        break;
    default:
        source = StemCellSource::CordBlood;
        break;
    }
    const bool atg = relation == DonorRelation::Haploidentical || relation == DonorRelation::Unrelated;
    QString regimen;
    ConditioningIntensity intensity = ConditioningIntensity::Mac;
    int days = 8;
    switch (plan) {
    case PlanKind::Thalassaemia:
        regimen = m_rng.chance(0.5) ? QStringLiteral("Bu/Cy/ATG") : QStringLiteral("Flu/Bu/Thiotepa/ATG");
        days = 9;
        break;
    case PlanKind::Aplastic:
        regimen = QStringLiteral("Flu/Cy/ATG");
        intensity = ConditioningIntensity::Ric;
        days = 6;
        break;
    case PlanKind::AllChild:
    case PlanKind::AllAdult:
        if (age >= 4 && m_rng.chance(0.5)) {
            regimen = QStringLiteral("TBI/Cy");
            days = 7;
        } else {
            regimen = QStringLiteral("Bu/Flu/Cy");
            days = 9;
        }
        if (atg)
            regimen += QStringLiteral(" + ATG");
        break;
    default:
        if (age > 55) {
            const int k = m_rng.weighted({45, 40, 15});
            regimen = std::array{QStringLiteral("Flu/Bu2"), QStringLiteral("Flu/Mel"), QStringLiteral("Flu/Cy/TBI 2 Gy")}[size_t(k)];
            intensity = k == 2 ? ConditioningIntensity::Nma : ConditioningIntensity::Ric;
            days = k == 1 ? 5 : 6;
        } else if (relation == DonorRelation::Haploidentical) {
            regimen = QStringLiteral("Ara-C/Bu/Cy/Me-CCNU + ATG");
            days = 10;
        } else {
            regimen = atg ? QStringLiteral("Bu/Cy + ATG") : QStringLiteral("Bu/Cy");
            days = 8;
        }
        break;
    }
    return hsct(TransplantKind::Allogeneic, relation, source, regimen, intensity, days, intent, Place::Centre);
}

int Generator::simple(TreatmentType type, const QString &name, int length, TreatmentIntent intent, Place place,
                      int partner)
{
    const qint64 start = m_c;
    const qint64 end = start + std::max(1, length) - 1;
    const int idx = addCourse(type, name, intent, start, end, place, partner);
    m_c = end + 1;
    return idx;
}

int Generator::radiotherapy(const QString &name, int fractions, TreatmentIntent intent, Place place, int partner)
{
    const int days = (fractions - 1) / 5 * 7 + (fractions - 1) % 5 + 1 + m_rng.between(0, 3);
    return simple(TreatmentType::Radiotherapy, name, days, intent, place, partner);
}

void Generator::assess(int course, qint64 jd, Response result, AssessmentMethod method, double blasts, Place place,
                       const QString &note)
{
    m_plan.assessments.push_back({course, jd, result, blasts, method, place, note});
}

// ---------------------------------------------------------------------------
// Histories by disease. Home: treated abroad by the referring hospital; Centre:
// here; Partner: a partner institution in this country during the stay.

void Generator::planAll(bool child)
{
    using R = Response;
    using M = AssessmentMethod;
    wait(2, 10);
    const int induction = child ? chemo(rBfm, 1, 36, TreatmentIntent::Curative, Place::Home)
                                : chemo(rHyperCvad, m_rng.between(2, 4), 21, TreatmentIntent::Curative, Place::Home);
    const R first = pick({62, 14, 12, 12}, {R::CR, R::MrdNegative, R::MrdPositive, R::PD});
    const bool refractory = first == R::PD;
    assess(induction, m_c - 1, first, refractory ? M::Morphology : M::FlowCytometry,
           refractory ? round1(m_rng.real(20, 70)) : first == R::MrdPositive ? round2(m_rng.real(0.01, 0.9)) : 0,
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
        const R r = pick({70, 12, 5, 13}, {R::MrdNegative, R::CR, R::CRi, R::PD});
        assess(car, dayZeroOf(car) + 28, r, r == R::MrdNegative ? M::FlowCytometry : M::Morphology,
               r == R::PD ? round1(m_rng.real(10, 60)) : r == R::MrdNegative ? 0 : round1(m_rng.real(0.5, 4.5)),
               Place::Centre, QStringLiteral("Day +28 bone marrow"));
        if (r != R::PD && toTransplant) {
            wait(20, 50);
            const int h = hsctAllo(TreatmentIntent::Consolidation);
            assess(h, dayZeroOf(h) + 30, pick({85, 10, 5}, {R::MrdNegative, R::MrdPositive, R::Relapse}),
                   M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +30 bone marrow, full donor chimerism"));
        } else if (r == R::PD && m_rng.chance(0.45)) {
            wait(21, 40);
            const int second = carT(kCarCd22, TreatmentIntent::Curative);
            assess(second, dayZeroOf(second) + 28, pick({55, 15, 30}, {R::MrdNegative, R::CR, R::PD}),
                   M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +28 bone marrow"));
        }
    } else {
        const int blina = simple(TreatmentType::Immunotherapy, QStringLiteral("Blinatumomab (continuous infusion, 28 days)"),
                                 28, TreatmentIntent::Bridging, Place::Centre);
        const R r = pick({55, 25, 20}, {R::MrdNegative, R::MrdPositive, R::PD});
        assess(blina, m_c - 1, r, M::FlowCytometry, -1, Place::Centre, QStringLiteral("MRD after blinatumomab"));
        if (r != R::PD) {
            wait(14, 30);
            const int h = hsctAllo(TreatmentIntent::Consolidation);
            assess(h, dayZeroOf(h) + 30, pick({80, 15, 5}, {R::MrdNegative, R::MrdPositive, R::Relapse}),
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
    const R first = pick({62, 13, 25}, {R::CR, R::CRi, R::PD});
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
            assess(-1, m_plan.arrival + 1, pick({60, 40}, {R::MrdNegative, R::MrdPositive}), M::FlowCytometry);
        if (consolidateHere) {
            chemo(rHidac, m_rng.between(1, 2), 28, TreatmentIntent::Consolidation, Place::Centre);
            wait(7, 21);
        }
        if (relapsed && m_rng.chance(0.4)) {
            const int car = carT(kCarAml, TreatmentIntent::Bridging);
            const R r = pick({45, 15, 40}, {R::CR, R::CRi, R::PD});
            assess(car, dayZeroOf(car) + 28, r, M::Morphology, r == R::PD ? round1(m_rng.real(10, 50)) : 1);
            if (r == R::PD)
                return;
            wait(20, 40);
        }
        const int h = hsctAllo(relapsed ? TreatmentIntent::Curative : TreatmentIntent::Consolidation);
        assess(h, dayZeroOf(h) + 30, pick({75, 12, 8, 5}, {R::MrdNegative, R::CR, R::MrdPositive, R::Relapse}),
               M::FlowCytometry, -1, Place::Centre, QStringLiteral("Day +30 bone marrow"));
    } else {
        wait(10, 30);
        arrive();
        assess(-1, m_plan.arrival + 1, R::PD, M::Morphology, round1(m_rng.real(20, 80)));
        if (m_rng.chance(0.5)) {
            const int car = carT(kCarAml, TreatmentIntent::Bridging);
            const R r = pick({45, 15, 40}, {R::CR, R::CRi, R::PD});
            assess(car, dayZeroOf(car) + 28, r, M::Morphology, r == R::PD ? round1(m_rng.real(10, 50)) : 1);
            if (r == R::PD)
                return;
            wait(20, 40);
        }
        const int h = hsctAllo(TreatmentIntent::Curative);
        assess(h, dayZeroOf(h) + 30, pick({55, 20, 25}, {R::CR, R::MrdNegative, R::Relapse}), M::Morphology);
    }
}

void Generator::planDlbcl()
{
    using R = Response;
    using M = AssessmentMethod;
    const QString pet = QStringLiteral("PET-CT");
    wait(7, 21);
    const int rchop = chemo(rRchop, 6, 21, TreatmentIntent::Curative, Place::Home);
    const R first = pick({50, 25, 25}, {R::CR, R::PR, R::PD});
    assess(rchop, m_c + 20, first, M::Imaging, -1, Place::Home, pet);
    m_c += 21;
    const bool relapse = first == R::CR;
    wait(relapse ? 150 : 14, relapse ? 700 : 45);
    arrive();
    assess(-1, m_plan.arrival + 1, relapse ? R::Relapse : R::PD, M::Imaging, -1, Place::Centre,
           QStringLiteral("PET-CT at admission"));
    if (relapse && m_rng.chance(0.35)) {
        const int rice = chemo(rRice, 2, 21, TreatmentIntent::Curative, Place::Centre);
        const R r = pick({40, 45, 15}, {R::CR, R::PR, R::PD});
        assess(rice, m_c + 7, r, M::Imaging, -1, Place::Centre, pet);
        m_c += 8;
        if (r == R::PD) {
            wait(7, 14);
            const int car = carT(m_rng.pick(kCarLymphoma), TreatmentIntent::Curative);
            assess(car, dayZeroOf(car) + 28, pick({40, 30, 30}, {R::CR, R::PR, R::PD}), M::Imaging, -1,
                   Place::Centre, QStringLiteral("PET-CT at day +28"));
            return;
        }
        wait(14, 28);
        const int h = hsctAuto(QStringLiteral("BEAM"), 6, TreatmentIntent::Consolidation, Place::Centre);
        assess(h, dayZeroOf(h) + 90, pick({75, 10, 15}, {R::CR, R::PR, R::PD}), M::Imaging, -1, Place::Home,
               QStringLiteral("PET-CT at day +90"));
        return;
    }
    if (m_rng.chance(0.35)) {
        radiotherapy(QStringLiteral("Bridging radiotherapy 20 Gy / 5 fractions"), 5, TreatmentIntent::Bridging,
                     Place::Centre);
        wait(3, 7);
    }
    const int car = carT(m_rng.pick(kCarLymphoma), TreatmentIntent::Curative);
    const R r = pick({45, 30, 8, 17}, {R::CR, R::PR, R::SD, R::PD});
    assess(car, dayZeroOf(car) + 28, r, M::Imaging, -1, Place::Centre, QStringLiteral("PET-CT at day +28"));
    if (r == R::CR || r == R::PR)
        assess(car, dayZeroOf(car) + 90,
               r == R::CR ? pick({90, 10}, {R::CR, R::Relapse}) : pick({40, 30, 30}, {R::CR, R::PR, R::PD}),
               M::Imaging, -1, Place::Home, QStringLiteral("PET-CT at day +90"));
}

void Generator::planMyeloma()
{
    using R = Response;
    using M = AssessmentMethod;
    const QString mProtein = QStringLiteral("Serum M-protein and free light chains");
    wait(5, 20);
    const int vrd = chemo(rVrd, m_rng.between(4, 6), 21, TreatmentIntent::Curative, Place::Home);
    assess(vrd, m_c + 7, pick({55, 25, 10, 10}, {R::PR, R::CR, R::SD, R::PD}), M::Clinical, -1, Place::Home, mProtein);
    wait(20, 60);
    const QString melphalan = QStringLiteral("Melphalan 200 mg/m²");
    if (m_rng.chance(0.72)) {
        arrive();
        const int h = hsctAuto(melphalan, 2, TreatmentIntent::Consolidation, Place::Centre);
        assess(h, dayZeroOf(h) + 100, pick({40, 15, 40, 5}, {R::CR, R::MrdNegative, R::PR, R::PD}), M::Clinical, -1,
               Place::Home, mProtein);
        wait(60, 90);
        chemo(rLenMaint, m_rng.between(12, 24), 28, TreatmentIntent::Consolidation, Place::Home);
    } else {
        hsctAuto(melphalan, 2, TreatmentIntent::Consolidation, Place::Home);
        wait(300, 900);
        arrive();
        assess(-1, m_plan.arrival + 1, R::Relapse, M::Clinical, -1, Place::Centre, QStringLiteral("Rising M-protein"));
        const int car = carT(m_rng.pick(kCarMyeloma), TreatmentIntent::Curative);
        assess(car, dayZeroOf(car) + 28, pick({35, 20, 35, 10}, {R::CR, R::MrdNegative, R::PR, R::PD}), M::Clinical,
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
        assess(c, m_c + 14, pick({50, 35, 5, 10}, {R::CR, R::PR, R::SD, R::PD}), M::Imaging, -1, Place::Centre, ct);
        m_c += 15;
        if (m_rng.chance(0.4)) {
            wait(7, 21);
            simple(TreatmentType::Other, QStringLiteral("Olaparib maintenance"), m_rng.between(365, 730),
                   TreatmentIntent::Consolidation, Place::Home);
        }
    } else {
        const int neo = chemo(rCarboPacli, 3, 21, TreatmentIntent::Curative, Place::Home);
        assess(neo, m_c + 7, pick({70, 20, 10}, {R::PR, R::SD, R::PD}), M::Imaging, -1, Place::Home, ct);
        wait(14, 28);
        arrive();
        const int surgery = simple(TreatmentType::Surgery, QStringLiteral("Interval cytoreductive surgery"),
                                   m_rng.between(8, 14), TreatmentIntent::Curative, Place::Centre);
        const qint64 operation = jdOf(m_plan.courses[size_t(surgery)].startDate);
        addCourse(TreatmentType::Hyperthermia, QStringLiteral("HIPEC (cisplatin, 43 °C, 90 min)"),
                  TreatmentIntent::Curative, operation, operation, Place::Centre);
        wait(21, 35);
        const int c = chemo(rCarboPacli, 3, 21, TreatmentIntent::Curative, Place::Centre);
        assess(c, m_c + 14, pick({55, 30, 15}, {R::CR, R::PR, R::PD}), M::Imaging, -1, Place::Centre, ct);
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
    assess(s, m_c + 6, pick({30, 60, 10}, {R::CR, R::PR, R::SD}), AssessmentMethod::Morphology, -1, Place::Centre,
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
    assess(induction, m_c + 7, pick({60, 25, 15}, {R::PR, R::SD, R::PD}), M::Imaging, -1, Place::Home,
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
    assess(c, m_c + 7, pick({55, 20, 25}, {R::CR, R::PR, R::PD}), M::Imaging, -1, where,
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
    radiotherapy(QStringLiteral("Craniospinal proton irradiation 23.4 Gy(RBE), boost to 54 Gy(RBE) / 30 fractions"),
                 30, TreatmentIntent::Curative, m_rng.chance(0.6) ? Place::Partner : Place::Centre, iProton);
    wait(28, 42);
    const Place where = m_rng.chance(0.15) ? Place::Centre : Place::Home;
    const int c = chemo(rMbMaint, 8, 42, TreatmentIntent::Consolidation, where);
    assess(c, m_c + 7, pick({70, 20, 10}, {R::CR, R::SD, R::PD}), AssessmentMethod::Imaging, -1, where,
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
    assess(tmz, m_c + 7, pick({50, 15, 35}, {R::SD, R::PR, R::PD}), AssessmentMethod::Imaging, -1, where,
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
    const R first = pick({75, 15, 10}, {R::CR, R::PR, R::PD});
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
    assess(pd1, m_c + 7, pick({55, 35, 10}, {R::CR, R::PR, R::PD}), M::Imaging, -1, Place::Centre, pet);
    wait(14, 28);
    const int h = hsctAuto(QStringLiteral("BEAM"), 6, TreatmentIntent::Consolidation, Place::Centre);
    assess(h, dayZeroOf(h) + 90, pick({80, 10, 10}, {R::CR, R::PR, R::PD}), M::Imaging, -1, Place::Home,
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
        assess(c, m_c + 60, pick({75, 25}, {R::CR, R::PD}), M::Imaging, -1, Place::Home, QStringLiteral("CT chest"));
        return;
    }
    const TreatmentIntent intent = ageAt(m_c) > 70 || m_rng.chance(0.5) ? TreatmentIntent::Palliative
                                                                        : TreatmentIntent::Curative;
    const int c = chemo(rPemCarbo, 4, 21, intent, Place::Centre);
    const qint64 start = jdOf(m_plan.courses[size_t(c)].startDate);
    const qint64 end = endOf(c);
    const int pembro = addCourse(TreatmentType::Immunotherapy, QStringLiteral("Pembrolizumab 200 mg q3w"), intent,
                                 start, end, Place::Centre);
    if (m_rng.chance(0.12))
        addCourse(TreatmentType::Hyperthermia, QStringLiteral("Regional deep hyperthermia, 8 sessions"),
                  TreatmentIntent::Palliative, start + 7, start + 34, Place::Centre);
    const R r = pick({45, 30, 25}, {R::PR, R::SD, R::PD});
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
    assess(h, dayZeroOf(h) + 90, pick({70, 25, 5}, {R::MrdNegative, R::MrdPositive, R::Relapse}), M::Pcr, -1,
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
        const int g = simple(TreatmentType::GeneTherapy, QStringLiteral("Lentiviral β-globin gene therapy (clinical trial)"),
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
    const int ist = simple(TreatmentType::Immunotherapy, QStringLiteral("ATG + ciclosporin (immunosuppressive therapy)"),
                           m_rng.between(120, 240), TreatmentIntent::Curative, Place::Home);
    assess(ist, m_c - 1, pick({35, 50, 15}, {R::PR, R::SD, R::PD}), AssessmentMethod::Clinical, -1, Place::Home,
           QStringLiteral("Blood counts after immunosuppression"));
    wait(14, 90);
    arrive();
    const int h = hsctAllo(TreatmentIntent::Curative);
    assess(h, dayZeroOf(h) + 30, pick({80, 15, 5}, {R::CR, R::PR, R::PD}), AssessmentMethod::Clinical, -1,
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
        static const char *const operations[] = {"Microdiscectomy L4–L5", "Microdiscectomy L5–S1",
                                                 "Endoscopic discectomy L4–L5"};
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

// ---------------------------------------------------------------------------
// The calendar: where today falls in the plan, and what that means for each course.

qint64 Generator::todayInPlan(qint64 departure)
{
    const qint64 arrival = m_plan.arrival;
    const auto before = [&](int lo, int hi) {
        const qint64 latest = std::max(kBase + 1, arrival - 1);
        return std::clamp(arrival - m_rng.between(lo, hi), kBase + 1, latest);
    };
    switch (m_status) {
    case CaseStatus::Enquiry: return before(10, 120);
    case CaseStatus::TeleConsultation: return before(5, 60);
    case CaseStatus::AwaitingVisa: return before(8, 45);
    case CaseStatus::Travelling: return before(1, 7);
    case CaseStatus::InTreatment: return arrival + m_rng.between(0, int(m_plan.hereEnd - arrival));
    case CaseStatus::Discharged: return departure + m_rng.between(0, 60);
    case CaseStatus::RemoteFollowUp: return departure + m_rng.between(45, 1500);
    case CaseStatus::Closed: return departure + m_rng.between(365, 3000);
    case CaseStatus::Deceased:
        if (m_plan.deathCourse >= 0)
            return endOf(m_plan.deathCourse) + m_rng.between(30, 900);
        return departure + m_rng.between(60, 1000);
    case CaseStatus::LostToFollowUp: return departure + m_rng.between(400, 2500);
    }
    return departure;
}

void Generator::settle(qint64 departure)
{
    using S = CaseStatus;
    const qint64 today = m_today;
    const bool notComing = m_status == S::Enquiry || m_status == S::TeleConsultation;
    const bool mayPlan = m_status == S::AwaitingVisa || m_status == S::Travelling || m_status == S::InTreatment;
    const size_t n = m_plan.courses.size();
    m_plan.kept.assign(n, 1);
    m_plan.ids.assign(n, 0);
    bool planned = false;
    bool ongoingHere = false;
    for (size_t i = 0; i < n; ++i) {
        TreatmentCourse &t = m_plan.courses[i];
        const bool here = m_plan.places[i] != Place::Home;
        if (here && notComing) {
            m_plan.kept[i] = 0;
            continue;
        }
        if (jdOf(t.startDate) > today) {
            if (here && mayPlan && !planned) {
                makePlanned(t);
                planned = true;
            } else {
                m_plan.kept[i] = 0;
            }
            continue;
        }
        if (jdOf(t.endDate) > today) {
            makeOngoing(t, today);
            ongoingHere = ongoingHere || here;
            continue;
        }
        TransplantDetails &h = t.hsct;
        if (h.infusionDate.isValid() && today - jdOf(h.infusionDate) < 100)
            h.chronicGvhd = ChronicGvhd::Unknown;
        dropAfter(h.plateletEngraftment, today);
        if (t.type == TreatmentType::Chemotherapy && t.chemo.cycles.size() >= 3 && int(i) != m_plan.deathCourse
            && m_rng.chance(0.04)) {
            const int given = m_rng.between(1, int(t.chemo.cycles.size()) - 1);
            const qint64 stop = jdOf(t.chemo.cycles.at(given - 1).startDate) + t.chemo.cycleLengthDays.value_or(21) - 1;
            makeOngoing(t, stop);
            t.status = CourseStatus::Stopped;
            t.endDate = day(stop);
            t.stopReason = q(m_rng.pick(kStopReasons));
        }
    }

    m_arrival = notComing ? 0 : m_plan.arrival;
    m_departure = m_death = 0;
    switch (m_status) {
    case S::Discharged:
    case S::RemoteFollowUp:
    case S::Closed:
    case S::LostToFollowUp:
        m_departure = std::min(departure, today);
        break;
    case S::Deceased:
        if (m_plan.deathCourse >= 0) {
            m_death = std::min(today, endOf(m_plan.deathCourse));
        } else {
            m_departure = std::min(departure, today);
            m_death = m_departure + m_rng.between(30, std::max(30, int(today - m_departure)));
            m_death = std::min(m_death, today);
        }
        break;
    default:
        break;
    }

    if (m_death) {
        static const char *const causes[] = {"Patient died of septic shock", "Patient died of progressive disease",
                                             "Patient died of intracranial haemorrhage"};
        for (size_t i = 0; i < n; ++i) {
            if (!m_plan.kept[i])
                continue;
            TreatmentCourse &t = m_plan.courses[i];
            const bool dying = int(i) == m_plan.deathCourse;
            if (jdOf(t.startDate) > m_death) {
                m_plan.kept[i] = 0;
            } else if (dying || !t.endDate.isValid() || jdOf(t.endDate) > m_death) {
                makeOngoing(t, m_death);
                t.status = CourseStatus::Stopped;
                t.endDate = day(m_death);
                t.stopReason = dying ? q(m_rng.pick(causes)) : QStringLiteral("Patient died");
                if (dying)
                    t.hsct.protectedUnitDischarge = QDate();
            }
        }
    }
    m_lastDay = m_death ? m_death : today;

    for (size_t i = 0; i < n; ++i)
        if (m_plan.kept[i] && m_plan.courses[i].status != CourseStatus::Planned)
            m_plan.courses[i].bestResponse = Response::NotAssessed;
    for (PlannedAssessment &a : m_plan.assessments) {
        bool keep = a.day <= m_lastDay && a.day >= m_dx && !(notComing && a.place != Place::Home);
        if (keep && a.course >= 0) {
            const size_t c = size_t(a.course);
            keep = m_plan.kept[c] && m_plan.courses[c].status != CourseStatus::Planned;
            if (keep && responseRank(a.result) > responseRank(m_plan.courses[c].bestResponse))
                m_plan.courses[c].bestResponse = a.result;
        }
        if (!keep)
            a.day = 0;
    }

    if (!notComing && m_status != S::Deceased) {
        if (m_arrival > today)
            m_status = m_arrival - today <= 7 ? S::Travelling : S::AwaitingVisa;
        else if (m_status == S::AwaitingVisa || m_status == S::Travelling || ongoingHere || planned)
            m_status = S::InTreatment;
    }
}

// ---------------------------------------------------------------------------
// Identity, documents, family, sponsor.

QString Generator::nativeFullName(const QString &family, const QString &given) const
{
    switch (m_nat) {
    case PK: return given + QLatin1Char(' ') + family;
    case CN: return family + given;
    default: return family + QLatin1Char(' ') + given;
    }
}

QString Generator::phone()
{
    switch (m_nat) {
    case PK:
        return QString::asprintf("+92 3%02d %07d", m_rng.between(0, 49), m_rng.between(0, 9999999));
    case KZ: {
        static const int codes[] = {700, 701, 702, 705, 707, 708, 747, 771, 775, 776, 777, 778};
        return QString::asprintf("+7 %d %03d %04d", m_rng.pick(codes), m_rng.between(0, 999), m_rng.between(0, 9999));
    }
    case KG: {
        static const int codes[] = {500, 501, 550, 555, 700, 701, 770, 772, 777};
        return QString::asprintf("+996 %d %03d %03d", m_rng.pick(codes), m_rng.between(0, 999), m_rng.between(0, 999));
    }
    case UZ: {
        static const int codes[] = {90, 91, 93, 94, 95, 97, 99, 33, 88};
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
    static const int codes[] = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 158, 186, 188};
    return QString::asprintf("+86 %d %04d %04d", m_rng.pick(codes), m_rng.between(0, 9999), m_rng.between(0, 9999));
}

QString Generator::passportNumber()
{
    static const char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ";
    switch (m_nat) {
    case PK:
        return QString::asprintf("%c%c%07d", letters[m_rng.index(sizeof letters - 1)],
                                 letters[m_rng.index(sizeof letters - 1)], m_rng.between(0, 9999999));
    case KZ: return QString::asprintf("N%08d", m_rng.between(0, 99999999));
    case KG: return QString::asprintf("AC%07d", m_rng.between(0, 9999999));
    case UZ: {
        static const char *const series[] = {"FA", "FB", "AD", "AB"};
        return QString::asprintf("%s%07d", m_rng.pick(series), m_rng.between(0, 9999999));
    }
    case RU: return QString::asprintf("7%d %07d", m_rng.between(0, 9), m_rng.between(0, 9999999));
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
    const NameForms &family = m_female ? m_familyNames[n][size_t(m_familyIndex)].female
                                       : m_familyNames[n][size_t(m_familyIndex)].male;
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
    case PK: m_language = std::array{QStringLiteral("ur"), QStringLiteral("en"), QStringLiteral("ps")}[size_t(m_rng.weighted({72, 18, 10}))]; break;
    case KZ: m_language = m_rng.chance(0.55) ? QStringLiteral("kk") : QStringLiteral("ru"); break;
    case KG: m_language = m_rng.chance(0.5) ? QStringLiteral("ky") : QStringLiteral("ru"); break;
    case UZ: m_language = m_rng.chance(0.8) ? QStringLiteral("uz") : QStringLiteral("ru"); break;
    case RU: m_language = QStringLiteral("ru"); break;
    case CN:
    case NatCount: m_language = QStringLiteral("zh"); break;
    }
    m_interpreter = m_language != QLatin1String("zh") && m_language != QLatin1String("en") && m_rng.chance(0.9);
    p.preferredLanguage = m_language;
    p.interpreterNeeded = m_interpreter;
    static const int urduDesk[] = {6, 3, 0}, russianDesk[] = {4, 7, 2}, uzbekDesk[] = {5, 2}, chineseDesk[] = {0, 1};
    int coordinator = 0;
    switch (m_nat) {
    case PK: coordinator = m_rng.pick(urduDesk); break;
    case UZ: coordinator = m_language == QLatin1String("uz") ? m_rng.pick(uzbekDesk) : m_rng.pick(russianDesk); break;
    case CN: coordinator = m_rng.pick(chineseDesk); break;
    default: coordinator = m_rng.pick(russianDesk); break;
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
        else if (r < 14 && (m_status == S::Enquiry || m_status == S::Closed || m_status == S::LostToFollowUp
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
            p.visaType = std::array{QStringLiteral("L"), QStringLiteral("M"), QStringLiteral("S2")}[size_t(m_rng.weighted({75, 10, 15}))];
            p.visaNumber = QString::asprintf("E%08d", m_rng.between(0, 99999999));
            qint64 expiry = m_arrival + std::array{90, 180, 365}[size_t(m_rng.weighted({50, 35, 15}))];
            if (m_status == S::InTreatment && m_rng.chance(0.3))
                expiry = today + m_rng.between(3, 30);
            p.visaExpiry = day(std::max(expiry, m_arrival + 1));
        }
    }

    // Contact
    p.phone = phone();
    if (m_rng.chance(0.45)) {
        static const char *const domains[] = {"example.com", "example.org", "example.net"};
        const QString local = m_nat == CN ? QString::number(m_rng.between(10000000, 999999999))
                                          : (p.givenNameLatin + QLatin1Char('.') + p.familyNameLatin).toLower()
                                                + QString::number(day(m_birth).year() % 100);
        p.email = local + QLatin1Char('@') + QLatin1String(m_rng.pick(domains));
    }
    if (m_rng.chance(0.8)) {
        const char *app = m_nat == CN ? "WeChat " : m_nat == PK ? "WhatsApp " : m_nat == RU ? "Telegram "
                          : m_rng.chance(0.6) ? "WhatsApp " : "Telegram ";
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
        const int k = age < 40 ? m_rng.weighted({40, 30, 15, 15}) : m_rng.weighted({55, 20, 15, 10});
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
    struct SponsorDef {
        SponsorType type;
        const char *name;
        int weight;
    };
    static const std::array<std::vector<SponsorDef>, NatCount> sponsors = {{
        {{SponsorType::Self, nullptr, 45}, {SponsorType::Government, "Punjab Health Department (treatment-abroad scheme)", 7},
         {SponsorType::Government, "Khyber Pakhtunkhwa Health Department", 5}, {SponsorType::Charity, "Noor Welfare Trust", 14},
         {SponsorType::Charity, "Zakat and Ushr Committee", 8}, {SponsorType::Charity, "Crescent Thalassaemia Society", 6},
         {SponsorType::Embassy, "Embassy of Pakistan, Beijing", 8}, {SponsorType::Insurer, "Crescent Health Insurance", 7}},
        {{SponsorType::Self, nullptr, 35}, {SponsorType::Government, "Ministry of Health of Kazakhstan (treatment-abroad quota)", 35},
         {SponsorType::Charity, "Meyirim Charitable Fund", 10}, {SponsorType::Charity, "Balapan Charitable Foundation", 8},
         {SponsorType::Insurer, "Steppe Insurance", 12}},
        {{SponsorType::Self, nullptr, 45}, {SponsorType::Government, "Ministry of Health of the Kyrgyz Republic", 20},
         {SponsorType::Charity, "Ak-Nur Charitable Fund", 30}, {SponsorType::Embassy, "Embassy of the Kyrgyz Republic, Beijing", 5}},
        {{SponsorType::Self, nullptr, 50}, {SponsorType::Government, "Ministry of Health of Uzbekistan (quota)", 25},
         {SponsorType::Charity, "Mehr Charitable Fund", 20}, {SponsorType::Insurer, "Silk Road Insurance", 5}},
        {{SponsorType::Self, nullptr, 40}, {SponsorType::Insurer, "Northern Star Insurance (VHI)", 30},
         {SponsorType::Charity, "Podsolnukh Charity Fund", 20}, {SponsorType::Government, "Regional Ministry of Health (quota)", 10}},
        {{SponsorType::Self, nullptr, 40}, {SponsorType::Government, "Municipal basic medical insurance", 45},
         {SponsorType::Insurer, "Commercial critical-illness insurance", 10}, {SponsorType::Charity, "Leukaemia and Lymphoma Relief Fund", 5}},
    }};
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
            p.sponsorReference = QStringLiteral("%1-%2/%3").arg(m_natCode[n]).arg(year).arg(m_rng.between(1, 99999), 5, 10,
                                                                                          QLatin1Char('0'));
        }
    }

    p.caseStatus = m_status;
    if (m_arrival)
        p.arrivalDate = day(m_arrival);
    if (m_departure)
        p.departureDate = day(m_departure);

    switch (m_status) {
    case S::Enquiry:
        p.notes = std::array{QStringLiteral("Enquiry by e-mail from the family; medical records requested."),
                             QStringLiteral("Enquiry through the referring hospital; awaiting the pathology report."),
                             QStringLiteral("Messenger enquiry; cost estimate sent.")}[size_t(m_rng.index(3))];
        break;
    case S::TeleConsultation: p.notes = QStringLiteral("Tele-consultation arranged with the referring team."); break;
    case S::AwaitingVisa: p.notes = QStringLiteral("Invitation letter sent; visa appointment booked."); break;
    case S::Travelling: p.notes = QStringLiteral("Flight booked; airport pick-up arranged."); break;
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
            p.notes = std::array{QStringLiteral("Halal meals requested."), QStringLiteral("Prefers a female doctor."),
                                 QStringLiteral("Family rents an apartment near the hospital."),
                                 QStringLiteral("Needs a wheelchair at the airport.")}[size_t(m_rng.index(4))];
        break;
    }

    static const std::array<std::vector<const char *>, 7> interpreters = {{
        {"Hu Yan", "Tariq Mehmood"}, {"Zarmina Afridi"}, {"Aliya Serikkyzy", "Erbol Nurlanuly"},
        {"Aizada Toktogulova"}, {"Dilshod Rakhimov", "Shahlo Yusupova"}, {"Ma Lina", "Sun Tao", "Yelena Park"}, {},
    }};
    static const char *const languages[] = {"ur", "ps", "kk", "ky", "uz", "ru"};
    size_t li = 6;
    for (size_t i = 0; i < 6; ++i)
        if (m_language == QLatin1String(languages[i]))
            li = i;
    m_interpreterName = m_interpreter && !interpreters[li].empty()
                            ? QLatin1String(interpreters[li][size_t(m_rng.index(interpreters[li].size()))])
                            : QString();
}

// ---------------------------------------------------------------------------
// The patient's records.

void Generator::writeParts()
{
    const DiseaseStrings &text = m_diseaseText[size_t(m_diseaseIndex)];
    Diagnosis dx;
    dx.patientId = m_patientId;
    dx.icd10Code = text.code;
    dx.icd10Text = text.text;
    dx.icdO3Morphology = text.morphology;
    dx.icdO3Topography = text.topography;
    dx.diagnosedOn = day(m_dx);
    dx.basis = m_disease->basis;
    dx.stagingSystem = m_disease->staging;
    if (!text.stages.empty())
        dx.stage = text.stages[size_t(m_rng.index(text.stages.size()))];
    if (m_disease->lateral) {
        const int k = m_rng.weighted({48, 48, m_disease->plan == PlanKind::Ovary ? 40 : 0, 3});
        dx.laterality = std::array{Laterality::Left, Laterality::Right, Laterality::Bilateral, Laterality::Unknown}[size_t(k)];
    }
    if (m_rng.chance(0.12))
        dx.institutionId = m_inst[m_nat == PK ? iRawalpindiLab : m_nat == KZ ? iAlmatyLab : iCnLab];
    else
        dx.institutionId = m_referrer;
    if (m_disease->oncology && m_rng.chance(0.2))
        dx.notes = QStringLiteral("Pathology reviewed at this centre: diagnosis confirmed.");
    if (!put(dx))
        return;
    m_diagnosisId = dx.id;

    const qint64 fortieth = m_birth + 40 * 365;
    if (fortieth < m_lastDay && m_rng.chance(0.15)) {
        const ComorbidityDef &c = m_rng.pick(kComorbidities);
        if (qstrcmp(c.code, m_disease->code) != 0) {
            Diagnosis co;
            co.patientId = m_patientId;
            co.icd10Code = QLatin1String(c.code);
            co.icd10Text = QLatin1String(c.text);
            const qint64 from = std::max(m_birth + 25 * 365, m_lastDay - 15 * 365);
            co.diagnosedOn = day(from + m_rng.between(0, int(m_lastDay - from)));
            co.basis = DiagnosisBasis::Clinical;
            co.institutionId = m_referrer;
            put(co);
        }
    }

    for (size_t i = 0; i < m_plan.courses.size(); ++i) {
        if (!m_plan.kept[i])
            continue;
        TreatmentCourse &t = m_plan.courses[i];
        t.patientId = m_patientId;
        t.diagnosisId = m_diagnosisId;
        if (!put(t))
            return;
        m_plan.ids[i] = t.id;
    }

    for (const PlannedAssessment &pa : m_plan.assessments) {
        if (!pa.day)
            continue;
        Assessment a;
        a.patientId = m_patientId;
        if (pa.course >= 0)
            a.courseId = m_plan.ids[size_t(pa.course)];
        a.assessedOn = day(pa.day);
        a.result = pa.result;
        if (pa.blasts >= 0)
            a.blastPercent = pa.blasts;
        a.method = pa.method;
        if (pa.place == Place::Home)
            a.institutionId = m_referrer;
        a.notes = pa.note;
        if (!put(a))
            return;
    }
    m_pendingMeasurements.clear();
    writeMeasurements();
    // A patient's series goes in as one batch, as a laboratory import would.
    if (!m_error && !m_pendingMeasurements.isEmpty()) {
        if (Status s = m_store.createMany(m_pendingMeasurements); !s) {
            Error e = s.error();
            e.message = SyntheticCentre::tr("Synthetic patient %1, measurements: %2").arg(m_recordNumber, e.message);
            m_error = std::move(e);
            return;
        }
    }
    writeVisits();
}

bool Generator::measure(qint64 jd, MeasurementKind kind, double value, const QString &unit, const QString &label)
{
    if (m_error)
        return false;
    if (jd > m_lastDay || jd < m_birth)
        return true;
    Measurement &m = m_pendingMeasurements.emplace_back();
    m.patientId = m_patientId;
    m.kind = kind;
    m.value = value;
    m.unit = unit;
    m.label = label;
    const qint64 minutes = m_rng.between(60, 540); // 09:00-17:00 in Beijing
    m.takenAt = QDateTime::fromMSecsSinceEpoch(((jd - kUnixEpochJd) * 1440 + minutes) * 60000, Qt::UTC);
    return true;
}

void Generator::writeMeasurements()
{
    static const QString kg = QStringLiteral("kg"), cm = QStringLiteral("cm"), count = QStringLiteral("10^9/L"),
                         gl = QStringLiteral("g/L"), percent = QStringLiteral("%"), uml = QStringLiteral("U/mL"),
                         ngml = QStringLiteral("ng/mL"), ugl = QStringLiteral("µg/L"), mmol = QStringLiteral("mmol/L");
    const auto ageOn = [&](qint64 jd) { return double(jd - m_birth) / 365.25; };
    const auto weight = [&](qint64 jd, double factor) {
        measure(jd, MeasurementKind::Weight, round1(std::clamp(m_body.weight(ageOn(jd)) * factor, 0.5, 300.0)), kg);
    };
    const auto height = [&](qint64 jd) {
        measure(jd, MeasurementKind::Height, round1(std::max(25.0, m_body.height(ageOn(jd)))), cm);
    };
    const bool child = ageOn(m_lastDay) < 18;
    const double sick = m_disease->oncology ? m_rng.real(0.88, 0.99) : 1.0;
    const bool arrived = m_arrival && m_arrival <= m_lastDay;

    if (m_rng.chance(0.5))
        weight(m_dx + m_rng.between(0, 3), m_rng.real(0.97, 1.03));
    if (!arrived) {
        const qint64 reported = std::max(m_dx, m_lastDay - m_rng.between(0, 20));
        weight(reported, sick);
        height(reported);
    } else {
        weight(m_arrival + 1, sick);
        height(m_arrival + 1);
        int weighed = 0;
        for (size_t i = 0; i < m_plan.courses.size() && weighed < 3; ++i) {
            const TreatmentCourse &t = m_plan.courses[i];
            if (!m_plan.kept[i] || m_plan.places[i] == Place::Home || t.status == CourseStatus::Planned)
                continue;
            const qint64 start = jdOf(t.startDate);
            if (start <= m_arrival + 2)
                continue;
            weight(start, sick * m_rng.real(0.96, 1.02));
            ++weighed;
        }
        if (m_departure) {
            weight(m_departure - 1, sick * m_rng.real(0.95, 1.0));
            if (child)
                height(m_departure - 1);
            if (m_rng.chance(0.4))
                weight(m_departure + m_rng.between(150, 200), m_rng.real(0.97, 1.04));
        }
        for (size_t i = 0; i < m_plan.courses.size(); ++i) {
            const TreatmentCourse &t = m_plan.courses[i];
            if (m_plan.kept[i] && m_plan.places[i] != Place::Home && t.status != CourseStatus::Planned
                && (t.type == TreatmentType::CarT || t.type == TreatmentType::StemCellTransplant))
                writeCounts(t);
        }
    }

    const qint64 lab = arrived ? m_arrival + 1 : m_dx;
    const qint64 end = m_plan.hereEnd;
    switch (m_disease->plan) {
    case PlanKind::AllChild:
    case PlanKind::AllAdult:
    case PlanKind::AmlChild:
    case PlanKind::AmlAdult:
    case PlanKind::Cml: {
        const bool cml = m_disease->plan == PlanKind::Cml;
        measure(lab, MeasurementKind::Wbc, round1(m_rng.real(1.5, cml ? 120 : 60)), count);
        measure(lab, MeasurementKind::Haemoglobin, std::round(m_rng.real(70, 115)), gl);
        measure(lab, MeasurementKind::BlastPercent, round1(m_rng.real(cml ? 1 : 5, cml ? 8 : 85)), percent);
        break;
    }
    case PlanKind::Ovary: {
        static const QString ca125 = QStringLiteral("CA-125");
        measure(m_dx, MeasurementKind::TumourMarker, std::round(m_rng.real(300, 3000)), uml, ca125);
        if (arrived)
            measure(m_arrival + 1, MeasurementKind::TumourMarker, std::round(m_rng.real(40, 600)), uml, ca125);
        measure(end, MeasurementKind::TumourMarker, std::round(m_rng.real(8, 60)), uml, ca125);
        break;
    }
    case PlanKind::Breast: {
        static const QString ca153 = QStringLiteral("CA 15-3");
        measure(m_dx, MeasurementKind::TumourMarker, round1(m_rng.real(25, 120)), uml, ca153);
        measure(end, MeasurementKind::TumourMarker, round1(m_rng.real(8, 30)), uml, ca153);
        break;
    }
    case PlanKind::Lung: {
        static const QString cea = QStringLiteral("CEA");
        measure(m_dx, MeasurementKind::TumourMarker, round1(m_rng.real(5, 150)), ngml, cea);
        measure(end, MeasurementKind::TumourMarker, round1(m_rng.real(2, 40)), ngml, cea);
        break;
    }
    case PlanKind::Myeloma: {
        static const QString mProtein = QStringLiteral("Serum M-protein");
        measure(m_dx, MeasurementKind::Other, round1(m_rng.real(20, 60)), gl, mProtein);
        if (arrived)
            measure(m_arrival + 1, MeasurementKind::Other, round1(m_rng.real(5, 20)), gl, mProtein);
        measure(end + 90, MeasurementKind::Other, round1(m_rng.real(0.5, 5)), gl, mProtein);
        break;
    }
    case PlanKind::Thalassaemia: {
        static const QString ferritin = QStringLiteral("Ferritin");
        measure(lab, MeasurementKind::Haemoglobin, std::round(m_rng.real(65, 92)), gl);
        measure(lab, MeasurementKind::Other, std::round(m_rng.real(1500, 6000)), ugl, ferritin);
        if (arrived)
            measure(end + 60, MeasurementKind::Haemoglobin, std::round(m_rng.real(95, 125)), gl);
        break;
    }
    case PlanKind::Cardiac: {
        static const QString ldl = QStringLiteral("LDL cholesterol"), ef = QStringLiteral("LV ejection fraction");
        measure(lab, MeasurementKind::Other, round1(m_rng.real(2.0, 4.5)), mmol, ldl);
        measure(lab, MeasurementKind::Other, std::round(m_rng.real(35, 60)), percent, ef);
        break;
    }
    default:
        break;
    }
}

// Neutrophils and platelets around day 0 of a transplant or CAR-T infusion,
// coherent with the recorded engraftment dates.
void Generator::writeCounts(const TreatmentCourse &t)
{
    static const QString count = QStringLiteral("10^9/L");
    const qint64 d0 = jdOf(t.dayZero());
    if (!d0)
        return;
    if (t.type == TreatmentType::StemCellTransplant) {
        const qint64 ancDay = jdOf(t.hsct.neutrophilEngraftment);
        const qint64 pltDay = jdOf(t.hsct.plateletEngraftment);
        for (int offset : {0, 7, 14, 21}) {
            const qint64 jd = d0 + offset;
            if (jd > m_lastDay)
                break;
            const double anc = ancDay && jd >= ancDay ? 0.5 + double(jd - ancDay) * 0.12 + m_rng.real(0, 0.6)
                               : offset == 0          ? m_rng.real(0.05, 0.8)
                                                      : m_rng.real(0.0, 0.3);
            const double plt = pltDay && jd >= pltDay ? 20 + double(jd - pltDay) * 4 + m_rng.real(0, 25)
                               : offset == 0          ? m_rng.real(15, 60)
                                                      : m_rng.real(3, 18);
            measure(jd, MeasurementKind::Anc, round2(anc), count);
            measure(jd, MeasurementKind::Platelets, std::round(plt), count);
        }
        return;
    }
    static const int offsets[] = {0, 7, 14, 28};
    static const double ancLo[] = {0.2, 0.05, 0.3, 0.8}, ancHi[] = {1.5, 0.6, 2.0, 3.5};
    static const double pltLo[] = {40, 15, 20, 40}, pltHi[] = {160, 80, 120, 220};
    for (size_t k = 0; k < 4; ++k) {
        const qint64 jd = d0 + offsets[k];
        if (jd > m_lastDay)
            break;
        measure(jd, MeasurementKind::Anc, round2(m_rng.real(ancLo[k], ancHi[k])), count);
        measure(jd, MeasurementKind::Platelets, std::round(m_rng.real(pltLo[k], pltHi[k])), count);
    }
}

bool Generator::visit(VisitType type, qint64 jd, int durationMinutes, const QString &question, const QString &findings,
                      const QString &summary, const QString &recommendations, bool remote)
{
    if (m_error)
        return false;
    static const QString centreZone = QStringLiteral("Asia/Shanghai");
    static const QString coordinatorRole = QStringLiteral("coordinator");
    static const QString referrerRole = QStringLiteral("referring physician");
    Visit &v = m_visit;
    v.patientId = m_patientId;
    v.type = type;
    const qint64 minutes = remote ? m_rng.between(300, 510) : m_rng.between(60, 540);
    v.startsAt = QDateTime::fromMSecsSinceEpoch(((jd - kUnixEpochJd) * 1440 + minutes) * 60000, Qt::UTC);
    v.durationMinutes = durationMinutes;
    v.localTimeZone = centreZone;
    v.remoteTimeZone = remote ? m_remoteZone : QString();
    v.institutionId = remote ? m_referrer : std::nullopt;
    v.participants.clear();
    if (type == VisitType::TeleConsultation || type == VisitType::MultidisciplinaryMeeting
        || type == VisitType::FollowUp) {
        const size_t lead = size_t(m_disease->lead);
        v.participants.append({m_doctorName[lead], m_doctorRole[lead], QString(), ParticipantSide::Local});
        if (type == VisitType::MultidisciplinaryMeeting) {
            const size_t second = size_t(m_disease->second);
            v.participants.append({m_doctorName[second], m_doctorRole[second], QString(), ParticipantSide::Local});
        }
        v.participants.append({m_coordinator, coordinatorRole, QString(), ParticipantSide::Local});
        if (remote) {
            if (!m_referringDoctor.isEmpty())
                v.participants.append({m_referringDoctor, referrerRole, m_instName[size_t(m_referrerIndex)],
                                       ParticipantSide::Remote});
            v.participants.append({m_contactName, m_contactRole, QString(), ParticipantSide::Remote});
        }
    }
    const bool interpreted = !m_interpreterName.isEmpty() && type != VisitType::MultidisciplinaryMeeting;
    v.interpreter = interpreted ? m_interpreterName : QString();
    v.interpreterLanguage = interpreted ? m_language : QString();
    v.question = question;
    v.findings = findings;
    v.summary = summary;
    v.recommendations = recommendations;
    return put(v);
}

void Generator::writeVisits()
{
    using S = CaseStatus;
    static const QString preFindings = QStringLiteral("Referral letter, pathology and imaging reviewed with the referring team.");
    static const QString preSummary = QStringLiteral("Case discussed across borders; plan and cost estimate agreed with the family.");
    static const QString reviewQuestion = QStringLiteral("Review of new results before the decision to travel.");
    static const QString mdtFindings = QStringLiteral("Eligibility confirmed; organ function adequate.");
    static const QString wardFindings = QStringLiteral("Tolerating treatment; no new complaints.");
    static const QString wardSummary = QStringLiteral("Ward review; plan unchanged.");
    static const QString dischargeSummary = QStringLiteral("Discharged home; treatment summary sent to the referring team.");
    static const QString dischargeAdvice = QStringLiteral("Follow-up tele-consultations at 3, 6 and 12 months; blood counts locally every 2–4 weeks.");
    static const QString followQuestion = QStringLiteral("Follow-up after treatment at this centre.");
    static const QString followSummary = QStringLiteral("Routine follow-up.");
    static const QString followAdvice = QStringLiteral("Next review in three months; repeat labs locally and send the results.");
    static const QString progression = QStringLiteral("Progression reported by the referring team; palliative care at home.");
    static const QString scheduled = QStringLiteral("Scheduled follow-up tele-consultation.");
    static const std::array<QString, 3> wellFindings = {QStringLiteral("Well; blood counts and examination unremarkable."),
                                                        QStringLiteral("Doing well at home; no signs of relapse."),
                                                        QStringLiteral("Mild fatigue; labs stable; continues follow-up at home.")};
    const DiseaseStrings &text = m_diseaseText[size_t(m_diseaseIndex)];
    const qint64 today = m_today;
    if (m_status == S::Enquiry)
        return;

    qint64 tele = m_status == S::TeleConsultation ? today - m_rng.between(0, 25) : m_arrival - m_rng.between(14, 75);
    if (m_arrival && tele >= m_arrival)
        tele = m_arrival - 1;
    tele = std::min(std::max(tele, m_dx + 1), today);
    if (!visit(VisitType::TeleConsultation, tele, m_rng.between(30, 60), text.question, preFindings, preSummary,
               text.recommendation, true))
        return;
    if (m_status == S::TeleConsultation) {
        if (m_rng.chance(0.4))
            visit(VisitType::TeleConsultation, today + m_rng.between(3, 21), 45, reviewQuestion, QString(), QString(),
                  QString(), true);
        return;
    }
    if (!m_arrival || m_arrival > m_lastDay)
        return;

    QString admission = text.admission;
    for (size_t i = 0; i < m_plan.courses.size(); ++i) {
        if (m_plan.kept[i] && m_plan.places[i] != Place::Home) {
            admission += QStringLiteral(" Plan: ") + m_plan.courses[i].name + QLatin1Char('.');
            break;
        }
    }
    visit(VisitType::Admission, std::min(m_lastDay, m_arrival + m_rng.between(0, 1)), 0, QString(), QString(),
          admission, QString(), false);
    for (size_t i = 0; i < m_plan.courses.size(); ++i) {
        const TreatmentCourse &t = m_plan.courses[i];
        if (!m_plan.kept[i] || m_plan.places[i] == Place::Home)
            continue;
        if (t.type == TreatmentType::CarT || t.type == TreatmentType::StemCellTransplant
            || t.type == TreatmentType::Surgery || t.type == TreatmentType::GeneTherapy) {
            const qint64 jd = std::max(m_arrival + 1, jdOf(t.startDate) - m_rng.between(1, 5));
            if (m_rng.chance(0.5) && jd <= m_lastDay)
                visit(VisitType::MultidisciplinaryMeeting, jd, m_rng.between(30, 45), text.question, mdtFindings,
                      QStringLiteral("MDT agreed: ") + t.name + QLatin1Char('.'), text.recommendation, false);
            break;
        }
    }
    if (m_status == S::InTreatment && m_rng.chance(0.4) && m_arrival + 2 <= today)
        visit(VisitType::Outpatient, std::max(m_arrival + 2, today - m_rng.between(0, 7)), m_rng.between(15, 30),
              QString(), wardFindings, wardSummary, QString(), false);
    if (!m_departure)
        return;
    visit(VisitType::Discharge, m_departure, m_rng.between(20, 40), QString(), QString(), dischargeSummary,
          dischargeAdvice, false);

    static const int offsets[] = {90, 180, 365, 730};
    const int limit = m_status == S::LostToFollowUp ? 1 : 4;
    for (int k = 0; k < limit; ++k) {
        const qint64 jd = m_departure + offsets[k] + m_rng.between(-7, 7);
        if (jd > m_lastDay) {
            if (m_status == S::RemoteFollowUp && m_rng.chance(0.4))
                visit(VisitType::TeleConsultation, jd, 30, scheduled, QString(), QString(), QString(), true);
            break;
        }
        const bool lastBeforeDeath = m_death && (k == 3 || m_departure + offsets[k + 1] - 7 > m_death);
        const bool remote = m_rng.chance(0.85);
        visit(remote ? VisitType::TeleConsultation : VisitType::FollowUp, jd, m_rng.between(20, 40), followQuestion,
              lastBeforeDeath ? progression : wellFindings[size_t(m_rng.index(3))], followSummary, followAdvice, remote);
    }
}

Status Generator::createInstitutions()
{
    QHash<QString, qint64> existing;
    for (const Institution &i : m_store.institutions())
        existing.insert(i.name, i.id);
    for (int k = 0; k < InstitutionCount; ++k) {
        const InstitutionDef &d = kInstitutions[k];
        const QString name = q(d.name);
        if (const auto it = existing.constFind(name); it != existing.constEnd()) {
            m_inst[size_t(k)] = *it;
            continue;
        }
        Institution inst;
        inst.name = name;
        inst.nameLocal = q(d.local);
        inst.kind = d.kind;
        inst.country = q(d.country);
        inst.city = q(d.city);
        inst.timeZone = q(d.zone);
        inst.contactPerson = q(d.contact);
        inst.phone = q(d.phone);
        inst.email = q(d.email);
        const Result<qint64> created = m_store.create(inst);
        if (!created) {
            Error e = created.error();
            e.message = SyntheticCentre::tr("Synthetic institution %1: %2").arg(name, e.message);
            return e;
        }
        m_inst[size_t(k)] = *created;
    }
    return {};
}

} // namespace

Status generateSyntheticCentre(Store &store, const SyntheticOptions &options,
                               const std::function<void(int done, int total)> &progress)
{
    Generator generator(store, options);
    const Status status = generator.run(progress);
    store.announceReset();
    return status;
}

} // namespace caravan
