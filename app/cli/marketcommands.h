#pragma once

// gridcba-cli simulate and merge: the market model (docs/market-model.md).

#include <QStringList>

namespace gridcba::cli {

extern const char *kMarketUsage;

int simulateCommand(const QStringList &args);
int mergeCommand(const QStringList &args);

}  // namespace gridcba::cli
