#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Every way a revocation can end. The names (kindName) are printed by the CLI and are stable.
enum class OutcomeKind
{
    Revoked,
    Refused,
    NotFound,
    InvalidId,
    Unauthorized,
    Forbidden,
    PortalUnavailable, // 402 unpaid, or 404 on an API path every DocSpace has (suspended, not one)
    RateLimited,
    ServerError,
    BadResponse,
    NetworkError,
    Timeout,
    TlsError,
    InsecureRefused,
    Cancelled,
    Deactivated, // success of a deactivation (PUT isActive=false)
    Activated,   // success of a reactivation (PUT isActive=true)
    Unknown,     // the request was sent, then the connection failed, and no read could tell
                 // afterwards whether the portal acted on it
    Created,     // success of a creation (POST), as the history records it
    Edited,      // success of a change of name or permissions (PUT), as the history records it
};

// What was asked of the key.
enum class KeyOperation
{
    Revoke,
    Deactivate,
    Activate,
    // The history also records a key's creation and a change of its name or permissions; a
    // KeyBatch does only the three above.
    Create,
    Edit
};

// Above this many keys, a change is confirmed by typing the number of keys, in the window
// (KeyChangeConfirmation) and on the command line (Cli::confirmKeyChange) alike.
constexpr int KeyChangeTypeCountAbove = 10;

struct RevokeOutcome
{
    OutcomeKind kind = OutcomeKind::NetworkError;
    KeyOperation operation = KeyOperation::Revoke;
    QString keyId;
    QString keyName;       // when known (from the key list): for people, the id is for machines
    QString keyPostfix;    // when known
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString serverMessage; // the portal's own message, never a stack trace or raw HTML
    int retryAfterSeconds = -1; // from Retry-After, when the portal sent one
    QString sentence;           // what happened, likely why, what to do
    QString certificateSha256;  // colon form, for tls_error
    QString detail;             // technical detail for the expandable part (error strings)
    QDateTime finishedAt;
    bool checked = false; // the result was read back from the key list after a lost connection

    bool succeeded() const
    {
        return kind == OutcomeKind::Revoked || kind == OutcomeKind::Deactivated ||
               kind == OutcomeKind::Activated || kind == OutcomeKind::Created ||
               kind == OutcomeKind::Edited;
    }
    QString kindName() const { return kindName(kind); }

    static QString kindName(OutcomeKind kind);
    static bool parseKindName(const QString &name, OutcomeKind *kind);
    static QString
    operationName(KeyOperation operation); // "revoke", "deactivate", "activate", "create", "edit"
};

Q_DECLARE_METATYPE(RevokeOutcome)
