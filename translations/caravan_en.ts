<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseAlert</name>
    <message numerus="yes">
        <location filename="../core/clinical/alerts.cpp" line="+21"/>
        <source>expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>expires in %n day (%1)</numerusform>
            <numerusform>expires in %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expired %n day(s) ago (%1)</source>
        <translation>
            <numerusform>expired %n day ago (%1)</numerusform>
            <numerusform>expired %n days ago (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <location filename="../core/storage/store.cpp" line="+110"/>
        <source>The record was not saved: %n rule(s) not met.</source>
        <translation>
            <numerusform>The record was not saved: %n rule not met.</numerusform>
            <numerusform>The record was not saved: %n rules not met.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisaInvitationLetter</name>
    <message numerus="yes">
        <location filename="../core/report/visainvitation.cpp" line="+38"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::CaseHeader</name>
    <message numerus="yes">
        <location filename="../ui/record/caseheader.cpp" line="+90"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::CohortView</name>
    <message numerus="yes">
        <location filename="../ui/cohort/cohortview.cpp" line="+187"/>
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ConflictDialog</name>
    <message numerus="yes">
        <location filename="../ui/editors/conflictdialog.cpp" line="+83"/>
        <source>You both changed %n field(s), marked below: choose which value to keep.</source>
        <translation>
            <numerusform>You both changed %n field, marked below: choose which value to keep.</numerusform>
            <numerusform>You both changed %n fields, marked below: choose which values to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::HistoryView</name>
    <message numerus="yes">
        <location filename="../ui/record/historyview.cpp" line="+51"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+469"/>
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>%n patient imported.</numerusform>
            <numerusform>%n patients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more row(s) not imported.</source>
        <translation>
            <numerusform>… and %n more row not imported.</numerusform>
            <numerusform>… and %n more rows not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%1 of %n patient(s) shown</source>
        <translation>
            <numerusform>%1 of %n patient shown</numerusform>
            <numerusform>%1 of %n patients shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::PatientListPane</name>
    <message numerus="yes">
        <location filename="../ui/patientlist/patientlistpane.cpp" line="+192"/>
        <source>%Ln patient(s)</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the best %1 matches of %Ln patient(s): type more to narrow the search</source>
        <translation>
            <numerusform>Showing the best %1 matches of %Ln patient: type more to narrow the search</numerusform>
            <numerusform>Showing the best %1 matches of %Ln patients: type more to narrow the search</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %Ln patient(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln patient</numerusform>
            <numerusform>Showing %1 of %Ln patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::RecordDialog</name>
    <message numerus="yes">
        <location filename="../ui/editors/recorddialog.cpp" line="+166"/>
        <source>Dose given filled for %n drug(s); check each before saving.</source>
        <translation>
            <numerusform>Dose given filled for %n drug; check each before saving.</numerusform>
            <numerusform>Dose given filled for %n drugs; check each before saving.</numerusform>
        </translation>
    </message>
</context>
</TS>
