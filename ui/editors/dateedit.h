// Date and date-time editors of the record forms. A date is written as
// YYYY-MM-DD (ISO 8601, four-digit year, whatever the language: Urdu and Kazakh
// short dates have two-digit years) and may be empty, meaning "not recorded".
// The calendar button only helps to pick a day; the text is the value.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QValidator>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTimeEdit;
class QToolButton;
class QCalendarWidget;
class QMenu;

namespace caravan {

// Accepts YYYY-MM-DD with a year from 1900 to 2099 and refuses, key by key, what
// cannot become one (a two-digit year such as "24-01-01"). "/" and "." are read as
// "-"; fixup() pads a one-digit month or day ("2024-3-5" -> "2024-03-05").
class IsoDateValidator : public QValidator
{
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2099;
};

class DateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const; // as typed, trimmed
    void setText(const QString &text);
    QDate date() const; // invalid when empty or not a date
    void setDate(QDate date); // an invalid date empties the field
    bool isEmpty() const;
    bool isAcceptable() const; // empty or a complete valid date

signals:
    void edited(); // by the user (typing or the calendar)

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCalendar();
    void updateState();
    void retranslateUi();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

// A moment, edited in the local time of this computer; date() empty = not recorded.
class DateTimeEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DateTimeEdit(QWidget *parent = nullptr);

    DateEdit *dateEdit() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    // Invalid when the date is empty or not a date.
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &moment); // shown in local time

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_zone = nullptr;
};

} // namespace caravan
