#pragma once

#include <QStringList>

// `docspace-keys-cli revoke ...`: arguments after the subcommand name; returns the exit code.
int runRevokeCommand(const QStringList &arguments);
