#pragma once

#include <QStringList>

// Issue 16: `retire`: deactivate now, revoke later (--after-days, --due, --list, --cancel).
int runRetireCommand(const QStringList &arguments);
