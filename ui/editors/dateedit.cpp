#include "dateedit.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QWidgetAction>

namespace caravan {

namespace {

const QRegularExpression &partsPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})(?:-(\\d{0,2})(?:-(\\d{0,2}))?)?$"));
    return re;
}

// Can this beginning of a year still become a year from 1900 to 2099?
bool yearPrefixOk(QStringView y)
{
    for (int year = IsoDateValidator::kMinYear; year <= IsoDateValidator::kMaxYear; year += 100) {
        const QString full = QString::number(year / 100); // "19", "20"
        const QStringView head = y.left(2);
        if (full.startsWith(head))
            return true;
    }
    return false;
}

// A small calendar drawn in the text colour, so that no icon theme is needed.
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    const QColor c = palette.color(QPalette::ButtonText);
    p.setPen(QPen(c, 1));
    p.drawRect(1, 2, 13, 12);
    p.fillRect(1, 2, 14, 4, c);
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            p.fillRect(3 + col * 4, 8 + row * 3, 2, 2, c);
    return QIcon(pm);
}

} // namespace

QValidator::State IsoDateValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    for (QChar &ch : input)
        if (ch == QLatin1Char('/') || ch == QLatin1Char('.'))
            ch = QLatin1Char('-');
    const QString s = input.trimmed();
    if (s.isEmpty())
        return Acceptable; // not recorded
    const auto m = partsPattern().match(s);
    if (!m.hasMatch())
        return Invalid;
    const QString y = m.captured(1), mo = m.captured(2), d = m.captured(3);
    const bool hasMonthPart = s.contains(QLatin1Char('-'));
    if (!yearPrefixOk(y) || (hasMonthPart && y.size() != 4))
        return Invalid;
    if (y.size() == 4 && (y.toInt() < kMinYear || y.toInt() > kMaxYear))
        return Invalid;
    if (mo.size() == 2 && (mo.toInt() < 1 || mo.toInt() > 12))
        return Invalid;
    if (m.capturedLength(3) == 0 && s.count(QLatin1Char('-')) == 2 && (mo.isEmpty() || mo == QLatin1String("0")))
        return Invalid; // "2024--" or "2024-0-"
    if (d.size() == 2 && (d.toInt() < 1 || d.toInt() > 31))
        return Invalid;
    if (mo.size() == 2 && d.size() == 2)
        return QDate(y.toInt(), mo.toInt(), d.toInt()).isValid() ? Acceptable : Intermediate;
    return Intermediate;
}

void IsoDateValidator::fixup(QString &input) const
{
    static const QRegularExpression loose(QStringLiteral("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\s*$"));
    const auto m = loose.match(input);
    if (!m.hasMatch())
        return;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (d.isValid() && d.year() >= kMinYear && d.year() <= kMaxYear)
        input = d.toString(Qt::ISODate);
}

// ---- DateEdit ----

DateEdit::DateEdit(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setValidator(new IsoDateValidator(m_edit));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(10);
    // Wide enough for "2024-12-31" plus the clear button, whatever the font.
    const QFontMetrics fm(m_edit->font());
    m_edit->setFixedWidth(fm.horizontalAdvance(QStringLiteral("0000-00-00")) + fm.height() * 2 + 12);

    m_button = new QToolButton(this);
    m_button->setIcon(calendarIcon(palette()));
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_button);
    layout->addStretch(1);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &DateEdit::edited);
    connect(m_edit, &QLineEdit::textChanged, this, &DateEdit::updateState);
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
    retranslateUi();
}

QString DateEdit::text() const
{
    return m_edit->text().trimmed();
}

void DateEdit::setText(const QString &text)
{
    m_edit->setText(text.trimmed());
}

QDate DateEdit::date() const
{
    QString s = text();
    if (s.isEmpty())
        return {};
    IsoDateValidator v;
    v.fixup(s);
    return QDate::fromString(s, Qt::ISODate);
}

void DateEdit::setDate(QDate date)
{
    m_edit->setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

bool DateEdit::isEmpty() const
{
    return text().isEmpty();
}

bool DateEdit::isAcceptable() const
{
    if (isEmpty())
        return true;
    QString s = text();
    int pos = 0;
    return IsoDateValidator().validate(s, pos) == QValidator::Acceptable;
}

void DateEdit::showCalendar()
{
    if (!m_menu) {
        m_menu = new QMenu(this);
        m_calendar = new QCalendarWidget(m_menu);
        m_calendar->setMinimumDate(QDate(IsoDateValidator::kMinYear, 1, 1));
        m_calendar->setMaximumDate(QDate(IsoDateValidator::kMaxYear, 12, 31));
        m_calendar->setGridVisible(false);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        auto *action = new QWidgetAction(m_menu);
        action->setDefaultWidget(m_calendar);
        m_menu->addAction(action);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate d) {
            m_edit->setText(d.toString(Qt::ISODate));
            m_menu->close();
            m_edit->setFocus();
            emit edited();
        });
        connect(m_calendar, &QCalendarWidget::activated, m_calendar, &QCalendarWidget::clicked);
    }
    const QDate current = date();
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    m_menu->popup(m_button->mapToGlobal(QPoint(0, m_button->height())));
}

void DateEdit::updateState()
{
    // Red text while the field holds something that is not (yet) a date.
    QPalette pal = m_edit->palette();
    const bool bad = !isAcceptable();
    pal.setColor(QPalette::Text, bad ? QColor(0xb0, 0x00, 0x20) : palette().color(QPalette::Text));
    m_edit->setPalette(pal);
}

void DateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_button->setIcon(calendarIcon(palette()));
    QWidget::changeEvent(event);
}

void DateEdit::retranslateUi()
{
    m_edit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_edit->setToolTip(tr("Write the date as year-month-day, e.g. 2024-03-15. Leave it empty if it is not recorded."));
    m_button->setToolTip(tr("Choose the date in a calendar"));
}

// ---- DateTimeEdit ----

DateTimeEdit::DateTimeEdit(QWidget *parent) : QWidget(parent)
{
    m_date = new DateEdit(this);
    m_time = new QTimeEdit(this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setEnabled(false);
    m_zone = new QLabel(this);
    m_zone->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_date);
    layout->addWidget(m_time);
    layout->addWidget(m_zone);
    layout->addStretch(1);
    setFocusProxy(m_date);

    connect(m_date, &DateEdit::edited, this, &DateTimeEdit::edited);
    connect(m_date->lineEdit(), &QLineEdit::textChanged, this, [this] { m_time->setEnabled(!m_date->isEmpty()); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] {
        if (m_time->hasFocus())
            emit edited();
    });
    retranslateUi();
}

QDateTime DateTimeEdit::dateTime() const
{
    const QDate d = m_date->date();
    if (!d.isValid())
        return {};
    return QDateTime(d, m_time->time()); // local time of this computer
}

void DateTimeEdit::setDateTime(const QDateTime &moment)
{
    if (!moment.isValid()) {
        m_date->setDate({});
        m_time->setTime(QTime(0, 0));
        return;
    }
    const QDateTime local = moment.toLocalTime();
    m_date->setDate(local.date());
    m_time->setTime(local.time());
}

void DateTimeEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateTimeEdit::retranslateUi()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_zone->setText(tr("local time (%1)").arg(QString::fromUtf8(zone.id())));
    m_time->setToolTip(tr("Hours and minutes in the time zone of this computer; stored in UTC."));
}

} // namespace caravan
