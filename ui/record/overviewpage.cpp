#include "overviewpage.h"

#include "common/bidi.h"

#include "clinical/clinicalfacts.h"

#include <QGuiApplication>

namespace caravan {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString date(QDate d)
{
    return d.isValid() ? isoDate(d) : OverviewPage::tr("not recorded");
}

// Text in a first-strong isolate (U+2068 … U+2069): it keeps its own direction and
// its place among the words around it.
QString isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

// The interface's direction, set on every block: Qt would otherwise take each
// paragraph's direction from its first letter, and a companion line that starts
// with an Urdu name would run right to left inside an English page.
QString dir()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString row(const QString &label, const QString &value)
{
    const QString labelCell =
            QStringLiteral("<td style='color:#555; padding-right:12px; padding-left:12px'><p dir='%2'>%1</p></td>")
                    .arg(esc(label), dir());
    const QString valueCell = QStringLiteral("<td><p dir='%2'>%1</p></td>").arg(value, dir());
    // Qt's rich-text tables do not mirror: in Urdu the label column goes on the right by hand.
    return QGuiApplication::layoutDirection() == Qt::RightToLeft
            ? QStringLiteral("<tr>%1%2</tr>").arg(valueCell, labelCell)
            : QStringLiteral("<tr>%1%2</tr>").arg(labelCell, valueCell);
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
}

void OverviewPage::setRecord(const PatientRecord *record, const QHash<qint64, QString> &institutionNames)
{
    setHtml(record ? html(*record, institutionNames, QDate::currentDate()) : QString());
}

QString OverviewPage::html(const PatientRecord &r, const QHash<qint64, QString> &institutions, QDate today)
{
    const Patient &p = r.patient;
    QString out;
    out += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Travel and documents")));
    out += row(tr("Passport"),
               p.passportNumber.isEmpty()
                       ? esc(tr("not recorded"))
                       : esc(QStringLiteral("%1 (%2), %3 %4")
                                     .arg(p.passportNumber, p.passportCountry, tr("expires"), date(p.passportExpiry))));
    out += row(tr("Visa"),
               p.visaType.isEmpty() && p.visaNumber.isEmpty()
                       ? esc(tr("not recorded"))
                       : esc(QStringLiteral("%1 %2, %3 %4")
                                     .arg(p.visaType, p.visaNumber, tr("expires"), date(p.visaExpiry))));
    out += row(tr("Stay"), esc(QStringLiteral("%1 → %2").arg(date(p.arrivalDate), date(p.departureDate))));
    QStringList contactParts{ p.phone, p.email, p.messenger };
    contactParts.removeAll(QString());
    const QString contact = contactParts.join(QStringLiteral(" · "));
    out += row(tr("Contact"), esc(contact.trimmed().isEmpty() ? tr("not recorded") : ltr(contact)));
    QStringList companions;
    for (const Companion &c : p.companions) {
        // Each name form isolated (U+2068..U+2069) so an Urdu name keeps its place in a Latin line.
        QString text = QStringLiteral("\u2068%1\u2069 %2 (%3)").arg(c.name, c.nameLatin, c.relation).simplified();
        if (c.accompanying)
            text += QStringLiteral(", ") + tr("travels with the patient");
        if (c.nextOfKin)
            text += QStringLiteral(", ") + tr("next of kin");
        if (!c.passportNumber.isEmpty())
            text += QStringLiteral(", %1 %2").arg(tr("passport"), c.passportNumber);
        companions << esc(text);
    }
    out += row(tr("Companions"),
               companions.isEmpty() ? esc(tr("none recorded")) : companions.join(QStringLiteral("<br>")));
    out += QStringLiteral("</table><h3>%1</h3><table>").arg(esc(tr("Payer and referral")));
    out += row(tr("Payer"),
               esc(QStringList{ labelOf(p.sponsorType), p.sponsorName, p.sponsorReference }
                           .join(QLatin1Char(' '))
                           .simplified()));
    const QString referrer = p.referringInstitutionId ? institutions.value(*p.referringInstitutionId) : QString();
    out += row(tr("Referred by"), esc(QStringList{ p.referringDoctor, referrer }.join(QStringLiteral(", ")).trimmed()));
    out += row(tr("Coordinator"), esc(p.coordinator));

    out += QStringLiteral("</table><h3>%1</h3><ul>").arg(esc(tr("Diagnoses")));
    if (r.diagnoses.isEmpty())
        out += QStringLiteral("<li>%1</li>").arg(esc(tr("not recorded")));
    for (const Diagnosis &d : r.diagnoses) {
        // Each fact labelled ("diagnosed 2023-02-10 · Risk group: high"), so the date does
        // not read as belonging to the words before it, and no brackets inside brackets.
        QStringList facts;
        if (d.diagnosedOn.isValid())
            facts << esc(tr("diagnosed %1")).arg(date(d.diagnosedOn));
        // Each part in its own direction (first strong letter), in a line of the
        // interface's: an English diagnosis keeps its words in order in an Urdu page.
        const QString stage = isolated(d.stage);
        if (!d.stage.isEmpty())
            facts << esc(d.stagingSystem == StagingSystem::None ? stage
                                                                 : tr("%1: %2").arg(labelOf(d.stagingSystem), stage));
        out += QStringLiteral("<li dir='%3'><b>%1</b> %2")
                       .arg(esc(ltr(d.icd10Code)), esc(isolated(d.icd10Text)), dir());
        if (!facts.isEmpty())
            out += QStringLiteral(" — ") + facts.join(QStringLiteral(" · "));
        out += QStringLiteral("</li>");
    }
    out += QStringLiteral("</ul><h3>%1</h3><ul>").arg(esc(tr("Treatments")));
    if (r.courses.isEmpty())
        out += QStringLiteral("<li>%1</li>").arg(esc(tr("not recorded")));
    for (const TreatmentCourse &c : r.courses) {
        QString line =
                QStringLiteral("<b>%1</b> %2 — %3 → %4, %5")
                        .arg(esc(labelOf(c.type)), esc(c.name), date(c.startDate),
                             c.endDate.isValid() ? date(c.endDate) : esc(labelOf(c.status)), esc(labelOf(c.status)));
        if (c.bestResponse != Response::NotAssessed)
            line += QStringLiteral(", %1: %2").arg(esc(tr("best response")), esc(labelOf(c.bestResponse)));
        if (const QDate d0 = c.dayZero(); d0.isValid()) {
            line += QStringLiteral("<br>%1 %2").arg(esc(tr("Day 0:")), date(d0));
            if (auto day = clinical::dayRelative(d0, today); day && *day >= 0)
                line += QStringLiteral(" — %1 %2").arg(esc(tr("today is")), esc(clinical::dayLabel(*day)));
            if (c.type == TreatmentType::StemCellTransplant) {
                const QDate n = clinical::neutrophilEngraftment(r.measurements, d0);
                const QDate pl = clinical::plateletEngraftment(r.measurements, d0);
                const auto fmt = [&](QDate recorded, QDate fromCounts) {
                    QString s = recorded.isValid() ? QStringLiteral("%1 (%2)").arg(
                                        date(recorded), esc(clinical::dayLabel(*clinical::dayRelative(d0, recorded))))
                                                   : esc(tr("not recorded"));
                    if (fromCounts.isValid() && fromCounts != recorded)
                        s += QStringLiteral(" — %1 %2").arg(esc(tr("counts show")), date(fromCounts));
                    return s;
                };
                line += QStringLiteral("<br>%1 %2; %3 %4")
                                .arg(esc(tr("Neutrophil engraftment:")), fmt(c.hsct.neutrophilEngraftment, n),
                                     esc(tr("platelet engraftment:")), fmt(c.hsct.plateletEngraftment, pl));
            }
        }
        out += QStringLiteral("<li>%1</li>").arg(line);
    }
    out += QStringLiteral("</ul>");

    const auto h = clinical::latest(r.measurements, MeasurementKind::Height);
    const auto w = clinical::latest(r.measurements, MeasurementKind::Weight);
    if (h && w) {
        const QString figures = QStringLiteral("%1 cm, %2 kg (%3) — BSA %4 m² (Mosteller)")
                                        .arg(h->value)
                                        .arg(w->value)
                                        .arg(w->takenAt.toUTC().date().toString(Qt::ISODate),
                                             QString::number(*clinical::bsaMosteller(h->value, w->value), 'f', 2));
        out += QStringLiteral("<p dir='%3'>%1 %2</p>").arg(esc(tr("Latest height and weight:")), ltr(figures), dir());
    }
    QStringList planned;
    for (const Visit &v : r.visits)
        if (v.startsAt.toUTC().date() >= today)
            planned << esc(QStringLiteral("%1 %2").arg(localDateTime(v.startsAt), labelOf(v.type)));
    out += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(esc(tr("Planned")),
                        planned.isEmpty() ? esc(tr("nothing planned")) : planned.join(QStringLiteral("<br>")));
    if (!p.notes.isEmpty())
        out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Notes")), esc(p.notes));
    return out;
}

} // namespace caravan
