// OverviewPage: the first tab of the case record: the case on one page for a
// coordinator or doctor opening it: travel documents, companions, payer and
// referral, diagnoses, treatments with day 0 facts, and what is planned next.
#pragma once

#include "domain/patientrecord.h"

#include <QTextBrowser>

namespace caravan {

class OverviewPage : public QTextBrowser
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setRecord(const PatientRecord *record, const QHash<qint64, QString> &institutionNames);

    // The HTML for a record, at a given day (tests read it).
    static QString html(const PatientRecord &record, const QHash<qint64, QString> &institutionNames, QDate today);
};

} // namespace caravan
