// Two desktops edit the same patient: the second save is refused by the row
// version and the conflict dialog lays both versions side by side. Driven by key
// events as a coordinator would: arrow keys choose a version per field, Enter
// saves the merge, Escape goes back to the form. Nothing is overwritten silently:
// on SQLite (two connections to one file) and on a PostgreSQL server.
#include "editors/conflictdialog.h"
#include "editors/recorddialog.h"
#include "editors/recordform.h"
#include "record/recordtablemodel.h"
#include "support/backends.h"

#include "editing/editor.h"
#include "editing/versionmerge.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <functional>

using namespace caravan;
using caravan::testing::PgTestServer;

namespace {

// One desktop: its own connection, store, undo stack and editor.
struct Desk
{
    Database db;
    std::unique_ptr<Store> store;
    QUndoStack stack;
    std::unique_ptr<Editor> editor;
    QStringList undoErrors;
    void start(const QString &userName)
    {
        store = std::make_unique<Store>(db);
        store->setUserName(userName);
        editor = std::make_unique<Editor>(*store, stack, [this](const Error &e) { undoErrors << e.message; });
    }
};

// Runs `handle` on the conflict dialog as soon as it is shown (it is modal: exec()
// returns only when the dialog is closed). *seen tells whether it appeared.
void whenConflictShown(std::function<void(ConflictDialog *)> handle, bool *seen)
{
    *seen = false;
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle, seen] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !dialog->isActiveWindow())
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        handle(dialog);
    });
    timer->start();
}

