#pragma once

#include <QStringList>

namespace gridcba::cli {

// gridcba-cli sweep / montecarlo: args[0] is the command name.
int sweepCommand(const QStringList &args);
int monteCarloCommand(const QStringList &args);

extern const char *kSensitivityUsage;

}  // namespace gridcba::cli
