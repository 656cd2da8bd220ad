// Autosave and crash recovery: an edited study is written to a recovery file without touching
// the document; a crash (a sidecar naming a process that has exited) is found at the next
// start and restored as a modified document over the original, which Undo gives back; saving
// or a normal close removes the files; damaged files are refused with a message, never a crash.

#include "autosave.h"
#include "model/study.h"
#include "model/validation.h"
#include "preferences.h"
#include "storage/studyfile.h"
#include "studydocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace gridcba;
using ui::AutoSaver;
using ui::RecoveryEntry;
using ui::StudyDocument;

namespace {

// The PID of a process that has run and exited, as a crashed GridCBA's would be.
qint64 exitedPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        qFatal("cannot start 'true'");
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(object).toJson());
}

// What a crash leaves: the sidecar names a process that is no longer running.
void markWriterDead(const QString &sidecarPath)
{
    QJsonObject o = readJson(sidecarPath);
    o.insert(QStringLiteral("pid"), exitedPid());
    o.remove(QStringLiteral("processStartTicks"));
    writeJson(sidecarPath, o);
}

// Two edits of different kinds: a parameter and a name.
model::Study edited(const model::Study &study)
{
    model::Study s = study;
    s.economics.discountRate = 0.05;
    s.name += QStringLiteral(" (edited)");
    return s;
}

QStringList recoveryFiles()
{
    return QDir(AutoSaver::recoveryDirectory()).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestAutoSave : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unmodifiedDocumentWritesNothing();
    void saveNowWritesRecoveryWithoutTouchingDocument();
    void timerWritesOnceIntervalElapsed();
    void intervalZeroIsOff();
    void savingRemovesRecoveryFiles();
    void undoToSavedStateRemovesRecoveryFiles();
    void normalCloseDiscardsCrashKeeps();
    void crashIsFoundRestoredAndUndoable();
    void missingOriginalRestoresUntitled();
    void restoredDocumentAdoptsRecoveryFiles();
    void liveOrReusedPids();
    void damagedFilesAreSkippedOrRefused_data();
    void damagedFilesAreSkippedOrRefused();
    void invalidStudyIsSavedAndRestored();
    void twoDocumentsUseSeparateFiles();
    void dialogDiscardsAndRestores();

  private:
    // The sample study copied to a temporary folder, so it may be saved over.
    std::unique_ptr<StudyDocument> openSampleCopy();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_samplePath;
};

void TestAutoSave::initTestCase()
{
    // Recovery files and settings go to a throw-away test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosave"));
}

