#include "listfieldeditor.h"

#include "dateedit.h"
#include "fieldeditors.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caravan {

namespace {

using Kind = FieldSpec::Kind;
constexpr int CodeRole = Qt::UserRole;

bool isInteger(Kind k)
{
    return k == Kind::Integer || k == Kind::OptionalInteger || k == Kind::Reference;
}
bool isNumber(Kind k)
{
    return isInteger(k) || k == Kind::Number || k == Kind::OptionalNumber;
}

// Editors of one cell, chosen by the column's kind.
class ItemDelegate : public QStyledItemDelegate
{
public:
    ItemDelegate(const QList<FieldSpec> &specs, QObject *parent) : QStyledItemDelegate(parent), m_specs(specs) { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const FieldSpec &spec = m_specs.at(index.column());
        switch (spec.kind) {
        case Kind::Bool:
            return nullptr; // a check box in the cell
        case Kind::Choice: {
            auto *combo = new QComboBox(parent);
            for (qsizetype i = 0; i < spec.codes.size(); ++i)
                combo->addItem(spec.labels.value(i, spec.codes.at(i)), spec.codes.at(i));
            return combo;
        }
        case Kind::Date: {
            auto *e = new QLineEdit(parent);
            e->setValidator(new IsoDateValidator(e));
            e->setPlaceholderText(ListFieldEditor::tr("YYYY-MM-DD"));
            e->setFrame(false);
            return e;
        }
        default:
            if (isNumber(spec.kind)) {
                auto *e = new QLineEdit(parent);
                e->setValidator(fieldeditors::numberValidator(isInteger(spec.kind), e));
                e->setFrame(false);
                return e;
            }
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const FieldSpec &spec = m_specs.at(index.column());
        if (spec.kind == Kind::Choice) {
            fieldeditors::selectCode(static_cast<QComboBox *>(editor), spec,
                                     QJsonValue(index.data(CodeRole).toString()));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        const FieldSpec &spec = m_specs.at(index.column());
        if (spec.kind == Kind::Choice) {
            auto *combo = static_cast<QComboBox *>(editor);
            model->setData(index, combo->currentData(), CodeRole);
            model->setData(index, combo->currentText(), Qt::DisplayRole);
            return;
        }
        if (spec.kind == Kind::Date) {
            auto *e = static_cast<QLineEdit *>(editor);
            QString text = e->text().trimmed();
            IsoDateValidator().fixup(text);
            model->setData(index, text, Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    QList<FieldSpec> m_specs;
};

} // namespace

ListFieldEditor::ListFieldEditor(const QList<FieldSpec> &itemSpecs, QWidget *parent)
    : QWidget(parent), m_specs(itemSpecs)
{
    m_table = new QTableWidget(0, int(m_specs.size()), this);
    m_table->setItemDelegate(new ItemDelegate(m_specs, m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, &ListFieldEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ListFieldEditor::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, &ListFieldEditor::edited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ListFieldEditor::updateButtons);

    retranslateUi();
    fitColumns();
    updateHeight();
    updateButtons();
}

int ListFieldEditor::rowCount() const
{
    return m_table->rowCount();
}

QJsonValue ListFieldEditor::value() const
{
    if (m_table->rowCount() == 0)
        return QJsonValue();
    QJsonArray rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QJsonObject item;
        for (int c = 0; c < m_specs.size(); ++c)
            item.insert(m_specs.at(c).name, cell(r, c));
        rows.append(item);
    }
    return rows;
}

void ListFieldEditor::setValue(const QJsonValue &value)
{
    QString error;
    const QJsonValue list = codec::parseListText(value, &error);
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (const auto &item : list.toArray())
        appendRow(item.toObject());
    fitColumns();
    updateHeight();
    updateButtons();
}

QJsonValue ListFieldEditor::cellValue(int row, const QString &field) const
{
    for (int c = 0; c < m_specs.size(); ++c)
        if (m_specs.at(c).name == field)
            return cell(row, c);
    return QJsonValue();
}

void ListFieldEditor::addRow()
{
    commitPendingEdit();
    appendRow(defaultItem());
    updateHeight();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->scrollToItem(m_table->item(row, 0));
    if (m_specs.value(0).kind != Kind::Bool)
        m_table->editItem(m_table->item(row, 0));
    emit edited();
}

void ListFieldEditor::removeSelectedRows()
{
    commitPendingEdit();
    QList<int> rows;
    for (const auto &range : m_table->selectedRanges())
        for (int r = range.topRow(); r <= range.bottomRow(); ++r)
            rows << r;
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_table->removeRow(r);
    updateHeight();
    updateButtons();
    emit edited();
}

void ListFieldEditor::commitPendingEdit()
{
    // The open editor of the current cell, if any (the table's state() is protected).
    if (QWidget *editor = m_table->indexWidget(m_table->currentIndex())) {
        emit m_table->itemDelegate()->commitData(editor);
        emit m_table->itemDelegate()->closeEditor(editor);
    }
}

void ListFieldEditor::appendRow(const QJsonObject &item)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_specs.size(); ++c)
        setCell(row, c, item.value(m_specs.at(c).name));
}

void ListFieldEditor::setCell(int row, int column, const QJsonValue &v)
{
    const FieldSpec &spec = m_specs.at(column);
    auto *item = new QTableWidgetItem;
    switch (spec.kind) {
    case Kind::Bool:
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState((v.isBool() ? v.toBool() : v.toDouble() != 0) ? Qt::Checked : Qt::Unchecked);
        break;
    case Kind::Choice: {
        const QString code = v.isString() ? v.toString() : QString();
        qsizetype i = spec.codes.indexOf(code);
        for (qsizetype j = 0; i < 0 && j < spec.codes.size(); ++j)
            if (spec.codes.at(j).compare(code, Qt::CaseInsensitive) == 0)
                i = j;
        if (i < 0)
            i = spec.codes.indexOf(QString());
        if (i < 0)
            i = 0;
        item->setData(CodeRole, spec.codes.value(i));
        item->setData(Qt::DisplayRole, spec.labels.value(i, spec.codes.value(i)));
        break;
    }
    case Kind::Date: {
        QString s = v.isString() ? v.toString().trimmed() : QString();
        if (s.size() > 10 && (s.at(10) == QLatin1Char('T') || s.at(10) == QLatin1Char(' ')))
            s.truncate(10);
        item->setText(s);
        break;
    }
    default:
        item->setText(isNumber(spec.kind) ? fieldeditors::textFromNumber(v) : v.toString());
        break;
    }
    m_table->setItem(row, column, item);
}

QJsonValue ListFieldEditor::cell(int row, int column) const
{
    const FieldSpec &spec = m_specs.at(column);
    const QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return spec.kind == Kind::Bool ? QJsonValue(false) : QJsonValue();
    switch (spec.kind) {
    case Kind::Bool:
        return item->checkState() == Qt::Checked;
    case Kind::Choice: {
        const QString code = item->data(CodeRole).toString();
        return code.isEmpty() ? QJsonValue() : QJsonValue(code);
    }
    case Kind::Date: {
        QString s = item->text().trimmed();
        if (s.isEmpty())
            return QJsonValue();
        IsoDateValidator().fixup(s);
        return s;
    }
    default: {
        if (isNumber(spec.kind))
            return fieldeditors::numberFromText(item->text(), isInteger(spec.kind));
        const QString s = item->text().trimmed();
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    }
    }
}

QJsonObject ListFieldEditor::defaultItem() const
{
    QJsonObject item;
    for (const FieldSpec &spec : m_specs) {
        if (spec.kind == Kind::Integer && spec.name == QLatin1String("number")) {
            int next = 1;
            for (int r = 0; r < m_table->rowCount(); ++r)
                next = std::max(next, cellValue(r, spec.name).toInt() + 1);
            item.insert(spec.name, next);
        } else {
            item.insert(spec.name, fieldeditors::emptyValue(spec));
        }
    }
    return item;
}

void ListFieldEditor::updateHeight()
{
    const int rows = std::clamp(m_table->rowCount(), 2, 8);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int header = m_table->horizontalHeader()->sizeHint().height();
    const int scrollBar = m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(header + rows * rowHeight + 2 * m_table->frameWidth() + scrollBar);
}

void ListFieldEditor::fitColumns()
{
    // As wide as header and contents (and a typical value while empty), at most 240 px.
    const QFontMetrics fm(font());
    for (int c = 0; c < m_specs.size(); ++c) {
        const FieldSpec &spec = m_specs.at(c);
        const QString sample = spec.kind == Kind::Date ? QStringLiteral("0000-00-00")
                : spec.kind == Kind::Text              ? QStringLiteral("Aaaaaaaaaaaa")
                                                       : QStringLiteral("0000");
        m_table->resizeColumnToContents(c);
        const int wanted = std::max(m_table->columnWidth(c), fm.horizontalAdvance(sample) + 24);
        m_table->setColumnWidth(c, std::min(wanted, 240));
    }
}

QSize ListFieldEditor::sizeHint() const
{
    QSize s = QWidget::sizeHint();
    int columns = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_table->columnCount(); ++c)
        columns += m_table->columnWidth(c);
    s.setWidth(std::max(s.width(), std::min(columns, 900)));
    return s;
}

void ListFieldEditor::updateButtons()
{
    m_remove->setEnabled(!m_table->selectedRanges().isEmpty());
}

void ListFieldEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ListFieldEditor::retranslateUi()
{
    QStringList headers;
    for (const FieldSpec &spec : m_specs)
        headers << spec.label();
    m_table->setHorizontalHeaderLabels(headers);
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a row"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected rows"));
}

} // namespace caravan
