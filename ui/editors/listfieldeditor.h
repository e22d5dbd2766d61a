// ListFieldEditor: edits a List field of a record (companions, chemotherapy
// cycles and drugs, visit participants) as a small table, one column per item
// field (FieldSpec::itemSpecs): choices in a combo, yes/no as a check box, dates
// as YYYY-MM-DD. value() is what codec::recordFromJson accepts for the field: an
// array of item objects, or null when there is no row.
#pragma once

#include "domain/fieldspec.h"

#include <QJsonValue>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace caravan {

class ListFieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListFieldEditor(const QList<FieldSpec> &itemSpecs, QWidget *parent = nullptr);

    QJsonValue value() const;
    // An array of item objects, the same as JSON text (as a database column holds it), or null.
    void setValue(const QJsonValue &value);

    const QList<FieldSpec> &itemSpecs() const { return m_specs; }
    QTableWidget *table() const { return m_table; }
    int rowCount() const;
    QJsonValue cellValue(int row, const QString &field) const;

    // A new row with default values (a "number" column counts on), its first cell in edit.
    void addRow();
    void removeSelectedRows();
    // Writes a cell that is still being edited into the table (before value() is read).
    void commitPendingEdit();

    QSize sizeHint() const override; // wide enough for the columns, within reason

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendRow(const QJsonObject &item);
    void setCell(int row, int column, const QJsonValue &value);
    QJsonValue cell(int row, int column) const;
    QJsonObject defaultItem() const;
    void updateHeight();
    void fitColumns();
    void updateButtons();
    void retranslateUi();

    QList<FieldSpec> m_specs;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace caravan
