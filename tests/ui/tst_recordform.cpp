// The generic record editors as a user meets them: every record type's form gives
// back exactly the JSON it was given, the treatment-course groups follow the type,
// issues appear under their fields, dates keep four-digit years, the dialog stays
// open on a refused save, doses are computed from height and weight, and the
// ICD-10 field completes codes and words.
#include "editors/dateedit.h"
#include "editors/icd10catalogue.h"
#include "editors/listfieldeditor.h"
#include "editors/recorddialog.h"
#include "editors/recordform.h"
#include "samplerecords.h"

#include "domain/clinicalrecords.h"
#include "domain/fieldcodec.h"
#include "domain/fieldspec.h"
#include "domain/institution.h"
#include "domain/patient.h"
#include "domain/treatmentcourse.h"
#include "domain/visit.h"
#include "editing/editor.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QUndoStack>
#include <QMessageBox>
#include <QTimer>
#include <QApplication>
#include <QtTest>

using namespace caravan;

namespace {

// Times are edited in local time: run in a zone that is not UTC (set before main()).
const bool kLocalZoneSet = qputenv("TZ", "Asia/Almaty");

QString json(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact));
}

// Field by field, so that a failure names the field.
void compareObjects(const QJsonObject &actual, const QJsonObject &expected)
{
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    for (const QString &k : keys) {
        QVERIFY2(actual.contains(k), qPrintable(QStringLiteral("missing field %1").arg(k)));
        QVERIFY2(expected.contains(k), qPrintable(QStringLiteral("unexpected field %1").arg(k)));
        QVERIFY2(actual.value(k) == expected.value(k),
                 qPrintable(QStringLiteral("%1: got %2, expected %3")
                                    .arg(k, json(actual.value(k)), json(expected.value(k)))));
    }
}

} // namespace

class TestRecordForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(kLocalZoneSet);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("record");
        QTest::newRow("patient") << "patient" << codec::recordToJson(builders::patient());
        QTest::newRow("course: chemotherapy") << "course" << codec::recordToJson(builders::chemoCourse());
        QTest::newRow("course: CAR-T") << "course" << codec::recordToJson(builders::cartCourse());
        QTest::newRow("course: transplant") << "course" << codec::recordToJson(builders::hsctCourse());
        QTest::newRow("visit") << "visit" << codec::recordToJson(builders::visit());
        QTest::newRow("measurement") << "measurement" << codec::recordToJson(builders::measurement());
        QTest::newRow("diagnosis") << "diagnosis" << codec::recordToJson(builders::diagnosis());
        QTest::newRow("assessment") << "assessment" << codec::recordToJson(builders::assessment());
        QTest::newRow("institution") << "institution" << codec::recordToJson(builders::institution());
        QTest::newRow("empty patient") << "patient" << codec::recordToJson(Patient());
        QTest::newRow("empty course") << "course" << codec::recordToJson(TreatmentCourse());
    }
    void roundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, record);
        const QHash<QString, QList<FieldSpec>> specs{
            { QStringLiteral("patient"), fieldSpecs<Patient>() },
            { QStringLiteral("course"), fieldSpecs<TreatmentCourse>() },
            { QStringLiteral("visit"), fieldSpecs<Visit>() },
            { QStringLiteral("measurement"), fieldSpecs<Measurement>() },
            { QStringLiteral("diagnosis"), fieldSpecs<Diagnosis>() },
            { QStringLiteral("assessment"), fieldSpecs<Assessment>() },
            { QStringLiteral("institution"), fieldSpecs<Institution>() },
        };
        RecordForm form(specs.value(kind));
        if (kind == QLatin1String("course"))
            form.setFieldVisibilityRule(treatmentCourseVisibility());
        form.setReferenceChoices(QStringLiteral("institution"), { { 5, QStringLiteral("Partner hospital") } });
        form.setValues(record);
        compareObjects(form.values(), record);

        // What the form returns is what the codec reads back into the same record.
        if (kind == QLatin1String("course")) {
            TreatmentCourse decoded;
            QCOMPARE(codec::recordFromJson(form.values(), decoded, true), QString());
            compareObjects(codec::recordToJson(decoded), record);
        }
    }

    void widgetsByKind()
    {
        RecordForm form(fieldSpecs<TreatmentCourse>());
        QVERIFY(qobject_cast<QComboBox *>(form.fieldWidget(QStringLiteral("type"))));
        QVERIFY(qobject_cast<QComboBox *>(form.fieldWidget(QStringLiteral("diagnosis_id"))));
        QVERIFY(qobject_cast<DateEdit *>(form.fieldWidget(QStringLiteral("start_date"))));
        QVERIFY(qobject_cast<QCheckBox *>(form.fieldWidget(QStringLiteral("at_this_centre"))));
        QVERIFY(qobject_cast<QPlainTextEdit *>(form.fieldWidget(QStringLiteral("notes"))));
        QVERIFY(qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("chemo_bsa_used"))));
        QVERIFY(qobject_cast<ListFieldEditor *>(form.fieldWidget(QStringLiteral("chemo_drugs"))));
        QCOMPARE(form.fieldWidget(QStringLiteral("patient_id")), nullptr); // never shown
        QVERIFY(qobject_cast<DateTimeEdit *>(RecordForm(fieldSpecs<Visit>()).fieldWidget(QStringLiteral("starts_at"))));

        // Choices show labels and keep codes.
        auto *type = static_cast<QComboBox *>(form.fieldWidget(QStringLiteral("type")));
        type->setCurrentIndex(type->findData(QStringLiteral("car_t")));
        QCOMPARE(type->currentText(), labelOf(TreatmentType::CarT));
        QCOMPARE(form.values().value(QLatin1String("type")).toString(), QStringLiteral("car_t"));

        // References: "—" is none; an id not among the choices is kept.
        auto *diag = static_cast<QComboBox *>(form.fieldWidget(QStringLiteral("diagnosis_id")));
        form.setReferenceChoices(QStringLiteral("diagnosis"),
                                 { { 3, QStringLiteral("C91.0 ALL") }, { 4, QStringLiteral("C92.0 AML") } });
        QCOMPARE(diag->count(), 3);
        QCOMPARE(diag->itemText(0), QStringLiteral("—"));
        QVERIFY(form.values().value(QLatin1String("diagnosis_id")).isNull());
        form.setValues({ { QStringLiteral("diagnosis_id"), 4 } });
        QCOMPARE(diag->currentText(), QStringLiteral("C92.0 AML"));
        QCOMPARE(form.values().value(QLatin1String("diagnosis_id")).toInteger(), 4);
        // Values first, choices later (as the dialog does): the value finds its label.
        RecordForm later(fieldSpecs<Patient>());
        later.setValues({ { QStringLiteral("referring_institution_id"), 7 } });
        auto *referrer = static_cast<QComboBox *>(later.fieldWidget(QStringLiteral("referring_institution_id")));
        QCOMPARE(referrer->currentText(), QStringLiteral("Record #7"));
        later.setReferenceChoices(
                QStringLiteral("institution"),
                { { 6, QStringLiteral("Aga Khan (Karachi)") }, { 7, QStringLiteral("NROC (Astana)") } });
        QCOMPARE(referrer->currentText(), QStringLiteral("NROC (Astana)"));
        QCOMPARE(referrer->count(), 3); // "—" and the two choices, no stale "Record #7"
        QCOMPARE(later.values().value(QLatin1String("referring_institution_id")).toInteger(), 7);

        // Numbers: typed with a decimal comma, returned as numbers; empty optional is null.
        auto *bsa = static_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("chemo_bsa_used")));
        type->setCurrentIndex(type->findData(QStringLiteral("chemotherapy")));
        bsa->clear();
        QTest::keyClicks(bsa, QStringLiteral("1,7x5")); // the x is refused
        QCOMPARE(bsa->text(), QStringLiteral("1,75"));
        QCOMPARE(form.values().value(QLatin1String("chemo_bsa_used")), QJsonValue(1.75));
        bsa->clear();
        QVERIFY(form.values().value(QLatin1String("chemo_bsa_used")).isNull());
    }

    void visibilityFollowsType()
    {
        RecordForm form(fieldSpecs<TreatmentCourse>());
        form.setFieldVisibilityRule(treatmentCourseVisibility());
        form.setValues(codec::recordToJson(builders::chemoCourse()));
        form.resize(700, 900);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        QWidget *cartTarget = form.fieldWidget(QStringLiteral("cart_target"));
        QWidget *chemoRegimen = form.fieldWidget(QStringLiteral("chemo_regimen"));
        QWidget *hsctKind = form.fieldWidget(QStringLiteral("hsct_kind"));
        QVERIFY(!form.isFieldShown(QStringLiteral("cart_target")));
        QVERIFY(!cartTarget->isVisible());
        QVERIFY(!hsctKind->isVisible());
        QVERIFY(chemoRegimen->isVisible());
        QVERIFY(form.fieldWidget(QStringLiteral("name"))->isVisible());
        QVERIFY(sectionHeadingVisible(form, QStringLiteral("Chemotherapy")));
        QVERIFY(!sectionHeadingVisible(form, QStringLiteral("CAR-T cell therapy")));

        // The user switches the type to CAR-T.
        auto *type = static_cast<QComboBox *>(form.fieldWidget(QStringLiteral("type")));
        QSignalSpy changed(&form, &RecordForm::choiceChanged);
        type->setCurrentIndex(type->findData(QStringLiteral("car_t")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(form.isFieldShown(QStringLiteral("cart_target")));
        QVERIFY(cartTarget->isVisible());
        QVERIFY(form.fieldWidget(QStringLiteral("cart_infusion_date"))->isVisible());
        QVERIFY(!chemoRegimen->isVisible());
        QVERIFY(!hsctKind->isVisible());
        QVERIFY(sectionHeadingVisible(form, QStringLiteral("CAR-T cell therapy")));
        QVERIFY(!sectionHeadingVisible(form, QStringLiteral("Chemotherapy")));

        // What is hidden is not saved, but comes back when the type does.
        QVERIFY(form.values().value(QLatin1String("chemo_regimen")).isNull());
        QVERIFY(form.values().value(QLatin1String("chemo_drugs")).isNull());
        type->setCurrentIndex(type->findData(QStringLiteral("chemotherapy")));
        QCOMPARE(form.values().value(QLatin1String("chemo_regimen")).toString(), QStringLiteral("R-CHOP-21"));
        QCOMPARE(form.values().value(QLatin1String("chemo_drugs")).toArray().size(), 3);
    }

    void issuesUnderTheirFields()
    {
        RecordForm form(fieldSpecs<Patient>());
        form.resize(700, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QApplication::setActiveWindow(&form);

        const QString birthMessage = QStringLiteral("The birth date 2031-01-01 is in the future.");
        form.showIssues({ { QStringLiteral("email"), QStringLiteral("\"x@\" is not an e-mail address.") },
                          { QStringLiteral("birth_date"), birthMessage },
                          { QStringLiteral("no_such_field"), QStringLiteral("Something else is wrong.") } },
                        QStringLiteral("The patient could not be saved."));

        QWidget *birth = form.fieldWidget(QStringLiteral("birth_date"));
        QWidget *issue = form.issueWidget(QStringLiteral("birth_date"));
        QCOMPARE(form.issueText(QStringLiteral("birth_date")), birthMessage);
        QVERIFY(issue->isVisible());
        // Directly under the field, in the field's column.
        const QPoint fieldBottomLeft = birth->mapTo(&form, QPoint(0, birth->height()));
        const QPoint issueTopLeft = issue->mapTo(&form, QPoint(0, 0));
        QCOMPARE(issueTopLeft.x(), fieldBottomLeft.x());
        QVERIFY2(issueTopLeft.y() >= fieldBottomLeft.y() && issueTopLeft.y() - fieldBottomLeft.y() < 16,
                 qPrintable(QStringLiteral("issue at y=%1, field ends at y=%2")
                                    .arg(issueTopLeft.y())
                                    .arg(fieldBottomLeft.y())));
        // Nothing under fields without issues.
        QVERIFY(!form.issueWidget(QStringLiteral("record_number"))->isVisible());
        // Unknown fields and the headline at the top.
        QVERIFY(form.generalMessage().contains(QStringLiteral("The patient could not be saved.")));
        QVERIFY(form.generalMessage().contains(QStringLiteral("Something else is wrong.")));
        QVERIFY(!form.generalMessage().contains(birthMessage));
        // The first field at fault in the form's order (birth date comes before e-mail) has the focus.
        auto *birthEdit = static_cast<DateEdit *>(birth)->lineEdit();
        QTRY_COMPARE(form.focusWidget(), static_cast<QWidget *>(birthEdit));

        // The next call replaces them.
        form.showIssues({});
        QVERIFY(!issue->isVisible());
        QVERIFY(form.issueText(QStringLiteral("birth_date")).isEmpty());
        QVERIFY(form.generalMessage().isEmpty());
    }

    void hiddenFieldIssueGoesToTop()
    {
        RecordForm form(fieldSpecs<TreatmentCourse>());
        form.setFieldVisibilityRule(treatmentCourseVisibility());
        form.setValues(codec::recordToJson(builders::chemoCourse()));
        form.showIssues({ { QStringLiteral("cart_crs_grade"), QStringLiteral("The CRS grade must be 0 to 4.") } });
        QVERIFY(form.issueText(QStringLiteral("cart_crs_grade")).isEmpty());
        QVERIFY(form.generalMessage().contains(fieldLabel(u"treatment_course", u"cart_crs_grade")));
        QVERIFY(form.generalMessage().contains(QStringLiteral("The CRS grade must be 0 to 4.")));
    }

    void dateValidator_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("state");
        const int ok = QValidator::Acceptable, mid = QValidator::Intermediate, bad = QValidator::Invalid;
        QTest::newRow("empty: not recorded") << "" << ok;
        QTest::newRow("ISO date") << "2024-03-15" << ok;
        QTest::newRow("29 February of a leap year") << "2024-02-29" << ok;
        QTest::newRow("slashes read as dashes") << "2024/03/15" << ok;
        QTest::newRow("being typed: year") << "20" << mid;
        QTest::newRow("being typed: month") << "2024-0" << mid;
        QTest::newRow("one-digit month and day") << "2024-3-5" << mid;
        QTest::newRow("29 February of 2023") << "2023-02-29" << mid;
        QTest::newRow("two-digit year") << "24-01-01" << bad;
        QTest::newRow("day first (Russian style)") << "15.03.2024" << bad;
        QTest::newRow("day first with slashes") << "15/03/2024" << bad;
        QTest::newRow("month 13") << "2024-13" << bad;
        QTest::newRow("day 32") << "2024-01-32" << bad;
        QTest::newRow("year 1899") << "1899-12-31" << bad;
        QTest::newRow("year 2400") << "2400-01-01" << bad;
        QTest::newRow("letters") << "2024-mar" << bad;
    }
    void dateValidator()
    {
        QFETCH(QString, input);
        QFETCH(int, state);
        IsoDateValidator v;
        int pos = int(input.size());
        QCOMPARE(int(v.validate(input, pos)), state);
    }

    void dateEditKeepsFourDigitYears()
    {
        DateEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QLineEdit *line = edit.lineEdit();

        // Typed key by key, a two-digit year never becomes a date.
        QTest::keyClicks(line, QStringLiteral("24-01-01"));
        QVERIFY2(!line->text().startsWith(QLatin1String("24")), qPrintable(line->text()));
        QVERIFY(!edit.date().isValid());
        QVERIFY(!edit.isAcceptable());
        // Pasted, it is refused as a whole.
        line->clear();
        line->insert(QStringLiteral("24-01-01"));
        QCOMPARE(line->text(), QString());
        QVERIFY(edit.isEmpty());
        QVERIFY(edit.isAcceptable()); // empty = not recorded

        QTest::keyClicks(line, QStringLiteral("2024-01-05"));
        QCOMPARE(line->text(), QStringLiteral("2024-01-05"));
        QCOMPARE(edit.date(), QDate(2024, 1, 5));

        // A short month and day are written out in full when the user is done.
        line->clear();
        QTest::keyClicks(line, QStringLiteral("2024/3/7"));
        QCOMPARE(line->text(), QStringLiteral("2024-3-7"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(line->text(), QStringLiteral("2024-03-07"));

        // Dates are shown as yyyy-MM-dd whatever the language's short format.
        QLocale::setDefault(QLocale(QLocale::Urdu, QLocale::Pakistan));
        edit.setDate(QDate(1987, 12, 3));
        QCOMPARE(line->text(), QStringLiteral("1987-12-03"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void unreadableDateIsHandedOnForTheCodec()
    {
        RecordForm form(fieldSpecs<Patient>());
        auto *line = static_cast<DateEdit *>(form.fieldWidget(QStringLiteral("birth_date")))->lineEdit();
        QTest::keyClicks(line, QStringLiteral("2012-04"));
        const QJsonValue v = form.values().value(QLatin1String("birth_date"));
        QCOMPARE(v, QJsonValue(QStringLiteral("2012-04")));
        Patient p;
        const QString error = codec::recordFromJson(QJsonObject{ { QStringLiteral("birth_date"), v } }, p);
        QVERIFY(error.startsWith(QLatin1String("birth_date: ")));
        const ValidationIssue issue = RecordDialog::issueFromDecodeError(Patient::table, error);
        QCOMPARE(issue.field, QStringLiteral("birth_date"));
        QVERIFY(issue.message.contains(QStringLiteral("YYYY-MM-DD")));
    }

    void dateTimeInLocalTimeStoredInUtc()
    {
        RecordForm form(fieldSpecs<Visit>());
        // 06:30 UTC is 12:30 in Almaty (UTC+6, or +5 after March 2024: compute it).
        const QDateTime utc(QDate(2024, 3, 5), QTime(6, 30), Qt::UTC);
        form.setValues({ { QStringLiteral("starts_at"), QStringLiteral("2024-03-05T06:30:00Z") } });
        auto *edit = static_cast<DateTimeEdit *>(form.fieldWidget(QStringLiteral("starts_at")));
        QCOMPARE(edit->dateEdit()->date(), utc.toLocalTime().date());
        QCOMPARE(edit->timeEdit()->time(), utc.toLocalTime().time());
        QVERIFY(utc.toLocalTime().time() != utc.time()); // the test runs in a zone that is not UTC
        // The user moves it to 09:00 local time: stored as UTC with Z.
        edit->timeEdit()->setTime(QTime(9, 0));
        const QDateTime local(utc.toLocalTime().date(), QTime(9, 0));
        QCOMPARE(form.values().value(QLatin1String("starts_at")).toString(), local.toUTC().toString(Qt::ISODate));
        QVERIFY(form.values().value(QLatin1String("starts_at")).toString().endsWith(QLatin1Char('Z')));
        edit->dateEdit()->lineEdit()->clear();
        QVERIFY(form.values().value(QLatin1String("starts_at")).isNull());
    }

    void listEditorRowsAndCells()
    {
        const QList<FieldSpec> specs = fieldSpecs<DrugDose>();
        ListFieldEditor list(specs);
        QVERIFY(list.value().isNull());
        list.addRow();
        list.addRow();
        QCOMPARE(list.rowCount(), 2);
        QTableWidget *table = list.table();
        table->item(0, 0)->setText(QStringLiteral("Doxorubicin"));
        table->item(0, 2)->setText(QStringLiteral("50"));
        QCOMPARE(table->horizontalHeaderItem(0)->text(), fieldLabel(u"treatment_course", u"chemo_drugs.drug"));
        const QJsonArray rows = list.value().toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("drug")).toString(), QStringLiteral("Doxorubicin"));
        QCOMPARE(first.value(QLatin1String("basis")).toString(), QStringLiteral("mg/m2")); // first choice
        QCOMPARE(first.value(QLatin1String("dose_per_unit")), QJsonValue(50.0));
        QVERIFY(first.value(QLatin1String("dose_given_mg")).isNull());
        DrugDose decoded;
        QCOMPARE(codec::recordFromJson(first, decoded), QString());
        QCOMPARE(decoded.dosePerUnit, 50.0);

        // Choices show labels and keep codes; booleans are check boxes.
        ListFieldEditor companions(fieldSpecs<Companion>());
        companions.setValue(codec::toJson(builders::patient().companions));
        QCOMPARE(companions.rowCount(), 2);
        int accompanying = -1;
        for (int c = 0; c < companions.itemSpecs().size(); ++c)
            if (companions.itemSpecs().at(c).name == QLatin1String("accompanying"))
                accompanying = c;
        QVERIFY(accompanying >= 0);
        QCOMPARE(companions.table()->item(0, accompanying)->checkState(), Qt::Checked);
        companions.table()->item(0, accompanying)->setCheckState(Qt::Unchecked);
        QCOMPARE(companions.cellValue(0, QStringLiteral("accompanying")), QJsonValue(false));

        // Cycles count on.
        ListFieldEditor cycles(fieldSpecs<ChemoCycle>());
        cycles.setValue(QJsonArray{ QJsonObject{ { QStringLiteral("number"), 1 },
                                                 { QStringLiteral("start_date"), QStringLiteral("2024-02-05") } } });
        cycles.addRow();
        QCOMPARE(cycles.cellValue(1, QStringLiteral("number")), QJsonValue(2));
        // Removing the selected rows; none left is null.
        cycles.table()->selectAll();
        cycles.removeSelectedRows();
        QVERIFY(cycles.value().isNull());
    }

    void dialogStaysOpenOnRefusedSave()
    {
        int calls = 0;
        QJsonObject saved;
        RecordDialog dialog(QStringLiteral("New patient"), fieldSpecs<Patient>(), codec::recordToJson(Patient()),
                            [&](const QJsonObject &values) -> Status {
                                ++calls;
                                saved = values;
                                return Error(QStringLiteral("The patient was not saved."),
                                             { { QStringLiteral("record_number"),
                                                 QStringLiteral("The hospital record number is required.") } });
                            });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *family = static_cast<QLineEdit *>(dialog.form()->fieldWidget(QStringLiteral("family_name_latin")));
        QTest::keyClicks(family, QStringLiteral("Qureshi"));

        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(calls, 1);
        QCOMPARE(saved.value(QLatin1String("family_name_latin")).toString(), QStringLiteral("Qureshi"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.form()->generalMessage().contains(QStringLiteral("The patient was not saved.")));
        QCOMPARE(dialog.form()->issueText(QStringLiteral("record_number")),
                 QStringLiteral("The hospital record number is required."));
        QVERIFY(dialog.form()->issueWidget(QStringLiteral("record_number"))->isVisible());

        // Corrected, it saves and closes.
        dialog.setSaveFunction([&](const QJsonObject &) -> Status {
            ++calls;
            return {};
        });
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(calls, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Cancel after typing asks first: "Keep editing" leaves the dialog open with the
    // text, "Discard" closes it; without a change Cancel closes at once.
    void cancelAsksBeforeDiscarding()
    {
        RecordDialog untouched(QStringLiteral("New patient"), fieldSpecs<Patient>(), codec::recordToJson(Patient()),
                               {});
        untouched.show();
        QVERIFY(QTest::qWaitForWindowExposed(&untouched));
        untouched.reject();
        QVERIFY(!untouched.isVisible());

        RecordDialog dialog(QStringLiteral("New patient"), fieldSpecs<Patient>(), codec::recordToJson(Patient()), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *family = static_cast<QLineEdit *>(dialog.form()->fieldWidget(QStringLiteral("family_name_latin")));
        QTest::keyClicks(family, QStringLiteral("Qureshi"));
        QVERIFY(dialog.hasUserEdits());

        // Answers the question once it shows: Discard, or the button in the reject role.
        const auto answer = [](bool discard) {
            QTimer::singleShot(50, [discard] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *b : box->buttons())
                    if (discard ? b == box->button(QMessageBox::Discard)
                                : box->buttonRole(b) == QMessageBox::RejectRole)
                        return b->click();
            });
        };
        answer(false); // "Keep editing"
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QCOMPARE(family->text(), QStringLiteral("Qureshi"));
        answer(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void editorDialogAddsChangesAndReports()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("forms.sqlite"))).ok());
        Store store(db);
        QUndoStack stack;
        Editor editor(store, stack);

        // A new patient through the form.
        auto dialog = makeRecordDialog(editor, Patient());
        QCOMPARE(dialog->windowTitle(), RecordDialog::titleFor("patient", true));
        RecordForm *form = dialog->form();
        static_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("record_number")))->setText(QStringLiteral("IPC-1"));
        static_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("family_name_latin")))
                ->setText(QStringLiteral("Khan"));
        auto *birth = static_cast<DateEdit *>(form->fieldWidget(QStringLiteral("birth_date")));
        QTest::keyClicks(birth->lineEdit(), QStringLiteral("2012-04")); // not finished
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY2(form->issueText(QStringLiteral("birth_date")).contains(QStringLiteral("2012-04")),
                 qPrintable(form->issueText(QStringLiteral("birth_date"))));
        QCOMPARE(store.patientCount(), 0);

        QTest::keyClicks(birth->lineEdit(), QStringLiteral("-09"));
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const qint64 id = dialog->savedId();
        QVERIFY(id > 0);
        const auto stored = store.get<Patient>(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->familyNameLatin, QStringLiteral("Khan"));
        QCOMPARE(stored->birthDate, QDate(2012, 4, 9));
        QCOMPARE(stack.count(), 1);

        // A diagnosis with a code that is not ICD-10: core's message under the code.
        Diagnosis d;
        d.patientId = id;
        auto diagnosisDialog = makeRecordDialog(editor, d);
        static_cast<QLineEdit *>(diagnosisDialog->form()->fieldWidget(QStringLiteral("icd10_code")))
                ->setText(QStringLiteral("leukaemia"));
        diagnosisDialog->accept();
        QCOMPARE(diagnosisDialog->result(), int(QDialog::Rejected));
        QVERIFY(diagnosisDialog->form()->issueText(QStringLiteral("icd10_code")).contains(QStringLiteral("leukaemia")));
        QVERIFY(!diagnosisDialog->form()->generalMessage().isEmpty());
        static_cast<QLineEdit *>(diagnosisDialog->form()->fieldWidget(QStringLiteral("icd10_code")))
                ->setText(QStringLiteral("C91.0"));
        diagnosisDialog->accept();
        QCOMPARE(diagnosisDialog->result(), int(QDialog::Accepted));
        QCOMPARE(store.partsOf<Diagnosis>(id).size(), 1);

        // Changing the patient keeps id and version in step.
        auto change = makeRecordDialog(editor, *stored);
        QCOMPARE(change->windowTitle(), RecordDialog::titleFor("patient", false));
        static_cast<QLineEdit *>(change->form()->fieldWidget(QStringLiteral("given_name_latin")))
                ->setText(QStringLiteral("Ayesha"));
        change->accept();
        QCOMPARE(change->result(), int(QDialog::Accepted));
        QCOMPARE(store.get<Patient>(id)->givenNameLatin, QStringLiteral("Ayesha"));
        QCOMPARE(stack.count(), 3);

        // The course dialog offers the patient's diagnoses.
        TreatmentCourse c;
        c.patientId = id;
        auto courseDialog = makeRecordDialog(editor, c);
        auto *diagnosisCombo =
                static_cast<QComboBox *>(courseDialog->form()->fieldWidget(QStringLiteral("diagnosis_id")));
        QCOMPARE(diagnosisCombo->count(), 2);
        QVERIFY(diagnosisCombo->itemText(1).startsWith(QLatin1String("C91.0")));
    }

    void dosesFromHeightAndWeight()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.openSqlite(dir.filePath(QStringLiteral("doses.sqlite"))).ok());
        Store store(db);
        QUndoStack stack;
        Editor editor(store, stack);
        Patient p;
        p.recordNumber = QStringLiteral("IPC-2");
        p.familyNameLatin = QStringLiteral("Bekova");
        const auto pid = editor.add(p);
        QVERIFY(pid.ok());
        const auto measure = [&](MeasurementKind kind, double value, const char *unit, QDate day) {
            Measurement m;
            m.patientId = *pid;
            m.kind = kind;
            m.value = value;
            m.unit = QLatin1String(unit);
            m.takenAt = QDateTime(day, QTime(8, 0), Qt::UTC);
            QVERIFY(editor.add(m).ok());
        };
        measure(MeasurementKind::Height, 168, "cm", QDate(2024, 1, 3));
        measure(MeasurementKind::Weight, 75, "kg", QDate(2024, 1, 3));
        measure(MeasurementKind::Height, 170, "cm", QDate(2024, 2, 1)); // the latest ones count
        measure(MeasurementKind::Weight, 70, "kg", QDate(2024, 2, 1));

        TreatmentCourse c = builders::chemoCourse();
        c.patientId = *pid;
        c.diagnosisId.reset();
        c.institutionId.reset();
        c.chemo.bsaUsed.reset();
        c.chemo.drugs = { { QStringLiteral("Cyclophosphamide"), DoseBasis::PerSquareMetre, 750, std::nullopt },
                          { QStringLiteral("Vincristine"), DoseBasis::PerSquareMetre, 1.4, std::nullopt },
                          { QStringLiteral("ATG"), DoseBasis::PerKilogram, 2.5, std::nullopt },
                          { QStringLiteral("Methotrexate IT"), DoseBasis::Flat, 12, std::nullopt } };
        auto dialog = makeRecordDialog(editor, c);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QPushButton *button = dialog->doseButton();
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);

        const QJsonObject v = dialog->form()->values();
        QCOMPARE(v.value(QLatin1String("chemo_bsa_used")), QJsonValue(1.82)); // sqrt(170 × 70 / 3600)
        const QJsonArray drugs = v.value(QLatin1String("chemo_drugs")).toArray();
        QCOMPARE(drugs.size(), 4);
        QCOMPARE(drugs.at(0).toObject().value(QLatin1String("dose_given_mg")), QJsonValue(1365.0));
        QCOMPARE(drugs.at(1).toObject().value(QLatin1String("dose_given_mg")), QJsonValue(2.55));
        QCOMPARE(drugs.at(2).toObject().value(QLatin1String("dose_given_mg")), QJsonValue(175.0));
        QCOMPARE(drugs.at(3).toObject().value(QLatin1String("dose_given_mg")), QJsonValue(12.0));
        QVERIFY(dialog->doseMessage().contains(QStringLiteral("1.82")));

        // Saved with the course.
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto course = store.get<TreatmentCourse>(dialog->savedId());
        QVERIFY(course.ok());
        QCOMPARE(course->chemo.bsaUsed, std::optional(1.82));
        QCOMPARE(course->chemo.drugs.at(0).doseGivenMg, std::optional(1365.0));

        // Only for chemotherapy.
        auto other = makeRecordDialog(editor, *course);
        other->show();
        QVERIFY(QTest::qWaitForWindowExposed(other.get()));
        auto *type = static_cast<QComboBox *>(other->form()->fieldWidget(QStringLiteral("type")));
        QVERIFY(other->doseButton()->isVisible());
        type->setCurrentIndex(type->findData(QStringLiteral("car_t")));
        QVERIFY(!other->doseButton()->isVisible());

        // Without a height: said clearly, and the mg/kg and flat doses are still filled.
        RecordDialog bare(QStringLiteral("Course"), fieldSpecs<TreatmentCourse>(), codec::recordToJson(c), {});
        bare.form()->setFieldVisibilityRule(treatmentCourseVisibility());
        bare.enableDoseCalculation();
        bare.setBodyMeasurements(std::nullopt, 70.0);
        QVERIFY(!bare.computeDoses());
        QVERIFY2(bare.doseMessage().contains(QStringLiteral("No height")), qPrintable(bare.doseMessage()));
        QVERIFY(bare.doseMessage().contains(QStringLiteral("Cyclophosphamide")));
        const QJsonArray partial = bare.form()->values().value(QLatin1String("chemo_drugs")).toArray();
        QVERIFY(partial.at(0).toObject().value(QLatin1String("dose_given_mg")).isNull());
        QCOMPARE(partial.at(2).toObject().value(QLatin1String("dose_given_mg")), QJsonValue(175.0));
        QVERIFY(bare.form()->values().value(QLatin1String("chemo_bsa_used")).isNull());
    }

    void icd10Catalogue()
    {
        const Icd10Catalogue &c = Icd10Catalogue::common();
        QVERIFY2(c.size() >= 120, qPrintable(QString::number(c.size())));
        for (const auto &e : c.entries()) {
            QVERIFY2(isWellFormedIcd10(e.code), qPrintable(e.code));
            QVERIFY2(!e.text.isEmpty(), qPrintable(e.code));
        }
        for (const char *needed :
             { "C41.4", "C50.9", "C56",   "C34.9", "C71.9", "C22.0", "C16.9", "C18.9", "C20",   "C64",   "C73",
               "C91.0", "C92.0", "D46.9", "D56.1", "D61.9", "I25.1", "I35.0", "Q21.0", "M51.1", "M43.1", "G95.2" })
            QVERIFY2(!c.textOf(QLatin1String(needed)).isEmpty(), needed);

        const auto codes = [&c](const QString &typed) {
            QStringList out;
            for (int i : c.match(typed))
                out << c.entries().at(i).code;
            return out;
        };
        QCOMPARE(codes(QStringLiteral("C91")).first(), QStringLiteral("C91.0"));
        QVERIFY(codes(QStringLiteral("C91")).contains(QStringLiteral("C91.9")));
        QVERIFY(!codes(QStringLiteral("C91")).contains(QStringLiteral("C92.0")));
        QCOMPARE(codes(QStringLiteral("c910")), QStringList{ QStringLiteral("C91.0") }); // dot and case optional
        QVERIFY(codes(QStringLiteral("thalass")).contains(QStringLiteral("D56.1")));
        QVERIFY(codes(QStringLiteral("acute lymph")).contains(QStringLiteral("C91.0")));
        QVERIFY(!codes(QStringLiteral("acute lymph")).contains(QStringLiteral("C92.0")));
        QVERIFY(codes(QStringLiteral("tetralogy")).contains(QStringLiteral("Q21.3")));
        QVERIFY(codes(QStringLiteral("zzz")).isEmpty());
    }

    void icd10CompletionFillsCodeAndText()
    {
        RecordForm form(fieldSpecs<Diagnosis>());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QApplication::setActiveWindow(&form);
        auto *code = static_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("icd10_code")));
        auto *text = static_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("icd10_text")));
        QCompleter *completer = code->completer();
        QVERIFY(completer);
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("aplastic"));
        QAbstractItemView *popup = completer->popup();
        QTRY_VERIFY(popup->isVisible());
        QAbstractItemModel *model = popup->model();
        QVERIFY(model->rowCount() >= 3);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, 0).data().toString().contains(QStringLiteral("aplastic"), Qt::CaseInsensitive));
        int idiopathic = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString().startsWith(QLatin1String("D61.3")))
                idiopathic = r;
        QVERIFY(idiopathic >= 0);
        popup->setCurrentIndex(model->index(idiopathic, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(code->text(), QStringLiteral("D61.3"));
        QCOMPARE(text->text(), QStringLiteral("Idiopathic aplastic anaemia"));

        // A text already written is kept; any well-formed code is accepted as typed.
        text->setText(QStringLiteral("Severe aplastic anaemia (SAA)"));
        code->clear();
        QTest::keyClicks(code, QStringLiteral("D61.9"));
        QTRY_VERIFY(popup->isVisible());
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(code->text(), QStringLiteral("D61.9"));
        QCOMPARE(text->text(), QStringLiteral("Severe aplastic anaemia (SAA)"));
        code->clear();
        QTest::keyClicks(code, QStringLiteral("q87.4"));
        popup->hide();
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(code->text(), QStringLiteral("Q87.4")); // not listed, still a code
        QCOMPARE(form.values().value(QLatin1String("icd10_code")).toString(), QStringLiteral("Q87.4"));
    }

private:
    static bool sectionHeadingVisible(const RecordForm &form, const QString &title)
    {
        for (auto *label : form.findChildren<QLabel *>())
            if (label->text() == title)
                return label->isVisible();
        return false;
    }
};

QTEST_MAIN(TestRecordForm)
#include "tst_recordform.moc"
