#pragma once

// gridcba-cli's report and export-tables commands (docs/cli.md).

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace gridcba::cli {

// The report command paints text, which needs a QGuiApplication (fonts); it runs on the
// offscreen platform so it needs no display. Every other command gets a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

// `args` starts with the command name. Exit codes: 0 success, 1 bad input, 2 bad usage.
int reportCommand(const QStringList &args);
int exportTablesCommand(const QStringList &args);

} // namespace gridcba::cli
