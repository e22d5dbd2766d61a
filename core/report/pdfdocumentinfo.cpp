// writePdfDocumentInfo: reads the whole PDF, follows startxref and the /Prev chain of
// classic xref tables to find the catalog (trailer /Root) and the Info dictionary,
// parses their dictionaries with a small PDF lexer (strings, hex strings, names,
// nested dictionaries and arrays, comments, indirect references), and writes the old
// bytes followed by the update through QSaveFile. pdfXmpMetadata builds the XMP text.
#include "pdfdocumentinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <optional>

namespace caravan {

namespace {

// ---- Lexing ---------------------------------------------------------------------

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
            || c == '%';
}

// Skips white space and comments.
qsizetype skipWhite(const QByteArray &d, qsizetype pos)
{
    while (pos < d.size()) {
        if (isWhite(d[pos])) {
            ++pos;
        } else if (d[pos] == '%') {
            while (pos < d.size() && d[pos] != '\n' && d[pos] != '\r')
                ++pos;
        } else {
            break;
        }
    }
    return pos;
}

// A regular token (number, keyword, the R of a reference) starting at pos.
qsizetype tokenEnd(const QByteArray &d, qsizetype pos)
{
    while (pos < d.size() && !isWhite(d[pos]) && !isDelimiter(d[pos]))
        ++pos;
    return pos;
}

QByteArray tokenAt(const QByteArray &d, qsizetype pos)
{
    return d.mid(pos, tokenEnd(d, pos) - pos);
}

std::optional<qint64> integerAt(const QByteArray &d, qsizetype pos)
{
    const QByteArray t = tokenAt(d, pos);
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || t.isEmpty() || t.startsWith('+'))
        return std::nullopt;
    return v;
}

// The end of one direct object starting at pos (after white space), or -1.
// An indirect reference "N G R" is three objects here; parseDictionary joins them.
qsizetype objectEnd(const QByteArray &d, qsizetype pos, int depth = 0)
{
    if (depth > 64 || pos >= d.size())
        return -1;
    const char c = d[pos];
    if (c == '(') { // literal string: balanced parentheses, backslash escapes
        int nesting = 0;
        for (qsizetype i = pos; i < d.size(); ++i) {
            if (d[i] == '\\')
                ++i;
            else if (d[i] == '(')
                ++nesting;
            else if (d[i] == ')' && --nesting == 0)
                return i + 1;
        }
        return -1;
    }
    if (c == '<' && pos + 1 < d.size() && d[pos + 1] == '<') { // dictionary
        qsizetype i = pos + 2;
        for (;;) {
            i = skipWhite(d, i);
            if (i + 1 >= d.size())
                return -1;
            if (d[i] == '>' && d[i + 1] == '>')
                return i + 2;
            i = objectEnd(d, i, depth + 1);
            if (i < 0)
                return -1;
        }
    }
    if (c == '<') { // hex string
        const qsizetype close = d.indexOf('>', pos);
        return close < 0 ? -1 : close + 1;
    }
    if (c == '[') { // array
        qsizetype i = pos + 1;
        for (;;) {
            i = skipWhite(d, i);
            if (i >= d.size())
                return -1;
            if (d[i] == ']')
                return i + 1;
            i = objectEnd(d, i, depth + 1);
            if (i < 0)
                return -1;
        }
    }
    if (c == '/') // name
        return tokenEnd(d, pos + 1);
    if (c == ')' || c == '>' || c == ']' || c == '{' || c == '}')
        return -1;
    const qsizetype end = tokenEnd(d, pos); // number, true, false, null, R
    return end > pos ? end : -1;
}

// One key of a dictionary and its value as written (a reference kept as "N G R").
struct DictEntry
{
    QByteArray key; // with the slash: "/Pages"
    QByteArray value; // the raw bytes of the value
};

struct Dictionary
{
    QList<DictEntry> entries;
    qsizetype end = -1; // just after ">>"

    QByteArray value(const char *key) const
    {
        for (const DictEntry &e : entries)
            if (e.key == key)
                return e.value;
        return {};
    }
    void set(const QByteArray &key, const QByteArray &value)
    {
        for (DictEntry &e : entries) {
            if (e.key == key) {
                e.value = value;
                return;
            }
        }
        entries.append({ key, value });
    }
    QByteArray text() const
    {
        QByteArray out("<<\n");
        for (const DictEntry &e : entries)
            out += e.key + ' ' + e.value + '\n';
        return out + ">>";
    }
};

