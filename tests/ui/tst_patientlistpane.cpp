// The patient list pane as a coordinator uses it (offscreen): search-as-you-type
// in Latin and Cyrillic, the country filter and its choices from the database,
// sorting by clicking a header (ascending, descending, back to default), the
// selection and activation signals with the right patient id, refreshes after
// store writes, all under QAbstractItemModelTester. All names are fictional.
#include "events/changenotifier.h"
#include "patientlist/patientlistfilterbar.h"
#include "patientlist/patientlistmodel.h"
#include "patientlist/patientlistpane.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace caravan;

class TestPatientListPane : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    ChangeNotifier m_notifier;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PatientListPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, qint64> m_id; // record number -> id

    qint64 add(const QString &number, const QString &familyNative, const QString &givenNative,
               const QString &familyLatin, const QString &givenLatin, const QString &nationality,
               const QString &coordinator = QStringLiteral("Aliya Demo"))
    {
        Patient p;
        p.recordNumber = number;
        p.familyNameNative = familyNative;
        p.givenNameNative = givenNative;
        p.familyNameLatin = familyLatin;
        p.givenNameLatin = givenLatin;
        p.nationality = nationality;
        p.coordinator = coordinator;
        p.birthDate = QDate(1988, 4, 12);
        const auto r = m_store->create(p);
        if (!r)
            qFatal("%s", qPrintable(r.error().fullText()));
        m_id.insert(number, *r);
        return *r;
    }

    PatientListModel *model() const { return m_pane->model(); }
    QTableView *table() const { return m_pane->view(); }
    QLineEdit *search() const { return m_pane->searchEdit(); }
    QStringList column(int c) const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out << model()->data(model()->index(r, c)).toString();
        return out;
    }
    QPoint cellCentre(int row) const
    {
        return table()->visualRect(model()->index(row, PatientListModel::NameLatin)).center();
    }
    // Types one key at a time (QTest::keyClicks only knows ASCII).
    void typeSearch(const QString &text)
    {
        search()->clear();
        search()->setFocus();
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Press, search(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, search(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QCOMPARE(search()->text(), text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.openSqlite(m_dir.filePath(QStringLiteral("pane.sqlite"))).ok());
        m_store = std::make_unique<Store>(m_db, &m_notifier);
        add("KZ-001", "Жақсыбекова", "Айгүл", "ZHAKSYBEKOVA", "Aigul", "KZ");
        add("RU-002", "Смирнова", "Айгуль", "SMIRNOVA", "Aigul", "RU", QStringLiteral("Bilal Demo"));
        add("KZ-003", "Сейітқали", "Нұрлан", "SEIITKALI", "Nurlan", "KZ", QStringLiteral("Bilal Demo"));
        add("PK-004", "خان", "صائمہ", "KHAN", "Saima", "PK");
        add("CN-005", "王", "芳", "WANG", "Fang", "CN");
        add("RU-006", "Иванова", "Ольга", "IVANOVA", "Olga", "RU");
        // A visa expiring in ten days for the "next due" column.
        auto olga = *m_store->get<Patient>(m_id.value("RU-006"));
        olga.visaExpiry = QDate::currentDate().addDays(10);
        QVERIFY(m_store->update(olga).ok());

        m_pane = std::make_unique<PatientListPane>(*m_store, &m_notifier);
        m_tester = std::make_unique<QAbstractItemModelTester>(model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->resize(1300, 600);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_pane.reset(); // before the store and database go
    }

    void init()
    {
        m_pane->setFilter({});
        search()->clear();
        table()->sortByColumn(-1, Qt::AscendingOrder);
        m_pane->selectPatient(0);
    }

    void showsEveryPatientWithColumns()
    {
        QCOMPARE(m_pane->totalCount(), 6);
        QCOMPARE(m_pane->shownCount(), 6);
        QCOMPARE(model()->columnCount(), int(PatientListModel::ColumnCount));
        QVERIFY(!model()->headerData(PatientListModel::NextDue, Qt::Horizontal).toString().isEmpty());
        // Default order: passport family name.
        QCOMPARE(column(PatientListModel::RecordNumber),
                 (QStringList{ "RU-006", "PK-004", "KZ-003", "RU-002", "CN-005", "KZ-001" }));
        const int olga = model()->rowOf(m_id.value("RU-006"));
        // the date reads left to right even in Urdu: wrapped in a left-to-right isolate
        QCOMPARE(model()->data(model()->index(olga, PatientListModel::NextDue)).toString(),
                 QChar(0x2066) + QDate::currentDate().addDays(10).toString(QStringLiteral("yyyy-MM-dd"))
                         + QChar(0x2069));
        QVERIFY(model()->data(model()->index(olga, PatientListModel::NextDue), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Visa")));
        QCOMPARE(model()->data(model()->index(olga, PatientListModel::NameNative)).toString(),
                 QStringLiteral("Иванова Ольга"));
        QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("patientCount"))->text().isEmpty());
        QVERIFY(!search()->placeholderText().isEmpty());
    }

    void searchAsYouTypeInTwoScripts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Latin") << "Aigul" << QStringList{ "KZ-001", "RU-002" };
        QTest::newRow("Cyrillic") << "Айгуль" << QStringList{ "KZ-001", "RU-002" };
        QTest::newRow("Cyrillic, other person") << "Иванова" << QStringList{ "RU-006" };
        QTest::newRow("Urdu") << "صائمہ" << QStringList{ "PK-004" };
        QTest::newRow("record number") << "KZ-003" << QStringList{ "KZ-003" };
        QTest::newRow("nobody") << "Xqzw" << QStringList{};
    }
    void searchAsYouTypeInTwoScripts()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        typeSearch(typed);
        QVERIFY(resets.count() >= typed.size()); // every keystroke updated the list
        QStringList shown = column(PatientListModel::RecordNumber);
        shown.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(m_pane->shownCount(), int(expected.size()));
        QCOMPARE(m_pane->totalCount(), 6);
        search()->clear();
        QCOMPARE(m_pane->shownCount(), 6);
    }

    void filterByCountry()
    {
        QComboBox *country = m_pane->filterBar()->countryBox();
        // "All" first, then the distinct nationalities in the database.
        QCOMPARE(country->count(), 5);
        QCOMPARE(country->currentIndex(), 0);
        QStringList codes;
        for (int i = 1; i < country->count(); ++i)
            codes << country->itemData(i).toString();
        QCOMPARE(codes, (QStringList{ "CN", "KZ", "PK", "RU" }));

        country->setCurrentIndex(country->findData(QStringLiteral("KZ")));
        QCOMPARE(m_pane->filter().nationality, QStringLiteral("KZ"));
        QCOMPARE(column(PatientListModel::RecordNumber), (QStringList{ "KZ-003", "KZ-001" }));
        QCOMPARE(column(PatientListModel::Nationality), (QStringList{ "KZ", "KZ" }));

        // With the search text: the hits that pass the filter.
        typeSearch(QStringLiteral("Айгуль"));
        QCOMPARE(column(PatientListModel::RecordNumber), QStringList{ "KZ-001" });
        // And with the coordinator filter too (AND).
        QComboBox *coordinator = m_pane->filterBar()->coordinatorBox();
        coordinator->setCurrentIndex(coordinator->findData(QStringLiteral("Bilal Demo")));
        QCOMPARE(m_pane->shownCount(), 0);
        search()->clear();
        QCOMPARE(column(PatientListModel::RecordNumber), QStringList{ "KZ-003" });
        country->setCurrentIndex(0);
        QCOMPARE(column(PatientListModel::RecordNumber), (QStringList{ "KZ-003", "RU-002" }));
    }

    void sortByClickingHeader()
    {
        QHeaderView *header = table()->horizontalHeader();
        const int section = PatientListModel::RecordNumber;
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model()->sortColumn(), section);
        QCOMPARE(column(section), (QStringList{ "CN-005", "KZ-001", "KZ-003", "PK-004", "RU-002", "RU-006" }));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(column(section), (QStringList{ "RU-006", "RU-002", "PK-004", "KZ-003", "KZ-001", "CN-005" }));
        // While searching, the chosen column orders the hits too.
        typeSearch(QStringLiteral("Aigul"));
        QCOMPARE(column(section), (QStringList{ "RU-002", "KZ-001" }));
        search()->clear();
        // A third click returns to the default order.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model()->sortColumn(), -1);
        QCOMPARE(column(section), (QStringList{ "RU-006", "PK-004", "KZ-003", "RU-002", "CN-005", "KZ-001" }));
    }

    void signalsCarryTheRightId()
    {
        QSignalSpy current(m_pane.get(), &PatientListPane::currentPatientChanged);
        QSignalSpy activated(m_pane.get(), &PatientListPane::patientActivated);
        const int row = model()->rowOf(m_id.value("PK-004"));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cellCentre(row));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).toLongLong(), m_id.value("PK-004"));
        QCOMPARE(m_pane->currentPatientId(), m_id.value("PK-004"));

        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cellCentre(row));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), m_id.value("PK-004"));

        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        const qint64 next = model()->idAt(row + 1);
        QCOMPARE(current.last().at(0).toLongLong(), next);
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().at(0).toLongLong(), next);

        // The selection survives a sort; a search that hides it reports 0.
        current.clear();
        table()->sortByColumn(PatientListModel::RecordNumber, Qt::DescendingOrder);
        QCOMPARE(m_pane->currentPatientId(), next);
        QCOMPARE(model()->idAt(table()->currentIndex().row()), next);
        QCOMPARE(current.count(), 0);
        typeSearch(QStringLiteral("Saima"));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).toLongLong(), 0);
        QCOMPARE(m_pane->currentPatientId(), 0);

        // Enter in the search box opens the first hit.
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(activated.last().at(0).toLongLong(), m_id.value("PK-004"));
        QCOMPARE(current.last().at(0).toLongLong(), m_id.value("PK-004"));
    }

    void selectPatientClearsWhatHidesIt()
    {
        PatientListFilter kz;
        kz.nationality = QStringLiteral("KZ");
        m_pane->setFilter(kz);
        typeSearch(QStringLiteral("Nurlan"));
        QCOMPARE(m_pane->shownCount(), 1);
        QSignalSpy current(m_pane.get(), &PatientListPane::currentPatientChanged);
        QVERIFY(m_pane->selectPatient(m_id.value("CN-005")));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(0).toLongLong(), m_id.value("CN-005"));
        QVERIFY(m_pane->filter().isEmpty());
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(m_pane->shownCount(), 6);
        QVERIFY(!m_pane->selectPatient(987654));
    }

    void followsStoreChanges()
    {
        // A change to one patient refreshes that row only.
        QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        const qint64 id = m_id.value("CN-005");
        auto p = *m_store->get<Patient>(id);
        p.coordinator = QStringLiteral("Chen Demo");
        QVERIFY(m_store->update(p).ok());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int row = model()->rowOf(id);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), row);
        QCOMPARE(model()->data(model()->index(row, PatientListModel::Coordinator)).toString(),
                 QStringLiteral("Chen Demo"));
        // The coordinator and country choices follow the database.
        QTRY_VERIFY(m_pane->filterBar()->coordinatorBox()->findData(QStringLiteral("Chen Demo")) > 0);

        // A new patient reloads the ids and the counts.
        QSignalSpy counts(m_pane.get(), &PatientListPane::countsChanged);
        add("FR-007", "", "", "MARTIN", "Claire", "FR");
        QCOMPARE(m_pane->totalCount(), 7);
        QCOMPARE(m_pane->shownCount(), 7);
        QVERIFY(counts.count() >= 1);
        QTRY_VERIFY(m_pane->filterBar()->countryBox()->findData(QStringLiteral("FR")) > 0);
        QVERIFY(model()->rowOf(m_id.value("FR-007")) >= 0);

        // Removed: gone from the list.
        QVERIFY(m_store->remove<Patient>(m_id.value("FR-007")).ok());
        QCOMPARE(m_pane->totalCount(), 6);
        QCOMPARE(model()->rowOf(m_id.value("FR-007")), -1);
        QTRY_COMPARE(m_pane->filterBar()->countryBox()->findData(QStringLiteral("FR")), -1);
    }

    void retranslatesOnLanguageChange()
    {
        QSignalSpy headers(model(), &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_pane.get(), &change);
        QCOMPARE(headers.count(), 1);
        QVERIFY(!search()->placeholderText().isEmpty());
        QCOMPARE(m_pane->filterBar()->statusBox()->itemText(0), QStringLiteral("All"));
        QCOMPARE(m_pane->filterBar()->statusBox()->count(), 1 + int(Vocabulary<CaseStatus>::entries.size()));
    }
};

QTEST_MAIN(TestPatientListPane)
#include "tst_patientlistpane.moc"
