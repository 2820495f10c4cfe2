// Key ids pasted or piped in bulk (lines or a CSV export).
#include "fuzzinput.h"
#include "keyid.h"
#include "keyidlist.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const KeyIdList list = KeyIdList::parse(FuzzInput::text(data, size));
    // What is accepted is a valid key id, once.
    QSet<QString> seen;
    for (const QString &id : list.ids) {
        if (!KeyId::parse(id).isValid() || seen.contains(id))
            std::abort();
        seen.insert(id);
    }
    for (const KeyIdList::Rejected &rejected : list.rejected) {
        if (rejected.line < 1 || rejected.reason.isEmpty())
            std::abort();
    }
    return 0;
}
