#pragma once

#include <QStringList>

// `docspace-keys-cli profiles list|show|add|remove ...`; returns the exit code.
int runProfilesCommand(const QStringList &arguments);