void typeInto(RecordForm *form, const QString &field, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(form->fieldWidget(field));
    QVERIFY2(line, qPrintable(field));
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT
    PgTestServer *m_server = nullptr;
    QTemporaryDir m_dir;
    Desk m_a, m_b; // m_a is the desktop under test; m_b is the colleague's
    qint64 m_id = 0;

public:
    explicit TestConflictDialog(PgTestServer *server) : m_server(server) { }

private slots:
    void init()
    {
        for (Desk *d : { &m_a, &m_b }) {
            d->stack.clear();
            d->editor.reset();
            d->store.reset();
            d->db.close();
            d->undoErrors.clear();
        }
        const QString name = QStringLiteral("conflict_%1").arg(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(caravan::testing::openTestDatabase(m_a.db, m_server, m_dir, name).ok());
        const Status second = m_server ? m_b.db.open(m_server->url(name.toLower())) : m_b.db.openSqlite(m_a.db.path());
        QVERIFY2(second.ok(), qPrintable(second.error().fullText()));
        m_a.start(QStringLiteral("Dana Testova"));
        m_b.start(QStringLiteral("Aigul Bekova"));
        Patient p;
        p.recordNumber = QStringLiteral("CF-1");
        p.familyNameLatin = QStringLiteral("SAMPLOVA");
        p.givenNameLatin = QStringLiteral("Zarina");
        p.birthDate = QDate(1990, 4, 5);
        p.phone = QStringLiteral("+7 701 000 0001");
        p.email = QStringLiteral("zarina@example.org");
        p.notes = QStringLiteral("First enquiry by e-mail.");
        const auto id = m_a.editor->add(p);
        QVERIFY(id.ok());
        m_id = *id;
    }

    // Three versions, field by field: only the fields that differ, each preselected
    // to the side that changed it; both changed: a conflict, preselected to yours.
    void comparesThreeVersions()
    {
        const QJsonObject base{ { "id", 1 },         { "version", 1 },     { "phone", "1" },
                                { "email", "a@x" },  { "notes", "n" },     { "visa_number", "" } };
        const QJsonObject theirs{ { "id", 1 },        { "version", 2 },     { "phone", "2" },
                                  { "email", "a@x" }, { "notes", "theirs" }, { "visa_number", QJsonValue() } };
        const QJsonObject yours{ { "id", 1 },        { "version", 1 },     { "phone", "3" },
                                 { "email", "b@x" }, { "notes", "theirs" }, { "visa_number", "" } };
        VersionMerge merge(base, theirs, yours);
        QStringList names;
        for (const auto &f : merge.differences())
            names << f.name;
        QCOMPARE(names, (QStringList{ "email", "phone" })); // notes: same on both; empty = null
        QCOMPARE(merge.conflictCount(), 1);
        QVERIFY(merge.differences().at(1).conflict());
        QCOMPARE(merge.merged().value("phone").toString(), QStringLiteral("3"));
        QCOMPARE(merge.merged().value("email").toString(), QStringLiteral("b@x"));
        QCOMPARE(merge.merged().value("version").toInt(), 2); // on top of theirs
        merge.choose(QStringLiteral("phone"), VersionMerge::Side::Theirs);
        QCOMPARE(merge.merged().value("phone").toString(), QStringLiteral("2"));
        merge.chooseAll(VersionMerge::Side::Theirs);
        QCOMPARE(merge.merged(), theirs);
    }

    // The whole path with the keyboard: both changed the phone, the colleague the
    // notes, this desktop the e-mail. Up arrow takes their phone, Enter saves: their
    // phone and notes stay, this desktop's e-mail is added.
    void mergeFieldByFieldWithKeys()
    {
        const auto opened = m_a.store->get<Patient>(m_id);
        QVERIFY(opened.ok());
        auto dialog = makeRecordDialog<Patient>(*m_a.editor, *opened);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

        Patient theirs = *m_b.store->get<Patient>(m_id);
        theirs.phone = QStringLiteral("+7 701 000 0002");
        theirs.notes = QStringLiteral("Called back: prefers WhatsApp.");
        QVERIFY(m_b.editor->change(theirs).ok());
        const QString theirName = m_b.store->lastChange("patient", m_id)->userName;

        typeInto(dialog->form(), QStringLiteral("phone"), QStringLiteral("+7 701 999 9999"));
        typeInto(dialog->form(), QStringLiteral("email"), QStringLiteral("zarina.s@example.org"));

        QStringList shownFields;
        QString intro;
        QString focusedAfterTab;
        bool seen = false;
        whenConflictShown(
                [&](ConflictDialog *c) {
                    for (auto *radio : c->findChildren<QRadioButton *>())
                        if (radio->objectName().startsWith(QLatin1String("theirs:")))
                            shownFields << radio->objectName().mid(7);
                    intro = c->findChild<QLabel *>(QStringLiteral("conflictIntro"))->text();
                    // Focus starts on the first field's chosen version (phone, yours).
                    QWidget *focus = QApplication::focusWidget();
                    QCOMPARE(focus ? focus->objectName() : QString(), QStringLiteral("yours:phone"));
                    QTest::keyClick(focus, Qt::Key_Up); // their phone
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                    focusedAfterTab = QApplication::focusWidget()->objectName();
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                },
                &seen);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(seen);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        shownFields.sort();
        QCOMPARE(shownFields, (QStringList{ "email", "notes", "phone" }));
        QVERIFY2(intro.contains(theirName), qPrintable(intro));
        QCOMPARE(focusedAfterTab, QStringLiteral("yours:email")); // Tab: the next field's choice

        const auto saved = m_a.store->get<Patient>(m_id);
        QCOMPARE(saved->phone, QStringLiteral("+7 701 000 0002"));
        QCOMPARE(saved->notes, QStringLiteral("Called back: prefers WhatsApp."));
        QCOMPARE(saved->email, QStringLiteral("zarina.s@example.org"));
        QCOMPARE(saved->version, opened->version + 2);
        // The trail: this desktop's save changed only the e-mail.
        const auto last = m_a.store->lastChange("patient", m_id);
        QCOMPARE(last->changes.keys(), QStringList{ QStringLiteral("email") });
        // Undo puts back exactly what the colleague had saved.
        m_a.stack.undo();
        QVERIFY2(m_a.undoErrors.isEmpty(), qPrintable(m_a.undoErrors.join('\n')));
        QCOMPARE(m_a.store->get<Patient>(m_id)->email, QStringLiteral("zarina@example.org"));
        QCOMPARE(m_a.store->get<Patient>(m_id)->phone, QStringLiteral("+7 701 000 0002"));
    }

    // Escape goes back to the form with the edits still in it and nothing saved;
    // saving again offers the choice again, and "Save mine" writes this desktop's
    // values over the colleague's in every field that differs.
    void escapeThenSaveMine()
    {
        const auto opened = m_a.store->get<Patient>(m_id);
        auto dialog = makeRecordDialog<Patient>(*m_a.editor, *opened);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        Patient theirs = *m_b.store->get<Patient>(m_id);
        theirs.phone = QStringLiteral("+7 701 000 0002");
        QVERIFY(m_b.editor->change(theirs).ok());
        typeInto(dialog->form(), QStringLiteral("phone"), QStringLiteral("+7 701 999 9999"));

        bool seen = false;
        whenConflictShown([](ConflictDialog *c) { QTest::keyClick(c, Qt::Key_Escape); }, &seen);
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        QVERIFY(seen);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->form()->generalMessage().contains(QLatin1String("Not saved")),
                 qPrintable(dialog->form()->generalMessage()));
        QCOMPARE(m_a.store->get<Patient>(m_id)->phone, QStringLiteral("+7 701 000 0002"));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->form()->fieldWidget("phone"))->text(),
                 QStringLiteral("+7 701 999 9999"));

        whenConflictShown(
                [](ConflictDialog *c) {
                    c->saveMineButton()->setFocus();
                    QTest::keyClick(c->saveMineButton(), Qt::Key_Space);
                },
                &seen);
        save->click();
        QVERIFY(seen);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_a.store->get<Patient>(m_id)->phone, QStringLiteral("+7 701 999 9999"));
    }

    // "Keep theirs": the dialog closes, nothing of this desktop is written.
    void keepTheirsWritesNothing()
    {
        const auto opened = m_a.store->get<Patient>(m_id);
        auto dialog = makeRecordDialog<Patient>(*m_a.editor, *opened);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        Patient theirs = *m_b.store->get<Patient>(m_id);
        theirs.notes = QStringLiteral("Visa documents sent.");
        QVERIFY(m_b.editor->change(theirs).ok());
        typeInto(dialog->form(), QStringLiteral("email"), QStringLiteral("other@example.org"));
        const int trailBefore = int(m_a.store->history(m_id).size());

        bool seen = false;
        whenConflictShown(
                [](ConflictDialog *c) {
                    c->keepTheirsButton()->setFocus();
                    QTest::keyClick(c->keepTheirsButton(), Qt::Key_Space);
                },
                &seen);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(seen);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto now = m_a.store->get<Patient>(m_id);
        QCOMPARE(now->email, QStringLiteral("zarina@example.org"));
        QCOMPARE(now->notes, QStringLiteral("Visa documents sent."));
        QCOMPARE(int(m_a.store->history(m_id).size()), trailBefore);
        QCOMPARE(m_a.stack.count(), 1); // only the add: nothing to undo of a save not made
    }

    // Deleted by the colleague meanwhile: refused with a message, the form stays.
    void deletedMeanwhileIsRefused()
    {
        const auto opened = m_a.store->get<Patient>(m_id);
        auto dialog = makeRecordDialog<Patient>(*m_a.editor, *opened);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(m_b.editor->removePatient(m_id).ok());
        typeInto(dialog->form(), QStringLiteral("email"), QStringLiteral("other@example.org"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->form()->generalMessage().contains(QLatin1String("deleted")),
                 qPrintable(dialog->form()->generalMessage()));
        QVERIFY(!m_a.store->get<Patient>(m_id).ok());
    }

    // A cell edited in a table that shows a row someone saved meanwhile: the cell
    // goes on top of their version when they changed other fields; when they changed
    // the same field the edit is refused (who, when) and their value stays.
    void tableCellOnTopOfTheirs()
    {
        Diagnosis d;
        d.patientId = m_id;
        d.icd10Code = QStringLiteral("C91.0");
        d.icd10Text = QStringLiteral("Acute lymphoblastic leukaemia");
        d.diagnosedOn = QDate(2025, 3, 1);
        const auto added = m_a.editor->add(d);
        QVERIFY(added.ok());
        d.id = *added;
        std::unique_ptr<RecordTableModel> model(RecordTableModel::forKind<Diagnosis>(*m_a.editor));
        QStringList errors;
        model->setErrorHandler([&errors](const Error &e) { errors << e.message; });
        const PatientRecord shown = *m_a.store->record(m_id);
        model->setRecord(&shown);
        auto column = [&](const char *name) {
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->columnSpecs().at(c).name == QLatin1String(name))
                    return c;
            return -1;
        };
        QVERIFY(column("stage") >= 0 && column("icd10_text") >= 0);

        Diagnosis theirs = *m_b.store->get<Diagnosis>(d.id);
        theirs.icd10Text = QStringLiteral("B-cell acute lymphoblastic leukaemia");
        QVERIFY(m_b.editor->change(theirs).ok());
        QVERIFY(model->setData(model->index(0, column("stage")), QStringLiteral("High risk")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        auto saved = m_a.store->get<Diagnosis>(d.id);
        QCOMPARE(saved->stage, QStringLiteral("High risk"));
        QCOMPARE(saved->icd10Text, QStringLiteral("B-cell acute lymphoblastic leukaemia"));

        // Same field: refused, theirs kept (the model still shows the old row).
        theirs = *m_b.store->get<Diagnosis>(d.id);
        theirs.stage = QStringLiteral("Standard risk");
        QVERIFY(m_b.editor->change(theirs).ok());
        QVERIFY(!model->setData(model->index(0, column("stage")), QStringLiteral("Very high risk")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_a.store->get<Diagnosis>(d.id)->stage, QStringLiteral("Standard risk"));
    }

    void cleanupTestCase()
    {
        m_a.editor.reset();
        m_b.editor.reset();
        m_a.store.reset();
        m_b.store.reset();
        m_a.db.close();
        m_b.db.close();
    }
};

CARAVAN_GUI_TEST_MAIN_ON_BOTH_BACKENDS(TestConflictDialog)
#include "tst_conflictdialog.moc"
