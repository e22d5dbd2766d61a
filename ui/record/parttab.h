// PartTab: one tab of the case record listing one kind of record (diagnoses,
// treatment courses, ...) with Add, Edit and Delete. It only asks: the case record
// view decides how a record is added, edited or deleted (through the Editor).
#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace caravan {

class RecordTableModel;

class PartTab : public QWidget
{
    Q_OBJECT
public:
    PartTab(RecordTableModel *model, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentRecordId() const;
    void selectRecord(qint64 id);
    void retranslateUi();
    // The person's role may not change records of this kind (on a server): the buttons
    // and cell editing are off, and why shows as their tooltip.
    void setReadOnly(bool readOnly, const QString &why = {});
    bool isReadOnly() const { return m_readOnly; }

signals:
    void addRequested();
    void editRequested(qint64 recordId);
    void deleteRequested(qint64 recordId);

private:
    void updateButtons();

    RecordTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    bool m_readOnly = false;
    QString m_whyReadOnly;
};

} // namespace caravan
