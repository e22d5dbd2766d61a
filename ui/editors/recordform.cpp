#include "recordform.h"

#include "fieldeditors.h"
#include "icd10catalogue.h"
#include "listfieldeditor.h"

#include "domain/vocabulary.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace caravan {

namespace {

// Fields the caller sets and the form never shows.
bool isHiddenField(const QString &name)
{
    return name == QLatin1String("patient_id");
}

// Groups of fields with a heading of their own, by the prefix of their names.
struct SectionTitle
{
    const char *prefix;
    const char *title;
};
constexpr SectionTitle kSections[] = {
    { "chemo_", QT_TRANSLATE_NOOP("RecordForm", "Chemotherapy") },
    { "cart_", QT_TRANSLATE_NOOP("RecordForm", "CAR-T cell therapy") },
    { "hsct_", QT_TRANSLATE_NOOP("RecordForm", "Stem-cell transplant") },
};

QString sectionOf(const QString &field)
{
    for (const auto &s : kSections)
        if (field.startsWith(QLatin1String(s.prefix)))
            return QLatin1String(s.prefix);
    return {};
}

QColor issueColour()
{
    return QColor(0xb0, 0x00, 0x20);
}

} // namespace

RecordForm::RecordForm(const QList<FieldSpec> &specs, QWidget *parent) : QWidget(parent), m_specs(specs)
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("generalMessage"));
    m_message->setStyleSheet(
            QStringLiteral("QLabel#generalMessage { background: #fdecea; color: #8a1020; border: 1px solid #f1b0b7;"
                           " border-radius: 4px; padding: 6px; }"));
    m_message->hide();

    // A grid rather than a QFormLayout: hidden rows fold away without leaving their
    // spacing (and Qt 6.4's QFormLayout misbehaves with rows hidden by setRowVisible).
    auto *inner = new QWidget;
    m_layout = new QGridLayout(inner);
    m_layout->setColumnStretch(1, 1);
    m_layout->setHorizontalSpacing(16);
    m_layout->setVerticalSpacing(6);
    int gridRow = 0;

    QString currentSection;
    for (const FieldSpec &spec : m_specs) {
        if (isHiddenField(spec.name))
            continue;
        const QString section = sectionOf(spec.name);
        if (section != currentSection) {
            currentSection = section;
            if (!section.isEmpty()) {
                auto *heading = new QLabel(inner);
                QFont f = heading->font();
                f.setBold(true);
                f.setPointSizeF(f.pointSizeF() * 1.15);
                heading->setFont(f);
                heading->setContentsMargins(0, 14, 0, 2);
                m_layout->addWidget(heading, gridRow++, 0, 1, 2);
                m_sections.append({ section, heading });
            }
        }
        Row row;
        row.spec = spec;
        row.cell = new QWidget(inner);
        row.cellLayout = new QVBoxLayout(row.cell);
        row.cellLayout->setContentsMargins(0, 0, 0, 0);
        row.cellLayout->setSpacing(2);
        row.editor = fieldeditors::create(spec, row.cell);
        row.editor->setObjectName(spec.name);
        using Kind = FieldSpec::Kind;
        const bool stretches = spec.kind == Kind::Text || spec.kind == Kind::LongText || spec.kind == Kind::List;
        row.cellLayout->addWidget(row.editor, 0, stretches ? Qt::Alignment() : Qt::AlignLeft);

        row.issue = new QLabel(row.cell);
        row.issue->setWordWrap(true);
        row.issue->setTextFormat(Qt::PlainText);
        QPalette pal = row.issue->palette();
        pal.setColor(QPalette::WindowText, issueColour());
        row.issue->setPalette(pal);
        row.issue->hide();
        row.cellLayout->addWidget(row.issue);

        // The label's text lines up with the editor's first line.
        row.label = new QLabel(inner);
        row.label->setBuddy(row.editor);
        row.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        if (spec.kind == Kind::List || spec.kind == Kind::LongText)
            row.label->setMinimumHeight(QFontMetrics(row.label->font()).height() + 10);
        else
            row.label->setMinimumHeight(row.editor->sizeHint().height());
        m_layout->addWidget(row.label, gridRow, 0, Qt::AlignTop);
        m_layout->addWidget(row.cell, gridRow, 1);
        ++gridRow;

        const QString name = spec.name;
        fieldeditors::onEdited(row.editor, spec, this, [this] {
            if (!m_settingValues)
                emit edited();
        });
        if (spec.kind == FieldSpec::Kind::Choice) {
            connect(static_cast<QComboBox *>(row.editor), &QComboBox::currentIndexChanged, this, [this, name] {
                if (m_settingValues)
                    return;
                applyVisibility();
                emit choiceChanged(name);
            });
        }
        // A wheel over a combo or a time field scrolls the form unless the field has the focus.
        QList<QWidget *> parts = row.editor->findChildren<QWidget *>();
        parts << row.editor;
        for (QWidget *w : std::as_const(parts))
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
                w->setFocusPolicy(Qt::StrongFocus);
                w->installEventFilter(this);
            }
        m_index.insert(spec.name, int(m_rows.size()));
        m_rows.append(row);
    }

    m_layout->setRowStretch(gridRow, 1); // spare height below the last field

    if (auto *code = qobject_cast<QLineEdit *>(fieldWidget(QStringLiteral("icd10_code"))))
        Icd10Catalogue::attachCompleter(code, qobject_cast<QLineEdit *>(fieldWidget(QStringLiteral("icd10_text"))),
                                        Icd10Catalogue::common());

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);
    retranslateUi();
}