void TestAutoSave::init()
{
    QDir(AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_samplePath = m_dir->filePath(QStringLiteral("sample.gridcba"));
    QVERIFY(QFile::copy(QStringLiteral(GRIDCBA_SAMPLE_STUDY), m_samplePath));
    QFile::setPermissions(m_samplePath, QFile::ReadOwner | QFile::WriteOwner);
}

void TestAutoSave::cleanup()
{
    QDir(AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir.reset();
}

std::unique_ptr<StudyDocument> TestAutoSave::openSampleCopy()
{
    QString error;
    std::unique_ptr<StudyDocument> document = StudyDocument::open(m_samplePath, &error);
    if (!document)
        qFatal("cannot open the sample: %s", qPrintable(error));
    return document;
}

void TestAutoSave::unmodifiedDocumentWritesNothing()
{
    auto document = openSampleCopy();
    AutoSaver saver(document.get());
    saver.setInterval(std::chrono::milliseconds(10));
    QString error = QStringLiteral("not cleared");
    QVERIFY(!saver.saveNow(&error));
    QVERIFY(error.isEmpty());
    QTest::qWait(100); // ten intervals
    QVERIFY(!QFileInfo::exists(saver.recoveryPath()));
    QVERIFY(recoveryFiles().isEmpty());
    QVERIFY(!saver.hasRecoveryFile());
}

void TestAutoSave::saveNowWritesRecoveryWithoutTouchingDocument()
{
    auto document = openSampleCopy();
    const QString checksum = document->fileChecksum();
    const model::Study original = document->study();
    AutoSaver saver(document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(original)));

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QSignalSpy saved(&saver, &AutoSaver::saved);
    QString error;
    QVERIFY2(saver.saveNow(&error), qPrintable(error));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    QCOMPARE(saved.count(), 1);

    // The recovery file holds the edited study, read back through the normal loader.
    QVERIFY(saver.recoveryPath().startsWith(AutoSaver::recoveryDirectory() + u'/'));
    const storage::LoadResult loaded = storage::loadStudy(saver.recoveryPath());
    QVERIFY2(loaded.study, qPrintable(loaded.error));
    QVERIFY(*loaded.study == edited(original));
    QCOMPARE(loaded.study->economics.discountRate, 0.05); // exact: a stored double

    const QJsonObject sidecar = readJson(saver.sidecarPath());
    QCOMPARE(QFileInfo(saver.sidecarPath()).completeBaseName(),
             QFileInfo(saver.recoveryPath()).completeBaseName());
    QCOMPARE(sidecar.value(QStringLiteral("originalPath")).toString(), m_samplePath);
    QCOMPARE(sidecar.value(QStringLiteral("studyName")).toString(), edited(original).name);
    QCOMPARE(sidecar.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
    QCOMPARE(sidecar.value(QStringLiteral("appVersion")).toString(),
             QStringLiteral(GRIDCBA_VERSION));
    const QDateTime when = QDateTime::fromString(
        sidecar.value(QStringLiteral("savedUtc")).toString(), Qt::ISODateWithMs);
    QVERIFY(when.isValid());
    QCOMPARE(when.timeSpec(), Qt::UTC);
    QVERIFY2(before <= when && when <= after, qPrintable(when.toString(Qt::ISODateWithMs)));

    // The document keeps its file, its modified state, and the file on disk is untouched.
    QCOMPARE(document->filePath(), m_samplePath);
    QVERIFY(document->isStudyFile());
    QVERIFY(document->isModified());
    QCOMPARE(document->fileChecksum(), checksum);
    QVERIFY(*storage::loadStudy(m_samplePath).study == original);
}

void TestAutoSave::timerWritesOnceIntervalElapsed()
{
    auto document = openSampleCopy();
    AutoSaver saver(document.get());
    saver.setInterval(std::chrono::milliseconds(50));
    QSignalSpy saved(&saver, &AutoSaver::saved);
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QVERIFY(!QFileInfo::exists(saver.recoveryPath())); // not before the interval
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    QVERIFY(*storage::loadStudy(saver.recoveryPath()).study == document->study());

    // A second edit is written at the next interval, not lost.
    model::Study second = document->study();
    second.economics.operatingYears = 30;
    QVERIFY(document->commit(QStringLiteral("Edit N"), second));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 5000);
    QCOMPARE(storage::loadStudy(saver.recoveryPath()).study->economics.operatingYears, 30);
    QTest::qWait(200); // no change: no further write
    QCOMPARE(saved.count(), 2);
}

void TestAutoSave::intervalZeroIsOff()
{
    ui::preferences::autosaveIntervalMinutes().setValue(0);
    auto document = openSampleCopy();
    AutoSaver saver(document.get());
    QCOMPARE(saver.interval().count(), 0);
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QTest::qWait(100);
    QVERIFY(recoveryFiles().isEmpty());
    ui::preferences::autosaveIntervalMinutes().setValue(3);
    QCOMPARE(saver.interval(), std::chrono::milliseconds(3 * 60 * 1000));
    ui::preferences::autosaveIntervalMinutes().reset();
    QCOMPARE(saver.interval(), std::chrono::milliseconds(2 * 60 * 1000)); // the default
}

void TestAutoSave::savingRemovesRecoveryFiles()
{
    auto document = openSampleCopy();
    AutoSaver saver(document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QVERIFY(saver.saveNow());
    QCOMPARE(recoveryFiles().size(), 2);
    QString error;
    QVERIFY2(document->saveAs(m_samplePath, &error), qPrintable(error));
    QVERIFY(!document->isModified());
    QVERIFY(recoveryFiles().isEmpty());
    QVERIFY(!saver.hasRecoveryFile());
}

void TestAutoSave::undoToSavedStateRemovesRecoveryFiles()
{
    auto document = openSampleCopy();
    AutoSaver saver(document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QVERIFY(saver.saveNow());
    document->undoStack()->undo();
    QVERIFY(!document->isModified());
    QVERIFY(recoveryFiles().isEmpty());
    document->undoStack()->redo(); // modified again: written again on request
    QVERIFY(saver.saveNow());
    QCOMPARE(recoveryFiles().size(), 2);
}

void TestAutoSave::normalCloseDiscardsCrashKeeps()
{
    auto document = openSampleCopy();
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    {
        AutoSaver saver(document.get());
        QVERIFY(saver.saveNow());
        QCOMPARE(recoveryFiles().size(), 2);
    }
    QVERIFY(recoveryFiles().isEmpty());
    QString recoveryPath;
    {
        AutoSaver saver(document.get());
        QVERIFY(saver.saveNow());
        recoveryPath = saver.recoveryPath();
        saver.keepRecoveryFiles();
    }
    QVERIFY(QFileInfo::exists(recoveryPath));
    QCOMPARE(recoveryFiles().size(), 2);

    // A saver parented to its document goes with it.
    auto *owned = new AutoSaver(document.get(), document.get());
    QVERIFY(owned->saveNow());
    QCOMPARE(recoveryFiles().size(), 4);
    document.reset();
    QCOMPARE(recoveryFiles().size(), 2);
}

void TestAutoSave::crashIsFoundRestoredAndUndoable()
{
    auto document = openSampleCopy();
    const model::Study original = document->study();
    auto *saver = new AutoSaver(document.get(), document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(original)));
    QVERIFY(saver->saveNow());
    const QString recoveryPath = saver->recoveryPath();
    const QString sidecarPath = saver->sidecarPath();
    saver->keepRecoveryFiles();
    document.reset();

    // Our own files are in use while we run: never offered.
    QVERIFY(ui::findRecoveries().empty());

    markWriterDead(sidecarPath);
    const std::vector<RecoveryEntry> found = ui::findRecoveries();
    QCOMPARE(found.size(), std::size_t(1));
    const RecoveryEntry &entry = found.front();
    QCOMPARE(entry.recoveryPath, recoveryPath);
    QCOMPARE(entry.originalPath, m_samplePath);
    QCOMPARE(entry.studyName, edited(original).name);
    QVERIFY(entry.savedUtc.isValid());
    QVERIFY(entry.pid != QCoreApplication::applicationPid());

    QString error;
    std::unique_ptr<StudyDocument> restored = ui::openRecovery(entry, &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->filePath(), m_samplePath);
    QVERIFY(restored->isStudyFile());
    QVERIFY(restored->isModified());
    QVERIFY(restored->study() == edited(original));
    QCOMPARE(restored->undoStack()->count(), 1);
    QCOMPARE(restored->undoStack()->undoText(), QStringLiteral("Recover autosaved changes"));

    restored->undoStack()->undo();
    QVERIFY(restored->study() == original);
    QVERIFY(!restored->isModified());
    restored->undoStack()->redo();
    QVERIFY(restored->study() == edited(original));

    // Saving writes the recovered study to the original file.
    QVERIFY2(restored->saveAs(restored->filePath(), &error), qPrintable(error));
    QVERIFY(*storage::loadStudy(m_samplePath).study == edited(original));
    QVERIFY(ui::discardRecovery(entry));
    QVERIFY(recoveryFiles().isEmpty());
    QVERIFY(ui::findRecoveries().empty());
}

void TestAutoSave::missingOriginalRestoresUntitled()
{
    auto document = openSampleCopy();
    const model::Study original = document->study();
    auto *saver = new AutoSaver(document.get(), document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(original)));
    QVERIFY(saver->saveNow());
    saver->keepRecoveryFiles();
    markWriterDead(saver->sidecarPath());
    document.reset();
    QVERIFY(QFile::remove(m_samplePath));

    const std::vector<RecoveryEntry> found = ui::findRecoveries();
    QCOMPARE(found.size(), std::size_t(1));
    QString error;
    std::unique_ptr<StudyDocument> restored = ui::openRecovery(found.front(), &error);
    QVERIFY(restored);
    QVERIFY(restored->filePath().isEmpty());
    QVERIFY(!restored->isStudyFile());
    QVERIFY(restored->isModified());
    QVERIFY(restored->study() == edited(original));
    restored->undoStack()->undo();
    QVERIFY(restored->study() == model::Study{});
}

void TestAutoSave::restoredDocumentAdoptsRecoveryFiles()
{
    auto document = openSampleCopy();
    auto *saver = new AutoSaver(document.get(), document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QVERIFY(saver->saveNow());
    saver->keepRecoveryFiles();
    markWriterDead(saver->sidecarPath());
    document.reset();

    const std::vector<RecoveryEntry> found = ui::findRecoveries();
    QCOMPARE(found.size(), std::size_t(1));
    QString error;
    std::unique_ptr<StudyDocument> restored = ui::openRecovery(found.front(), &error);
    QVERIFY2(restored, qPrintable(error));
    auto *adopter = new AutoSaver(restored.get(), restored.get());
    QVERIFY2(adopter->adopt(found.front(), &error), qPrintable(error));
    QCOMPARE(adopter->recoveryPath(), found.front().recoveryPath);
    // Now this process's: not offered to another start while we run, still on disk.
    QCOMPARE(readJson(adopter->sidecarPath()).value(QStringLiteral("pid")).toInteger(),
             QCoreApplication::applicationPid());
    QVERIFY(ui::findRecoveries().empty());
    QCOMPARE(recoveryFiles().size(), 2);
    // Saving the restored document removes them.
    QVERIFY2(restored->saveAs(restored->filePath(), &error), qPrintable(error));
    QVERIFY(recoveryFiles().isEmpty());
}

void TestAutoSave::liveOrReusedPids()
{
#ifndef Q_OS_LINUX
    QSKIP("process start times are read from /proc");
#else
    auto document = openSampleCopy();
    auto *saver = new AutoSaver(document.get(), document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QVERIFY(saver->saveNow());
    saver->keepRecoveryFiles();
    const QString sidecarPath = saver->sidecarPath();
    document.reset();
    const QJsonObject written = readJson(sidecarPath);
    QVERIFY(written.contains(QStringLiteral("processStartTicks")));

    // Another instance that is still running: its files are in use.
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(sleeper.waitForStarted());
    QJsonObject o = written;
    o.insert(QStringLiteral("pid"), sleeper.processId());
    o.remove(QStringLiteral("processStartTicks"));
    writeJson(sidecarPath, o);
    QVERIFY(ui::findRecoveries().empty());
    sleeper.kill();
    sleeper.waitForFinished();
    QCOMPARE(ui::findRecoveries().size(), std::size_t(1));

    // Our PID, but a process started at another time (a crash before a reboot; the PID was
    // reused): not ours, so offered.
    o = written;
    o.insert(QStringLiteral("processStartTicks"),
             written.value(QStringLiteral("processStartTicks")).toInteger() - 1);
    writeJson(sidecarPath, o);
    QCOMPARE(ui::findRecoveries().size(), std::size_t(1));
#endif
}

void TestAutoSave::damagedFilesAreSkippedOrRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("listed");
    QTest::newRow("recovery file truncated to half") << QStringLiteral("half") << true;
    QTest::newRow("recovery file empty") << QStringLiteral("empty") << false;
    QTest::newRow("recovery file missing") << QStringLiteral("missing") << false;
    QTest::newRow("sidecar not JSON") << QStringLiteral("sidecar") << false;
    QTest::newRow("sidecar without pid") << QStringLiteral("nopid") << false;
}

void TestAutoSave::damagedFilesAreSkippedOrRefused()
{
    QFETCH(QString, damage);
    QFETCH(bool, listed);
    auto document = openSampleCopy();
    auto *saver = new AutoSaver(document.get(), document.get());
    QVERIFY(document->commit(QStringLiteral("Edit"), edited(document->study())));
    QVERIFY(saver->saveNow());
    saver->keepRecoveryFiles();
    const QString recoveryPath = saver->recoveryPath();
    const QString sidecarPath = saver->sidecarPath();
    markWriterDead(sidecarPath);
    document.reset();

    QFile recovery(recoveryPath);
    if (damage == u"half") {
        QVERIFY(recovery.size() > 1024);
        QVERIFY(recovery.resize(recovery.size() / 2));
    } else if (damage == u"empty") {
        QVERIFY(recovery.resize(0));
    } else if (damage == u"missing") {
        QVERIFY(recovery.remove());
    } else if (damage == u"sidecar") {
        QFile sidecar(sidecarPath);
        QVERIFY(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sidecar.write("{\"format\": \"gridcba-recovery\", \"pid\": ");
    } else if (damage == u"nopid") {
        QJsonObject o = readJson(sidecarPath);
        o.remove(QStringLiteral("pid"));
        writeJson(sidecarPath, o);
    }

    if (!listed) {
        // Skipped with a warning naming the file.
        const QString named =
            QFileInfo(damage.startsWith(u"s") || damage == u"nopid" ? sidecarPath : recoveryPath)
                .fileName();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(named) +
                                                              QStringLiteral(".*skipped")));
        QVERIFY(ui::findRecoveries().empty());
        return;
    }
    const std::vector<RecoveryEntry> found = ui::findRecoveries();
    QCOMPARE(found.size(), std::size_t(1));
    QString error;
    QVERIFY(!ui::openRecovery(found.front(), &error));
    QVERIFY2(error.contains(recoveryPath), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("damaged or truncated")), qPrintable(error));
    // Left on disk for the user to discard.
    QVERIFY(QFileInfo::exists(recoveryPath));
    QVERIFY(ui::discardRecovery(found.front()));
    QVERIFY(recoveryFiles().isEmpty());
}

