#include "fieldeditors.h"

#include "dateedit.h"
#include "listfieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace caravan::fieldeditors {

namespace {

struct FieldEditors
{
    Q_DECLARE_TR_FUNCTIONS(FieldEditors)
};

using Kind = FieldSpec::Kind;

bool isIntegerKind(Kind k)
{
    return k == Kind::Integer || k == Kind::OptionalInteger;
}

bool isCountryCodeField(const QString &name)
{
    static const QStringList names{ QStringLiteral("nationality"), QStringLiteral("residence_country"),
                                    QStringLiteral("passport_country"), QStringLiteral("country") };
    return names.contains(name);
}

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return textFromNumber(v);
    return {};
}

} // namespace

QValidator *numberValidator(bool integer, QObject *parent)
{
    const QString pattern = integer ? QStringLiteral("^-?\\d{0,9}$") : QStringLiteral("^-?\\d{0,12}([.,]\\d{0,9})?$");
    return new QRegularExpressionValidator(QRegularExpression(pattern), parent);
}

QJsonValue numberFromText(const QString &text, bool integer)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return QJsonValue();
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    if (integer) {
        const int i = s.toInt(&ok);
        if (ok)
            return i;
    } else {
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    return text.trimmed(); // handed on: the codec says it is not a number
}

QString textFromNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return value.isString() ? value.toString() : QString();
    const double d = value.toDouble();
    return QString::number(d, 'g', 15);
}

QWidget *create(const FieldSpec &spec, QWidget *parent)
{
    switch (spec.kind) {
    case Kind::Text: {
        auto *e = new QLineEdit(parent);
        if (isCountryCodeField(spec.name)) {
            // Two letters (ISO 3166-1): a short field, written in capitals.
            const QFontMetrics fm(e->font());
            e->setMaximumWidth(fm.horizontalAdvance(QStringLiteral("MMMMMMMM")) + 16);
            e->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
            e->setPlaceholderText(FieldEditors::tr("e.g. PK"));
            e->setToolTip(FieldEditors::tr("Two-letter ISO country code: PK, KZ, KG, CN, RU, ..."));
            QObject::connect(e, &QLineEdit::editingFinished, e, [e] {
                if (e->text() != e->text().trimmed().toUpper())
                    e->setText(e->text().trimmed().toUpper());
            });
        }
        return e;
    }
    case Kind::LongText: {
        auto *e = new QPlainTextEdit(parent);
        e->setTabChangesFocus(true);
        const QFontMetrics fm(e->font());
        e->setFixedHeight(fm.lineSpacing() * 3 + 2 * e->frameWidth() + 10);
        return e;
    }
    case Kind::Date:
        return new DateEdit(parent);
    case Kind::DateTime:
        return new DateTimeEdit(parent);
    case Kind::Bool:
        return new QCheckBox(parent);
    case Kind::Integer:
    case Kind::Number:
    case Kind::OptionalInteger:
    case Kind::OptionalNumber: {
        auto *e = new QLineEdit(parent);
        e->setValidator(numberValidator(isIntegerKind(spec.kind), e));
        const QFontMetrics fm(e->font());
        e->setMaximumWidth(fm.horizontalAdvance(QStringLiteral("0000000000")) + 16);
        e->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        if (spec.kind == Kind::OptionalInteger || spec.kind == Kind::OptionalNumber)
            e->setPlaceholderText(FieldEditors::tr("not recorded"));
        return e;
    }
    case Kind::Choice: {
        auto *c = new QComboBox(parent);
        for (qsizetype i = 0; i < spec.codes.size(); ++i)
            c->addItem(spec.labels.value(i, spec.codes.at(i)), spec.codes.at(i));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    }
    case Kind::Reference: {
        auto *c = new QComboBox(parent);
        setReferenceChoices(c, {});
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c->setMinimumContentsLength(24);
        return c;
    }
    case Kind::List:
        return new ListFieldEditor(spec.itemSpecs, parent);
    }
    return new QLineEdit(parent);
}

void setValue(QWidget *editor, const FieldSpec &spec, const QJsonValue &v)
{
    switch (spec.kind) {
    case Kind::Text:
        static_cast<QLineEdit *>(editor)->setText(textOf(v));
        static_cast<QLineEdit *>(editor)->setCursorPosition(0);
        break;
    case Kind::LongText: {
        const QSignalBlocker quiet(editor); // textChanged means "edited by the user" here
        static_cast<QPlainTextEdit *>(editor)->setPlainText(textOf(v));
        break;
    }
    case Kind::Date: {
        QString s = textOf(v).trimmed();
        if (s.size() > 10 && (s.at(10) == QLatin1Char('T') || s.at(10) == QLatin1Char(' ')))
            s.truncate(10); // a timestamp where a date is expected: its date, as the codec reads it
        static_cast<DateEdit *>(editor)->setText(s);
        break;
    }
    case Kind::DateTime: {
        auto *e = static_cast<DateTimeEdit *>(editor);
        const QString s = textOf(v).trimmed();
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no zone: stored values are UTC
            t.setTimeSpec(Qt::UTC);
        if (t.isValid() || s.isEmpty())
            e->setDateTime(t);
        else
            e->dateEdit()->setText(s); // keep what we cannot read, the codec will say why
        break;
    }
    case Kind::Bool:
        static_cast<QCheckBox *>(editor)->setChecked(v.isBool() ? v.toBool() : v.toDouble() != 0);
        break;
    case Kind::Integer:
    case Kind::Number:
    case Kind::OptionalInteger:
    case Kind::OptionalNumber:
        static_cast<QLineEdit *>(editor)->setText(textOf(v));
        break;
    case Kind::Choice:
        selectCode(static_cast<QComboBox *>(editor), spec, v);
        break;
    case Kind::Reference:
        selectReference(static_cast<QComboBox *>(editor), v);
        break;
    case Kind::List:
        static_cast<ListFieldEditor *>(editor)->setValue(v);
        break;
    }
}

