// HistoryView: the audit trail of one patient, newest first: when, who, what, and
// each changed field with its value before and after, read as the forms show it
// (choices by their label, references by name, lists by their items, yes/no).
#pragma once

#include "domain/auditentry.h"

#include <QHash>

#include <QTableWidget>

namespace caravan {

class HistoryView : public QTableWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    void setEntries(const QList<AuditEntry> &entries);
    void retranslateUi();

    // Names of the records references point to, by table then id (institutions,
    // the patient's diagnoses and courses); an id not listed reads "#id".
    void setReferenceLabels(const QHash<QString, QHash<qint64, QString>> &labels) { m_labels = labels; }

    static QString describeAction(const AuditEntry &e);
    static QString describeChanges(const AuditEntry &e, const QHash<QString, QHash<qint64, QString>> &labels = {});

private:
    QList<AuditEntry> m_entries;
    QHash<QString, QHash<qint64, QString>> m_labels;
};

} // namespace caravan
