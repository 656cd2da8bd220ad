#pragma once

// The helper programs of tests/helpers, run as second processes. Each part is there only for
// tests built with that helper (HELPERS in tests/CMakeLists.txt).

#include <QProcess>
#include <QString>
#include <QTest>

namespace gridcba::test {

#ifdef GRIDCBA_LOCKHOLDER_HELPER
// Another process holding the lock of a study (lockholder_helper) until released or crashed.
class LockHolderProcess
{
  public:
    explicit LockHolderProcess(const QString &study)
    {
        m_process.start(QStringLiteral(GRIDCBA_LOCKHOLDER_HELPER), {study});
        m_process.waitForStarted();
        while (!m_process.canReadLine() && m_process.waitForReadyRead(30000)) {
        }
        m_line = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~LockHolderProcess() { crash(); }
    LockHolderProcess(const LockHolderProcess &) = delete;
    LockHolderProcess &operator=(const LockHolderProcess &) = delete;

    bool holdsLock() const { return m_line.startsWith(QLatin1String("locked ")); }
    const QString &line() const { return m_line; } // "locked PID" or "failed: why"
    qint64 pid() const { return m_process.processId(); }
    // Killed, as in a crash: the lock file stays behind.
    void crash()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // A normal end: the holder releases the lock. Returns its exit code.
    int release()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished();
        return m_process.exitCode();
    }

  private:
    QProcess m_process;
    QString m_line;
};
#endif

#ifdef GRIDCBA_SESSION_HELPER
// Runs a desktop session (session_helper) that opens `study`, makes test::withUnsavedEdit,
// autosaves under `appName`'s test locations and is then killed. Returns the recovery file
// (empty, with a test failure, when the session did not get that far) and sets `pid`.
inline QString crashSessionAfterAutosave(const QString &study, const QString &appName,
                                         qint64 *pid = nullptr)
{
    QProcess session;
    session.start(QStringLiteral(GRIDCBA_SESSION_HELPER), {study, appName});
    if (!session.waitForStarted())
        return {};
    QByteArray out;
    while (!out.contains('\n')) {
        if (!session.waitForReadyRead(120000)) {
            qWarning("session_helper: %s", session.readAllStandardError().constData());
            return {};
        }
        out += session.readAllStandardOutput();
    }
    if (pid)
        *pid = session.processId();
    session.kill();
    session.waitForFinished();
    if (!out.startsWith("autosaved "))
        return {};
    return QString::fromUtf8(out.mid(int(sizeof "autosaved ") - 1).trimmed());
}
#endif

} // namespace gridcba::test
