// The referral summary: the patient's story for the next doctor. Section order:
// letterhead, title, patient, referral, diagnoses, treatment history, key events,
// timeline and measurement charts (vector figures), CAR-T, transplant, current
// status and plan, recent visits, coordinator. Empty sections say "not recorded".
#include "documentbodies.h"

#include "documentbuilder.h"
#include "recordfigures.h"
#include "clinical/clinicalfacts.h"
#include "interop/recordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextTable>
#include <algorithm>

namespace caravan::report {

namespace {

// The strings of the document, for lupdate.
[[maybe_unused]] const char *const kStrings[] = {
    QT_TRANSLATE_NOOP("ReferralSummary", "Passport"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Visa"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Referral"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Referring institution"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Referring doctor"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Diagnoses"),
    QT_TRANSLATE_NOOP("ReferralSummary", "ICD-10"),
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
    QT_TRANSLATE_NOOP("ReferralSummary", "Timeline"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Measurements"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Planned and ongoing treatment"),
    QT_TRANSLATE_NOOP("ReferralSummary", "Next appointment"),
};

QString grade(const std::optional<int> &g)
{
    return g ? QString::number(*g) : QString();
}

QString institutionName(const DocumentOptions &o, const std::optional<qint64> &id)
{
    return id ? o.institutions.value(*id) : QString();
}

} // namespace

void buildReferralSummary(QTextDocument &doc, const PatientRecord &record, const DocumentOptions &o,
                          const RowBreaks &breaks)
{
    DocumentBuilder b(doc, o.languages, "ReferralSummary");
    b.setRowBreaks(breaks);
    const Patient &p = record.patient;
    const QString nl(QLatin1Char('\n')); // grid cells: the second language on its own grey line

    b.letterhead(o.centreName, o.centreAddress, o.centreLogo);
    b.heading(QT_TRANSLATE_NOOP("Documents", "Referral summary"), 17);

    b.heading(QT_TRANSLATE_NOOP("Documents", "Patient"));
    QList<std::pair<const char *, QString>> identity = identityRows(p, b, WithRecordNumber | WithSex);
    if (o.includePassport) {
        identity.append({ QT_TRANSLATE_NOOP("ReferralSummary", "Passport"),
                          QStringList{ p.passportNumber, p.passportCountry, isoDate(p.passportExpiry) }
                                  .filter(QRegularExpression(QStringLiteral(".")))
                                  .join(QStringLiteral(", ")) });
        identity.append({ QT_TRANSLATE_NOOP("ReferralSummary", "Visa"),
                          QStringList{ p.visaType, p.visaNumber, isoDate(p.visaExpiry) }
                                  .filter(QRegularExpression(QStringLiteral(".")))
                                  .join(QStringLiteral(", ")) });
    }
    b.pairs(identity);

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Referral"));
    b.pairs({ { QT_TRANSLATE_NOOP("ReferralSummary", "Referring institution"),
                institutionName(o, p.referringInstitutionId) },
              { QT_TRANSLATE_NOOP("ReferralSummary", "Referring doctor"), p.referringDoctor } });

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Diagnoses"));
    if (record.diagnoses.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (const Diagnosis &d : record.diagnoses) {
            QString stage = d.stage;
            if (!stage.isEmpty() && d.stagingSystem != StagingSystem::None)
                stage += QLatin1Char('\n') + b.vocab(d.stagingSystem);
            rows.append({ d.icd10Code, d.icd10Text, isoDate(d.diagnosedOn), stage });
        }
        b.grid({ QT_TRANSLATE_NOOP("ReferralSummary", "ICD-10"), QT_TRANSLATE_NOOP("Documents", "Diagnosis"),
                 QT_TRANSLATE_NOOP("ReferralSummary", "Diagnosed"), QT_TRANSLATE_NOOP("ReferralSummary", "Stage") },
               rows, { 10, 45, 15, 30 });
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
                    : c.type == TreatmentType::CarT                    ? c.cart.product
                                                                       : QString();
            if (!more.isEmpty() && more != c.name)
                what += QLatin1Char('\n') + more;
            const QString where = c.atThisCentre ? b.t("this centre") : institutionName(o, c.institutionId);
            const QString dates = (c.startDate.isValid() || c.endDate.isValid())
                    ? QStringLiteral("%1 – %2").arg(isoDate(c.startDate), isoDate(c.endDate))
                    : QString();
            QString cycles;
            if (c.chemo.givenCycles || c.chemo.plannedCycles)
                cycles = QStringLiteral("%1/%2").arg(
                        c.chemo.givenCycles ? QString::number(*c.chemo.givenCycles) : QStringLiteral("?"),
                        c.chemo.plannedCycles ? QString::number(*c.chemo.plannedCycles) : QStringLiteral("?"));
            else if (!c.chemo.cycles.isEmpty())
                cycles = QString::number(c.chemo.cycles.size());
            rows.append({ b.vocab(c.type, nl), what, where, dates, cycles,
                          c.bestResponse == Response::NotAssessed ? QString() : b.vocab(c.bestResponse, nl) });
        }
        b.grid({ QT_TRANSLATE_NOOP("ReferralSummary", "Type"), QT_TRANSLATE_NOOP("ReferralSummary", "Treatment"),
                 QT_TRANSLATE_NOOP("ReferralSummary", "Where"), QT_TRANSLATE_NOOP("ReferralSummary", "Dates"),
                 QT_TRANSLATE_NOOP("ReferralSummary", "Cycles"),
                 QT_TRANSLATE_NOOP("ReferralSummary", "Best response") },
               rows, { 15, 27, 18, 15, 10, 15 });
    }

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Key events"));
    if (record.assessments.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (const Assessment &a : record.assessments)
            rows.append({ isoDate(a.assessedOn), a.result == Response::NotAssessed ? QString() : b.vocab(a.result, nl),
                          a.method == AssessmentMethod::Unknown ? QString() : b.vocab(a.method, nl),
                          a.blastPercent ? QString::number(*a.blastPercent, 'g', 3) : QString() });
        b.grid({ QT_TRANSLATE_NOOP("ReferralSummary", "Date"), QT_TRANSLATE_NOOP("ReferralSummary", "Result"),
                 QT_TRANSLATE_NOOP("ReferralSummary", "Method"), QT_TRANSLATE_NOOP("ReferralSummary", "Blasts %") },
               rows);
    }

