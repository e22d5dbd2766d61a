// PdfDocumentInfo on PDFs made by QPdfWriter, read back with Poppler: title, subject,
// author, keywords, creator, producer and creation date round-trip in Urdu, Chinese and
// Russian; the XMP packet is well-formed XML and reaches the PDF; the last catalog copy
// carries /Lang and keeps /Pages, /Names and /Metadata; the attachment survives; the
// original bytes stay a prefix of the file; a second update works; files that are not
// PDFs, PDFs with cross-reference streams or without startxref, bad language tags and
// paths that cannot be read or written give an Error and leave the file as it was.
#include "report/pdfdocumentinfo.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

using namespace caravan;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The catalog object the newest trailer points to (its last copy in the file).
QByteArray lastCatalog(const QByteArray &pdf)
{
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    static const QRegularExpression rootRef(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R"));
    const auto m = rootRef.match(QString::fromLatin1(pdf.mid(trailer)));
    if (trailer < 0 || !m.hasMatch())
        return {};
    const QByteArray header = '\n' + m.captured(1).toLatin1() + ' ' + m.captured(2).toLatin1() + " obj";
    const qsizetype start = pdf.lastIndexOf(header);
    const qsizetype end = pdf.indexOf("endobj", start);
    return start < 0 || end < 0 ? QByteArray() : pdf.mid(start, end - start);
}

// The XMP packet as stored in the PDF's metadata stream.
QByteArray xmpPacket(const QByteArray &pdf)
{
    const qsizetype start = pdf.indexOf("<?xpacket begin");
    const qsizetype end = pdf.indexOf("<?xpacket end", start);
    return start < 0 || end < 0 ? QByteArray() : pdf.mid(start, pdf.indexOf("?>", end) + 2 - start);
}

// The text of every element, or nothing when the XML is not well-formed.
QStringList xmlTexts(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList texts;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::Characters && !reader.isWhitespace())
            texts << reader.text().toString();
    return reader.hasError() ? QStringList() : texts;
}

} // namespace

