#include "namekeys.h"

#include <QChar>
#include <QHash>
#include <QLatin1Char>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <stdexcept>
#include <string>

// How a name becomes keys
// =======================
// latin():
//   1. A run of up to four Han characters is read as a Chinese name, tones dropped:
//      the first character (two for compound surnames such as 欧阳) is the surname,
//      read with ICU "Han-Latin/Names" (单 shan, 区 ou); the rest is the given name
//      (name readings too: 长江 chang jiang), written as one word:
//      "王芳" -> "wang fang", "张小明" -> "zhang xiaoming". With a name dot
//      (阿依古丽·买买提) each part is one word; five or more characters in a row are
//      not taken for a name: one word per syllable.
//   2. Everything else goes through one ICU chain built from kRules below:
//      NFKC, lower case, our Urdu/Arabic letters (in two passes, because ICU's left
//      context sees already-converted text), our Cyrillic letters (Russian, Kazakh,
//      Kyrgyz, passport-like: ж zh, х kh, й i, қ k, ғ g, ң ng, ә a, ө o, ұ/ү u, і i),
//      a few Latin letters (ş sh, č ch, ž zh), then ICU Any-Latin for any other script,
//      accents removed, Latin-ASCII, lower case.
//   3. Apostrophe-like marks are dropped inside words (Наталья -> natalya,
//      O'Neil -> oneil); any other non [a-z0-9] character separates words.
//   Urdu choices: short vowels are not written, so محمد -> "mhmd". ہ/ه at the end of a
//   word after a consonant is the vowel a (عائشہ -> aisha, فاطمہ -> fatma), else h;
//   و is w at the start of a word, after alef or before a vowel letter, else u;
//   ی is y at the start of a word or before alef/و, else i; ع is a (merged with an
//   adjacent alef); ئ is i; ے is e; ث ص are s, ذ ض ظ are z (Urdu pronunciation).
//
// skeleton(token), on [a-z0-9]:
//   digraphs first: shch sch sh -> x; dzh dj zh j -> j; tsch tch ch -> c (chr/chl -> kr/kl);
//   kh gh g h -> h (Russian writes Arabic/English h as х or г: Ибрагим = Ibrahim,
//   Магомед = Muhammad); ph -> f; th -> t; dh -> d; ck q k -> k; c -> s before e/i/y
//   else k; x -> ks; w v -> v.
//   vowels a e i o u y are dropped, but a word that starts with a vowel gets the
//   marker "a" (so Ahmad "ahmd" != Hamid "hmd", Ali "al" != Li "l"). An initial y is a
//   consonant unless followed by e (Yusuf "ysf", but Yelena = Elena "aln"); an initial
//   i before a/o/u is the consonant y (passport Iuliia = Yuliya "yl").
//   a final h after a vowel is dropped (Aishah = Aisha, Abdullah = عبداللہ).
//   equal neighbours are merged after the vowels are gone (Muhammad = محمد "mhmd",
//   Mumtaz = ممتاز "mmtz" -> "mtz"). Digits are kept as they are.
//
// Known collisions and misses (accepted; rank candidates by latin() closeness):
//   - Muhammad/Mahmud ("mhmd"), Hasan/Husain ("hsn"), Maisha/Misha ("mx"),
//     Asel/Aisulu ("asl"), Hana/Hanan ("hn"): the vowels that tell them apart are not
//     written in Urdu, so a consonant key cannot keep them.
//   - Chinese syllables: Li/Liu/Lu/Lei ("l"), Zhang/Jiang ("jnh"), Gao/Hao/Guo/He ("h").
//     Chinese names are best matched on latin() (王芳 and Wang Fang are equal there).
//   - Variant names are not transliterations: Yusup/Yusuf, Patima/Fatima,
//     Zhusip/Yusuf, Catherine/Ekaterina, Julia/Yulia stay apart; so do Daud/Dawood,
//     Usman/Uthman (th -> t), Ramzan/Ramadan, Ishaq/Исхак (s+h read as sh),
//     Bakyt/Бахыт (Kazakh қ written х in Russian; k and h stay apart so that
//     Akram != Aigerim), and Chaudhry when spelt چوہدری (چودھری matches).
//   - Compound names split differently are different token lists ("Abdul Rahman" vs
//     "Abdulrahman", عبدالرحمن); "j" is always zh, so German-style Sergej != Sergei.
//   - A Han query without the surname ("小明") is split like a full name ("xiao ming").

