// Documents::paint and Documents::writePdf: the body laid out on A4 pages (or the
// printer's pages), with the header (centre, record number) and footer (made on,
// page X of Y, confidentiality line; in both languages when the document is
// bilingual) drawn on each page with QPainter. Before painting, headings that would
// end a page are moved to the next one (QTextDocument has no keep-with-next).
// writePdf makes the whole file in memory, adds the metadata and the JSON
// attachment, and only then replaces the file at the path (QSaveFile).
#include "document.h"

#include "documentbuilder.h"
#include "domain/translation.h"
#include "report/pdfdocumentinfo.h"
#include "text/fontchoice.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextTable>
#include <QTextLayout>
#include <cmath>
#include <limits>
#include <optional>

namespace caravan {

namespace {

constexpr const char *C = "Documents";
[[maybe_unused]] const char *const kStrings[] = {
    QT_TRANSLATE_NOOP("Documents", "Made on %1"),
    QT_TRANSLATE_NOOP("Documents", "Page %1 of %2"),
    QT_TRANSLATE_NOOP("Documents", "Confidential medical information: for the physicians treating this patient only."),
    QT_TRANSLATE_NOOP("Documents", "Confidential: for the consular officer and the persons named in this letter only."),
};

void drawText(QPainter &p, const QRectF &r, Qt::Alignment a, const QString &text, qreal pt, bool bold = false)
{
    p.setFont(FontChoice::forDocument(text, pt, bold).font());
    p.setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    p.drawText(r, int(a | Qt::AlignAbsolute | Qt::AlignVCenter), text);
}

// Moves a heading (and its grey second-language line) to the next page when what it
// introduces starts on a later page than the heading itself. A few passes: moving
// one heading shifts everything after it.
void keepHeadingsWithNext(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int pass = 0; pass < 30; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (!b.blockFormat().boolProperty(report::kKeepWithNextProperty))
                continue;
            const QTextBlock next = b.next();
            if (!next.isValid() || next.blockFormat().boolProperty(report::kKeepWithNextProperty))
                continue;
            // The group: this block and the keep-with-next blocks before it (a heading and
            // its second-language line; a signature's heading, room and line).
            QTextBlock start = b;
            while (start.previous().isValid()
                   && start.previous().blockFormat().boolProperty(report::kKeepWithNextProperty))
                start = start.previous();
            const QTextLayout *startLines = start.layout();
            const qreal headingTop = layout->blockBoundingRect(start).top()
                    + (startLines && startLines->lineCount() > 0 ? startLines->lineAt(0).y() : 0);
            const QRectF following = layout->blockBoundingRect(next);
            // Where the first line of what follows is drawn: a line that did not fit is
            // pushed down inside its block, so the block's own top is not enough.
            const QTextLayout *lines = next.layout();
            const qreal lineTop = lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0;
            const qreal lineHeight = lines && lines->lineCount() > 0 ? lines->lineAt(0).height() : following.height();
            const qreal firstLine = following.top() + lineTop + std::min<qreal>(lineHeight / 2, pageHeight / 40);
            if (pageOf(firstLine) <= pageOf(headingTop + 1))
                continue;
            if (start.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // already at the top of a page: the section is longer than a page
            QTextCursor c(start);
            QTextBlockFormat f = start.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            c.setBlockFormat(f);
            // A format change lays out only part of the document (the rest waits for a
            // timer that never runs here): lay out all of it again.
            doc.markContentsDirty(0, doc.characterCount());
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
}

// The first table row (in document order) whose lines fall on two pages, as
// (table index, data row); nullopt when no row is cut.
std::optional<std::pair<int, int>> firstCutRow(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return std::nullopt;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().hasProperty(report::kTableIndexProperty))
            continue;
        const int header = table->format().headerRowCount();
        const int first = table->format().intProperty(report::kFirstRowProperty);
        for (int r = header; r < table->rows(); ++r) {
            qreal top = std::numeric_limits<qreal>::max(), bottom = std::numeric_limits<qreal>::lowest();
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid() || !block.layout())
                        continue;
                    const QRectF rect = layout->blockBoundingRect(block);
                    for (int i = 0; i < block.layout()->lineCount(); ++i) {
                        const QTextLine line = block.layout()->lineAt(i);
                        top = std::min(top, rect.top() + line.y());
                        bottom = std::max(bottom, rect.top() + line.y() + line.height());
                    }
                }
            }
            if (top > bottom)
                continue;
            // A row taller than a page is cut wherever it stands: leave it.
            const bool alreadyFirst = r == header && first > 0;
            if (pageOf(top) != pageOf(bottom - 1) && !alreadyFirst && bottom - top < pageHeight * 0.8)
                return std::make_pair(table->format().intProperty(report::kTableIndexProperty), first + r - header);
        }
    }
    return std::nullopt;
}

} // namespace

