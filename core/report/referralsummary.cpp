// ReferralSummary::build: lays out the referral summary with QTextCursor (not HTML) so
// that every run gets the font of its script and every block the direction of its
// language. Section order: letterhead, title, patient, referral, diagnoses, treatment
// history, key events, CAR-T, transplant, current status, recent visits, coordinator.
#include "referralsummary.h"

#include "clinical/clinicalfacts.h"
#include "interop/recordjson.h"
#include "reporttr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextTable>
#include <algorithm>

namespace caravan {

namespace {

using report::Tr;
constexpr const char *C = "ReferralSummary";

// The strings of the document, for lupdate.
[[maybe_unused]] const char *const kStrings[] = {
    QT_TRANSLATE_NOOP("ReferralSummary", "Referral summary"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Patient"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Name (passport)"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Name (native script)"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Record number"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Birth date"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Sex"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Nationality"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Passport"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Visa"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Referral"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Referring institution"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Referring doctor"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Diagnoses"),
    QT_TRANSLATE_NOOP("ReferralSummary", "ICD-10"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Diagnosis"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Diagnosed"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Stage"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Treatment history"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Type"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Treatment"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Where"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Dates"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Cycles"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Best response"),
    QT_TRANSLATE_NOOP("ReferralSummary", "this centre"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Key events"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Date"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Result"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Method"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Blasts %"),
    QT_TRANSLATE_NOOP("ReferralSummary", "CAR-T therapy"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Target"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Product"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Infusion (day 0)"),
    QT_TRANSLATE_NOOP("ReferralSummary", "CRS grade"),
    QT_TRANSLATE_NOOP("ReferralSummary", "ICANS grade"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Stem cell transplant"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Donor"),
    QT_TRANSLATE_NOOP("ReferralSummary", "HLA match"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Stem cell source"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Conditioning"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Neutrophil engraftment"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Platelet engraftment"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Acute GVHD grade"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Chronic GVHD"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Current status"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Case status"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Arrival"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Departure"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Recent visits"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Summary"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Coordinator"),
    QT_TRANSLATE_NOOP("ReferralSummary", "not recorded"),
};

enum class Script { Latin, Arabic, Han };

Script scriptOf(const QString &text)
{
    for (const QChar ch : text) {
        const auto s = ch.script();
        if (s == QChar::Script_Arabic)
            return Script::Arabic;
        if (s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana)
            return Script::Han;
    }
    return Script::Latin;
}

QString isoDate(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

class Builder {
public:
    Builder(QTextDocument &doc, const QStringList &languages) : m_cursor(&doc)
    {
        for (const QString &l : languages)
            m_tr.emplace_back(l);
    }

    const Tr &first() const { return m_tr.front(); }
    bool bilingual() const { return m_tr.size() > 1; }
    QString t(const char *src) const { return first().t(C, src); }
    QString notRecorded() const { return t("not recorded"); }

    static QTextCharFormat format(const QString &text, qreal pt, bool bold = false, bool grey = false)
    {
        QTextCharFormat f;
        switch (scriptOf(text)) {
        case Script::Arabic:
            f.setFontFamilies({QStringLiteral("Noto Nastaliq Urdu")});
            f.setFontStyleName(QStringLiteral("Regular")); // the Bold file claims regular weight
            f.setFontPointSize(std::max<qreal>(pt, 12));
            break;
        case Script::Han:
            f.setFontFamilies({QStringLiteral("Noto Sans CJK SC")});
            f.setFontPointSize(pt);
            f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
            break;
        case Script::Latin:
            f.setFontFamilies({QStringLiteral("Noto Sans")});
            f.setFontPointSize(pt);
            f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
            break;
        }
        f.setForeground(grey ? QColor(0x70, 0x70, 0x70) : QColor(Qt::black));
        return f;
    }

    // A new block (or the current one when the cell is still empty) holding one run of
    // text: aligned to the leading side of the document's language, but laid out in the
    // direction of its own script, so that "2023-02-14 – 2024-11-04" or an English label
    // stays readable inside an Urdu document.
    void para(const Tr &lang, const QString &s, qreal pt, bool bold = false, bool grey = false,
              qreal topMargin = 0, bool reuse = false)
    {
        QTextBlockFormat bf;
        const bool rtlText = scriptOf(s) == Script::Arabic;
        bf.setLayoutDirection(rtlText ? Qt::RightToLeft : Qt::LeftToRight);
        bf.setAlignment(Qt::AlignAbsolute | (lang.rightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
        bf.setTopMargin(topMargin);
        if (reuse)
            m_cursor.setBlockFormat(bf);
        else
            m_cursor.insertBlock(bf);
        m_cursor.insertText(s, format(s, pt, bold, grey));
    }

    void letterhead(const QString &centre, const QString &address)
    {
        para(first(), centre.isEmpty() ? notRecorded() : centre, 15, true, false, 0, true);
        for (const QString &line : address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            para(first(), line.trimmed(), 9, false, true);
    }

    void heading(const char *src, qreal pt = 13)
    {
        para(first(), first().t(C, src), pt, true, false, pt > 13 ? 14 : 12);
        if (bilingual() && m_tr[1].t(C, src) != first().t(C, src))
            para(first(), m_tr[1].t(C, src), pt - 3, false, true);
    }

    // Label cell contents: first language, then the second in grey beneath.
    void label(const char *src, bool bold = false)
    {
        para(first(), first().t(C, src), 9, bold, false, 0, true);
        if (bilingual() && m_tr[1].t(C, src) != first().t(C, src))
            para(first(), m_tr[1].t(C, src), 7.5, false, true);
    }
    void value(const QString &v, const QString &empty = {})
    {
        if (v.trimmed().isEmpty())
            return para(first(), empty.isEmpty() ? notRecorded() : empty, 9.5, false, true, 0, true);
        const QStringList lines = v.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < lines.size(); ++i)
            para(first(), lines[i], i ? 8 : 9.5, false, i > 0, 0, i == 0);
    }
    // The translated label of a vocabulary value in every language, "/"-separated.
    template <class E>
    QString vocab(E v, const QString &separator = QStringLiteral(" / ")) const
    {
        QStringList parts;
        for (const Tr &tr : m_tr)
            if (!parts.contains(tr.label(v)))
                parts << tr.label(v);
        return parts.join(separator);
    }
    QString day(int d) const
    {
        if (d == 0)
            return first().t("Clinical", "Day 0");
        return first().t("Clinical", "Day %1").arg(d > 0 ? QStringLiteral("+%1").arg(d)
                                                          : QStringLiteral("\u2212%1").arg(-d));
    }

    QTextTable *table(int rows, int columns, bool grid, const QList<int> &widths = {})
    {
        QTextTableFormat tf;
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setBorder(grid ? 0.5 : 0);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
        tf.setBorderCollapse(true);
        tf.setLayoutDirection(first().rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        if (grid)
            tf.setHeaderRowCount(1);
        if (grid && !widths.isEmpty()) {
            QList<QTextLength> constraints;
            for (int w : widths)
                constraints << QTextLength(QTextLength::PercentageLength, w);
            tf.setColumnWidthConstraints(constraints);
        } else if (!grid) {
            const QTextLength labels(QTextLength::PercentageLength, 32), values(QTextLength::PercentageLength, 68);
            tf.setColumnWidthConstraints(first().rightToLeft() ? QList<QTextLength>{values, labels}
                                                               : QList<QTextLength>{labels, values});
        }
        m_cursor.movePosition(QTextCursor::End);
        return m_cursor.insertTable(rows, columns, tf);
    }
    void cell(QTextTable *t, int r, int c) { m_cursor = t->cellAt(r, c).firstCursorPosition(); }
    void leave(QTextTable *t) { m_cursor = t->lastCursorPosition(); m_cursor.movePosition(QTextCursor::NextCharacter); }

    // Label/value pairs as a borderless two-column table.
    void pairs(const QList<std::pair<const char *, QString>> &rows)
    {
        // Qt's text tables do not mirror: in a right-to-left document the label
        // column is put on the right by hand.
        const bool rtl = first().rightToLeft();
        QTextTable *t = table(int(rows.size()), 2, false);
        for (int i = 0; i < rows.size(); ++i) {
            cell(t, i, rtl ? 1 : 0);
            label(rows[i].first);
            cell(t, i, rtl ? 0 : 1);
            value(rows[i].second);
        }
        leave(t);
    }
    // A grid with a header row of labels and rows of values.
    void grid(const QList<const char *> &headers, const QList<QStringList> &rows, const QList<int> &widths = {})
    {
        // Qt's text tables do not mirror: a right-to-left document gets its columns reversed by hand.
        const bool rtl = first().rightToLeft();
        const int n = int(headers.size());
        const auto col = [rtl, n](int c) { return rtl ? n - 1 - c : c; };
        QList<int> placed = widths;
        if (rtl)
            std::reverse(placed.begin(), placed.end());
        QTextTable *t = table(int(rows.size()) + 1, n, true, placed);
        for (int c = 0; c < n; ++c) {
            cell(t, 0, col(c));
            t->cellAt(0, col(c)).setFormat([] { QTextCharFormat f; f.setBackground(QColor(0xee, 0xee, 0xee)); return f; }());
            label(headers[c], true);
        }
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < n; ++c) {
                cell(t, r + 1, col(c));
                value(rows[r].value(c), QStringLiteral("\u2014"));
            }
        leave(t);
    }
    void none()
    {
        para(first(), notRecorded(), 9.5, false, true);
    }

private:
    QTextCursor m_cursor;
    std::vector<Tr> m_tr;
};

QString grade(const std::optional<int> &g) { return g ? QString::number(*g) : QString(); }

QString institutionName(const ReferralOptions &o, const std::optional<qint64> &id)
{
    return id ? o.institutions.value(*id) : QString();
}

} // namespace

Result<QStringList> ReferralSummary::checkLanguages(const QStringList &languages)
{
    if (languages.isEmpty() || languages.size() > 2)
        return Error{tr("A referral summary is made in one language or two, not %1.").arg(languages.size())};
    QStringList codes;
    for (const QString &l : languages) {
        const QString code = report::Tr::normalise(l);
        if (!report::Tr::supportedLanguages().contains(code))
            return Error{tr("Unknown document language \"%1\"; use one or two of %2.")
                             .arg(l, report::Tr::supportedLanguages().join(QStringLiteral(", ")))};
        if (codes.contains(code))
            return Error{tr("The language \"%1\" is given twice.").arg(l)};
        codes << code;
    }
    return codes;
}

std::unique_ptr<QTextDocument> ReferralSummary::build(const PatientRecord &record, const ReferralOptions &o)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    Builder b(*doc, o.languages);
    const Patient &p = record.patient;
    const QString nl(QLatin1Char('\n')); // grid cells: the second language on its own grey line

    b.letterhead(o.centreName, o.centreAddress);
    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Referral summary"), 17);

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Patient"));
    const QString latin = QStringList{p.familyNameLatin.toUpper(), p.givenNameLatin}.join(QLatin1Char(' ')).trimmed();
    const QString native = QStringList{p.familyNameNative, p.givenNameNative}.join(QLatin1Char(' ')).trimmed();
    QList<std::pair<const char *, QString>> identity{
        {QT_TRANSLATE_NOOP("ReferralSummary", "Name (passport)"), latin},
        {QT_TRANSLATE_NOOP("ReferralSummary", "Name (native script)"), native},
        {QT_TRANSLATE_NOOP("ReferralSummary", "Record number"), p.recordNumber},
        {QT_TRANSLATE_NOOP("ReferralSummary", "Birth date"), isoDate(p.birthDate)},
        {QT_TRANSLATE_NOOP("ReferralSummary", "Sex"), p.sex == Sex::Unknown ? QString() : b.vocab(p.sex)},
        {QT_TRANSLATE_NOOP("ReferralSummary", "Nationality"), p.nationality}};
    if (o.includePassport) {
        identity.append({QT_TRANSLATE_NOOP("ReferralSummary", "Passport"),
                         QStringList{p.passportNumber, p.passportCountry, isoDate(p.passportExpiry)}
                             .filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", "))});
        identity.append({QT_TRANSLATE_NOOP("ReferralSummary", "Visa"),
                         QStringList{p.visaType, p.visaNumber, isoDate(p.visaExpiry)}
                             .filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", "))});
    }
    b.pairs(identity);

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Referral"));
    b.pairs({{QT_TRANSLATE_NOOP("ReferralSummary", "Referring institution"), institutionName(o, p.referringInstitutionId)},
             {QT_TRANSLATE_NOOP("ReferralSummary", "Referring doctor"), p.referringDoctor}});

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Diagnoses"));
    if (record.diagnoses.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (const Diagnosis &d : record.diagnoses) {
            QString stage = d.stage;
            if (!stage.isEmpty() && d.stagingSystem != StagingSystem::None)
                stage += QLatin1Char('\n') + b.vocab(d.stagingSystem);
            rows.append({d.icd10Code, d.icd10Text, isoDate(d.diagnosedOn), stage});
        }
        b.grid({QT_TRANSLATE_NOOP("ReferralSummary", "ICD-10"), QT_TRANSLATE_NOOP("ReferralSummary", "Diagnosis"),
                QT_TRANSLATE_NOOP("ReferralSummary", "Diagnosed"), QT_TRANSLATE_NOOP("ReferralSummary", "Stage")},
               rows, {10, 45, 15, 30});
    }

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Treatment history"));
    if (record.courses.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (const TreatmentCourse &c : record.courses) {
            // The short name, then the regimen or product beneath it when it says more.
            QString what = c.name;
            const QString more = c.type == TreatmentType::Chemotherapy ? c.chemo.regimen
                                 : c.type == TreatmentType::CarT       ? c.cart.product
                                                                       : QString();
            if (!more.isEmpty() && more != c.name)
                what += QLatin1Char('\n') + more;
            const QString where = c.atThisCentre ? b.t("this centre") : institutionName(o, c.institutionId);
            const QString dates = (c.startDate.isValid() || c.endDate.isValid())
                                      ? QStringLiteral("%1 – %2").arg(isoDate(c.startDate), isoDate(c.endDate))
                                      : QString();
            QString cycles;
            if (c.chemo.givenCycles || c.chemo.plannedCycles)
                cycles = QStringLiteral("%1/%2").arg(c.chemo.givenCycles ? QString::number(*c.chemo.givenCycles) : QStringLiteral("?"),
                                                     c.chemo.plannedCycles ? QString::number(*c.chemo.plannedCycles) : QStringLiteral("?"));
            else if (!c.chemo.cycles.isEmpty())
                cycles = QString::number(c.chemo.cycles.size());
            rows.append({b.vocab(c.type, nl), what, where, dates, cycles,
                         c.bestResponse == Response::NotAssessed ? QString() : b.vocab(c.bestResponse, nl)});
        }
        b.grid({QT_TRANSLATE_NOOP("ReferralSummary", "Type"), QT_TRANSLATE_NOOP("ReferralSummary", "Treatment"),
                QT_TRANSLATE_NOOP("ReferralSummary", "Where"), QT_TRANSLATE_NOOP("ReferralSummary", "Dates"),
                QT_TRANSLATE_NOOP("ReferralSummary", "Cycles"), QT_TRANSLATE_NOOP("ReferralSummary", "Best response")},
               rows, {15, 29, 18, 15, 8, 15});
    }

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Key events"));
    if (record.assessments.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (const Assessment &a : record.assessments)
            rows.append({isoDate(a.assessedOn), a.result == Response::NotAssessed ? QString() : b.vocab(a.result, nl),
                         a.method == AssessmentMethod::Unknown ? QString() : b.vocab(a.method, nl),
                         a.blastPercent ? QString::number(*a.blastPercent, 'g', 3) : QString()});
        b.grid({QT_TRANSLATE_NOOP("ReferralSummary", "Date"), QT_TRANSLATE_NOOP("ReferralSummary", "Result"),
                QT_TRANSLATE_NOOP("ReferralSummary", "Method"), QT_TRANSLATE_NOOP("ReferralSummary", "Blasts %")},
               rows);
    }

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "CAR-T therapy"));
    bool anyCart = false;
    for (const TreatmentCourse &c : record.courses) {
        if (c.type != TreatmentType::CarT)
            continue;
        anyCart = true;
        b.pairs({{QT_TRANSLATE_NOOP("ReferralSummary", "Target"), c.cart.target},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Product"), c.cart.product.isEmpty() ? c.name : c.cart.product},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Infusion (day 0)"), isoDate(c.cart.infusionDate)},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "CRS grade"), grade(c.cart.crsGrade)},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "ICANS grade"), grade(c.cart.icansGrade)}});
    }
    if (!anyCart)
        b.none();

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Stem cell transplant"));
    bool anyHsct = false;
    for (const TreatmentCourse &c : record.courses) {
        if (c.type != TreatmentType::StemCellTransplant)
            continue;
        anyHsct = true;
        const TransplantDetails &h = c.hsct;
        const auto engraft = [&](QDate recorded, QDate derived) {
            const QDate d = recorded.isValid() ? recorded : derived;
            const auto rel = clinical::dayRelative(h.infusionDate, d);
            return d.isValid() ? QStringLiteral("%1 (%2)").arg(isoDate(d), rel ? b.day(*rel) : QString()) : QString();
        };
        QStringList donor;
        if (h.kind != TransplantKind::Unknown)
            donor << b.vocab(h.kind);
        if (h.donorRelation != DonorRelation::Unknown)
            donor << b.vocab(h.donorRelation);
        QStringList conditioning{h.conditioningRegimen};
        if (h.conditioningIntensity != ConditioningIntensity::Unknown)
            conditioning << b.vocab(h.conditioningIntensity);
        b.pairs({{QT_TRANSLATE_NOOP("ReferralSummary", "Donor"), donor.join(QStringLiteral(", "))},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "HLA match"), h.hlaMatch},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Stem cell source"),
                  h.source == StemCellSource::Unknown ? QString() : b.vocab(h.source)},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Conditioning"),
                  conditioning.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", "))},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Infusion (day 0)"), isoDate(h.infusionDate)},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Neutrophil engraftment"),
                  engraft(h.neutrophilEngraftment, clinical::neutrophilEngraftment(record.measurements, h.infusionDate))},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Platelet engraftment"),
                  engraft(h.plateletEngraftment, clinical::plateletEngraftment(record.measurements, h.infusionDate))},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Acute GVHD grade"), grade(h.acuteGvhdGrade)},
                 {QT_TRANSLATE_NOOP("ReferralSummary", "Chronic GVHD"),
                  h.chronicGvhd == ChronicGvhd::Unknown ? QString() : b.vocab(h.chronicGvhd)}});
    }
    if (!anyHsct)
        b.none();

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Current status"));
    b.pairs({{QT_TRANSLATE_NOOP("ReferralSummary", "Case status"), b.vocab(p.caseStatus)},
             {QT_TRANSLATE_NOOP("ReferralSummary", "Arrival"), isoDate(p.arrivalDate)},
             {QT_TRANSLATE_NOOP("ReferralSummary", "Departure"), isoDate(p.departureDate)}});

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Recent visits"));
    if (record.visits.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (qsizetype i = std::max<qsizetype>(0, record.visits.size() - 5); i < record.visits.size(); ++i) {
            const Visit &v = record.visits.at(i);
            rows.append({isoDate(v.startsAt.date()), b.vocab(v.type, nl), v.summary});
        }
        b.grid({QT_TRANSLATE_NOOP("ReferralSummary", "Date"), QT_TRANSLATE_NOOP("ReferralSummary", "Type"),
                QT_TRANSLATE_NOOP("ReferralSummary", "Summary")},
               rows, {15, 20, 65});
    }

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Coordinator"));
    b.pairs({{QT_TRANSLATE_NOOP("ReferralSummary", "Coordinator"), p.coordinator}});
    return doc;
}

QByteArray ReferralSummary::json(const PatientRecord &record, const ReferralOptions &o)
{
    QJsonObject root = patientRecordToJson(record, o.today.isValid() ? o.today : QDate::currentDate());
    if (!o.includePassport) {
        QJsonObject patient = root.value(QStringLiteral("patient")).toObject();
        for (const char *key : {"passport_number", "passport_country", "passport_expiry", "visa_type",
                                "visa_number", "visa_expiry", "companions"})
            patient.remove(QLatin1String(key));
        root.insert(QStringLiteral("patient"), patient);
    }
    root.insert(QStringLiteral("document"), QStringLiteral("referral_summary"));
    root.insert(QStringLiteral("languages"), QJsonArray::fromStringList(o.languages));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace caravan
