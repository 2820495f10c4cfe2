// The small parsers of what users type: portal address, key id, certificate fingerprint.
#include "fuzzinput.h"
#include "keyid.h"
#include "portaladdress.h"
#include "tlstrust.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(data, size);

    const PortalAddress address = PortalAddress::parse(text);
    if (address.isValid()) {
        // A valid address reads back as itself.
        if (!PortalAddress::parse(address.toString()).isValid())
            __builtin_trap();
    } else if (address.errorString().isEmpty()) {
        __builtin_trap();
    }

    const KeyId id = KeyId::parse(text);
    if (id.isValid() && !KeyId::parse(id.toString()).isValid())
        __builtin_trap();

    QString error;
    const QByteArray digest = TlsTrust::parseFingerprint(text, &error);
    if (!digest.isEmpty() && digest.size() != 32)
        __builtin_trap();
    if (digest.isEmpty() && error.isEmpty())
        __builtin_trap();
    if (!digest.isEmpty() &&
        TlsTrust::parseFingerprint(TlsTrust::formatFingerprint(digest)) != digest)
        __builtin_trap();
    return 0;
}