    // The whole story at a glance, drawn as vectors: the timeline, then the measurements
    // on the same time axis.
    auto *figures = new RecordFigures(record, b.first(), o.today, &doc);
    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Timeline"));
    if (!figures->hasTimeline())
        b.none();
    else {
        b.object(RecordFigures::kObjectType, RecordFigures::kTimeline);
        if (figures->chartCount() > 0) {
            b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Measurements"));
            for (int i = 1; i <= figures->chartCount(); ++i)
                b.object(RecordFigures::kObjectType, i);
        }
    }

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "CAR-T therapy"));
    bool anyCart = false;
    for (const TreatmentCourse &c : record.courses) {
        if (c.type != TreatmentType::CarT)
            continue;
        anyCart = true;
        b.pairs({ { QT_TRANSLATE_NOOP("ReferralSummary", "Target"), c.cart.target },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Product"),
                    c.cart.product.isEmpty() ? c.name : c.cart.product },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Infusion (day 0)"), isoDate(c.cart.infusionDate) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "CRS grade"), grade(c.cart.crsGrade) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "ICANS grade"), grade(c.cart.icansGrade) } });
        if (const int figure = figures->countsAroundDayZero(c); figure >= 0)
            b.object(RecordFigures::kObjectType, figure);
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
        const QString donor = b.inEach([&h](const Translation &tr) {
            QStringList parts;
            if (h.kind != TransplantKind::Unknown)
                parts << tr.label(h.kind);
            if (h.donorRelation != DonorRelation::Unknown)
                parts << tr.label(h.donorRelation);
            return parts.join(QStringLiteral(", "));
        });
        const QString conditioning = b.inEach([&h](const Translation &tr) {
            QStringList parts{ h.conditioningRegimen };
            if (h.conditioningIntensity != ConditioningIntensity::Unknown)
                parts << tr.label(h.conditioningIntensity);
            return parts.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(", "));
        });
        b.pairs({ { QT_TRANSLATE_NOOP("ReferralSummary", "Donor"), donor },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "HLA match"), h.hlaMatch },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Stem cell source"),
                    h.source == StemCellSource::Unknown ? QString() : b.vocab(h.source) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Conditioning"), conditioning },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Infusion (day 0)"), isoDate(h.infusionDate) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Neutrophil engraftment"),
                    engraft(h.neutrophilEngraftment,
                            clinical::neutrophilEngraftment(record.measurements, h.infusionDate)) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Platelet engraftment"),
                    engraft(h.plateletEngraftment,
                            clinical::plateletEngraftment(record.measurements, h.infusionDate)) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Acute GVHD grade"), grade(h.acuteGvhdGrade) },
                  { QT_TRANSLATE_NOOP("ReferralSummary", "Chronic GVHD"),
                    h.chronicGvhd == ChronicGvhd::Unknown ? QString() : b.vocab(h.chronicGvhd) } });
        if (const int figure = figures->countsAroundDayZero(c); figure >= 0)
            b.object(RecordFigures::kObjectType, figure);
    }
    if (!anyHsct)
        b.none();

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Current status"));
    // The plan: courses not yet started or under way, and the next appointment.
    QStringList planned;
    for (const TreatmentCourse &c : record.courses)
        if (c.status == CourseStatus::Planned || c.status == CourseStatus::Ongoing)
            planned << QStringLiteral("%1 (%2%3)")
                               .arg(c.name, b.first().label(c.status),
                                    c.startDate.isValid() ? QStringLiteral(", ") + isoDate(c.startDate) : QString());
    const Visit *next = nullptr;
    for (const Visit &v : record.visits)
        if (v.startsAt.isValid() && v.startsAt.date() > o.today && (!next || v.startsAt < next->startsAt))
            next = &v;
    b.pairs({ { QT_TRANSLATE_NOOP("ReferralSummary", "Case status"), b.vocab(p.caseStatus) },
              { QT_TRANSLATE_NOOP("ReferralSummary", "Arrival"), isoDate(p.arrivalDate) },
              { QT_TRANSLATE_NOOP("ReferralSummary", "Departure"), isoDate(p.departureDate) },
              { QT_TRANSLATE_NOOP("ReferralSummary", "Planned and ongoing treatment"),
                planned.join(QStringLiteral("; ")) },
              { QT_TRANSLATE_NOOP("ReferralSummary", "Next appointment"),
                next ? QStringLiteral("%1 · %2").arg(isoDate(next->startsAt.date()), b.first().label(next->type))
                     : QString() } });

    b.heading(QT_TRANSLATE_NOOP("ReferralSummary", "Recent visits"));
    // The last five that have taken place (planned ones are not history yet), in date order.
    QList<Visit> held = record.visits;
    held.removeIf([&o](const Visit &v) { return !v.startsAt.isValid() || v.startsAt.date() > o.today; });
    std::stable_sort(held.begin(), held.end(), [](const Visit &a, const Visit &c) { return a.startsAt < c.startsAt; });
    if (held.isEmpty())
        b.none();
    else {
        QList<QStringList> rows;
        for (qsizetype i = std::max<qsizetype>(0, held.size() - 5); i < held.size(); ++i) {
            const Visit &v = held.at(i);
            rows.append({ isoDate(v.startsAt.date()), b.vocab(v.type, nl), v.summary });
        }
        b.grid({ QT_TRANSLATE_NOOP("ReferralSummary", "Date"), QT_TRANSLATE_NOOP("ReferralSummary", "Type"),
                 QT_TRANSLATE_NOOP("ReferralSummary", "Summary") },
               rows, { 15, 20, 65 });
    }

    b.heading(QT_TRANSLATE_NOOP("Documents", "Coordinator"));
    b.pairs({ { QT_TRANSLATE_NOOP("Documents", "Coordinator"), p.coordinator } });
    figures->install();
}

QJsonObject referralSummaryJson(const PatientRecord &record, const DocumentOptions &o)
{
    QJsonObject root = patientRecordToJson(record, o.today.isValid() ? o.today : QDate::currentDate());
    if (!o.includePassport) {
        QJsonObject patient = root.value(QStringLiteral("patient")).toObject();
        for (const char *key : { "passport_number", "passport_country", "passport_expiry", "visa_type", "visa_number",
                                 "visa_expiry", "companions" })
            patient.remove(QLatin1String(key));
        root.insert(QStringLiteral("patient"), patient);
    }
    return root;
}

} // namespace caravan::report