class TestPdfDocumentInfo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_json = R"({"document":"referral_summary","patient":{"record_number":"C-0001"}})";

    static PdfDocumentInfo sample(const QString &title, const QString &subject, const QString &author,
                                  const QString &language)
    {
        PdfDocumentInfo info;
        info.title = title;
        info.subject = subject;
        info.author = author;
        info.keywords = QStringLiteral("referral, CAR-T");
        info.creator = QStringLiteral("Caravan 0.6");
        info.producer = QStringLiteral("Caravan (Qt 6.4)");
        info.created = QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15), QTimeZone(5 * 3600)); // PKT
        info.language = language;
        return info;
    }

    // A small PDF as the reports make them: XMP before painting, a JSON attachment.
    QString makePdf(const QString &name, const PdfDocumentInfo &info)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setTitle(QStringLiteral("placeholder"));
        writer.setDocumentXmpMetadata(pdfXmpMetadata(info));
        writer.addFileAttachment(QStringLiteral("referral.json"), m_json, QStringLiteral("application/json"));
        QPainter painter(&writer);
        painter.drawRect(100, 100, 400, 200);
        painter.end();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lang"); // as written to /Lang and dc:language
        QTest::newRow("urdu") << QString::fromUtf8("رپورٹ") << QString::fromUtf8("حوالہ جاتی خلاصہ")
                              << QString::fromUtf8("ڈاکٹر عائشہ") << QStringLiteral("ur-PK") << QStringLiteral("ur-PK");
        QTest::newRow("chinese") << QString::fromUtf8("转诊摘要") << QString::fromUtf8("远程会诊记录")
                                 << QString::fromUtf8("王医生") << QStringLiteral("zh_CN") << QStringLiteral("zh-CN");
        QTest::newRow("russian") << QString::fromUtf8("Выписка для направления")
                                 << QString::fromUtf8("Приглашение (виза)")
                                 << QString::fromUtf8("Д-р Айгерим \\ <Сейтқали>") << QStringLiteral("ru")
                                 << QStringLiteral("ru");
    }

    void roundTrip()
    {
        QFETCH(QString, title);
        QFETCH(QString, subject);
        QFETCH(QString, author);
        QFETCH(QString, language);
        QFETCH(QString, lang);
        const PdfDocumentInfo info = sample(title, subject, author, language);
        const QString path = makePdf(QStringLiteral("%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())), info);
        const QByteArray before = readAll(path);
        QVERIFY(before.startsWith("%PDF-"));

        const Status s = writePdfDocumentInfo(path, info);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        const QByteArray after = readAll(path);
        QVERIFY(after.size() > before.size());
        QVERIFY(after.startsWith(before)); // an incremental update only appends

        const auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QVERIFY(!doc->isLocked());
        QCOMPARE(doc->info(QStringLiteral("Title")), title);
        QCOMPARE(doc->info(QStringLiteral("Subject")), subject);
        QCOMPARE(doc->info(QStringLiteral("Author")), author);
        QCOMPARE(doc->info(QStringLiteral("Keywords")), info.keywords);
        QCOMPARE(doc->info(QStringLiteral("Creator")), info.creator);
        QCOMPARE(doc->info(QStringLiteral("Producer")), info.producer);
        QCOMPARE(doc->creationDate().toUTC(), info.created.toUTC());
        QCOMPARE(doc->creationDate().toUTC().time(), QTime(9, 30, 15));

        // Poppler-Qt6 (22.12) decodes the metadata stream as PDFDocEncoding, not UTF-8,
        // so only its ASCII parts are compared there; the packet's text is read from the
        // (uncompressed) stream in the file.
        const QString xmp = doc->metadata();
        QVERIFY(xmp.contains(QStringLiteral("<rdf:li>%1</rdf:li>").arg(lang)));
        QVERIFY(xmp.contains(QStringLiteral("<xmp:CreateDate>2024-03-05T09:30:15Z</xmp:CreateDate>")));
        const QStringList xmpTexts = xmlTexts(xmpPacket(after));
        for (const QString &value : { title, subject, author, lang, info.keywords, info.creator, info.producer })
            QVERIFY2(xmpTexts.contains(value), qPrintable(value));

        const QByteArray catalog = lastCatalog(after);
        QVERIFY2(catalog.contains("/Lang (" + lang.toLatin1() + ')'), catalog.constData());
        QVERIFY(catalog.contains("/Type /Catalog"));
        QVERIFY(catalog.contains("/Pages "));
        QVERIFY(catalog.contains("/Names "));
        QVERIFY(catalog.contains("/Metadata "));

        QCOMPARE(doc->numPages(), 1);
        const auto files = doc->embeddedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first()->name(), QStringLiteral("referral.json"));
        QCOMPARE(files.first()->data(), m_json);
    }

    // Run twice: the second update finds the catalog in the first one's section.
    void secondUpdate()
    {
        PdfDocumentInfo info = sample(QStringLiteral("Referral summary"), QStringLiteral("Summary"),
                                      QStringLiteral("Dr Khan"), QStringLiteral("en"));
        const QString path = makePdf(QStringLiteral("twice.pdf"), info);
        QVERIFY(writePdfDocumentInfo(path, info).ok());
        info.title = QString::fromUtf8("Шақыру хаты");
        info.language = QStringLiteral("kk");
        info.producer.clear(); // empty: the file's Producer is kept
        const Status s = writePdfDocumentInfo(path, info);
        QVERIFY2(s.ok(), qPrintable(s.error().message));

        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes.count("%%EOF"), 3);
        QVERIFY(lastCatalog(bytes).contains("/Lang (kk)"));
        QVERIFY(!lastCatalog(bytes).contains("/Lang (en)"));
        const auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QCOMPARE(doc->info(QStringLiteral("Title")), info.title);
        QCOMPARE(doc->info(QStringLiteral("Producer")), QStringLiteral("Caravan (Qt 6.4)"));
        QCOMPARE(doc->embeddedFiles().size(), 1);
    }

    void xmpIsWellFormed()
    {
        PdfDocumentInfo info = sample(QStringLiteral("A & B <C> \"D\""), QStringLiteral("x\x01y"),
                                      QString::fromUtf8("رپورٹ"), QStringLiteral("ur"));
        const QStringList texts = xmlTexts(pdfXmpMetadata(info));
        QVERIFY(!texts.isEmpty());
        QVERIFY(texts.contains(info.title));
        QVERIFY(texts.contains(QStringLiteral("xy")));
        QVERIFY(texts.contains(QStringLiteral("ur")));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("language");
        QTest::newRow("not a pdf") << QByteArray("name,passport\nAisha,AB123\n") << QStringLiteral("en");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("en");
        QTest::newRow("xref stream") << QByteArray("%PDF-1.5\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
                                                   "3 0 obj\n<</Type/XRef/Size 4/W[1 2 1]/Root 1 0 R/Length 0>>\n"
                                                   "stream\n\nendstream\nendobj\nstartxref\n54\n%%EOF\n")
                                     << QStringLiteral("en");
        QTest::newRow("no startxref") << QByteArray("%PDF-1.4\n1 0 obj\n<</Type/Catalog>>\nendobj\n%%EOF\n")
                                      << QStringLiteral("en");
        QTest::newRow("bad language") << QByteArray() << QStringLiteral("Urdu (Pakistan)");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, language);
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        if (bytes.isEmpty() && language == QLatin1String("Urdu (Pakistan)"))
            bytes = readAll(makePdf(QStringLiteral("refused.pdf"), {}));
        QVERIFY(writeAll(path, bytes));

        const Status s = writePdfDocumentInfo(path, sample(QStringLiteral("T"), {}, {}, language));
        QVERIFY(!s.ok());
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(readAll(path), bytes); // byte-identical
        if (language == QLatin1String("en"))
            QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(s.error().message));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("refused.pdf*") }, QDir::Files | QDir::Hidden).size(),
                 1);
    }

    void unreadable()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.pdf"));
        const Status s = writePdfDocumentInfo(missing, {});
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QDir::toNativeSeparators(missing)));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!writePdfDocumentInfo(m_dir.path(), {}).ok()); // a folder
    }

    void unwritable_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("read-only folder") << QStringLiteral("folder");
        // Readable, but the temporary file beside it would need a name over 255 bytes,
        // which fails even for root.
        QTest::newRow("no room for the temporary name") << QStringLiteral("name");
    }

    void unwritable()
    {
        QFETCH(QString, how);
        const QString folder = m_dir.filePath(how);
        QVERIFY(QDir().mkpath(folder));
        const QString name = how == QLatin1String("name") ? QString(251, QLatin1Char('r')) + QStringLiteral(".pdf")
                                                          : QStringLiteral("letter.pdf");
        const QString path = makePdf(how + QLatin1Char('/') + name, {});
        const QByteArray before = readAll(path);
        if (before.isEmpty())
            QSKIP("This file system does not take a 255-byte file name.");
        QFile::Permissions folderPermissions = QFile::permissions(folder);
        if (how == QLatin1String("folder")) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(folder, folderPermissions);
                QSKIP("Running with rights that ignore a read-only folder (root).");
            }
        }
        const Status s = writePdfDocumentInfo(path, sample(QStringLiteral("T"), {}, {}, QStringLiteral("en")));
        QFile::setPermissions(folder, folderPermissions);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(s.error().message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
    }
};

QTEST_MAIN(TestPdfDocumentInfo)
#include "tst_pdfdocumentinfo.moc"
