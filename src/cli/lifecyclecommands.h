#pragma once

#include <QStringList>

// Issue 16: the rest of a key's life, from the command line (retire: retirecommands.h).
int runCreateCommand(const QStringList &arguments);
int runEditCommand(const QStringList &arguments);
int runRotateCommand(const QStringList &arguments);
// `list --all-profiles`: the keys of every saved profile, with the portal as a column.
int runListAllProfilesCommand(const QStringList &arguments);
// True when `list` was asked for every profile (main.cpp routes it here).
bool wantsAllProfiles(const QStringList &arguments);