void RecordForm::setReferenceChoices(const QString &table, const QList<QPair<qint64, QString>> &choices)
{
    const bool wasSetting = std::exchange(m_settingValues, true);
    for (const Row &r : std::as_const(m_rows))
        if (r.spec.kind == FieldSpec::Kind::Reference && r.spec.referenceTable == table)
            fieldeditors::setReferenceChoices(static_cast<QComboBox *>(r.editor), choices);
    m_settingValues = wasSetting;
}

void RecordForm::setValues(const QJsonObject &values)
{
    m_settingValues = true;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (isHiddenField(it.key())) {
            m_passThrough.insert(it.key(), it.value());
            continue;
        }
        if (const Row *r = row(it.key()))
            fieldeditors::setValue(r->editor, r->spec, it.value());
    }
    m_settingValues = false;
    applyVisibility();
}

QJsonObject RecordForm::rawValues() const
{
    QJsonObject o = m_passThrough;
    for (const Row &r : m_rows)
        o.insert(r.spec.name, fieldeditors::value(r.editor, r.spec));
    return o;
}

QJsonObject RecordForm::values() const
{
    QJsonObject o = m_passThrough;
    for (const Row &r : m_rows)
        o.insert(r.spec.name, r.shown ? fieldeditors::value(r.editor, r.spec) : fieldeditors::emptyValue(r.spec));
    return o;
}

void RecordForm::commitPendingEdits()
{
    for (const Row &r : std::as_const(m_rows))
        if (auto *list = qobject_cast<ListFieldEditor *>(r.editor))
            list->commitPendingEdit();
}

void RecordForm::clearIssues()
{
    for (const Row &r : std::as_const(m_rows)) {
        r.issue->clear();
        r.issue->hide();
    }
    m_message->clear();
    m_message->hide();
}