// The dictionary starting at pos (after white space), or nothing when it is not one.
std::optional<Dictionary> parseDictionary(const QByteArray &d, qsizetype pos)
{
    pos = skipWhite(d, pos);
    if (!d.mid(pos, 2).startsWith("<<"))
        return std::nullopt;
    Dictionary dict;
    qsizetype i = pos + 2;
    for (;;) {
        i = skipWhite(d, i);
        if (i + 1 >= d.size())
            return std::nullopt;
        if (d[i] == '>' && d[i + 1] == '>') {
            dict.end = i + 2;
            return dict;
        }
        if (d[i] != '/')
            return std::nullopt;
        const qsizetype keyEnd = tokenEnd(d, i + 1);
        const QByteArray key = d.mid(i, keyEnd - i);
        const qsizetype valueStart = skipWhite(d, keyEnd);
        qsizetype valueEnd = objectEnd(d, valueStart);
        if (valueEnd < 0)
            return std::nullopt;
        // "N G R": two integers and the keyword R make one value.
        if (integerAt(d, valueStart)) {
            const qsizetype g = skipWhite(d, valueEnd);
            if (integerAt(d, g)) {
                const qsizetype r = skipWhite(d, tokenEnd(d, g));
                if (tokenAt(d, r) == "R")
                    valueEnd = r + 1;
            }
        }
        dict.entries.append({ key, d.mid(valueStart, valueEnd - valueStart) });
        i = valueEnd;
    }
}

struct Reference
{
    qint64 number = -1;
    qint64 generation = 0;
    bool valid() const { return number > 0; }
    QByteArray text() const { return QByteArray::number(number) + ' ' + QByteArray::number(generation) + " R"; }
};

std::optional<Reference> parseReference(const QByteArray &value)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() != 3 || parts[2] != "R")
        return std::nullopt;
    bool okN = false, okG = false;
    Reference r{ parts[0].toLongLong(&okN), parts[1].toLongLong(&okG) };
    if (!okN || !okG || r.number <= 0 || r.generation < 0)
        return std::nullopt;
    return r;
}

// ---- Cross-reference tables -----------------------------------------------------

struct XrefEntry
{
    qint64 offset = 0;
    qint64 generation = 0;
    bool inUse = false;
};

struct Xref
{
    QMap<qint64, XrefEntry> entries; // newest section wins
    Dictionary trailer; // the newest trailer
    qint64 startxref = -1;
};

enum class XrefProblem { None, Missing, Streams, Encrypted };

// Reads the xref section at offset, adding entries not already known; returns the
// section's trailer.
std::optional<Dictionary> readXrefSection(const QByteArray &d, qint64 offset, Xref &xref, XrefProblem &problem)
{
    if (offset < 0 || offset >= d.size())
        return std::nullopt;
    qsizetype i = skipWhite(d, offset);
    if (tokenAt(d, i) != "xref") {
        // "N G obj << /Type /XRef ..." is a cross-reference stream (PDF 1.5).
        if (integerAt(d, i) && d.mid(i, 200).contains("obj"))
            problem = XrefProblem::Streams;
        return std::nullopt;
    }
    i += 4;
    for (;;) {
        i = skipWhite(d, i);
        if (tokenAt(d, i) == "trailer")
            break;
        const auto first = integerAt(d, i);
        i = skipWhite(d, tokenEnd(d, i));
        const auto count = integerAt(d, i);
        i = tokenEnd(d, i);
        if (!first || !count || *first < 0 || *count < 0 || *count > d.size() / 18)
            return std::nullopt;
        for (qint64 n = 0; n < *count; ++n) {
            i = skipWhite(d, i);
            const auto entryOffset = integerAt(d, i);
            i = skipWhite(d, tokenEnd(d, i));
            const auto generation = integerAt(d, i);
            i = skipWhite(d, tokenEnd(d, i));
            const QByteArray type = tokenAt(d, i);
            i = tokenEnd(d, i);
            if (!entryOffset || !generation || (type != "n" && type != "f"))
                return std::nullopt;
            if (!xref.entries.contains(*first + n))
                xref.entries.insert(*first + n, { *entryOffset, *generation, type == "n" });
        }
    }
    auto trailer = parseDictionary(d, i + 7);
    if (trailer && !trailer->value("/XRefStm").isEmpty())
        problem = XrefProblem::Streams; // hybrid file: some objects only in streams
    return trailer;
}

