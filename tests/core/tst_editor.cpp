// The editing layer: every change is undoable and redoable through the store,
// with the audit trail and the notifier, and ids survive undo of a delete.
#include "editing/editor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestEditor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Editor> m_editor;
    QStringList m_errors;

    Patient patient(const QString &number)
    {
        Patient p;
        p.recordNumber = number;
        p.familyNameLatin = QStringLiteral("TESTOVA");
        p.givenNameLatin = QStringLiteral("Dana");
        p.birthDate = QDate(2001, 2, 3);
        return p;
    }

public:
    // A second desktop on the same file: its own connection, store and author.
    struct OtherDesk
    {
        Database db;
        std::unique_ptr<Store> store;
    };
    std::unique_ptr<OtherDesk> otherDesk()
    {
        auto other = std::make_unique<OtherDesk>();
        if (!other->db.openSqlite(m_db->path()).ok())
            return nullptr;
        other->store = std::make_unique<Store>(other->db);
        other->store->setUserName(QStringLiteral("Aigul Bekova"));
        return other;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->openSqlite(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()))).ok());
        m_store = std::make_unique<Store>(*m_db);
        m_stack = std::make_unique<QUndoStack>();
        m_errors.clear();
        m_editor = std::make_unique<Editor>(*m_store, *m_stack, [this](const Error &e) { m_errors << e.message; });
    }
    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_store.reset();
        m_db.reset();
    }

    void addUndoRedoKeepsTheId()
    {
        const auto id = m_editor->add(patient(QStringLiteral("E-1")));
        QVERIFY(id.ok());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add patient"));
        m_stack->undo();
        QCOMPARE(m_store->patientCount(), 0);
        m_stack->redo();
        QCOMPARE(m_store->patientCount(), 1);
        QVERIFY(m_store->get<Patient>(*id).ok()); // back under the same id
        QVERIFY(m_errors.isEmpty());
        const auto history = m_store->history(*id);
        QCOMPARE(history.first().action, QStringLiteral("restore"));
    }

    void changeUndoRedo()
    {
        const auto id = m_editor->add(patient(QStringLiteral("E-2")));
        Patient p = *m_store->get<Patient>(*id);
        p.caseStatus = CaseStatus::InTreatment;
        p.coordinator = QStringLiteral("Li Na");
        QVERIFY(m_editor->change(p).ok());
        QCOMPARE(m_stack->count(), 2);
        m_stack->undo();
        QCOMPARE(m_store->get<Patient>(*id)->caseStatus, CaseStatus::Enquiry);
        QCOMPARE(m_store->get<Patient>(*id)->coordinator, QString());
        m_stack->redo();
        QCOMPARE(m_store->get<Patient>(*id)->caseStatus, CaseStatus::InTreatment);
        // saving without a difference adds nothing to undo
        QVERIFY(m_editor->change(*m_store->get<Patient>(*id)).ok());
        QCOMPARE(m_stack->count(), 2);
    }

    void refusedChangeIsNotOnTheStack()
    {
        const auto id = m_editor->add(patient(QStringLiteral("E-3")));
        Patient p = *m_store->get<Patient>(*id);
        p.birthDate = QDate::currentDate().addYears(1);
        const Status s = m_editor->change(p);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().issues.first().field, QStringLiteral("birth_date"));
        QCOMPARE(m_stack->count(), 1);
    }

    void deletePartUndo()
    {
        const auto pid = m_editor->add(patient(QStringLiteral("E-4")));
        Measurement m;
        m.patientId = *pid;
        m.kind = MeasurementKind::Weight;
        m.value = 55;
        m.takenAt = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        const auto mid = m_editor->add(m);
        QVERIFY(mid.ok());
        QVERIFY(m_editor->remove<Measurement>(*mid).ok());
        QVERIFY(!m_store->get<Measurement>(*mid).ok());
        m_stack->undo();
        QCOMPARE(m_store->get<Measurement>(*mid)->value, 55.0);
        m_stack->redo();
        QVERIFY(!m_store->get<Measurement>(*mid).ok());
    }

    void deletePatientUndoBringsEverythingBack()
    {
        const auto pid = m_editor->add(patient(QStringLiteral("E-5")));
        Diagnosis d;
        d.patientId = *pid;
        d.icd10Code = QStringLiteral("C91.0");
        d.diagnosedOn = QDate(2024, 1, 1);
        const auto did = m_editor->add(d);
        TreatmentCourse c;
        c.patientId = *pid;
        c.diagnosisId = *did;
        c.type = TreatmentType::CarT;
        c.status = CourseStatus::Completed;
        c.startDate = QDate(2025, 1, 1);
        c.endDate = QDate(2025, 2, 1);
        c.cart.infusionDate = QDate(2025, 1, 10);
        const auto cid = m_editor->add(c);
        QVERIFY(cid.ok());
        QVERIFY(m_editor->removePatient(*pid).ok());
        QCOMPARE(m_store->patientCount(), 0);
        m_stack->undo();
        const auto record = m_store->record(*pid);
        QVERIFY(record.ok());
        QCOMPARE(record->diagnoses.size(), 1);
        QCOMPARE(record->courses.size(), 1);
        QCOMPARE(record->courses.first().diagnosisId, std::optional<qint64>(*did));
        QCOMPARE(record->courses.first().cart.infusionDate, QDate(2025, 1, 10));
        QCOMPARE(m_store->search().find(QStringLiteral("Dana Testova")).size(), 1);
        QVERIFY(m_errors.isEmpty());
    }

    void undoRefusedAfterSomeoneElseChangedTheRecord()
    {
        m_store->setUserName(QStringLiteral("Sana Mirza"));
        const auto id = m_editor->add(patient(QStringLiteral("E-7")));
        Patient mine = *m_store->get<Patient>(*id);
        mine.coordinator = QStringLiteral("Sana Mirza");
        QVERIFY(m_editor->change(mine).ok());
        QCOMPARE(m_stack->count(), 2);

        auto other = otherDesk();
        QVERIFY(other);
        Patient theirs = *other->store->get<Patient>(*id);
        theirs.phone = QStringLiteral("+7 701 000 0000");
        QVERIFY(other->store->update(theirs).ok());

        m_stack->undo(); // would write the coordinator back over their phone number
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QStringLiteral("Aigul Bekova")), qPrintable(m_errors.first()));
        const Patient now = *m_store->get<Patient>(*id);
        QCOMPARE(now.phone, QStringLiteral("+7 701 000 0000"));
        QCOMPARE(now.coordinator, QStringLiteral("Sana Mirza"));
        // The refused command left the stack; what is left is consistent.
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->index(), 1);
        QVERIFY(!m_stack->canRedo());
        // Undoing the add would delete their change too: refused the same way.
        m_stack->undo();
        QCOMPARE(m_errors.size(), 2);
        QVERIFY(m_store->get<Patient>(*id).ok());
        QCOMPARE(m_stack->count(), 0);
    }

    void redoRefusedAfterSomeoneElseChangedTheRecord()
    {
        const auto pid = m_editor->add(patient(QStringLiteral("E-8")));
        Measurement m;
        m.patientId = *pid;
        m.kind = MeasurementKind::Weight;
        m.value = 61;
        m.takenAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
        const auto mid = m_editor->add(m);
        Measurement changed = *m_store->get<Measurement>(*mid);
        changed.value = 62;
        QVERIFY(m_editor->change(changed).ok());
        m_stack->undo(); // nobody else touched it: back to 61
        QVERIFY(m_errors.isEmpty());
        QCOMPARE(m_store->get<Measurement>(*mid)->value, 61.0);

        auto other = otherDesk();
        QVERIFY(other);
        Measurement theirs = *other->store->get<Measurement>(*mid);
        theirs.value = 60.5;
        QVERIFY(other->store->update(theirs).ok());

        m_stack->redo(); // would write 62 over their 60.5
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_store->get<Measurement>(*mid)->value, 60.5);
        QVERIFY(!m_stack->canRedo());
    }

    void undoAfterOwnEditsInOtherWindowsStillWorks()
    {
        // Changes through the same store by this person's own commands keep the
        // chain of versions: undo twice, redo twice.
        const auto id = m_editor->add(patient(QStringLiteral("E-9")));
        for (const CaseStatus status : { CaseStatus::TeleConsultation, CaseStatus::AwaitingVisa }) {
            Patient p = *m_store->get<Patient>(*id);
            p.caseStatus = status;
            QVERIFY(m_editor->change(p).ok());
        }
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_store->get<Patient>(*id)->caseStatus, CaseStatus::Enquiry);
        m_stack->redo();
        m_stack->redo();
        QCOMPARE(m_store->get<Patient>(*id)->caseStatus, CaseStatus::AwaitingVisa);
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
    }

    void deleteRedoRefusedAfterSomeoneElseChangedIt()
    {
        const auto pid = m_editor->add(patient(QStringLiteral("E-10")));
        QVERIFY(m_editor->removePatient(*pid).ok());
        m_stack->undo(); // back
        auto other = otherDesk();
        QVERIFY(other);
        Patient theirs = *other->store->get<Patient>(*pid);
        theirs.notes = QStringLiteral("Called the family.");
        QVERIFY(other->store->update(theirs).ok());
        m_stack->redo(); // would delete what they just wrote
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_store->get<Patient>(*pid).ok());
    }

    void undoThatTheStoreRefusesIsReported()
    {
        const auto pid = m_editor->add(patient(QStringLiteral("E-6")));
        Diagnosis d;
        d.patientId = *pid;
        d.icd10Code = QStringLiteral("C56");
        d.diagnosedOn = QDate(2024, 1, 1);
        const auto did = m_editor->add(d);
        QVERIFY(did.ok());
        TreatmentCourse c;
        c.patientId = *pid;
        c.diagnosisId = *did;
        QVERIFY(m_store->create(c).ok()); // made outside the editor, e.g. on another desktop
        // undoing the diagnosis would orphan the course: refused, and said so
        m_stack->undo();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(QStringLiteral("referred to")));
    }
};

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
