#pragma once

#include "revokeoutcome.h"

#include <QStringList>

// `docspace-keys-cli revoke|deactivate|activate ...`: arguments after the subcommand name;
// returns the exit code. Every attempt goes to the history before it is printed.
int runKeyChangeCommand(KeyOperation operation, const QStringList &arguments);
