// Result types returned by core: a value, or an error a person can read.
// Core never shows UI; callers decide how to present Error::message and the
// per-field issues (the UI puts each next to its field, the CLI prints them).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace caravan {

// One broken rule: which field (the storage/JSON name) and what is wrong.
struct ValidationIssue
{
    QString field;
    QString message;
};

struct Error
{
    // Why a read or write was refused, where a caller reacts differently: a record
    // someone else changed since it was read is offered for merging.
    enum class Reason { Other, NotFound, ChangedElsewhere, DeletedElsewhere, PasswordNeeded };

    Error() = default;
    Error(QString text, QList<ValidationIssue> fieldIssues = {})
        : message(std::move(text)), issues(std::move(fieldIssues))
    {
    }
    Error(QString text, Reason why) : message(std::move(text)), reason(why) { }

    QString message; // one sentence for a person
    QList<ValidationIssue> issues; // empty unless validation failed
    Reason reason = Reason::Other;

    // The message with each issue on its own line, for logs and the CLI.
    QString fullText() const
    {
        QStringList lines{ message };
        for (const auto &i : issues)
            lines << QStringLiteral("  %1: %2").arg(i.field, i.message);
        return lines.join(QLatin1Char('\n'));
    }
};

template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace caravan
