// Synthetic names: the compiled-in name tables per nationality (see
// syntheticnames.h) and their conversion into QString pools. Names enter from
// nowhere else and leave only through maleGivenNames(), femaleGivenNames() and
// familyNames(), in table order.
#include "synthetic/syntheticnames.h"

#include "synthetic/syntheticsupport.h"

#include <cstddef>
#include <utility>

namespace caravan::synthetic {

namespace {

struct GivenDef
{
    const char *native;
    const char *latin;
    const char *alt;
};
struct FamilyDef
{
    const char *nativeM;
    const char *nativeF; // nullptr: not gendered
    const char *latinM;
    const char *latinF;
    const char *altM;
    const char *altF;
};

const GivenDef kPkMale[] = {
    { "محمد", "Muhammad", "Mohammad" }, { "احمد", "Ahmed", "Ahmad" },
    { "علی", "Ali", nullptr },          { "عمر", "Umar", "Omar" },
    { "حمزہ", "Hamza", "Hamzah" },      { "بلال", "Bilal", nullptr },
    { "عثمان", "Usman", "Osman" },      { "حسن", "Hassan", "Hasan" },
    { "زین", "Zain", "Zayn" },          { "عبداللہ", "Abdullah", "Abdulla" },
    { "فیصل", "Faisal", "Faysal" },     { "عمران", "Imran", nullptr },
    { "عارف", "Arif", nullptr },        { "ابراہیم", "Ibrahim", "Ebrahim" },
    { "ارسلان", "Arslan", nullptr },    { "سلمان", "Salman", nullptr },
    { "یوسف", "Yousuf", "Yusuf" },      { "طارق", "Tariq", "Tarik" },
};
const GivenDef kPkFemale[] = {
    { "فاطمہ", "Fatima", "Fatimah" }, { "عائشہ", "Ayesha", "Aisha" },     { "زینب", "Zainab", "Zaynab" },
    { "مریم", "Maryam", "Mariam" },   { "حرا", "Hira", nullptr },         { "صبا", "Saba", nullptr },
    { "نادیہ", "Nadia", "Nadiya" },   { "سدرہ", "Sidra", nullptr },       { "آمنہ", "Amna", "Aamna" },
    { "رابعہ", "Rabia", "Rabiya" },   { "ثنا", "Sana", nullptr },         { "خدیجہ", "Khadija", "Khadeeja" },
    { "شازیہ", "Shazia", nullptr },   { "ماہ نور", "Mahnoor", "Mahnur" }, { "انعم", "Anum", "Anam" },
    { "کرن", "Kiran", nullptr },
};
const FamilyDef kPkFamily[] = {
    { "خان", nullptr, "Khan", nullptr, nullptr, nullptr },
    { "احمد", nullptr, "Ahmed", nullptr, "Ahmad", nullptr },
    { "حسین", nullptr, "Hussain", nullptr, "Hussein", nullptr },
    { "ملک", nullptr, "Malik", nullptr, nullptr, nullptr },
    { "قریشی", nullptr, "Qureshi", nullptr, "Qureshy", nullptr },
    { "بٹ", nullptr, "Butt", nullptr, nullptr, nullptr },
    { "چوہدری", nullptr, "Chaudhry", nullptr, "Chaudhary", nullptr },
    { "رضا", nullptr, "Raza", nullptr, nullptr, nullptr },
    { "شاہ", nullptr, "Shah", nullptr, nullptr, nullptr },
    { "اقبال", nullptr, "Iqbal", nullptr, nullptr, nullptr },
    { "صدیقی", nullptr, "Siddiqui", nullptr, "Siddiqi", nullptr },
    { "اختر", nullptr, "Akhtar", nullptr, nullptr, nullptr },
    { "بیگ", nullptr, "Baig", nullptr, "Beg", nullptr },
    { "مرزا", nullptr, "Mirza", nullptr, nullptr, nullptr },
    { "جاوید", nullptr, "Javed", nullptr, "Javaid", nullptr },
    { "نواز", nullptr, "Nawaz", nullptr, nullptr, nullptr },
    { "عباسی", nullptr, "Abbasi", nullptr, nullptr, nullptr },
    { "یوسفزئی", nullptr, "Yousafzai", nullptr, "Yusufzai", nullptr },
    { "آفریدی", nullptr, "Afridi", nullptr, nullptr, nullptr },
    { "رانا", nullptr, "Rana", nullptr, nullptr, nullptr },
};

const GivenDef kKzMale[] = {
    { "Нұрлан", "Nurlan", nullptr },    { "Ерлан", "Yerlan", "Erlan" },        { "Асхат", "Askhat", "Askat" },
    { "Дәурен", "Dauren", nullptr },    { "Ержан", "Yerzhan", "Erzhan" },      { "Бауыржан", "Bauyrzhan", "Baurzhan" },
    { "Серік", "Serik", nullptr },      { "Арман", "Arman", nullptr },         { "Айбек", "Aibek", "Aybek" },
    { "Данияр", "Daniyar", "Daniiar" }, { "Нұрсұлтан", "Nursultan", nullptr }, { "Ерасыл", "Yerassyl", "Erasyl" },
    { "Алихан", "Alikhan", nullptr },   { "Темірлан", "Temirlan", nullptr },   { "Әлішер", "Alisher", nullptr },
    { "Бекзат", "Bekzat", nullptr },
};
const GivenDef kKzFemale[] = {
    { "Айгерім", "Aigerim", "Aygerim" }, { "Динара", "Dinara", nullptr },   { "Гүлнар", "Gulnar", nullptr },
    { "Әсел", "Assel", "Asel" },         { "Жанар", "Zhanar", nullptr },    { "Меруерт", "Meruert", nullptr },
    { "Айым", "Aiym", "Ayim" },          { "Назерке", "Nazerke", nullptr }, { "Мадина", "Madina", nullptr },
    { "Гүлмира", "Gulmira", nullptr },   { "Ақерке", "Akerke", nullptr },   { "Балжан", "Balzhan", nullptr },
    { "Томирис", "Tomiris", nullptr },   { "Аружан", "Aruzhan", nullptr },  { "Сабина", "Sabina", nullptr },
    { "Дана", "Dana", nullptr },
};
const FamilyDef kKzFamily[] = {
    { "Жақсылықов", "Жақсылықова", "Zhaksylykov", "Zhaksylykova", "Jaksylykov", "Jaksylykova" },
    { "Нұрланов", "Нұрланова", "Nurlanov", "Nurlanova", nullptr, nullptr },
    { "Серікбаев", "Серікбаева", "Serikbayev", "Serikbayeva", "Serikbaev", "Serikbaeva" },
    { "Төлеуов", "Төлеуова", "Toleuov", "Toleuova", "Tuleuov", "Tuleuova" },
    { "Әбдіров", "Әбдірова", "Abdirov", "Abdirova", nullptr, nullptr },
    { "Қасымов", "Қасымова", "Kassymov", "Kassymova", "Kasymov", "Kasymova" },
    { "Оспанов", "Оспанова", "Ospanov", "Ospanova", nullptr, nullptr },
    { "Ахметов", "Ахметова", "Akhmetov", "Akhmetova", "Ahmetov", "Ahmetova" },
    { "Бекмұхамбетов", "Бекмұхамбетова", "Bekmukhambetov", "Bekmukhambetova", nullptr, nullptr },
    { "Сәрсенбаев", "Сәрсенбаева", "Sarsenbayev", "Sarsenbayeva", "Sarsenbaev", "Sarsenbaeva" },
    { "Жұмабаев", "Жұмабаева", "Zhumabayev", "Zhumabayeva", "Zhumabaev", "Zhumabaeva" },
    { "Исаев", "Исаева", "Issayev", "Issayeva", "Isaev", "Isaeva" },
    { "Байжанов", "Байжанова", "Baizhanov", "Baizhanova", "Bayzhanov", "Bayzhanova" },
    { "Тоқтаров", "Тоқтарова", "Toktarov", "Toktarova", nullptr, nullptr },
    { "Мұратов", "Мұратова", "Muratov", "Muratova", nullptr, nullptr },
    { "Сейітов", "Сейітова", "Seitov", "Seitova", "Seytov", "Seytova" },
};

const GivenDef kKgMale[] = {
    { "Бакыт", "Bakyt", nullptr },       { "Азамат", "Azamat", nullptr },      { "Нурбек", "Nurbek", nullptr },
    { "Эрлан", "Erlan", nullptr },       { "Улан", "Ulan", nullptr },          { "Бекзат", "Bekzat", nullptr },
    { "Канат", "Kanat", nullptr },       { "Жоомарт", "Zhoomart", "Joomart" }, { "Айбек", "Aibek", "Aybek" },
    { "Эмир", "Emir", nullptr },         { "Мирлан", "Mirlan", nullptr },      { "Тилек", "Tilek", nullptr },
    { "Эльдияр", "Eldiiar", "Eldiyar" }, { "Нурислам", "Nurislam", nullptr },
};
const GivenDef kKgFemale[] = {
    { "Айгүл", "Aigul", "Aygul" },    { "Жылдыз", "Zhyldyz", "Jyldyz" },   { "Гүлзат", "Gulzat", nullptr },
    { "Айпери", "Aiperi", "Ayperi" }, { "Нургүл", "Nurgul", nullptr },     { "Бегимай", "Begimai", "Begimay" },
    { "Чолпон", "Cholpon", nullptr }, { "Айжан", "Aizhan", "Ayzhan" },     { "Мээрим", "Meerim", nullptr },
    { "Асел", "Asel", nullptr },      { "Кундуз", "Kunduz", nullptr },     { "Динара", "Dinara", nullptr },
    { "Элнура", "Elnura", nullptr },  { "Айсулуу", "Aisuluu", "Aysuluu" },
};
const FamilyDef kKgFamily[] = {
    { "Асанов", "Асанова", "Asanov", "Asanova", nullptr, nullptr },
    { "Токтогулов", "Токтогулова", "Toktogulov", "Toktogulova", nullptr, nullptr },
    { "Сыдыков", "Сыдыкова", "Sydykov", "Sydykova", nullptr, nullptr },
    { "Жумабеков", "Жумабекова", "Zhumabekov", "Zhumabekova", "Jumabekov", "Jumabekova" },
    { "Абдыкадыров", "Абдыкадырова", "Abdykadyrov", "Abdykadyrova", nullptr, nullptr },
    { "Мамбетов", "Мамбетова", "Mambetov", "Mambetova", nullptr, nullptr },
    { "Осмонов", "Осмонова", "Osmonov", "Osmonova", nullptr, nullptr },
    { "Турдубаев", "Турдубаева", "Turdubaev", "Turdubaeva", "Turdubayev", "Turdubayeva" },
    { "Кадыров", "Кадырова", "Kadyrov", "Kadyrova", nullptr, nullptr },
    { "Бообеков", "Бообекова", "Boobekov", "Boobekova", nullptr, nullptr },
    { "Эсенгулов", "Эсенгулова", "Esengulov", "Esengulova", nullptr, nullptr },
    { "Иманалиев", "Иманалиева", "Imanaliev", "Imanalieva", "Imanaliyev", "Imanaliyeva" },
    { "Дүйшөнбаев", "Дүйшөнбаева", "Duishonbaev", "Duishonbaeva", "Duyshonbaev", "Duyshonbaeva" },
    { "Шаршеев", "Шаршеева", "Sharsheev", "Sharsheeva", nullptr, nullptr },
};

// Uzbek: the native form is Uzbek Latin (with ʻ), passports drop the modifier letters.
const GivenDef kUzMale[] = {
    { "Jasur", "Jasur", "Djasur" },        { "Sardor", "Sardor", "Sardar" },    { "Bekzod", "Bekzod", "Bekzad" },
    { "Ulugʻbek", "Ulugbek", "Ulughbek" }, { "Aziz", "Aziz", nullptr },         { "Sherzod", "Sherzod", "Sherzad" },
    { "Otabek", "Otabek", nullptr },       { "Doniyor", "Doniyor", "Daniyar" }, { "Shohruh", "Shokhrukh", "Shohruh" },
    { "Javohir", "Javokhir", "Javohir" },  { "Farrux", "Farrukh", "Farukh" },   { "Islom", "Islom", "Islam" },
    { "Xurshid", "Khurshid", "Xurshid" },  { "Rustam", "Rustam", nullptr },     { "Abdulla", "Abdulla", "Abdullah" },
    { "Temur", "Temur", "Timur" },
};
const GivenDef kUzFemale[] = {
    { "Dilnoza", "Dilnoza", nullptr },       { "Gulnora", "Gulnora", "Gulnara" },
    { "Nodira", "Nodira", nullptr },         { "Malika", "Malika", nullptr },
    { "Shahnoza", "Shakhnoza", "Shahnoza" }, { "Zarina", "Zarina", nullptr },
    { "Madina", "Madina", nullptr },         { "Sevara", "Sevara", nullptr },
    { "Munisa", "Munisa", nullptr },         { "Xurshida", "Khurshida", "Xurshida" },
    { "Feruza", "Feruza", "Firuza" },        { "Gulchehra", "Gulchekhra", "Gulchehra" },
    { "Oʻgʻiloy", "Ogiloy", "Ugiloy" },      { "Mohira", "Mokhira", "Mohira" },
    { "Nilufar", "Nilufar", "Nilufer" },     { "Dildora", "Dildora", nullptr },
};
const FamilyDef kUzFamily[] = {
    { "Karimov", "Karimova", "Karimov", "Karimova", nullptr, nullptr },
    { "Rahimov", "Rahimova", "Rakhimov", "Rakhimova", "Rahimov", "Rahimova" },
    { "Yusupov", "Yusupova", "Yusupov", "Yusupova", "Yusupov", "Yusupova" },
    { "Tursunov", "Tursunova", "Tursunov", "Tursunova", nullptr, nullptr },
    { "Xoʻjayev", "Xoʻjayeva", "Khodjaev", "Khodjaeva", "Xojayev", "Xojayeva" },
    { "Abdullayev", "Abdullayeva", "Abdullaev", "Abdullaeva", "Abdullayev", "Abdullayeva" },
    { "Ergashev", "Ergasheva", "Ergashev", "Ergasheva", nullptr, nullptr },
    { "Mirzayev", "Mirzayeva", "Mirzaev", "Mirzaeva", "Mirzayev", "Mirzayeva" },
    { "Sobirov", "Sobirova", "Sobirov", "Sobirova", "Sabirov", "Sabirova" },
    { "Qodirov", "Qodirova", "Kadirov", "Kadirova", "Qodirov", "Qodirova" },
    { "Nazarov", "Nazarova", "Nazarov", "Nazarova", nullptr, nullptr },
    { "Ismoilov", "Ismoilova", "Ismailov", "Ismailova", "Ismoilov", "Ismoilova" },
    { "Normatov", "Normatova", "Normatov", "Normatova", nullptr, nullptr },
    { "Gʻofurov", "Gʻofurova", "Gafurov", "Gafurova", "Gofurov", "Gofurova" },
    { "Usmonov", "Usmonova", "Usmonov", "Usmonova", "Usmanov", "Usmanova" },
    { "Ahmedov", "Ahmedova", "Akhmedov", "Akhmedova", "Ahmedov", "Ahmedova" },
};

const GivenDef kRuMale[] = {
    { "Александр", "Aleksandr", "Alexander" },
    { "Дмитрий", "Dmitrii", "Dmitriy" },
    { "Сергей", "Sergei", "Sergey" },
    { "Андрей", "Andrei", "Andrey" },
    { "Алексей", "Aleksei", "Alexey" },
    { "Максим", "Maksim", "Maxim" },
    { "Иван", "Ivan", nullptr },
    { "Михаил", "Mikhail", nullptr },
    { "Артём", "Artem", "Artyom" },
    { "Николай", "Nikolai", "Nikolay" },
    { "Владимир", "Vladimir", nullptr },
    { "Егор", "Egor", "Yegor" },
    { "Роман", "Roman", nullptr },
    { "Кирилл", "Kirill", nullptr },
};
const GivenDef kRuFemale[] = {
    { "Анна", "Anna", nullptr },
    { "Елена", "Elena", "Yelena" },
    { "Ольга", "Olga", nullptr },
    { "Наталья", "Natalia", "Natalya" },
    { "Татьяна", "Tatiana", "Tatyana" },
    { "Мария", "Mariia", "Maria" },
    { "Екатерина", "Ekaterina", "Yekaterina" },
    { "Ирина", "Irina", nullptr },
    { "Светлана", "Svetlana", nullptr },
    { "Юлия", "Iuliia", "Yulia" },
    { "Анастасия", "Anastasiia", "Anastasia" },
    { "Ксения", "Kseniia", "Ksenia" },
    { "Дарья", "Daria", "Darya" },
    { "Полина", "Polina", nullptr },
};
const FamilyDef kRuFamily[] = {
    { "Иванов", "Иванова", "Ivanov", "Ivanova", nullptr, nullptr },
    { "Смирнов", "Смирнова", "Smirnov", "Smirnova", nullptr, nullptr },
    { "Кузнецов", "Кузнецова", "Kuznetsov", "Kuznetsova", nullptr, nullptr },
    { "Попов", "Попова", "Popov", "Popova", nullptr, nullptr },
    { "Соколов", "Соколова", "Sokolov", "Sokolova", nullptr, nullptr },
    { "Лебедев", "Лебедева", "Lebedev", "Lebedeva", nullptr, nullptr },
    { "Козлов", "Козлова", "Kozlov", "Kozlova", nullptr, nullptr },
    { "Новиков", "Новикова", "Novikov", "Novikova", nullptr, nullptr },
    { "Морозов", "Морозова", "Morozov", "Morozova", nullptr, nullptr },
    { "Волков", "Волкова", "Volkov", "Volkova", nullptr, nullptr },
    { "Соловьёв", "Соловьёва", "Solovev", "Soloveva", "Solovyov", "Solovyova" },
    { "Васильев", "Васильева", "Vasilev", "Vasileva", "Vasilyev", "Vasilyeva" },
    { "Зайцев", "Зайцева", "Zaitsev", "Zaitseva", "Zaytsev", "Zaytseva" },
    { "Павлов", "Павлова", "Pavlov", "Pavlova", nullptr, nullptr },
    { "Ковальский", "Ковальская", "Kovalskii", "Kovalskaia", "Kovalskiy", "Kovalskaya" },
    { "Добровольский", "Добровольская", "Dobrovolskii", "Dobrovolskaia", "Dobrovolskiy", "Dobrovolskaya" },
    { "Белов", "Белова", "Belov", "Belova", nullptr, nullptr },
    { "Фёдоров", "Фёдорова", "Fedorov", "Fedorova", "Fyodorov", "Fyodorova" },
};

const GivenDef kCnMale[] = {
    { "伟", "Wei", nullptr },       { "强", "Qiang", nullptr },      { "磊", "Lei", nullptr },
    { "军", "Jun", nullptr },       { "浩然", "Haoran", nullptr },   { "子轩", "Zixuan", nullptr },
    { "建国", "Jianguo", nullptr }, { "志强", "Zhiqiang", nullptr }, { "明", "Ming", nullptr },
    { "宇航", "Yuhang", nullptr },  { "俊杰", "Junjie", nullptr },   { "文博", "Wenbo", nullptr },
    { "鹏", "Peng", nullptr },      { "涛", "Tao", nullptr },
};
const GivenDef kCnFemale[] = {
    { "芳", "Fang", nullptr },      { "娜", "Na", nullptr },       { "静", "Jing", nullptr },
    { "秀英", "Xiuying", nullptr }, { "丽", "Li", nullptr },       { "婷", "Ting", nullptr },
    { "雪", "Xue", nullptr },       { "欣怡", "Xinyi", nullptr },  { "梓涵", "Zihan", nullptr },
    { "玉兰", "Yulan", nullptr },   { "慧敏", "Huimin", nullptr }, { "诗涵", "Shihan", nullptr },
    { "敏", "Min", nullptr },       { "霞", "Xia", nullptr },
};
const FamilyDef kCnFamily[] = {
    { "王", nullptr, "Wang", nullptr, nullptr, nullptr },  { "李", nullptr, "Li", nullptr, nullptr, nullptr },
    { "张", nullptr, "Zhang", nullptr, nullptr, nullptr }, { "刘", nullptr, "Liu", nullptr, nullptr, nullptr },
    { "陈", nullptr, "Chen", nullptr, nullptr, nullptr },  { "杨", nullptr, "Yang", nullptr, nullptr, nullptr },
    { "赵", nullptr, "Zhao", nullptr, nullptr, nullptr },  { "黄", nullptr, "Huang", nullptr, nullptr, nullptr },
    { "周", nullptr, "Zhou", nullptr, nullptr, nullptr },  { "吴", nullptr, "Wu", nullptr, nullptr, nullptr },
    { "徐", nullptr, "Xu", nullptr, nullptr, nullptr },    { "孙", nullptr, "Sun", nullptr, nullptr, nullptr },
    { "马", nullptr, "Ma", nullptr, nullptr, nullptr },    { "胡", nullptr, "Hu", nullptr, nullptr, nullptr },
    { "郭", nullptr, "Guo", nullptr, nullptr, nullptr },   { "林", nullptr, "Lin", nullptr, nullptr, nullptr },
    { "何", nullptr, "He", nullptr, nullptr, nullptr },    { "高", nullptr, "Gao", nullptr, nullptr, nullptr },
};

template<size_t N>
std::vector<NameForms> givenPool(const GivenDef (&defs)[N])
{
    std::vector<NameForms> out;
    out.reserve(N);
    for (const auto &d : defs)
        out.push_back({ q(d.native), q(d.latin), q(d.alt) });
    return out;
}
template<size_t N>
std::vector<FamilyForms> familyPool(const FamilyDef (&defs)[N])
{
    std::vector<FamilyForms> out;
    out.reserve(N);
    for (const auto &d : defs) {
        FamilyForms f;
        f.male = { q(d.nativeM), q(d.latinM), q(d.altM) };
        f.female = { q(d.nativeF ? d.nativeF : d.nativeM), q(d.latinF ? d.latinF : d.latinM),
                     q(d.altF ? d.altF : d.altM) };
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace

GivenNamePools maleGivenNames()
{
    return { givenPool(kPkMale), givenPool(kKzMale), givenPool(kKgMale),
             givenPool(kUzMale), givenPool(kRuMale), givenPool(kCnMale) };
}

GivenNamePools femaleGivenNames()
{
    return { givenPool(kPkFemale), givenPool(kKzFemale), givenPool(kKgFemale),
             givenPool(kUzFemale), givenPool(kRuFemale), givenPool(kCnFemale) };
}

FamilyNamePools familyNames()
{
    return { familyPool(kPkFamily), familyPool(kKzFamily), familyPool(kKgFamily),
             familyPool(kUzFamily), familyPool(kRuFamily), familyPool(kCnFamily) };
}

} // namespace caravan::synthetic
