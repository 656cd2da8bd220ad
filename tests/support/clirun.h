#pragma once

// Runs gridcba-cli (GRIDCBA_CLI) and collects its exit code and output, for CLI tests.

#include <QProcess>
#include <QStringList>

namespace gridcba::test {

struct CliRun
{
    int exitCode = -1;  // -1 when the process crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(GRIDCBA_CLI), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

}  // namespace gridcba::test
