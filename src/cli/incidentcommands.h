#pragma once

#include <QStringList>

// Incident response and key hygiene; each returns the exit code.
int runRevokeSecretCommand(const QStringList &arguments); // leaked secrets on standard input
int runReportCommand(const QStringList &arguments);       // the key-hygiene report
