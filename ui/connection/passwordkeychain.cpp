#include "passwordkeychain.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

namespace caravan {

namespace {

const QString kService = QStringLiteral("Caravan");

// Runs a keychain job to its end (or 5 s); true when it succeeded.
bool runJob(QKeychain::Job &job, QString *error = nullptr)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error)
        *error = finished ? job.errorString() : PasswordKeychain::tr("the keychain did not answer");
    return finished && job.error() == QKeychain::NoError;
}

} // namespace

std::optional<QString> PasswordKeychain::read(const QString &address)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(address);
    if (!runJob(job))
        return std::nullopt;
    return job.textData();
}

Status PasswordKeychain::write(const QString &address, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(address);
    job.setTextData(password);
    QString error;
    if (!runJob(job, &error))
        return Error{ tr("The password could not be kept in the system keychain (%1); you will be asked for it "
                         "next time.")
                              .arg(error) };
    return {};
}

void PasswordKeychain::forget(const QString &address)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(address);
    runJob(job);
}

} // namespace caravan