namespace caravan {

namespace {

// The chain for every script but Han. Arabic-script letters are written as \u escapes
// (with the letter in the comment) so that the rules read left to right.
const char kRules[] = R"RULES(
:: NFKC ;
:: Lower ;

# Invisible characters: zero-width (non-)joiners, bidi marks, Arabic tatweel.
[\u200B-\u200F \u202A-\u202E \u2060 \uFEFF \u0640] > ;

:: Null ;

# ---- Urdu / Arabic, pass 1: letters whose value depends on their neighbours.
# Left contexts may only name letters that this pass leaves alone.
# The caller pads the text with spaces, so $sep also matches at both ends.
$sep  = [^[:L:][:M:]] ;
$alef = [\u0627 \u0622 \u0623 \u0625 \u0671] ;                  # ا آ أ إ ٱ
$heh  = [\u06C1 \u0647 \u06D5] ;                                # ہ ه ە
$waw  = [\u0648 \u0624] ;                                       # و ؤ
$yeh  = [\u06CC \u064A] ;                                       # ی ي
$cons = [\u0628 \u067E \u062A \u0679 \u062B \u062C \u0686 \u062D \u062E \u062F \u0688
         \u0630 \u0631 \u0691 \u0632 \u0698 \u0633 \u0634 \u0635 \u0636 \u0637 \u0638
         \u063A \u0641 \u0642 \u06A9 \u0643 \u06AF \u0644 \u0645 \u0646 \u06BA \u06BE] ;

# Vowel signs (rarely written in names): fatha a, kasra i, damma u, dagger alef a;
# tanween, shadda, sukun, hamza signs and Quranic marks vanish.
\u064E > a ;
\u0650 > i ;
\u064F > u ;
\u0670 > a ;
[\u064B-\u064D \u0651-\u065F \u06D6-\u06ED] > ;

# ain: a vowel, one with a neighbouring alef (عائشہ aisha, اسماعیل asmail).
\u0639 $alef > a ;
$alef \u0639 > a ;
\u0639 > a ;

# heh at the end of a word after a consonant is the vowel a (عائشہ, فاطمہ); else h (pass 2).
$cons { $heh } $sep > a ;
[\u0629 \u06C3 \u06C2] > a ;                                    # ة ۃ ۂ

# waw: consonant w at the start of a word, after alef, before a vowel letter; else u.
$sep { $waw > w ;
$alef { $waw > w ;
$waw } [$alef $yeh \u06D2] > w ;
$waw > u ;

# yeh: consonant y at the start of a word or before alef/waw; else i.
$sep { $yeh > y ;
$yeh } [$alef $waw] > y ;
$yeh > i ;

:: Null ;

# ---- Urdu / Arabic, pass 2: one letter, one value.
[\u0627 \u0622 \u0623 \u0671] > a ;                             # ا آ أ ٱ
\u0625 > i ;                                                    # إ
\u0628 > b ;                                                    # ب
\u067E > p ;                                                    # پ
[\u062A \u0637 \u0679] > t ;                                    # ت ط ٹ
[\u062B \u0633 \u0635] > s ;                                    # ث س ص
\u062C > j ;                                                    # ج
\u0686 > ch ;                                                   # چ
\u062D > h ;                                                    # ح
\u062E > kh ;                                                   # خ
[\u062F \u0688] > d ;                                           # د ڈ
[\u0630 \u0632 \u0636 \u0638] > z ;                             # ذ ز ض ظ
[\u0631 \u0691] > r ;                                           # ر ڑ
\u0698 > zh ;                                                   # ژ
\u0634 > sh ;                                                   # ش
\u063A > gh ;                                                   # غ
\u0641 > f ;                                                    # ف
\u0642 > q ;                                                    # ق
[\u06A9 \u0643] > k ;                                           # ک ك
\u06AF > g ;                                                    # گ
\u0644 > l ;                                                    # ل
\u0645 > m ;                                                    # م
[\u0646 \u06BA] > n ;                                           # ن ں
[\u06C1 \u0647 \u06D5 \u06BE] > h ;                             # ہ ه ە ھ
\u0626 > i ;                                                    # ئ
[\u06D2 \u06D3] > e ;                                           # ے ۓ
\u0649 > a ;                                                    # ى
\u0621 > ;                                                      # ء
[\u0660 \u06F0] > 0 ;
[\u0661 \u06F1] > 1 ;
[\u0662 \u06F2] > 2 ;
[\u0663 \u06F3] > 3 ;
[\u0664 \u06F4] > 4 ;
[\u0665 \u06F5] > 5 ;
[\u0666 \u06F6] > 6 ;
[\u0667 \u06F7] > 7 ;
[\u0668 \u06F8] > 8 ;
[\u0669 \u06F9] > 9 ;

# ---- Cyrillic: Russian, Kazakh, Kyrgyz (and the odd Ukrainian/Belarusian letter),
# close to the passport (ICAO) spelling; ю ya as yu ya for readability.
а > a ; б > b ; в > v ; г > g ; ґ > g ; д > d ; е > e ; ё > e ; є > ye ;
ж > zh ; з > z ; и > i ; і > i ; ї > yi ; й > i ; к > k ; л > l ; м > m ;
н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ў > u ; ф > f ;
х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; ъ > ; ы > y ; ь > ; э > e ;
ю > yu ; я > ya ;
ә > a ; ғ > g ; қ > k ; ң > ng ; ө > o ; ұ > u ; ү > u ; һ > h ;

# ---- Latin letters whose plain ASCII letter would lose a sound.
[ş ș] > sh ; š > sh ; [ç č] > ch ; ž > zh ; ğ > g ; ı > i ;

:: Any-Latin ;
# ASCII passes through the last steps unchanged: filter them to the rest (much faster).
:: [:^ASCII:] NFD ;
:: [:Nonspacing Mark:] Remove ;
:: [:^ASCII:] Latin-ASCII ;
:: [:^ASCII:] Lower ;
)RULES";

// Two-character Chinese surnames (simplified and traditional).
const char16_t *const kCompoundSurnames[] = {
    u"欧阳", u"歐陽", u"司马", u"司馬", u"诸葛", u"諸葛", u"上官", u"东方", u"東方", u"皇甫", u"尉迟",
    u"尉遲", u"公孙", u"公孫", u"慕容", u"令狐", u"夏侯", u"长孙", u"長孫", u"宇文", u"司徒", u"端木",
    u"独孤", u"獨孤", u"南宫", u"南宮", u"西门", u"西門", u"轩辕", u"軒轅", u"呼延", u"申屠", u"太史",
    u"澹台", u"澹臺", u"钟离", u"鍾離", u"闻人", u"聞人", u"赫连", u"赫連", u"濮阳", u"濮陽",
};

std::unique_ptr<icu::Transliterator> makeTransliterator(const char *idOrRules, bool fromRules)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    std::unique_ptr<icu::Transliterator> t(
            fromRules ? icu::Transliterator::createFromRules(
                    u"Caravan-NameKeys", icu::UnicodeString::fromUTF8(idOrRules), UTRANS_FORWARD, parseError, status)
                      : icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(idOrRules), UTRANS_FORWARD,
                                                            parseError, status));
    if (U_FAILURE(status) || !t) {
        // Only a broken ICU installation or a broken rule above gets here: fail loudly.
        throw std::runtime_error(std::string("NameKeys: cannot build transliterator (") + u_errorName(status)
                                 + ", rule line " + std::to_string(parseError.line) + ")");
    }
    return t;
}

icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool isNameDot(QChar c)
{
    switch (c.unicode()) {
    case 0x00B7:
    case 0x2022:
    case 0x2027:
    case 0x30FB:
    case 0xFF65:
        return true;
    default:
        return false;
    }
}

bool isApostrophe(char16_t c)
{
    switch (c) {
    case 0x0027:
    case 0x0060:
    case 0x00B4:
    case 0x02B9:
    case 0x02BA:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x02BE:
    case 0x02BF:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
        return true;
    default:
        return false;
    }
}

// Lower-case [a-z0-9] words separated by single spaces; apostrophe-like marks join
// (Наталья -> natalʹya -> natalya), anything else separates.
QString asciiWords(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool gap = false;
    for (QChar ch : s) {
        char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (gap && !out.isEmpty())
                out += QLatin1Char(' ');
            gap = false;
            out += QChar(c);
        } else if (!isApostrophe(c)) {
            gap = true;
        }
    }
    return out;
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

} // namespace

struct NameKeys::Private
{
    std::unique_ptr<icu::Transliterator> m_main; // everything but Han
    std::unique_ptr<icu::Transliterator> m_han; // Han -> toneless pinyin, name readings
    // Han-Latin costs about 10 us per character: surnames and given names repeat a
    // lot, so their readings are remembered (bounded; cleared when full).
    QHash<QString, QString> m_surnames;
    QHash<QString, QString> m_givenNames;

