#include "caseheader.h"

#include "common/bidi.h"

#include "clinical/alerts.h"
#include "clinical/clinicalfacts.h"
#include "domain/places.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace caravan {

CaseHeader::CaseHeader(QWidget *parent)
    : QWidget(parent),
      m_nativeName(new QLabel(this)),
      m_latinName(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_status(new QLabel(this)),
      m_alerts(new QLabel(this))
{
    QFont big = m_nativeName->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_nativeName->setFont(big);
    QFont medium = m_latinName->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.2);
    m_latinName->setFont(medium);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(QStringLiteral("QLabel { color: #a40000; font-weight: bold; }"));
    for (QLabel *l : { m_nativeName, m_latinName, m_facts, m_status })
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_nativeName, 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(m_latinName, 1, 0, 1, 2);
    grid->addWidget(m_facts, 2, 0, 1, 2);
    grid->addWidget(m_alerts, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    refresh();
}

void CaseHeader::setRecord(const PatientRecord *record)
{
    m_record.reset();
    if (record)
        m_record = *record;
    refresh();
}

QString CaseHeader::alertText() const
{
    return m_alerts->text();
}

void CaseHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        refresh();
    QWidget::changeEvent(event);
}

void CaseHeader::refresh()
{
    if (!m_record) {
        m_nativeName->setText(tr("No patient selected"));
        for (QLabel *l : { m_latinName, m_facts, m_status, m_alerts })
            l->clear();
        m_alerts->hide();
        return;
    }
    const Patient &p = m_record->patient;
    // Names start where the interface's lines start, whatever the name's own script.
    const Qt::Alignment leading = Qt::AlignAbsolute | Qt::AlignVCenter
            | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    for (QLabel *l : { m_nativeName, m_latinName, m_facts })
        l->setAlignment(leading);
    const QString native = QStringList{ p.familyNameNative, p.givenNameNative }.join(QLatin1Char(' ')).trimmed();
    const QString latin = QStringList{ p.familyNameLatin.toUpper(), p.givenNameLatin }.join(QLatin1Char(' ')).trimmed();
    m_nativeName->setText(native.isEmpty() ? latin : native);
    m_latinName->setText(native.isEmpty() ? QString() : latin);

    QStringList facts;
    facts << ltr(p.recordNumber);
    if (auto age = clinical::ageInYears(p.birthDate, QDate::currentDate()))
        facts << tr("%n year(s)", nullptr, *age) + QStringLiteral(" (") + isoDate(p.birthDate) + QLatin1Char(')');
    if (p.sex != Sex::Unknown)
        facts << labelOf(p.sex);
    if (!p.nationality.isEmpty())
        facts << countryName(p.nationality);
    if (!p.preferredLanguage.isEmpty()) {
        const QString language = languageName(p.preferredLanguage);
        facts << (p.interpreterNeeded ? tr("speaks %1, needs an interpreter").arg(language)
                                      : tr("speaks %1").arg(language));
    } else if (p.interpreterNeeded) {
        facts << tr("needs an interpreter");
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_status->setText(QStringLiteral("<b>%1</b>").arg(labelOf(p.caseStatus).toHtmlEscaped()));

    QStringList alerts;
    for (const CaseAlert &a : caseAlerts(*m_record, QDate::currentDate()))
        alerts << QStringLiteral("⚠ ") + a.message;
    m_alerts->setText(alerts.join(QLatin1Char('\n')));
    m_alerts->setVisible(!alerts.isEmpty());
}

} // namespace caravan
