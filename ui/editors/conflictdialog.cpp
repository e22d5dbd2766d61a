#include "conflictdialog.h"

#include "common/bidi.h"
#include "record/recordtablemodel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace caravan {

namespace {

// A radio button whose text wraps: the button carries no text of its own (a
// QRadioButton never wraps) and a label beside it, a click on which checks it.
class ChoiceCell : public QWidget
{
public:
    ChoiceCell(const QString &text, const QString &accessibleName, QWidget *parent) : QWidget(parent)
    {
        radio = new QRadioButton(this);
        radio->setAccessibleName(accessibleName);
        radio->setAccessibleDescription(text);
        label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(160);
        // Beside its button on the reading side, whatever the value's own script.
        label->setAlignment(Qt::AlignTop | Qt::AlignAbsolute
                            | (QGuiApplication::isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
        label->installEventFilter(this);
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(radio, 0, Qt::AlignTop);
        row->addWidget(label, 1, Qt::AlignTop);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == label && event->type() == QEvent::MouseButtonRelease) {
            radio->click();
            radio->setFocus(Qt::MouseFocusReason);
        }
        return QWidget::eventFilter(watched, event);
    }
    QRadioButton *radio = nullptr;
    QLabel *label = nullptr;
};

} // namespace

ConflictDialog::ConflictDialog(const QString &kind, const QList<FieldSpec> &specs, const VersionMerge &merge,
                               const std::optional<AuditEntry> &theirChange, QWidget *parent)
    : QDialog(parent), m_merge(merge)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    const QString who = theirChange ? theirChange->userName : tr("Someone else");
    // The date and time stay on one line (no-break space).
    const QString when = theirChange ? localDateTime(theirChange->at).replace(QLatin1Char(' '), QChar(0x00A0))
                                     : QString();

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString text = theirChange ? tr("%1 saved this %2 at %3, while you were editing it.").arg(who, kind, when)
                               : tr("Someone else saved this %1 while you were editing it.").arg(kind);
    text += QLatin1Char(' ');
    if (m_merge.conflictCount() > 0)
        text += tr("You both changed %n field(s), marked below: choose which value to keep.", nullptr,
                   m_merge.conflictCount());
    else
        text += tr("You changed different fields; the choices below keep both sets of changes.");
    text += QLatin1Char(' ') + tr("Nothing is saved until you choose.");
    intro->setText(text);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    auto heading = [this](const QString &t) {
        auto *l = new QLabel(t, this);
        l->setWordWrap(true);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(theirChange ? tr("Theirs: %1, %2").arg(who, when) : tr("Theirs")), 0, 1);
    grid->addWidget(heading(tr("Yours")), 0, 2);

    // In the order of the form.
    QList<VersionMerge::Field> differences = m_merge.differences();
    auto position = [&specs](const QString &name) {
        const auto it = std::find_if(specs.begin(), specs.end(), [&](const FieldSpec &s) { return s.name == name; });
        return it - specs.begin();
    };
    std::stable_sort(differences.begin(), differences.end(),
                     [&](const auto &a, const auto &b) { return position(a.name) < position(b.name); });
    int row = 1;
    QWidget *firstFocus = nullptr;
    for (const VersionMerge::Field &f : differences) {
        const qsizetype at = position(f.name);
        FieldSpec spec;
        if (at < specs.size())
            spec = specs.at(at);
        else
            spec.name = f.name;
        auto *label = new QLabel(f.conflict() ? tr("%1 (changed by both)").arg(spec.label()) : spec.label(), this);
        label->setWordWrap(true);
        if (f.conflict()) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        auto *theirs = new ChoiceCell(valueText(spec, f.theirs), tr("%1: theirs").arg(spec.label()), this);
        auto *yours = new ChoiceCell(valueText(spec, f.yours), tr("%1: yours").arg(spec.label()), this);
        theirs->radio->setObjectName(QStringLiteral("theirs:") + f.name);
        yours->radio->setObjectName(QStringLiteral("yours:") + f.name);
        auto *group = new QButtonGroup(this);
        group->addButton(theirs->radio, 0);
        group->addButton(yours->radio, 1);
        (f.choice == VersionMerge::Side::Theirs ? theirs : yours)->radio->setChecked(true);
        // Tab stops once per field, on its chosen version; the arrow keys switch it.
        auto tabStop = [group] {
            for (QAbstractButton *b : group->buttons())
                b->setFocusPolicy(b->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
        };
        tabStop();
        theirs->radio->installEventFilter(this);
        yours->radio->installEventFilter(this);
        const QString name = f.name;
        connect(group, &QButtonGroup::idToggled, this, [this, name, tabStop](int id, bool checked) {
            if (!checked)
                return;
            m_merge.choose(name, id == 0 ? VersionMerge::Side::Theirs : VersionMerge::Side::Yours);
            tabStop();
        });
        m_groups.insert(f.name, group);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(theirs, row, 1);
        grid->addWidget(yours, row, 2);
        if (!firstFocus)
            firstFocus = group->checkedButton();
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);

    auto *fields = new QWidget;
    fields->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto *buttons = new QDialogButtonBox(this);
    m_keepTheirs = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::DestructiveRole);
    m_keepTheirs->setToolTip(tr("Leave the record as they saved it; your changes are dropped."));
    m_saveMine = buttons->addButton(tr("Save mine"), QDialogButtonBox::ActionRole);
    m_saveMine->setToolTip(tr("Save your value in every field listed, over theirs."));
    m_saveMerged = buttons->addButton(tr("Save chosen values"), QDialogButtonBox::AcceptRole);
    m_saveMerged->setToolTip(tr("Save their version with the values chosen above."));
    m_saveMerged->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { finish(Outcome::KeepTheirs); });
    connect(m_saveMine, &QPushButton::clicked, this, [this] {
        m_merge.chooseAll(VersionMerge::Side::Yours);
        finish(Outcome::SaveMerged);
    });
    connect(m_saveMerged, &QPushButton::clicked, this, [this] { finish(Outcome::SaveMerged); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    QSize wanted(760, std::clamp(170 + 56 * row, 320, 640));
    if (const QScreen *s = screen())
        wanted = wanted.boundedTo(s->availableGeometry().size() * 9 / 10);
    resize(wanted);
    if (firstFocus)
        firstFocus->setFocus(Qt::TabFocusReason);
}

// Any arrow key on a field's choice switches to its other version (whatever the
// layout direction: there are only two).
bool ConflictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *radio = qobject_cast<QAbstractButton *>(watched);
        if (radio && radio->group()
            && (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down)) {
            for (QAbstractButton *other : radio->group()->buttons()) {
                if (other != radio) {
                    other->setFocus(Qt::OtherFocusReason);
                    other->click();
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConflictDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    accept();
}

QString ConflictDialog::valueText(const FieldSpec &spec, const QJsonValue &value) const
{
    const QString text = RecordTableModel::valueText(spec, value);
    if (text.isEmpty())
        return tr("(empty)");
    // Each value in its own direction (first strong letter; a phone number reads left
    // to right), so "+7 701 …" keeps its plus sign in front in an Urdu dialog.
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace caravan
