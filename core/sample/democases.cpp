// Demo cases: builds the fictional demo centre in code (five partner institutions
// and nine patients with diagnoses, treatment courses, assessments, measurements
// and visits) and writes it through Store::create only, so every record is
// validated and audited like one typed in by a user. Nothing is read from files
// or the network; data leaves only through the store, inside one transaction that
// either keeps everything or nothing. Every person, institution, passport, phone
// number and address is invented. Dates lie in 2023-2026 and are in the past
// (before November 2026) except items explicitly planned (a tele-consultation,
// an arrival and a transplant). The transplant blood counts are written so that
// clinical::neutrophilEngraftment/plateletEngraftment give exactly the
// engraftment dates stored on the courses; loading fails if they ever disagree.
//
// This file owns the orchestration and the five partner institutions; the shared
// builders are in demobuilder.h/.cpp and the patients in democases_*.cpp.
#include "democases.h"

#include "sample/demobuilder.h"
#include "storage/database.h"
#include "storage/store.h"

#include <QCoreApplication>

namespace caravan {

namespace {

using namespace demo;

struct DemoCases {
    Q_DECLARE_TR_FUNCTIONS(DemoCases)
};

// ---- institutions ----

Institution institution(const QString &name, const QString &nameLocal, InstitutionKind kind,
                        const QString &country, const QString &city, const QString &zone,
                        const QString &contact, const QString &phone, const QString &email)
{
    Institution i;
    i.name = name;
    i.nameLocal = nameLocal;
    i.kind = kind;
    i.country = country;
    i.city = city;
    i.timeZone = zone;
    i.contactPerson = contact;
    i.phone = phone;
    i.email = email;
    return i;
}

Partners addPartners(Writer &w)
{
    Partners p;
    w.setContext(QStringLiteral("demo institutions"));
    p.lahore = w.add(institution(
        QStringLiteral("Lahore Children's Oncology Hospital"),
        QStringLiteral("لاہور چلڈرنز اونکولوجی ہسپتال"), InstitutionKind::Hospital,
        QStringLiteral("PK"), QStringLiteral("Lahore"), QStringLiteral("Asia/Karachi"),
        QStringLiteral("Dr. Ayesha Rauf"), QStringLiteral("+92 42 3555 0140"),
        QStringLiteral("international@lcoh.example.org")));
    p.almaty = w.add(institution(
        QStringLiteral("Alatau National Oncology Centre"),
        QStringLiteral("Алатау ұлттық онкология орталығы"), InstitutionKind::Hospital,
        QStringLiteral("KZ"), QStringLiteral("Almaty"), QStringLiteral("Asia/Almaty"),
        QStringLiteral("Dr. Aigul Sarsenbayeva"), QStringLiteral("+7 727 555 0112"),
        QStringLiteral("telemed@alatau-onco.example.org")));
    p.astana = w.add(institution(
        QStringLiteral("Yesil Cardiac Surgery Centre"),
        QStringLiteral("Есіл кардиохирургия орталығы"), InstitutionKind::Hospital,
        QStringLiteral("KZ"), QStringLiteral("Astana"), QStringLiteral("Asia/Almaty"),
        QStringLiteral("Dr. Bauyrzhan Abenov"), QStringLiteral("+7 7172 55 0167"),
        QStringLiteral("referrals@yesil-cardio.example.org")));
    p.bishkek = w.add(institution(
        QStringLiteral("Ala-Too Neurosurgical Hospital"),
        QStringLiteral("Ала-Тоо нейрохирургиялык ооруканасы"), InstitutionKind::Hospital,
        QStringLiteral("KG"), QStringLiteral("Bishkek"), QStringLiteral("Asia/Bishkek"),
        QStringLiteral("Dr. Nurlan Osmonov"), QStringLiteral("+996 312 55 0138"),
        QStringLiteral("intl@alatoo-neuro.example.org")));
    p.registry = w.add(institution(
        QStringLiteral("North China Unrelated Donor Registry"),
        QStringLiteral("华北非血缘造血干细胞捐献者登记库"), InstitutionKind::DonorRegistry,
        QStringLiteral("CN"), QStringLiteral("Beijing"), QStringLiteral("Asia/Shanghai"),
        QStringLiteral("Zhang Min"), QStringLiteral("+86 10 5555 0191"),
        QStringLiteral("search@ncudr.example.cn")));
    return p;
}

} // namespace

QStringList demoRecordNumbers()
{
    QStringList numbers;
    for (const char *number : demo::kRecordNumbers)
        numbers << QString::fromLatin1(number);
    return numbers;
}

Status loadDemoCases(Store &store)
{
    for (const QString &number : demoRecordNumbers()) {
        if (store.patientIdByRecordNumber(number))
            return Error{DemoCases::tr("The demo cases are already loaded: record number %1 is in use.")
                             .arg(number)};
    }

    Transaction tx(store.database());
    if (!tx.started())
        return tx.started();

    Writer w(store);
    const Partners partners = addPartners(w);
    using AddCase = void (*)(Writer &, const Partners &);
    const AddCase cases[] = {
        addUmarMalik, addNailaQureshi, addDauletOmirzakov, addSerikBekmukhambetov, addTorobekSuiunbaev,
        addZhouHaifeng, addOlegLaptev, addGulnoraTokhtayeva, addMavjudaSharifova,
    };
    for (const AddCase addCase : cases) {
        if (w.failed())
            break;
        addCase(w, partners);
    }
    if (w.failed())
        return w.status();   // the guard rolls everything back

    store.announceReset();
    return tx.commit();
}

} // namespace caravan
