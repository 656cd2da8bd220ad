// Damaged study files in the desktop app: a study truncated at several places or with a byte
// changed is refused with a message naming the file; the window keeps the study it showed;
// the damaged file's bytes stay exactly as they were (no save, no autosave, no lock file left
// behind); and a crash whose original file got damaged restores as a new, untitled study that
// is never saved over the damaged file.

#include "autosave.h"
#include "documentactions.h"
#include "fileutil.h"
#include "helperprocesses.h"
#include "mainwindow.h"
#include "modaldialogs.h"
#include "storage/studyfile.h"
#include "storage/studylock.h"
#include "studydocument.h"
#include "unsavededit.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace gridcba;
using test::answerModals;
using test::ModalSeen;
using test::readAll;
using test::writeAll;
using ui::MainWindow;

namespace {

const QString kAppName = QStringLiteral("tst_damagedfiles");

// `bytes` with the byte at `at` changed (every bit flipped).
QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(~bytes[at]);
    return bytes;
}

} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void damagedStudyIsRefusedAndLeftAlone_data();
    void damagedStudyIsRefusedAndLeftAlone();
    void recoveryOverADamagedOriginalIsSavedElsewhere();

  private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_good;
    QByteArray m_sample;
};

void TestDamagedFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(kAppName);
    m_sample = readAll(QStringLiteral(GRIDCBA_SAMPLE_STUDY));
    QVERIFY(m_sample.size() > 16384);
}

void TestDamagedFiles::init()
{
    QDir(ui::AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_good = m_dir->filePath(QStringLiteral("good.gridcba"));
    writeAll(m_good, m_sample);
}

void TestDamagedFiles::cleanup()
{
    QDir(ui::AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir.reset();
}

void TestDamagedFiles::damagedStudyIsRefusedAndLeftAlone_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // in the message
    const QByteArray s = m_sample;
    const qsizetype n = s.size();
    QTest::newRow("truncated to nothing") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("truncated inside the header") << s.left(60) << QString();
    for (const qsizetype at : {qsizetype(4096), n / 3, n / 2, n - 4096, n - 1})
        QTest::addRow("truncated at byte %lld", qint64(at)) << s.left(at) << QString();
    QTest::newRow("first byte of the header changed")
        << flipped(s, 0) << QStringLiteral("not a GridCBA study: neither a study file");
    // A letter of the study's name and one of a project's name: SQLite sees nothing wrong,
    // the content checksum does.
    const model::Study sample = *storage::loadStudyFromBytes(s, QStringLiteral("s")).study;
    QTest::newRow("a letter of the study name changed")
        << flipped(s, s.indexOf(sample.name.toUtf8()) + 2) << QStringLiteral("checksum");
    QTest::newRow("a letter of a project name changed")
        << flipped(s, s.indexOf(sample.projects.back().name.toUtf8()) + 1)
        << QStringLiteral("checksum");
}

void TestDamagedFiles::damagedStudyIsRefusedAndLeftAlone()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    // The damage is one the loader refuses (checked here, so that the row means something).
    const storage::LoadResult core = storage::loadStudyFromBytes(bytes, QStringLiteral("x"));
    QVERIFY2(!core.study, "this damage would not be refused");

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(answerModals([&] { QVERIFY(window.openFile(m_good)); }, test::rejectDialog).isEmpty());
    ui::StudyDocument *shown = window.documentActions()->document();
    // An unsaved edit, autosaved every few milliseconds while the damaged file is tried.
    QVERIFY(shown->commit(QStringLiteral("Edit"), test::withUnsavedEdit(shown->study())));
    shown->findChild<ui::AutoSaver *>()->setInterval(std::chrono::milliseconds(5));

    const QString bad = m_dir->filePath(QStringLiteral("bad.gridcba"));
    writeAll(bad, bytes);
    bool opened = true;
    const QList<ModalSeen> seen =
        answerModals([&] { opened = window.openFile(bad); },
                     [](QWidget *modal) {
                         // Unsaved changes: keep them for now.
                         if (auto *box = qobject_cast<QMessageBox *>(modal);
                             box && box->button(QMessageBox::Discard))
                             box->button(QMessageBox::Discard)->click();
                         else
                             test::rejectDialog(modal);
                     });
    QVERIFY(!opened);
    QVERIFY(!seen.isEmpty());
    const ModalSeen &error = seen.last();
    QVERIFY2(error.text.startsWith(QStringLiteral("Cannot Open Study")), qPrintable(error.text));
    QVERIFY2(error.text.contains(QDir::toNativeSeparators(bad)), qPrintable(error.text));
    QVERIFY2(error.text.contains(expected), qPrintable(error.text));
    // The window still shows the study it had... (it was discarded only if the new one opened)
    QCOMPARE(window.documentActions()->document(), shown);
    QTest::qWait(50); // several autosave intervals
    // ... and the damaged file is exactly as it was, with no lock file of ours beside it.
    QCOMPARE(readAll(bad), bytes);
    QVERIFY(!QFileInfo::exists(storage::StudyLock::lockPathFor(bad)));
    for (const QString &name : QDir(ui::AutoSaver::recoveryDirectory()).entryList(QDir::Files))
        QVERIFY2(!name.startsWith(QStringLiteral("bad")), qPrintable(name));
    shown->undoStack()->setClean();
}

void TestDamagedFiles::recoveryOverADamagedOriginalIsSavedElsewhere()
{
    // A session edits good.gridcba and is killed; then the file gets damaged.
    QVERIFY(!test::crashSessionAfterAutosave(m_good, kAppName).isEmpty());
    const QByteArray damaged = m_sample.left(m_sample.size() / 2);
    writeAll(m_good, damaged);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                           "good\\.gridcba: the original of a recovered study")));
    QCOMPARE(answerModals([&] { window.offerRecovery(); },
                          test::clickButton(QStringLiteral("restoreButton")))
                 .size(),
             1);
    ui::StudyDocument *restored = window.documentActions()->document();
    QVERIFY(restored);
    // Restored as a new study: its edits are back, its file is none.
    QVERIFY(restored->filePath().isEmpty());
    QCOMPARE(restored->study().economics.discountRate, 0.0525);
    // Save asks for a name instead of writing over the damaged file.
    const QList<ModalSeen> asked = answerModals(
        [&] { window.documentActions()->saveAction()->trigger(); }, test::rejectDialog);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].className, QStringLiteral("QFileDialog"));
    QCOMPARE(readAll(m_good), damaged);
    restored->undoStack()->setClean();
}

QTEST_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
