#include "outcomestyle.h"

#include <QCoreApplication>
#include <QPalette>

namespace OutcomeStyle {

Severity severity(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Revoked:
    case OutcomeKind::Deactivated:
    case OutcomeKind::Activated:
    case OutcomeKind::Created:
    case OutcomeKind::Edited:
        return Severity::Success;
    case OutcomeKind::Refused:
    case OutcomeKind::NotFound:
    case OutcomeKind::InvalidId:
    case OutcomeKind::Unauthorized:
    case OutcomeKind::Forbidden:
    case OutcomeKind::RateLimited:
    case OutcomeKind::InsecureRefused:
    case OutcomeKind::Unknown:
        return Severity::Warning;
    case OutcomeKind::PortalUnavailable:
    case OutcomeKind::ServerError:
    case OutcomeKind::BadResponse:
    case OutcomeKind::NetworkError:
    case OutcomeKind::Timeout:
    case OutcomeKind::TlsError:
        return Severity::Error;
    case OutcomeKind::Cancelled:
        return Severity::Neutral;
    }
    return Severity::Error;
}

QString title(OutcomeKind kind)
{
    switch (kind) {
    case OutcomeKind::Revoked:
        return QCoreApplication::translate("OutcomeStyle", "Revoked");
    case OutcomeKind::Deactivated:
        return QCoreApplication::translate("OutcomeStyle", "Deactivated");
    case OutcomeKind::Activated:
        return QCoreApplication::translate("OutcomeStyle", "Reactivated");
    case OutcomeKind::Refused:
        return QCoreApplication::translate("OutcomeStyle", "Refused");
    case OutcomeKind::NotFound:
        return QCoreApplication::translate("OutcomeStyle", "Not found");
    case OutcomeKind::InvalidId:
        return QCoreApplication::translate("OutcomeStyle", "Invalid key id");
    case OutcomeKind::Unauthorized:
        return QCoreApplication::translate("OutcomeStyle", "Not signed in");
    case OutcomeKind::Forbidden:
        return QCoreApplication::translate("OutcomeStyle", "Forbidden");
    case OutcomeKind::PortalUnavailable:
        return QCoreApplication::translate("OutcomeStyle", "Portal unavailable");
    case OutcomeKind::RateLimited:
        return QCoreApplication::translate("OutcomeStyle", "Rate limited");
    case OutcomeKind::ServerError:
        return QCoreApplication::translate("OutcomeStyle", "Server error");
    case OutcomeKind::BadResponse:
        return QCoreApplication::translate("OutcomeStyle", "Unexpected answer");
    case OutcomeKind::NetworkError:
        return QCoreApplication::translate("OutcomeStyle", "Network error");
    case OutcomeKind::Timeout:
        return QCoreApplication::translate("OutcomeStyle", "Timed out");
    case OutcomeKind::TlsError:
        return QCoreApplication::translate("OutcomeStyle", "Certificate problem");
    case OutcomeKind::InsecureRefused:
        return QCoreApplication::translate("OutcomeStyle", "Unencrypted HTTP refused");
    case OutcomeKind::Cancelled:
        return QCoreApplication::translate("OutcomeStyle", "Cancelled");
    case OutcomeKind::Unknown:
        return QCoreApplication::translate("OutcomeStyle", "Unknown");
    case OutcomeKind::Created:
        return QCoreApplication::translate("OutcomeStyle", "Created");
    case OutcomeKind::Edited:
        return QCoreApplication::translate("OutcomeStyle", "Edited");
    }
    return {};
}

QIcon icon(Severity severity)
{
    switch (severity) {
    case Severity::Success:
        return QIcon(QStringLiteral(":/icons/outcome-success.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/outcome-warning.svg"));
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/outcome-error.svg"));
    case Severity::Neutral:
        return QIcon(QStringLiteral(":/icons/outcome-cancelled.svg"));
    }
    return {};
}

QColor color(Severity severity, const QPalette &palette)
{
    // Dark text on light backgrounds, light text on dark ones: both above 4.5:1 contrast.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Severity::Success:
        return dark ? QColor(0x7d, 0xdc, 0x95) : QColor(0x1b, 0x6e, 0x30);
    case Severity::Warning:
        return dark ? QColor(0xf6, 0xc3, 0x5b) : QColor(0x8a, 0x50, 0x00);
    case Severity::Error:
        return dark ? QColor(0xff, 0x8f, 0x85) : QColor(0xb0, 0x20, 0x1a);
    case Severity::Neutral:
        return palette.color(QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

} // namespace OutcomeStyle
