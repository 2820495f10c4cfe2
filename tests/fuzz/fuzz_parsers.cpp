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
            std::abort();
    } else if (address.errorString().isEmpty()) {
        std::abort();
    }

    const KeyId id = KeyId::parse(text);
    if (id.isValid() && !KeyId::parse(id.toString()).isValid())
        std::abort();

    QString error;
    const QByteArray digest = TlsTrust::parseFingerprint(text, &error);
    if (!digest.isEmpty() && digest.size() != 32)
        std::abort();
    if (digest.isEmpty() && error.isEmpty())
        std::abort();
    if (!digest.isEmpty() &&
        TlsTrust::parseFingerprint(TlsTrust::formatFingerprint(digest)) != digest)
        std::abort();
    return 0;
}
