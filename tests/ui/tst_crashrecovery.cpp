// Crash and restart: a real desktop session (session_helper, the main window offscreen in a
// second process) opens a study, edits it, autosaves and is killed before saving. A new main
// window, as after a restart, offers the recovery: Restore brings back the unsaved edits (as
// one undoable, unsaved step, the study file untouched until saved); Discard removes the
// autosaved copy and leaves the study file as it was; Later asks again at the next start. The
// lock the dead session left does not block any of it.

#include "autosave.h"
#include "documentactions.h"
#include "fileutil.h"
#include "helperprocesses.h"
#include "mainwindow.h"
#include "modaldialogs.h"
#include "samplecopy.h"
#include "storage/studyfile.h"
#include "storage/studylock.h"
#include "studydocument.h"
#include "unsavededit.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace gridcba;
using test::answerModals;
using test::lockOwnerPid;
using test::ModalSeen;
using test::readAll;
using ui::MainWindow;

namespace {

const QString kAppName = QStringLiteral("tst_crashrecovery");

QStringList recoveryFiles()
{
    return QDir(ui::AutoSaver::recoveryDirectory()).entryList(QDir::Files);
}

// What the recovery dialog listed, then the button clicked.
struct Offer
{
    QStringList rows; // "study name | original file" per entry
};

std::function<void(QWidget *)> readOfferAndClick(Offer *offer, const QString &button)
{
    return [offer, button](QWidget *modal) {
        if (auto *list = modal->findChild<QTreeWidget *>(QStringLiteral("recoveryList"))) {
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                offer->rows << list->topLevelItem(i)->text(0) + QStringLiteral(" | ") +
                                   list->topLevelItem(i)->text(1);
        }
        test::clickButton(button)(modal);
    };
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void restoringBringsBackTheUnsavedEdits();
    void discardingKeepsTheStudyFileUntouched();
    void laterOffersItAgainAtTheNextStart();

  private:
    // Runs a session that edits the study, autosaves and is killed; checks what it left.
    void crashWithUnsavedChanges();
    std::unique_ptr<MainWindow> restart();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
    QByteArray m_original;
    model::Study m_originalStudy;
    qint64 m_deadPid = 0;
};

void TestCrashRecovery::initTestCase()
{
    // The same test locations as session_helper's, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(kAppName);
}

void TestCrashRecovery::init()
{
    QDir(ui::AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_study = test::copyOfSampleStudy(m_dir->path(), QStringLiteral("study.gridcba"));
    m_original = readAll(m_study);
    m_originalStudy = *storage::loadStudy(m_study).study;
}

void TestCrashRecovery::cleanup()
{
    QDir(ui::AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir.reset();
}

void TestCrashRecovery::crashWithUnsavedChanges()
{
    // The session holds the study's lock until it dies.
    const QString recovery = test::crashSessionAfterAutosave(m_study, kAppName, &m_deadPid);
    QVERIFY(!recovery.isEmpty());
    // What the crash left: the autosaved edits, a lock naming a dead process, the study as it
    // was.
    QVERIFY(QFileInfo::exists(recovery));
    QVERIFY(*storage::loadStudy(recovery, storage::Validation::Report).study ==
            test::withUnsavedEdit(m_originalStudy));
    QCOMPARE(recoveryFiles().size(), 2); // the copy and its sidecar
    QCOMPARE(lockOwnerPid(m_study), m_deadPid);
    QCOMPARE(readAll(m_study), m_original);
}

std::unique_ptr<MainWindow> TestCrashRecovery::restart()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

void TestCrashRecovery::restoringBringsBackTheUnsavedEdits()
{
    crashWithUnsavedChanges();
    std::unique_ptr<MainWindow> window = restart();
    Offer offer;
    const QList<ModalSeen> asked =
        answerModals([&] { window->offerRecovery(); },
                     readOfferAndClick(&offer, QStringLiteral("restoreButton")));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].objectName, QStringLiteral("recoveryDialog"));
    QCOMPARE(offer.rows, QStringList{test::withUnsavedEdit(m_originalStudy).name +
                                     QStringLiteral(" | ") + QDir::toNativeSeparators(m_study)});

    ui::StudyDocument *document = window->documentActions()->document();
    QVERIFY(document);
    QCOMPARE(document->filePath(), m_study);
    QVERIFY(document->study() == test::withUnsavedEdit(m_originalStudy));
    QCOMPARE(document->study().economics.discountRate, 0.0525);
    QVERIFY(document->isModified());
    QVERIFY(window->isWindowModified());
    // The dead session's lock was stale: the study is ours to save, not read-only.
    QVERIFY(!document->isReadOnly());
    QCOMPARE(lockOwnerPid(m_study), QCoreApplication::applicationPid());
    QVERIFY(window->documentActions()->saveAction()->isEnabled());
    // Restored, not saved: the file is untouched until the user saves.
    QCOMPARE(readAll(m_study), m_original);

    // The recovery is one step: Undo shows the study as saved, Redo the edits again.
    document->undoStack()->undo();
    QVERIFY(document->study() == m_originalStudy);
    document->undoStack()->redo();
    QVERIFY(answerModals([&] { window->documentActions()->saveAction()->trigger(); },
                         test::rejectDialog)
                .isEmpty());
    QVERIFY(!document->isModified());
    QVERIFY(*storage::loadStudy(m_study).study == test::withUnsavedEdit(m_originalStudy));
    QVERIFY(recoveryFiles().isEmpty());
}

void TestCrashRecovery::discardingKeepsTheStudyFileUntouched()
{
    crashWithUnsavedChanges();
    std::unique_ptr<MainWindow> window = restart();
    Offer offer;
    const QList<ModalSeen> asked =
        answerModals([&] { window->offerRecovery(); },
                     readOfferAndClick(&offer, QStringLiteral("discardButton")));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(offer.rows.size(), 1);
    QVERIFY(!window->documentActions()->document());
    QVERIFY(recoveryFiles().isEmpty());
    QCOMPARE(readAll(m_study), m_original);

    // Opened now, it is the study as last saved, unmodified and writable.
    QVERIFY(
        answerModals([&] { QVERIFY(window->openFile(m_study)); }, test::rejectDialog).isEmpty());
    ui::StudyDocument *document = window->documentActions()->document();
    QVERIFY(document->study() == m_originalStudy);
    QVERIFY(!document->isModified());
    QVERIFY(!document->isReadOnly());
    // A later start has nothing to offer.
    std::unique_ptr<MainWindow> next = restart();
    QVERIFY(answerModals([&] { next->offerRecovery(); }, test::rejectDialog).isEmpty());
}

void TestCrashRecovery::laterOffersItAgainAtTheNextStart()
{
    crashWithUnsavedChanges();
    {
        std::unique_ptr<MainWindow> window = restart();
        Offer offer;
        QCOMPARE(answerModals([&] { window->offerRecovery(); },
                              readOfferAndClick(&offer, QStringLiteral("laterButton")))
                     .size(),
                 1);
        QVERIFY(!window->documentActions()->document());
    }
    QCOMPARE(recoveryFiles().size(), 2);
    QCOMPARE(readAll(m_study), m_original);
    std::unique_ptr<MainWindow> window = restart();
    Offer offer;
    QCOMPARE(answerModals([&] { window->offerRecovery(); },
                          readOfferAndClick(&offer, QStringLiteral("restoreButton")))
                 .size(),
             1);
    QCOMPARE(offer.rows.size(), 1);
    QVERIFY(window->documentActions()->document()->study() ==
            test::withUnsavedEdit(m_originalStudy));
    window->documentActions()->document()->undoStack()->setClean(); // close without asking
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
