// Profiles from outside: an exported profile file being imported (first byte 'J' or anything
// else), or a settings file as found on disk being loaded (first byte 'I'). Whatever comes in,
// every profile the store then holds is valid, and survives a save and a reload.
#include "fuzzinput.h"
#include "profilestore.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    QFile::remove(ini);
    ProfileStore store(ini);
    const QByteArray input = FuzzInput::bytes(data, size);
    if (input.startsWith('I')) {
        QFile file(ini);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(input.mid(1));
        file.close();
        store.load();
    } else {
        QString error;
        // Twice: the second import meets its own names and must rename within the limit.
        store.importJson(input, &error);
        store.importJson(input, &error);
    }
    for (const PortalProfile &p : store.profiles()) {
        if (!p.validate().isEmpty())
            std::abort();
    }
    if (store.save()) {
        ProfileStore again(ini);
        again.load();
        if (again.profiles().size() != store.profiles().size())
            std::abort();
    }
    return 0;
}
