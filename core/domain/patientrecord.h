// PatientRecord: everything recorded about one patient, as value types (no
// storage): what the case record, the timeline, documents, the CLI's show and
// interop read. Store::record() fills it; nothing in it knows the database.
#pragma once

#include "clinicalrecords.h"
#include "patient.h"
#include "treatmentcourse.h"
#include "visit.h"

#include <QList>
#include <type_traits>

namespace caravan {

struct PatientRecord
{
    Patient patient;
    QList<Diagnosis> diagnoses;
    QList<TreatmentCourse> courses;
    QList<Assessment> assessments;
    QList<Measurement> measurements;
    QList<Visit> visits;

    // The list of one kind of part, for code written once for every kind
    // (recordkinds.h). A kind added to PatientParts but not here fails to compile.
    template<class T>
    QList<T> &parts()
    {
        return const_cast<QList<T> &>(std::as_const(*this).parts<T>());
    }
    template<class T>
    const QList<T> &parts() const
    {
        if constexpr (std::is_same_v<T, Diagnosis>)
            return diagnoses;
        else if constexpr (std::is_same_v<T, TreatmentCourse>)
            return courses;
        else if constexpr (std::is_same_v<T, Assessment>)
            return assessments;
        else if constexpr (std::is_same_v<T, Measurement>)
            return measurements;
        else if constexpr (std::is_same_v<T, Visit>)
            return visits;
        else
            static_assert(sizeof(T) == 0, "not a part of a patient's record: add it to PatientRecord");
    }
};

} // namespace caravan