std::optional<Xref> readXref(const QByteArray &d, XrefProblem &problem)
{
    problem = XrefProblem::Missing;
    const qsizetype at = d.lastIndexOf("startxref");
    if (at < 0)
        return std::nullopt;
    const auto start = integerAt(d, skipWhite(d, at + 9));
    if (!start)
        return std::nullopt;
    Xref xref;
    xref.startxref = *start;
    QSet<qint64> seen;
    std::optional<qint64> offset = start;
    bool newest = true;
    while (offset) {
        if (seen.contains(*offset) || seen.size() > 1000)
            return std::nullopt;
        seen.insert(*offset);
        XrefProblem sectionProblem = XrefProblem::Missing;
        const auto trailer = readXrefSection(d, *offset, xref, sectionProblem);
        if (!trailer || sectionProblem == XrefProblem::Streams) {
            problem = sectionProblem;
            return std::nullopt;
        }
        if (!trailer->value("/Encrypt").isEmpty()) {
            problem = XrefProblem::Encrypted;
            return std::nullopt;
        }
        if (newest)
            xref.trailer = *trailer;
        newest = false;
        const QByteArray prev = trailer->value("/Prev");
        offset = prev.isEmpty() ? std::nullopt : integerAt(prev, 0);
        if (!prev.isEmpty() && !offset)
            return std::nullopt;
    }
    problem = XrefProblem::None;
    return xref;
}

// The dictionary of the indirect object ref, found through the xref table.
std::optional<Dictionary> objectDictionary(const QByteArray &d, const Xref &xref, const Reference &ref)
{
    const auto it = xref.entries.constFind(ref.number);
    if (it == xref.entries.cend() || !it->inUse || it->generation != ref.generation)
        return std::nullopt;
    qsizetype i = skipWhite(d, it->offset);
    if (integerAt(d, i) != ref.number)
        return std::nullopt;
    i = skipWhite(d, tokenEnd(d, i));
    if (integerAt(d, i) != ref.generation)
        return std::nullopt;
    i = skipWhite(d, tokenEnd(d, i));
    if (tokenAt(d, i) != "obj")
        return std::nullopt;
    return parseDictionary(d, i + 3);
}

// ---- Values ---------------------------------------------------------------------

// A PDF text string as UTF-16BE with the byte order mark, in hex: <FEFF...>.
QByteArray textString(const QString &text)
{
    QByteArray out("<FEFF");
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

// "zh_CN" -> "zh-CN"; empty when not a BCP 47 shaped tag.
QString languageTag(const QString &language)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    QString t = language.trimmed();
    t.replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag.match(t).hasMatch() ? t : QString();
}

// Text for XML: escaped, without the control characters XML 1.0 forbids.
QByteArray xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            clean += c;
    return clean.toHtmlEscaped().toUtf8();
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QByteArray pdfXmpMetadata(const PdfDocumentInfo &info)
{
    QByteArray fields;
    auto alt = [&](const char *element, const QString &value) {
        if (!value.isEmpty())
            fields += QByteArray("   <") + element + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(value)
                    + "</rdf:li></rdf:Alt></" + element + ">\n";
    };
    auto list = [&](const char *element, const char *kind, const QString &value) {
        if (!value.isEmpty())
            fields += QByteArray("   <") + element + "><rdf:" + kind + "><rdf:li>" + xmlText(value)
                    + "</rdf:li></rdf:" + kind + "></" + element + ">\n";
    };
    auto simple = [&](const char *element, const QString &value) {
        if (!value.isEmpty())
            fields += QByteArray("   <") + element + '>' + xmlText(value) + "</" + element + ">\n";
    };
    fields += "   <dc:format>application/pdf</dc:format>\n";
    alt("dc:title", info.title);
    alt("dc:description", info.subject);
    list("dc:creator", "Seq", info.author);
    list("dc:language", "Bag", languageTag(info.language));
    if (info.created.isValid())
        simple("xmp:CreateDate", info.created.toUTC().toString(Qt::ISODate));
    simple("xmp:CreatorTool", info.creator);
    simple("pdf:Producer", info.producer);
    simple("pdf:Keywords", info.keywords);

    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
           "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
            + fields
            + "  </rdf:Description>\n"
              " </rdf:RDF>\n"
              "</x:xmpmeta>\n"
              "<?xpacket end=\"w\"?>";
}