    static constexpr qsizetype maxCached = 20000;

    // Syllables of run joined by separator. Han-Latin/Names reads a character after a
    // non-Han one as a surname (单 shan, not dan); a given name is therefore read
    // behind a neutral surname whose syllable is then dropped.
    QString pinyin(QStringView run, QStringView separator, bool givenName = false) const
    {
        icu::UnicodeString u = givenName ? icu::UnicodeString(u"\u738B") + toIcu(run) // 王
                                         : toIcu(run);
        m_han->transliterate(u);
        QStringList syllables = fromIcu(u).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (givenName && !syllables.isEmpty())
            syllables.removeFirst();
        return syllables.join(separator);
    }

    QString cachedPinyin(QHash<QString, QString> &cache, QStringView run, bool givenName)
    {
        const QString key = run.toString();
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
        if (cache.size() >= maxCached)
            cache.clear();
        const QString value = pinyin(run, {}, givenName);
        cache.insert(key, value);
        return value;
    }
};

NameKeys::NameKeys() : m_d(std::make_unique<Private>())
{
    m_d->m_main = makeTransliterator(kRules, true);
    m_d->m_han = makeTransliterator("Han-Latin/Names; [:^ASCII:] Latin-ASCII; [:^ASCII:] Lower", false);
}

NameKeys::~NameKeys() = default;

// Replaces each run of Han characters by its pinyin, written as a Chinese name.
QString NameKeys::romanizeHan(const QString &text) const
{
    const qsizetype n = text.size();
    const auto codePointAt = [&](qsizetype k, qsizetype *len) -> char32_t {
        const QChar c = text.at(k);
        if (c.isHighSurrogate() && k + 1 < n && text.at(k + 1).isLowSurrogate()) {
            *len = 2;
            return QChar::surrogateToUcs4(c, text.at(k + 1));
        }
        *len = 1;
        return c.unicode();
    };

    qsizetype firstHan = -1;
    for (qsizetype i = 0, len = 0; i < n; i += len) {
        if (isHan(codePointAt(i, &len))) {
            firstHan = i;
            break;
        }
    }
    if (firstHan < 0)
        return text;

    bool dotted = false; // 阿依古丽·买买提: a foreign name spelt in Han, one word per part
    for (QChar c : text) {
        if (isNameDot(c)) {
            dotted = true;
            break;
        }
    }

    QString out = text.left(firstHan);
    qsizetype i = firstHan;
    while (i < n) {
        qsizetype len = 0;
        if (!isHan(codePointAt(i, &len))) {
            out.append(QStringView(text).mid(i, len));
            i += len;
            continue;
        }
        const qsizetype start = i;
        int chars = 0;
        while (i < n && isHan(codePointAt(i, &len))) {
            i += len;
            ++chars;
        }
        const QStringView run = QStringView(text).mid(start, i - start);

        QString name;
        if (dotted) {
            name = m_d->pinyin(run, {});
        } else if (chars > 4) { // not one name: a word per syllable
            name = m_d->pinyin(run, u" ");
        } else {
            qsizetype surnameLength = run.size() > 1 && run.at(0).isHighSurrogate() ? 2 : 1;
            for (const char16_t *compound : kCompoundSurnames) {
                if (run.startsWith(QStringView(compound))) {
                    surnameLength = 2;
                    break;
                }
            }
            name = m_d->cachedPinyin(m_d->m_surnames, run.left(surnameLength), false);
            if (run.size() > surnameLength) {
                name += QLatin1Char(' ');
                name += m_d->cachedPinyin(m_d->m_givenNames, run.mid(surnameLength), true);
            }
        }
        out += QLatin1Char(' ') + name + QLatin1Char(' ');
    }
    return out;
}

