#pragma once

#include <QStringList>

// The read-only subcommands; each returns the exit code.
int runListCommand(const QStringList &arguments);    // list the keys the token can see
int runWhoamiCommand(const QStringList &arguments);  // who the token signs in as
int runHistoryCommand(const QStringList &arguments); // the local revocation history
