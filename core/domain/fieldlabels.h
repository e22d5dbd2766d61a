// Labels of record fields for people (forms, table headers, the History view),
// translatable in context "Field". Keyed by the storage name of the field.
#pragma once

#include <QString>

namespace caravan {

// The translated label of a field; the field name itself if it has none.
QString fieldLabel(const QString &field);

} // namespace caravan
