// PdfDocumentInfo: the document-level metadata of the PDFs Caravan exports (referral
// summary, tele-consultation record, visa invitation letter): title, subject, author,
// keywords, creator, producer, creation date and the document language.
//
// QPdfWriter (Qt 6.4) writes only Title, Creator, Producer and CreationDate (the time
// of writing) into the Info dictionary and no /Lang in the catalog, so the metadata
// enters a PDF in two steps:
//   1. before painting: writer.setDocumentXmpMetadata(pdfXmpMetadata(info)), which
//      becomes the catalog's /Metadata stream (XMP, read by archiving tools);
//   2. after QPainter::end(): writePdfDocumentInfo(path, info) (or withPdfDocumentInfo on
//      the bytes in memory) appends an incremental
//      update (PDF 1.4 §3.4.5) with a new Info dictionary and a copy of the catalog
//      carrying /Lang. The bytes QPdfWriter wrote stay as they are; the file is
//      replaced atomically (QSaveFile), so a failure leaves the old file in place.
// Nothing is kept between calls; both functions are pure apart from the file written.
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace caravan {

struct PdfDocumentInfo
{
    QString title, subject, author, keywords, creator, producer;
    QDateTime created; // any zone; written as UTC. Invalid: keep the file's own date
    QString language; // BCP 47: "en", "ur-PK", "kk", "ru", "zh-CN" ("zh_CN" accepted)
};

// The XMP packet (dc:title, dc:description = subject, dc:creator = author,
// dc:language, xmp:CreateDate, xmp:CreatorTool, pdf:Producer, pdf:Keywords) to pass
// to QPdfWriter::setDocumentXmpMetadata() before painting. Empty fields are left out.
QByteArray pdfXmpMetadata(const PdfDocumentInfo &info);

// Appends an incremental update to a finished PDF written by QPdfWriter (or any PDF
// with a classic cross-reference table, not encrypted): the Info dictionary again with
// every non-empty field (UTF-16BE text strings, D:YYYYMMDDHHmmSSZ dates; keys already
// there and not set here, such as QPdfWriter's Producer, are kept), a copy of the
// catalog with /Lang set and every other key kept (/Pages, /Names with the attached
// files, /Metadata), a new xref section and a trailer with /Prev. Can be run again on
// its own output. Returns an Error a person can read when the file cannot be read or
// written, is not a PDF, or is a PDF this cannot update (cross-reference streams,
// encryption, damaged cross-reference table), or when the language is not a tag.
Status writePdfDocumentInfo(const QString &path, const PdfDocumentInfo &info);
// The same on the bytes of a PDF in memory: the bytes with the update appended.
// path only names the document in messages.
Result<QByteArray> withPdfDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info, const QString &path);

} // namespace caravan
