// The record kinds' declarations (entity.h, recordkinds.h): every kind names its
// table, labels, part and order column; every field has a label, unique within its
// form; references point at declared kinds; listed columns exist; dotted names
// reach the fields of the small records kept in lists.
#include "domain/fieldspec.h"
#include "domain/recordkinds.h"

#include <QSet>
#include <QtTest>

using namespace caravan;

namespace {

QStringList kindTables()
{
    QStringList tables;
    forEachKind([&tables](auto kind) { tables << QLatin1String(decltype(kind)::type::table); });
    return tables;
}

// Label source texts of a list of specs that occur more than once.
QStringList duplicateLabels(const QList<FieldSpec> &specs)
{
    QSet<QString> seen;
    QStringList dup;
    for (const FieldSpec &s : specs) {
        const QString label = QString::fromUtf8(s.labelSource);
        if (seen.contains(label))
            dup << label;
        seen.insert(label);
    }
    return dup;
}

} // namespace

class TestRecordKinds : public QObject
{
    Q_OBJECT
private slots:
    void kindsAreDeclaredCompletely()
    {
        const QStringList tables = kindTables();
        QCOMPARE(tables.size(), QSet<QString>(tables.begin(), tables.end()).size()); // one table each
        forEachKind([&](auto kind) {
            using T = typename decltype(kind)::type;
            QVERIFY(qstrlen(T::kindLabel) > 0);
            QVERIFY(qstrlen(T::pluralLabel) > 0);
            QVERIFY2(codec::fieldNames<T>().contains(QLatin1String(T::orderColumn))
                             || QLatin1String(T::orderColumn) == QLatin1String("id"),
                     T::table);
            QCOMPARE(kindLabel(QLatin1String(T::table)), kindLabel<T>());
        });
        QCOMPARE(kindLabel(u"no_such_table"), QStringLiteral("no_such_table"));
    }

    void everyFieldHasALabelUniqueInItsForm()
    {
        const QStringList tables = kindTables();
        forEachKind([&](auto kind) {
            using T = typename decltype(kind)::type;
            const QList<FieldSpec> specs = fieldSpecs<T>();
            for (const FieldSpec &s : specs) {
                QVERIFY2(s.labelSource && *s.labelSource, qPrintable(s.name));
                if (s.kind == FieldSpec::Kind::Reference)
                    QVERIFY2(tables.contains(s.referenceTable),
                             qPrintable(s.name + QLatin1String(" -> ") + s.referenceTable));
                if (s.kind == FieldSpec::Kind::List)
                    QVERIFY2(duplicateLabels(s.itemSpecs).isEmpty(),
                             qPrintable(s.name + QLatin1String(": ") + duplicateLabels(s.itemSpecs).join(u',')));
            }
            QVERIFY2(duplicateLabels(specs).isEmpty(),
                     qPrintable(QLatin1String(T::table) + QLatin1String(": ") + duplicateLabels(specs).join(u',')));
        });
    }

    void listedColumnsAreFields()
    {
        forEachKind(PatientParts{}, [](auto kind) {
            using T = typename decltype(kind)::type;
            const QStringList names = codec::fieldNames<T>();
            for (const char *c : T::tableColumns)
                QVERIFY2(names.contains(QLatin1String(c)), c);
        });
    }

    void partsAreDistinctAndReported()
    {
        RecordParts seen;
        forEachKind(PatientParts{}, [&seen](auto kind) {
            using T = typename decltype(kind)::type;
            QVERIFY(!(seen & T::part));
            seen |= T::part;
        });
        QVERIFY(!(seen & Identity));
    }

    void fieldsByName()
    {
        QCOMPARE(fieldLabel(u"diagnosis", u"basis"), QStringLiteral("Basis of diagnosis"));
        QCOMPARE(fieldLabel(u"treatment_course", u"chemo_drugs.basis"), QStringLiteral("Dose basis"));
        QCOMPARE(fieldLabel(u"patient", u"companions.relation"), QStringLiteral("Relation"));
        QCOMPARE(fieldLabel(u"patient", u"no_such_field"), QStringLiteral("no_such_field"));
        const auto ref = fieldOf(u"assessment", u"course_id");
        QVERIFY(ref);
        QCOMPARE(QLatin1String(ref->references), QLatin1String("treatment_course"));
        QCOMPARE(fieldOf(u"visit", u"findings")->style, FieldStyle::LongText);
    }

    void patientPartsOrderRestoresParentsFirst()
    {
        QStringList order;
        forEachKind(PatientParts{}, [&order](auto kind) { order << QLatin1String(decltype(kind)::type::table); });
        QVERIFY(order.indexOf(u"diagnosis") < order.indexOf(u"treatment_course"));
        QVERIFY(order.indexOf(u"treatment_course") < order.indexOf(u"assessment"));
        QStringList reversed;
        forEachKindReversed(PatientParts{},
                            [&reversed](auto kind) { reversed.prepend(QLatin1String(decltype(kind)::type::table)); });
        QCOMPARE(reversed, order);
    }
};

QTEST_GUILESS_MAIN(TestRecordKinds)
#include "tst_recordkinds.moc"
