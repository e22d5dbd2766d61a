// PasswordKeychain: a server password kept in the system's keychain (Secret Service
// on Linux, through QtKeychain), under the address without the password, so that a
// desktop reconnects without asking. Never a file of Caravan's: with no keychain
// service running, nothing is kept and the person is asked each time (or libpq
// uses ~/.pgpass). The calls wait for the keychain (a few ms; at most 5 s).
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace caravan {

class PasswordKeychain
{
    Q_DECLARE_TR_FUNCTIONS(PasswordKeychain)
public:
    // The password kept for the address, if the keychain holds one.
    static std::optional<QString> read(const QString &address);
    static Status write(const QString &address, const QString &password);
    static void forget(const QString &address);
};

} // namespace caravan