void RecordForm::showIssues(const QList<ValidationIssue> &issues, const QString &headline)
{
    clearIssues();
    QStringList general;
    if (!headline.isEmpty())
        general << headline;
    QHash<QString, QStringList> byField;
    for (const ValidationIssue &issue : issues) {
        const Row *r = row(issue.field);
        if (r && r->shown)
            byField[issue.field] << issue.message;
        else if (issue.field.isEmpty())
            general << issue.message;
        else
            general << tr("%1: %2").arg(r ? r->spec.label() : issue.field, issue.message);
    }
    const Row *first = nullptr;
    for (const Row &r : std::as_const(m_rows)) {
        const auto it = byField.constFind(r.spec.name);
        if (it == byField.constEnd())
            continue;
        r.issue->setText(it->join(QLatin1Char('\n')));
        r.issue->show();
        if (!first)
            first = &r;
    }
    m_message->setText(general.join(QLatin1Char('\n')));
    m_message->setVisible(!general.isEmpty());
    if (first) {
        first->editor->setFocus(Qt::OtherFocusReason);
        scrollToField(first->spec.name);
    }
}

QString RecordForm::generalMessage() const
{
    return m_message->text();
}

QString RecordForm::issueText(const QString &field) const
{
    const Row *r = row(field);
    return r ? r->issue->text() : QString();
}

void RecordForm::setFieldVisibilityRule(VisibilityRule rule)
{
    m_rule = std::move(rule);
    applyVisibility();
}

bool RecordForm::isFieldShown(const QString &field) const
{
    const Row *r = row(field);
    return r && r->shown;
}

QWidget *RecordForm::fieldWidget(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->editor : nullptr;
}

QWidget *RecordForm::issueWidget(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->issue : nullptr;
}

void RecordForm::addRowAfter(const QString &field, QWidget *widget)
{
    const auto it = m_index.constFind(field);
    if (it == m_index.constEnd())
        return;
    m_rows[*it].cellLayout->addWidget(widget); // in the field's cell: shown and hidden with it
}

void RecordForm::scrollToField(const QString &field)
{
    if (const Row *r = row(field))
        m_scroll->ensureWidgetVisible(r->editor, 20, 40);
}

QSize RecordForm::contentsSizeHint() const
{
    QSize s = m_scroll->widget()->sizeHint();
    s.rwidth() += m_scroll->verticalScrollBar()->sizeHint().width();
    if (m_message->isVisible())
        s.rheight() += m_message->sizeHint().height();
    return s;
}

void RecordForm::applyVisibility()
{
    const QJsonObject current = m_rule ? rawValues() : QJsonObject();
    for (Row &r : m_rows) {
        const bool shown = !m_rule || m_rule(r.spec.name, current);
        if (shown == r.shown)
            continue;
        r.shown = shown;
        r.label->setVisible(shown);
        r.cell->setVisible(shown);
    }
    for (const Section &s : std::as_const(m_sections)) {
        const bool any = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                     [&s](const Row &r) { return r.shown && r.spec.name.startsWith(s.prefix); });
        s.heading->setVisible(any);
    }
}

const RecordForm::Row *RecordForm::row(const QString &field) const
{
    const auto it = m_index.constFind(field);
    return it == m_index.constEnd() ? nullptr : &m_rows.at(*it);
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus()) {
            event->ignore(); // goes on to the scroll area
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordForm::retranslateUi()
{
    for (const Row &r : std::as_const(m_rows))
        r.label->setText(r.spec.label());
    for (const Section &s : std::as_const(m_sections))
        for (const auto &known : kSections)
            if (s.prefix == QLatin1String(known.prefix))
                s.heading->setText(tr(known.title));
}

RecordForm::VisibilityRule treatmentCourseVisibility()
{
    return [](const QString &field, const QJsonObject &current) {
        const QString type = current.value(QLatin1String("type")).toString();
        if (field.startsWith(QLatin1String("chemo_")))
            return type == codeOf(TreatmentType::Chemotherapy);
        if (field.startsWith(QLatin1String("cart_")))
            return type == codeOf(TreatmentType::CarT);
        if (field.startsWith(QLatin1String("hsct_")))
            return type == codeOf(TreatmentType::StemCellTransplant);
        return true;
    };
}

} // namespace caravan
