// The one place core announces what changed in the store. Storage emits after a
// write has committed (never for a write that rolled back); item models and views
// subscribe and refresh only what the signal names. Created once by the app and
// passed in; there is no global instance.
#pragma once

#include <QFlags>
#include <QObject>

namespace caravan {

class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    enum Part {
        Identity = 0x01,     // the patient row itself
        Diagnoses = 0x02,
        Treatments = 0x04,
        Assessments = 0x08,
        Measurements = 0x10,
        Visits = 0x20,
        All = 0xff,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    using QObject::QObject;

signals:
    void patientAdded(qint64 patientId);
    void patientChanged(qint64 patientId, caravan::ChangeNotifier::Parts parts);
    void patientRemoved(qint64 patientId);
    void institutionsChanged();
    // Many patients changed at once (import, demo, generation): reload everything.
    void storeReset();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeNotifier::Parts)

} // namespace caravan