QString NameKeys::latin(const QString &text) const
{
    const QString plain = romanizeHan(text);
    bool ascii = true;
    for (QChar c : plain) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) // the ICU chain would only lower the case: skip it
        return asciiWords(plain);

    // Pad with spaces: the Urdu rules find word ends by a non-letter neighbour.
    icu::UnicodeString u = toIcu(QString(QLatin1Char(' ') + plain + QLatin1Char(' ')));
    m_d->m_main->transliterate(u);
    return asciiWords(QStringView(u.getBuffer(), u.length()));
}

QStringList NameKeys::tokens(const QString &text) const
{
    return latin(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString NameKeys::skeleton(const QString &token)
{
    // Lenient: anything but ASCII letters and digits is ignored, capitals are folded.
    std::string w;
    w.reserve(size_t(token.size()));
    for (QChar ch : token) {
        const char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            w += char(c - u'A' + u'a');
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            w += char(c);
    }
    const size_t n = w.size();
    const auto at = [&](size_t i) { return i < n ? w[i] : '\0'; };

    QString out;
    out.reserve(qsizetype(n));
    char last = 0;
    const auto put = [&](char c) {
        if (c != last) {
            out += QLatin1Char(c);
            last = c;
        }
    };

    struct Digraph
    {
        const char *from;
        const char *to;
    };
    static constexpr Digraph digraphs[] = {
        { "shch", "x" }, { "tsch", "c" }, { "sch", "x" }, { "dzh", "j" }, { "tch", "c" }, { "chr", "kr" },
        { "chl", "kl" }, { "sh", "x" },   { "zh", "j" },  { "dj", "j" },  { "ch", "c" },  { "kh", "h" },
        { "gh", "h" },   { "ph", "f" },   { "th", "t" },  { "dh", "d" },  { "ck", "k" },
    };

    size_t i = 0;
    while (i < n) {
        const char c = w[i];
        if (c >= '0' && c <= '9') {
            out += QLatin1Char(c);
            last = 0;
            ++i;
            continue;
        }
        if (i == 0 && n > 1 && c == 'y' && at(1) != 'e') {
            put('y');
            ++i;
            continue;
        }
        if (i == 0 && c == 'i' && (at(1) == 'a' || at(1) == 'o' || at(1) == 'u')) {
            put('y');
            ++i;
            continue;
        }
        if (isVowel(c)) {
            if (i == 0)
                put('a');
            ++i;
            continue;
        }
        bool matched = false;
        for (const Digraph &d : digraphs) {
            const size_t len = std::char_traits<char>::length(d.from);
            if (w.compare(i, len, d.from) == 0) {
                for (const char *p = d.to; *p; ++p)
                    put(*p);
                i += len;
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        switch (c) {
        case 'h':
            if (!(i + 1 == n && i > 0 && isVowel(w[i - 1]))) // Aishah = Aisha
                put('h');
            break;
        case 'g':
            put('h');
            break;
        case 'c':
            put(at(i + 1) == 'e' || at(i + 1) == 'i' || at(i + 1) == 'y' ? 's' : 'k');
            break;
        case 'q':
            put('k');
            break;
        case 'x':
            put('k');
            put('s');
            break;
        case 'w':
            put('v');
            break;
        default:
            put(c);
            break; // b d f j k l m n p r s t v z
        }
        ++i;
    }
    return out;
}

QStringList NameKeys::skeletons(const QString &text) const
{
    QStringList result = tokens(text);
    for (QString &token : result)
        token = skeleton(token);
    return result;
}

} // namespace caravan