// Work in progress that does not validate yet (a project without investments) is autosaved
// too, and restored with its issues reported: the command-line loader refuses it, the
// desktop app's does not.
void TestAutoSave::invalidStudyIsSavedAndRestored()
{
    auto document = openSampleCopy();
    AutoSaver saver(document.get());
    model::Study invalid = edited(document->study());
    invalid.projects.front().investments.clear();
    QVERIFY(!model::validate(invalid).empty());
    QVERIFY(document->commit(QStringLiteral("Remove investments"), invalid));
    QString error;
    QVERIFY2(saver.saveNow(&error), qPrintable(error));
    QVERIFY(!storage::loadStudy(saver.recoveryPath()).study);
    const storage::LoadResult lenient =
        storage::loadStudy(saver.recoveryPath(), storage::Validation::Report);
    QVERIFY(lenient.study && *lenient.study == invalid);
    QVERIFY(!lenient.issues.isEmpty());
    QVERIFY2(lenient.issues.join(u'\n').contains(QStringLiteral("projects/0/investments")),
             qPrintable(lenient.issues.join(u'\n')));
}

void TestAutoSave::twoDocumentsUseSeparateFiles()
{
    auto first = openSampleCopy();
    auto second = openSampleCopy(); // even the same file in two windows
    AutoSaver firstSaver(first.get());
    AutoSaver secondSaver(second.get());
    QVERIFY(firstSaver.recoveryPath() != secondSaver.recoveryPath());
    QVERIFY(first->commit(QStringLiteral("Edit"), edited(first->study())));
    model::Study other = second->study();
    other.economics.discountRate = 0.03;
    QVERIFY(second->commit(QStringLiteral("Edit"), other));
    QVERIFY(firstSaver.saveNow());
    QVERIFY(secondSaver.saveNow());
    QCOMPARE(recoveryFiles().size(), 4);
    QCOMPARE(storage::loadStudy(secondSaver.recoveryPath()).study->economics.discountRate, 0.03);
    QVERIFY(first->saveAs(m_samplePath, nullptr));
    QCOMPARE(recoveryFiles().size(), 2);
    QVERIFY(QFileInfo::exists(secondSaver.recoveryPath()));
}

