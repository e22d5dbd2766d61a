// writeReferralSummaryPdf: prints the ReferralSummary document page by page onto a
// QPdfWriter, drawing the header (centre, record number) and footer (page X of Y,
// date made, confidentiality line) on each page with QPainter, and attaches the
// record as referral.json for machines on the other side of the border.
#include "referralsummary.h"

#include "reporttr.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace caravan {

namespace {

constexpr int kDpi = 300;
constexpr const char *C = "ReferralSummary";

qreal mm(qreal v) { return v * kDpi / 25.4; }

QFont fontFor(const QString &text, qreal pt, bool bold = false)
{
    QFont f;
    bool arabic = false, han = false;
    for (const QChar ch : text) {
        arabic = arabic || ch.script() == QChar::Script_Arabic;
        han = han || ch.script() == QChar::Script_Han;
    }
    if (arabic) {
        f.setFamilies({QStringLiteral("Noto Nastaliq Urdu")});
        f.setStyleName(QStringLiteral("Regular"));
        f.setPointSizeF(std::max<qreal>(pt, 12));
        return f;
    }
    f.setFamilies({han ? QStringLiteral("Noto Sans CJK SC") : QStringLiteral("Noto Sans")});
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

void drawText(QPainter &p, const QRectF &r, Qt::Alignment a, const QString &text, qreal pt, bool bold = false)
{
    p.setFont(fontFor(text, pt, bold));
    p.setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    p.drawText(r, int(a | Qt::AlignAbsolute | Qt::AlignVCenter), text);
}

} // namespace

Status writeReferralSummaryPdf(const PatientRecord &record, const ReferralOptions &options, const QString &path)
{
    const auto languages = ReferralSummary::checkLanguages(options.languages);
    if (!languages)
        return languages.error();
    ReferralOptions o = options;
    o.languages = *languages;
    if (!o.today.isValid())
        o.today = QDate::currentDate();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ReferralSummary::tr("Making a PDF needs the fonts of a QGuiApplication; this program "
                                         "runs without one.")};
    {
        QFile probe(path);
        if (QFileInfo(path).isDir() || !probe.open(QIODevice::WriteOnly))
            return Error{ReferralSummary::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path),
                                                                        probe.errorString())};
    }

    const report::Tr tr(o.languages.first());
    const QString recordNumber = record.patient.recordNumber;
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr.t(C, QT_TRANSLATE_NOOP("ReferralSummary", "Referral summary")) + QStringLiteral(" — ")
                    + recordNumber);
    writer.setCreator(QStringLiteral("Caravan"));
    writer.addFileAttachment(QStringLiteral("referral.json"), ReferralSummary::json(record, o),
                             QStringLiteral("application/json"));

    const qreal pageW = writer.width(), pageH = writer.height();
    const qreal left = mm(16), right = mm(16), top = mm(20), bottom = mm(22);
    const QSizeF body(pageW - left - right, pageH - top - bottom);

    std::unique_ptr<QTextDocument> doc = ReferralSummary::build(record, o);
    doc->documentLayout()->setPaintDevice(&writer);
    doc->setPageSize(body);
    const int pages = std::max(1, doc->pageCount());

    const bool rtl = tr.rightToLeft();
    const Qt::Alignment leading = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment trailing = rtl ? Qt::AlignLeft : Qt::AlignRight;
    const QString made = tr.t(C, QT_TRANSLATE_NOOP("ReferralSummary", "Made on %1")).arg(QChar(0x2066) + o.today.toString(Qt::ISODate) + QChar(0x2069));   // reads left to right in Urdu
    const QString confidential = tr.t(C, QT_TRANSLATE_NOOP("ReferralSummary",
        "Confidential medical information: for the physicians treating this patient only."));

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{ReferralSummary::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path))};
    const QPen rule(QColor(0x99, 0x99, 0x99), mm(0.2));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        // Header
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF head(left, mm(8), body.width(), mm(8));
        drawText(painter, head, leading, o.centreName, 8.5, true);
        drawText(painter, head, trailing, recordNumber, 8.5, true);
        painter.setPen(rule);
        painter.drawLine(QPointF(left, mm(17)), QPointF(pageW - right, mm(17)));
        // Body
        painter.save();
        painter.translate(left, top - page * body.height());
        doc->drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        // Footer
        const qreal footY = pageH - bottom + mm(5);
        painter.setPen(rule);
        painter.drawLine(QPointF(left, footY - mm(1)), QPointF(pageW - right, footY - mm(1)));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF foot(left, footY, body.width(), mm(6));
        drawText(painter, foot, leading, made, 8);
        drawText(painter, foot, trailing,
                 tr.t(C, QT_TRANSLATE_NOOP("ReferralSummary", "Page %1 of %2")).arg(page + 1).arg(pages), 8);
        drawText(painter, QRectF(left, footY + mm(6), body.width(), mm(8)), Qt::AlignHCenter, confidential, 7.5);
    }
    if (!painter.end())
        return Error{ReferralSummary::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path))};
    if (QFileInfo(path).size() == 0)
        return Error{ReferralSummary::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path))};
    return {};
}

} // namespace caravan