Status Documents::paint(MadeDocument &document, QPagedPaintDevice &device)
{
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };
    const bool bilingual = document.languages.size() > 1;
    const Translation lang(document.languages.value(0, QStringLiteral("en")));
    const Translation second(bilingual ? document.languages[1] : lang.language());

    const qreal pageW = device.width(), pageH = device.height();
    const qreal left = mm(16), right = mm(16), top = mm(20), bottom = mm(bilingual ? 27 : 22);
    const QSizeF body(pageW - left - right, pageH - top - bottom);

    // Lay out; keep headings with what follows; where a table row would be cut by a
    // page, build the body again with the table split before that row; repeat.
    for (int pass = 0; pass < 60; ++pass) {
        QTextDocument &doc = *document.body;
        doc.documentLayout()->setPaintDevice(&device);
        doc.setPageSize(body);
        keepHeadingsWithNext(doc);
        const auto cut = firstCutRow(doc);
        if (!cut || !document.rebuild || document.rowBreaks.contains(*cut))
            break;
        document.rowBreaks.insert(*cut);
        document.body = document.rebuild(document.rowBreaks);
    }
    QTextDocument &doc = *document.body;
    const int pages = std::max(1, doc.pageCount());

    const bool rtl = lang.rightToLeft();
    const Qt::Alignment leading = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment trailing = rtl ? Qt::AlignLeft : Qt::AlignRight;
    // ISO dates read left to right inside Urdu: an isolate around them.
    const QString made =
            lang.t(C, "Made on %1").arg(QChar(0x2066) + document.made.toString(Qt::ISODate) + QChar(0x2069));
    const char *confidentialSource = document.kind == DocumentKind::VisaInvitation
            ? "Confidential: for the consular officer and the persons named in this letter only."
            : "Confidential medical information: for the physicians treating this patient only.";

    QPainter painter;
    if (!painter.begin(&device))
        return Error{ tr("The pages could not be drawn on this device.") };
    const QPen rule(QColor(0x99, 0x99, 0x99), mm(0.2));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return Error{ tr("The pages could not be drawn on this device.") };
        // Header
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF head(left, mm(8), body.width(), mm(8));
        drawText(painter, head, leading, document.centre, 8.5, true);
        drawText(painter, head, trailing, document.recordNumber, 8.5, true);
        painter.setPen(rule);
        painter.drawLine(QPointF(left, mm(17)), QPointF(pageW - right, mm(17)));
        // Body
        painter.save();
        painter.translate(left, top - page * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        // Footer
        const qreal footY = pageH - bottom + mm(5);
        painter.setPen(rule);
        painter.drawLine(QPointF(left, footY - mm(1)), QPointF(pageW - right, footY - mm(1)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF foot(left, footY, body.width(), mm(6));
        drawText(painter, foot, leading, made, 8);
        const QString pageText = lang.t(C, "Page %1 of %2").arg(page + 1).arg(pages);
        drawText(painter, foot, trailing, pageText, 8);
        drawText(painter, QRectF(left, footY + mm(6), body.width(), mm(6)), Qt::AlignHCenter,
                 lang.t(C, confidentialSource), 7.5);
        if (bilingual) {
            painter.setPen(QColor(0x77, 0x77, 0x77));
            const QString other = second.t(C, confidentialSource) + QStringLiteral("  ·  ")
                    + second.t(C, "Page %1 of %2").arg(page + 1).arg(pages);
            drawText(painter, QRectF(left, footY + mm(12), body.width(), mm(6)), Qt::AlignHCenter, other, 7);
        }
    }
    if (!painter.end())
        return Error{ tr("The pages could not be drawn on this device.") };
    return {};
}

Status Documents::writePdf(DocumentKind kind, const PatientRecord &record, const DocumentOptions &options,
                           const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Error{ tr("Cannot write %1: it is a folder.").arg(shown) };
    Result<MadeDocument> made = make(kind, record, options);
    if (!made)
        return made.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ tr("Cannot write %1: %2").arg(shown, out.errorString()) };

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(made->info.title);
        writer.setCreator(made->info.creator);
        writer.setDocumentXmpMetadata(pdfXmpMetadata(made->info));
        writer.addFileAttachment(made->attachmentName, made->json, QStringLiteral("application/json"));
        if (Status s = paint(made.value(), writer); !s)
            return s;
    }
    buffer.close();

    // The Info dictionary and /Lang: an incremental update, still in memory.
    const Result<QByteArray> bytes = withPdfDocumentInfo(buffer.data(), made->info, path);
    if (!bytes)
        return bytes.error();
    if (out.write(*bytes) != bytes->size() || !out.commit())
        return Error{ tr("Cannot write %1: %2").arg(shown, out.errorString()) };
    return {};
}

} // namespace caravan
