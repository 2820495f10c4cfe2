#pragma once

#include "revokeoutcome.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

// How an outcome looks in the window: a short title, an icon and a colour that stays readable
// on both light and dark palettes.
namespace OutcomeStyle {
enum class Severity
{
    Success,
    Warning, // the portal said no: refused, forbidden, not found, bad input
    Error,   // something broke on the way: network, TLS, server
    Neutral, // cancelled by the user
};

Severity severity(OutcomeKind kind);
QString title(OutcomeKind kind);
QIcon icon(Severity severity);
QColor color(Severity severity, const QPalette &palette);
} // namespace OutcomeStyle
