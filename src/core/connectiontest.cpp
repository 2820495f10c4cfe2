#include "connectiontest.h"

#include "apikey.h"

#include "docspaceclient.h"
#include "htmlentities.h"
#include "outcomeclassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVersionNumber>

namespace {
QVersionNumber versionNumber(const QString &text)
{
    return QVersionNumber::fromString(text).normalized();
}
const QVersionNumber kFirstWithApiKeys(3, 1);
const QVersionNumber kFirstAnyScope(3, 2, 1);
const QVersionNumber kFirstStrict(3, 7, 1); // scopes, the UUID route, expired keys frozen
} // namespace

QString ConnectionReport::roleText(const QString &role)
{
    if (role == QLatin1String("owner"))
        return tr("owner");
    if (role == QLatin1String("administrator"))
        return tr("administrator");
    if (role == QLatin1String("guest"))
        return tr("guest");
    return tr("member");
}

QString ConnectionReport::summary() const
{
    if (!ok)
        return failure.sentence;
    return tr("Signed in as %1 (%2)").arg(displayName, roleText(role));
}

QString ConnectionReport::versionText() const
{
    return docSpaceVersion.isEmpty() ? QString() : tr("DocSpace %1").arg(docSpaceVersion);
}

QString ConnectionReport::keySummary() const
{
    if (!hasKey)
        return {};
    const QString scopes =
        keyPermissions.isEmpty() ? tr("all scopes") : keyPermissions.join(QLatin1String(", "));
    const QString expiry =
        keyExpiresAt.isValid()
            ? tr("expires %1")
                  .arg(QLocale().toString(keyExpiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("never expires");
    return tr("API key \"%1\": %2; %3").arg(keyName, scopes, expiry);
}

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, const ConnectionSettings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{}

void ConnectionTest::start()
{
    auto *call = new ApiCall(m_network, m_settings, "GET",
                             QStringLiteral("/api/2.0/settings/version/build"), {}, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, &ConnectionTest::onVersion);
    call->start();
}

bool ConnectionTest::readVersionBuild(const HttpExchange &exchange, ConnectionReport *report)
{
    const bool answered = exchange.failure == HttpExchange::Failure::None;
    const int status = exchange.httpStatus;
    // Troubles on the way, and answers that are about the portal rather than what it is
    // (unpaid, IP-restricted, overloaded, its proxy failing, not there), in their own words.
    if (!answered || status == 402 || status == 404 || status == 429 || status >= 500 ||
        (status == 403 && !exchange.body.trimmed().isEmpty())) {
        QJsonValue ignored;
        if (!OutcomeClassifier::readResponse(exchange, &ignored, &report->failure))
            return false;
    }
    if (status == 403) {
        // Anonymous, so no scope is missing: the portal refuses everything while it is moved.
        report->failure =
            OutcomeClassifier::classifyFailure(OutcomeClassifier::CallPurpose::Read, {}, exchange);
        report->failure.sentence =
            tr("The portal refused even to tell its version (HTTP 403 without a message): it is "
               "probably being moved, restored or encrypted. Try again later.");
        return false;
    }
    QJsonValue response;
    RevokeOutcome failure;
    const bool isJson = OutcomeClassifier::readResponse(exchange, &response, &failure);
    const QString version =
        isJson ? response.toObject().value(QLatin1String("docSpace")).toString().trimmed()
               : QString();
    if (version.isEmpty() || versionNumber(version).isNull()) {
        report->failure = failure;
        report->failure.kind = OutcomeKind::BadResponse;
        report->failure.httpStatus = status;
        report->failure.sentence =
            tr("The address answered, but not as a DocSpace portal: it does not say which "
               "DocSpace version it runs (HTTP %1 to /api/2.0/settings/version/build). Check that "
               "it is your portal's own address, not a login page, a proxy or another site.")
                .arg(status);
        return false;
    }
    report->docSpaceVersion = version;
    if (versionNumber(version) < kFirstWithApiKeys) {
        report->failure = RevokeOutcome{};
        report->failure.kind = OutcomeKind::PortalUnavailable;
        report->failure.httpStatus = status;
        report->failure.sentence =
            tr("This portal runs DocSpace %1, which has no API keys: they appeared in DocSpace "
               "3.1. The portal must be updated before its keys can be managed.")
                .arg(version);
        return false;
    }
    return true;
}

bool ConnectionTest::anyScopeManagesKeys(const QString &docSpaceVersion)
{
    const QVersionNumber version = versionNumber(docSpaceVersion);
    return !version.isNull() && version >= kFirstAnyScope && version < kFirstStrict;
}

QStringList ConnectionTest::versionWarnings(const QString &docSpaceVersion)
{
    const QVersionNumber version = versionNumber(docSpaceVersion);
    QStringList warnings;
    if (version.isNull() || version >= kFirstStrict)
        return warnings;
    if (anyScopeManagesKeys(docSpaceVersion))
        warnings << tr("DocSpace %1 lets any API key list, create, change and revoke keys, "
                       "whatever its scopes (a key with only files:read can delete keys; fixed in "
                       "3.7.1). Treat every key of this portal as able to manage keys, and update "
                       "the portal.")
                        .arg(docSpaceVersion);
    warnings << tr("DocSpace %1 is older than 3.7.1: its key routes do not check that an id is a "
                   "UUID (a malformed id gets a validation error, not \"not found\"), and expired "
                   "keys can still be changed and reactivated.")
                    .arg(docSpaceVersion);
    return warnings;
}

void ConnectionTest::onVersion(const HttpExchange &exchange)
{
    if (!readVersionBuild(exchange, &m_report)) {
        finishWith(m_report);
        return;
    }
    auto *call = new ApiCall(m_network, m_settings, "GET", QStringLiteral("/api/2.0/people/@self"),
                             {}, this);
    m_call = call;
    connect(call, &ApiCall::finished, this, &ConnectionTest::onPeople);
    call->start();
}

void ConnectionTest::cancel()
{
    if (m_call)
        m_call->cancel();
}

void ConnectionTest::readPeopleSelf(const QJsonObject &user, ConnectionReport *report)
{
    report->userId = user.value(QLatin1String("id")).toString();
    report->displayName = HtmlEntities::decode(user.value(QLatin1String("displayName")).toString());
    report->email = user.value(QLatin1String("email")).toString();
    const bool owner = user.value(QLatin1String("isOwner")).toBool();
    const bool admin = user.value(QLatin1String("isAdmin")).toBool();
    report->isAdmin = owner || admin;
    if (owner)
        report->role = QStringLiteral("owner");
    else if (admin)
        report->role = QStringLiteral("administrator");
    else if (user.value(QLatin1String("isVisitor")).toBool())
        report->role = QStringLiteral("guest");
    else
        report->role = QStringLiteral("member");
}

void ConnectionTest::readKeySelf(const QJsonObject &key, const QDateTime &now,
                                 ConnectionReport *report)
{
    const ApiKey parsed = ApiKey::fromJson(key).value_or(ApiKey{});
    report->hasKey = true;
    report->keyId = parsed.id;
    report->keyName = parsed.name;
    report->keyPermissions = parsed.permissions;
    report->keyExpiresAt = parsed.expiresAt;
    report->canRevoke = parsed.canWrite() || anyScopeManagesKeys(report->docSpaceVersion);
    if (!report->canRevoke)
        report->warnings << tr("This API key cannot revoke keys: it lacks the *:write scope.");
    if (report->keyExpiresAt.isValid()) {
        const qint64 seconds = now.secsTo(report->keyExpiresAt);
        if (seconds <= 7 * 24 * 3600) {
            const int days = int(qMax<qint64>(0, seconds) / (24 * 3600));
            report->warnings << tr("This API key expires in %n day(s), on %1.", nullptr, days)
                                    .arg(QLocale().toString(report->keyExpiresAt.toLocalTime(),
                                                            QLocale::ShortFormat));
        }
    }
}

void ConnectionTest::onPeople(const HttpExchange &exchange)
{
    QJsonValue response;
    if (!OutcomeClassifier::readResponse(exchange, &response, &m_report.failure)) {
        finishWith(m_report);
        return;
    }
    readPeopleSelf(response.toObject(), &m_report);
    if (m_report.displayName.isEmpty()) {
        m_report.failure.kind = OutcomeKind::BadResponse;
        m_report.failure.httpStatus = exchange.httpStatus;
        m_report.failure.sentence = tr("The portal answered, but not with a user profile. Check "
                                       "that the address is a DocSpace portal.");
        finishWith(m_report);
        return;
    }
    m_report.ok = true;
    if (!m_report.isAdmin)
        m_report.warnings << tr("You are not an administrator: you can revoke only the keys you "
                                "created.");
    m_report.warnings << versionWarnings(m_report.docSpaceVersion);

    const QString token = Auth::cleanToken(m_settings.token);
    if (Auth::effectiveScheme(m_settings.token, m_settings.scheme) == AuthScheme::ApiKey &&
        token.startsWith(QLatin1String("sk-"))) {
        auto *call = new ApiCall(m_network, m_settings, "GET",
                                 QStringLiteral("/api/2.0/keys/@self"), {}, this);
        m_call = call;
        connect(call, &ApiCall::finished, this, &ConnectionTest::onKey);
        call->start();
        return;
    }
    finishWith(m_report);
}

void ConnectionTest::onKey(const HttpExchange &exchange)
{
    QJsonValue response;
    RevokeOutcome failure;
    if (OutcomeClassifier::readResponse(exchange, &response, &failure)) {
        readKeySelf(response.toObject(), QDateTime::currentDateTimeUtc(), &m_report);
    } else if (failure.kind == OutcomeKind::Cancelled) {
        m_report.ok = false;
        m_report.failure = failure;
    } else {
        // The user is known; only the key's details are missing.
        m_report.warnings
            << tr("The key's own details could not be read: %1").arg(failure.sentence);
    }
    finishWith(m_report);
}

void ConnectionTest::finishWith(const ConnectionReport &report)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(report);
    deleteLater();
}