void TestAutoSave::dialogDiscardsAndRestores()
{
    // Two crashed documents, the second written later.
    for (int i = 0; i < 2; ++i) {
        auto document = openSampleCopy();
        auto *saver = new AutoSaver(document.get(), document.get());
        model::Study s = document->study();
        s.name = QStringLiteral("Crashed %1").arg(i);
        QVERIFY(document->commit(QStringLiteral("Rename"), s));
        QVERIFY(saver->saveNow());
        saver->keepRecoveryFiles();
        markWriterDead(saver->sidecarPath());
        QTest::qWait(5); // distinct times
    }
    std::vector<RecoveryEntry> found = ui::findRecoveries();
    QCOMPARE(found.size(), std::size_t(2));
    QCOMPARE(found[0].studyName, QStringLiteral("Crashed 1")); // newest first
    QVERIFY(found[0].savedUtc > found[1].savedUtc);

    // Later keeps everything.
    {
        ui::RecoveryDialog dialog(found);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("laterButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.chosenEntry());
        QCOMPARE(ui::findRecoveries().size(), std::size_t(2));
    }

    ui::RecoveryDialog dialog(found);
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("recoveryList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Crashed 1"));
    QCOMPARE(list->topLevelItem(0)->text(1), QDir::toNativeSeparators(m_samplePath));
    QVERIFY(!list->topLevelItem(0)->text(2).isEmpty());
    // With GRIDCBA_SCREENSHOT_DIR set, a picture of the dialog is kept there for review.
    QString shots = qEnvironmentVariable("GRIDCBA_SCREENSHOT_DIR");
    if (shots.isEmpty())
        shots = m_dir->path();
    QVERIFY(dialog.grab().save(shots + QStringLiteral("/gridcba-recovery.png")));

    // Discard the newest: its files go, the list keeps the other.
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("discardButton")),
                      Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(found[0].recoveryPath));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Crashed 0"));
    QVERIFY(dialog.isVisible());

    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("restoreButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.chosenEntry());
    QCOMPARE(dialog.chosenEntry()->recoveryPath, found[1].recoveryPath);
    QVERIFY(QFileInfo::exists(found[1].recoveryPath)); // restoring is the caller's
}

QTEST_MAIN(TestAutoSave)
#include "tst_autosave.moc"
