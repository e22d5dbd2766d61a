// Helpers shared by the document tests (tst_referralpdf, tst_documentpdfs,
// tst_documentpreview): a demo centre in a temporary SQLite file, reading PDFs back
// with Poppler-Qt6 (text, the JSON attachment, embedded fonts, raw bytes), and
// running caravan-cli's verbs in-process against the demo file.
#pragma once

#include "commandline/cli.h"
#include "sample/democases.h"
#include "storage/database.h"
#include "storage/store.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

namespace caravan::testing {

// The fictional demo cases in a fresh file; open() once in initTestCase.
struct DemoCentre
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<Store> store;

    bool open()
    {
        if (!dir.isValid() || !db.openSqlite(path()).ok())
            return false;
        store = std::make_unique<Store>(db);
        return loadDemoCases(*store).ok();
    }
    QString path() const { return dir.filePath(QStringLiteral("demo.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }
    PatientRecord record(const QString &number) const
    {
        const auto id = store->patientIdByRecordNumber(number);
        return id ? store->record(*id).value() : PatientRecord{};
    }
    // caravan-cli ARGS --database <the demo file>; returns the exit code.
    int cli(QStringList args, QString *outText = nullptr, QString *errText = nullptr) const
    {
        QString o, e;
        QTextStream out(&o), err(&e);
        args.prepend(path());
        args.prepend(QStringLiteral("--database"));
        args.prepend(QStringLiteral("caravan-cli"));
        const int code = Cli::run(args, out, err);
        out.flush();
        err.flush();
        if (outText)
            *outText = o;
        if (errText)
            *errText = e;
        return code;
    }
};

// The text of a page as a reader would copy it, NFKC-normalised: Qt's PDF writer maps
// a CJK glyph back to the first code point that uses it, so 文 comes out as the Kangxi
// radical ⽂ (U+2F42), and "fi" as the ligature ﬁ; NFKC turns both back.
inline QString pageText(Poppler::Document &doc, int page)
{
    return doc.page(page)->text(QRectF()).normalized(QString::NormalizationForm_KC).simplified();
}

inline QString allText(Poppler::Document &doc)
{
    QString all;
    for (int p = 0; p < doc.numPages(); ++p)
        all += pageText(doc, p) + QLatin1Char('\n');
    return all;
}

// The attached JSON by file name; the first attachment when name is empty.
inline QJsonObject attachment(Poppler::Document &doc, const QString &name = {})
{
    for (Poppler::EmbeddedFile *f : doc.embeddedFiles())
        if (name.isEmpty() || f->name() == name)
            return QJsonDocument::fromJson(f->data()).object();
    return {};
}

inline bool hasEmbeddedFont(Poppler::Document &doc, const QString &part)
{
    for (const Poppler::FontInfo &f : doc.fonts())
        if (f.isEmbedded() && f.name().contains(part))
            return true;
    return false;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace caravan::testing