QJsonValue value(const QWidget *editor, const FieldSpec &spec)
{
    switch (spec.kind) {
    case Kind::Text: {
        const QString s = static_cast<const QLineEdit *>(editor)->text().trimmed();
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    }
    case Kind::LongText: {
        const QString s = static_cast<const QPlainTextEdit *>(editor)->toPlainText();
        return s.trimmed().isEmpty() ? QJsonValue() : QJsonValue(s);
    }
    case Kind::Date: {
        const auto *e = static_cast<const DateEdit *>(editor);
        if (e->isEmpty())
            return QJsonValue();
        const QDate d = e->date();
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(e->text());
    }
    case Kind::DateTime: {
        const auto *e = static_cast<const DateTimeEdit *>(editor);
        if (e->dateEdit()->isEmpty())
            return QJsonValue();
        const QDateTime t = e->dateTime();
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(e->dateEdit()->text());
    }
    case Kind::Bool:
        return static_cast<const QCheckBox *>(editor)->isChecked();
    case Kind::Integer:
    case Kind::Number:
    case Kind::OptionalInteger:
    case Kind::OptionalNumber:
        return numberFromText(static_cast<const QLineEdit *>(editor)->text(), isIntegerKind(spec.kind));
    case Kind::Choice: {
        const QString code = static_cast<const QComboBox *>(editor)->currentData().toString();
        return code.isEmpty() ? QJsonValue() : QJsonValue(code);
    }
    case Kind::Reference: {
        const QVariant id = static_cast<const QComboBox *>(editor)->currentData();
        return id.isValid() ? QJsonValue(id.toLongLong()) : QJsonValue();
    }
    case Kind::List:
        return static_cast<const ListFieldEditor *>(editor)->value();
    }
    return QJsonValue();
}

void onEdited(QWidget *editor, const FieldSpec &spec, QObject *context, const std::function<void()> &onEdit)
{
    switch (spec.kind) {
    case Kind::Text:
    case Kind::Integer:
    case Kind::Number:
    case Kind::OptionalInteger:
    case Kind::OptionalNumber:
        QObject::connect(static_cast<QLineEdit *>(editor), &QLineEdit::textEdited, context, onEdit);
        break;
    case Kind::LongText:
        QObject::connect(static_cast<QPlainTextEdit *>(editor), &QPlainTextEdit::textChanged, context, onEdit);
        break;
    case Kind::Date:
        QObject::connect(static_cast<DateEdit *>(editor), &DateEdit::edited, context, onEdit);
        break;
    case Kind::DateTime:
        QObject::connect(static_cast<DateTimeEdit *>(editor), &DateTimeEdit::edited, context, onEdit);
        break;
    case Kind::Bool:
        QObject::connect(static_cast<QCheckBox *>(editor), &QCheckBox::toggled, context, onEdit);
        break;
    case Kind::Choice:
    case Kind::Reference:
        QObject::connect(static_cast<QComboBox *>(editor), &QComboBox::activated, context, onEdit);
        break;
    case Kind::List:
        QObject::connect(static_cast<ListFieldEditor *>(editor), &ListFieldEditor::edited, context, onEdit);
        break;
    }
}

QJsonValue emptyValue(const FieldSpec &spec)
{
    switch (spec.kind) {
    case Kind::Bool:
        return false;
    case Kind::Integer:
        return 0;
    case Kind::Number:
        return 0.0;
    case Kind::Choice:
        if (!spec.codes.contains(QString()) && !spec.codes.isEmpty())
            return spec.codes.first();
        return QJsonValue();
    default:
        return QJsonValue();
    }
}

void setReferenceChoices(QComboBox *combo, const QList<QPair<qint64, QString>> &choices)
{
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(QStringLiteral("—"), QVariant());
    for (const auto &[id, label] : choices)
        combo->addItem(label, QVariant::fromValue<qint64>(id));
    selectReference(combo, current.isValid() ? QJsonValue(current.toLongLong()) : QJsonValue());
}

void selectReference(QComboBox *combo, const QJsonValue &id)
{
    if (id.isNull() || id.isUndefined() || (id.isString() && id.toString().isEmpty())
        || (id.isDouble() && id.toInteger() == 0)) {
        combo->setCurrentIndex(0);
        return;
    }
    const qint64 wanted = id.isDouble() ? id.toInteger() : id.toString().toLongLong();
    int index = combo->findData(QVariant::fromValue<qint64>(wanted));
    if (index < 0) {
        combo->addItem(FieldEditors::tr("Record #%1").arg(wanted), QVariant::fromValue<qint64>(wanted));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void selectCode(QComboBox *combo, const FieldSpec &spec, const QJsonValue &code)
{
    const QString c = code.isString() ? code.toString() : QString();
    int index = spec.codes.indexOf(c);
    if (index < 0) {
        // Codes are matched case-insensitively, as the codec does ("f" for "F").
        for (qsizetype i = 0; i < spec.codes.size(); ++i)
            if (spec.codes.at(i).compare(c, Qt::CaseInsensitive) == 0)
                index = int(i);
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace caravan::fieldeditors
