// The one place core announces what changed in the store. Storage emits after a
// write has committed (never for a write that rolled back); item models and views
// subscribe and refresh only what the signal names. Created once by the app and
// passed in; there is no global instance.
#pragma once

#include "domain/entity.h"

#include <QFlags>
#include <QObject>

namespace caravan {

class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    // The parts of a patient's record are declared with the record kinds (entity.h:
    // each kind's `part`); ChangeNotifier::Diagnoses etc. name the same values.
    using Part = RecordPart;
    using enum RecordPart;
    using Parts = RecordParts;
    static constexpr RecordPart All = AllParts;

    using QObject::QObject;

signals:
    void patientAdded(qint64 patientId);
    void patientChanged(qint64 patientId, caravan::RecordParts parts);
    void patientRemoved(qint64 patientId);
    void institutionsChanged();
    // Many patients changed at once (import, demo, generation): reload everything.
    void storeReset();
};

} // namespace caravan