Result<QByteArray> withPdfDocumentInfo(const QByteArray &d, const PdfDocumentInfo &info, const QString &path)
{
    const QString language = languageTag(info.language);
    if (!info.language.trimmed().isEmpty() && language.isEmpty())
        return Error{ QCoreApplication::translate("PdfDocumentInfo",
                                                  "“%1” is not a language tag such as en, ur-PK or zh-CN.")
                              .arg(info.language) };
    if (!d.left(1024).contains("%PDF-"))
        return Error{ QCoreApplication::translate("PdfDocumentInfo", "%1 is not a PDF file.").arg(nativePath(path)) };

    XrefProblem problem = XrefProblem::None;
    const std::optional<Xref> xref = readXref(d, problem);
    if (problem == XrefProblem::Streams)
        return Error{ QCoreApplication::translate("PdfDocumentInfo",
                                                  "%1 stores its cross-reference table as a compressed stream; "
                                                  "its document information cannot be updated.")
                              .arg(nativePath(path)) };
    if (problem == XrefProblem::Encrypted)
        return Error{ QCoreApplication::translate("PdfDocumentInfo",
                                                  "%1 is encrypted; its document information cannot be updated.")
                              .arg(nativePath(path)) };
    if (!xref)
        return Error{ QCoreApplication::translate("PdfDocumentInfo",
                                                  "%1 cannot be updated: its cross-reference table is missing "
                                                  "or damaged.")
                              .arg(nativePath(path)) };

    const auto root = parseReference(xref->trailer.value("/Root"));
    std::optional<Dictionary> catalog = root ? objectDictionary(d, *xref, *root) : std::nullopt;
    if (!catalog)
        return Error{ QCoreApplication::translate("PdfDocumentInfo",
                                                  "%1 cannot be updated: its document catalog is missing or "
                                                  "damaged.")
                              .arg(nativePath(path)) };

    qint64 size = xref->entries.isEmpty() ? 1 : xref->entries.lastKey() + 1;
    if (const auto trailerSize = integerAt(xref->trailer.value("/Size"), 0))
        size = std::max(size, *trailerSize);

    // The Info dictionary: the old one's keys, ours on top, under the old number if any.
    const auto oldInfo = parseReference(xref->trailer.value("/Info"));
    Dictionary infoDict;
    Reference infoRef{ size, 0 };
    if (oldInfo) {
        if (const auto old = objectDictionary(d, *xref, *oldInfo)) {
            infoDict = *old;
            infoRef = *oldInfo;
        }
    }
    const std::pair<const char *, QString> texts[] = {
        { "/Title", info.title },       { "/Subject", info.subject }, { "/Author", info.author },
        { "/Keywords", info.keywords }, { "/Creator", info.creator }, { "/Producer", info.producer },
    };
    for (const auto &[key, value] : texts)
        if (!value.isEmpty())
            infoDict.set(key, textString(value));
    if (info.created.isValid())
        infoDict.set("/CreationDate", pdfDate(info.created));
    if (!language.isEmpty())
        catalog->set("/Lang", '(' + language.toLatin1() + ')');
    size = std::max(size, infoRef.number + 1);

    // The update: objects, one xref section (a subsection per run of numbers), trailer.
    QByteArray update;
    if (!d.endsWith('\n') && !d.endsWith('\r'))
        update += '\n';
    QMap<qint64, std::pair<qint64, qint64>> written; // number -> (offset, generation)
    auto writeObject = [&](const Reference &ref, const Dictionary &dict) {
        written.insert(ref.number, { d.size() + update.size(), ref.generation });
        update += QByteArray::number(ref.number) + ' ' + QByteArray::number(ref.generation) + " obj\n" + dict.text()
                + "\nendobj\n";
    };
    writeObject(*root, *catalog);
    writeObject(infoRef, infoDict);

    const qint64 xrefOffset = d.size() + update.size();
    update += "xref\n";
    for (auto it = written.cbegin(); it != written.cend();) {
        auto runEnd = it;
        qint64 count = 0;
        while (runEnd != written.cend() && runEnd.key() == it.key() + count) {
            ++runEnd;
            ++count;
        }
        update += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != runEnd; ++it)
            update += QByteArray::number(it->first).rightJustified(10, '0') + ' '
                    + QByteArray::number(it->second).rightJustified(5, '0') + " n \n"; // 20 bytes
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + root->text() + "\n/Info " + infoRef.text()
            + "\n/Prev " + QByteArray::number(xref->startxref) + '\n';
    const QByteArray id = xref->trailer.value("/ID");
    if (!id.isEmpty())
        update += "/ID " + id + '\n';
    update += ">>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return d + update;
}

Status writePdfDocumentInfo(const QString &path, const PdfDocumentInfo &info)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{
            QCoreApplication::translate("PdfDocumentInfo", "Cannot read %1: %2").arg(nativePath(path), in.errorString())
        };
    const Result<QByteArray> updated = withPdfDocumentInfo(in.readAll(), info, path);
    in.close();
    if (!updated)
        return updated.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*updated) != updated->size() || !out.commit())
        return Error{ QCoreApplication::translate("PdfDocumentInfo", "Cannot write %1: %2")
                              .arg(nativePath(path), out.errorString()) };
    return {};
}

} // namespace caravan
