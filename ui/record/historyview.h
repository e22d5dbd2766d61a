// HistoryView: the audit trail of one patient, newest first: when, who, what, and
// each changed field with its value before and after.
#pragma once

#include "domain/auditentry.h"

#include <QTableWidget>

namespace caravan {

class HistoryView : public QTableWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    void setEntries(const QList<AuditEntry> &entries);
    void retranslateUi();

    static QString describeAction(const AuditEntry &e);
    static QString describeChanges(const AuditEntry &e);

private:
    QList<AuditEntry> m_entries;
};

} // namespace caravan
