// A study open in another process, driven through the real main window offscreen: the lock is
// held by lockholder_helper (a second process) or by a second window; opening asks "read-only
// or cancel"; read-only shows in the title, disables Save, keeps Save As, and never writes to
// the file (Save, Ctrl+S, autosave, closing); a lock left by a killed process does not block.

#include "autosave.h"
#include "documentactions.h"
#include "fileutil.h"
#include "helperprocesses.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "modaldialogs.h"
#include "recentfiles.h"
#include "samplecopy.h"
#include "storage/studyfile.h"
#include "storage/studylock.h"
#include "studydocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace gridcba;
using test::answerModals;
using test::clickButton;
using test::lockOwnerPid;
using test::ModalSeen;
using test::readAll;
using ui::MainWindow;

class TestDocumentLock : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingHoldsTheLockAndClosingReleasesIt();
    void reopeningTheSameStudyKeepsItsLock();
    void cancelLeavesTheStudyClosed();
    void readOnlyNeverWritesToTheFile();
    void closingReadOnlyChangesAsksForANewFile();
    void saveAsOntoAStudyOpenElsewhereIsRefused();
    void lockOfAKilledProcessDoesNotBlock();
    void secondWindowOfTheSameProcess();

  private:
    ui::StudyDocument *document() const { return m_window->documentActions()->document(); }
    // Opens the study with the "study in use" question answered by clicking `button`
    // (nothing is clicked when no question comes); returns what was asked.
    QList<ModalSeen> open(const QString &path, const QString &button, bool *opened);
    void editDiscountRate(const QString &percent);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
    std::unique_ptr<MainWindow> m_window;
};

void TestDocumentLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridCBA-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documentlock"));
    QLocale::setDefault(QLocale::c());
}

void TestDocumentLock::init()
{
    QDir(ui::AutoSaver::recoveryDirectory()).removeRecursively();
    ui::clearRecentFiles();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_study = test::copyOfSampleStudy(m_dir->path(), QStringLiteral("study.gridcba"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDocumentLock::cleanup()
{
    // Whatever a test left modified closes without a question.
    if (document())
        document()->undoStack()->setClean();
    m_window.reset();
    QDir(ui::AutoSaver::recoveryDirectory()).removeRecursively();
    m_dir.reset();
}

QList<ModalSeen> TestDocumentLock::open(const QString &path, const QString &button, bool *opened)
{
    return answerModals([&] { *opened = m_window->openFile(path); }, clickButton(button));
}

void TestDocumentLock::editDiscountRate(const QString &percent)
{
    auto *rate = m_window->findChild<QLineEdit *>(QStringLiteral("discountRate"));
    QVERIFY(rate && rate->isVisible());
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, percent);
    QTest::keyClick(rate, Qt::Key_Return);
}

void TestDocumentLock::openingHoldsTheLockAndClosingReleasesIt()
{
    bool opened = false;
    QVERIFY(open(m_study, {}, &opened).isEmpty());
    QVERIFY(opened);
    QCOMPARE(lockOwnerPid(m_study), QCoreApplication::applicationPid());
    QVERIFY(!document()->isReadOnly());
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(m_window->documentActions()->saveAction()->isEnabled());
    // Another study shown: this one's lock goes.
    m_window->documentActions()->openSampleAction()->trigger();
    QVERIFY(!QFileInfo::exists(storage::StudyLock::lockPathFor(m_study)));
}

void TestDocumentLock::reopeningTheSameStudyKeepsItsLock()
{
    bool opened = false;
    QVERIFY(open(m_study, {}, &opened).isEmpty());
    ui::StudyDocument *first = document();
    QVERIFY(open(m_study, {}, &opened).isEmpty()); // no "in use" question about ourselves
    QVERIFY(opened);
    QVERIFY(document() != first);
    QVERIFY(!document()->isReadOnly());
    QCOMPARE(lockOwnerPid(m_study), QCoreApplication::applicationPid());
}

void TestDocumentLock::cancelLeavesTheStudyClosed()
{
    test::LockHolderProcess other(m_study);
    QVERIFY(other.holdsLock());
    bool opened = true;
    const QList<ModalSeen> asked = answerModals([&] { opened = m_window->openFile(m_study); },
                                                test::clickStandardButton(QMessageBox::Cancel));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].objectName, QStringLiteral("studyInUseBox"));
    QVERIFY2(asked[0].text.contains(QDir::toNativeSeparators(m_study)), qPrintable(asked[0].text));
    QVERIFY2(asked[0].text.contains(QStringLiteral("lockholder_helper (PID %1)").arg(other.pid())),
             qPrintable(asked[0].text));
    QVERIFY(!opened);
    QVERIFY(!document());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("GridCBA"));
    QCOMPARE(lockOwnerPid(m_study), other.pid());
}

void TestDocumentLock::readOnlyNeverWritesToTheFile()
{
    const QByteArray original = readAll(m_study);
    test::LockHolderProcess other(m_study);
    QVERIFY(other.holdsLock());
    bool opened = false;
    const QList<ModalSeen> asked = open(m_study, QStringLiteral("openReadOnlyButton"), &opened);
    QCOMPARE(asked.size(), 1);
    QVERIFY(opened);
    QVERIFY(document()->isReadOnly());
    QVERIFY2(document()->readOnlyReason().contains(QString::number(other.pid())),
             qPrintable(document()->readOnlyReason()));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("study.gridcba (read-only)")),
             qPrintable(m_window->windowTitle()));
    ui::DocumentActions *actions = m_window->documentActions();
    QVERIFY(!actions->saveAction()->isEnabled());
    QVERIFY(actions->saveAsAction()->isEnabled());

    // Edits are allowed (to be saved as a copy) and shown as unsaved.
    editDiscountRate(QStringLiteral("5"));
    QCOMPARE(document()->study().economics.discountRate, 0.05);
    QVERIFY(document()->isModified());
    QVERIFY(m_window->isWindowModified());

    // Save and Ctrl+S do nothing; saving over it directly is refused, saying why.
    QVERIFY(answerModals([&] { actions->saveAction()->trigger(); }, test::rejectDialog).isEmpty());
    QVERIFY(answerModals([&] { QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier); },
                         test::rejectDialog)
                .isEmpty());
    QString error;
    QVERIFY(!document()->saveAs(m_study, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    bool saved = true;
    const QList<ModalSeen> refused =
        answerModals([&] { saved = actions->saveAs(m_study); }, test::rejectDialog);
    QVERIFY(!saved);
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused[0].text.contains(QStringLiteral("read-only")), qPrintable(refused[0].text));

    // The autosave goes to the recovery folder, never to the file.
    auto *saver = document()->findChild<ui::AutoSaver *>();
    QVERIFY(saver);
    QVERIFY(saver->saveNow());
    QVERIFY(saver->recoveryPath().startsWith(ui::AutoSaver::recoveryDirectory()));
    saver->setInterval(std::chrono::milliseconds(5));
    editDiscountRate(QStringLiteral("6"));
    QTest::qWait(100);
    QCOMPARE(readAll(m_study), original);
    QCOMPARE(lockOwnerPid(m_study), other.pid());

    // Save As writes a copy elsewhere, which the document now is: writable, its lock ours.
    const QString copy = m_dir->filePath(QStringLiteral("copy.gridcba"));
    QVERIFY(answerModals([&] { saved = actions->saveAs(copy); }, test::rejectDialog).isEmpty());
    QVERIFY(saved);
    QVERIFY(!document()->isReadOnly());
    QCOMPARE(document()->filePath(), copy);
    QVERIFY(actions->saveAction()->isEnabled());
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("read-only")));
    QCOMPARE(storage::loadStudy(copy).study->economics.discountRate, 0.06);
    QCOMPARE(lockOwnerPid(copy), QCoreApplication::applicationPid());
    QCOMPARE(readAll(m_study), original);
    QCOMPARE(lockOwnerPid(m_study), other.pid());
}

void TestDocumentLock::closingReadOnlyChangesAsksForANewFile()
{
    const QByteArray original = readAll(m_study);
    test::LockHolderProcess other(m_study);
    bool opened = false;
    open(m_study, QStringLiteral("openReadOnlyButton"), &opened);
    QVERIFY(opened && document()->isReadOnly());
    editDiscountRate(QStringLiteral("5"));
    // "Save" in the unsaved-changes question leads to Save As, never to the file itself;
    // cancelling that keeps the window open.
    const QList<ModalSeen> asked =
        answerModals([&] { m_window->close(); },
                     [](QWidget *modal) {
                         if (auto *box = qobject_cast<QMessageBox *>(modal))
                             box->button(QMessageBox::Save)->click();
                         else
                             test::rejectDialog(modal);
                     });
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[0].className, QStringLiteral("QMessageBox"));
    QCOMPARE(asked[1].className, QStringLiteral("QFileDialog"));
    QVERIFY(m_window->isVisible());
    QCOMPARE(readAll(m_study), original);
}

void TestDocumentLock::saveAsOntoAStudyOpenElsewhereIsRefused()
{
    const QString other = m_dir->filePath(QStringLiteral("other.gridcba"));
    QVERIFY(QFile::copy(m_study, other));
    const QByteArray otherBytes = readAll(other);
    test::LockHolderProcess holder(other);
    QVERIFY(holder.holdsLock());
    bool opened = false;
    QVERIFY(open(m_study, {}, &opened).isEmpty());
    editDiscountRate(QStringLiteral("5"));
    bool saved = true;
    const QList<ModalSeen> refused = answerModals(
        [&] { saved = m_window->documentActions()->saveAs(other); }, test::rejectDialog);
    QVERIFY(!saved);
    QCOMPARE(refused.size(), 1);
    QVERIFY2(
        refused[0].text.contains(QStringLiteral("lockholder_helper (PID %1)").arg(holder.pid())),
        qPrintable(refused[0].text));
    QCOMPARE(readAll(other), otherBytes);
    QCOMPARE(document()->filePath(), m_study);
    QVERIFY(document()->isModified());
    QCOMPARE(lockOwnerPid(m_study), QCoreApplication::applicationPid());
}

void TestDocumentLock::lockOfAKilledProcessDoesNotBlock()
{
    test::LockHolderProcess other(m_study);
    QVERIFY(other.holdsLock());
    other.crash();
    QVERIFY(QFileInfo::exists(storage::StudyLock::lockPathFor(m_study)));
    bool opened = false;
    QVERIFY(open(m_study, {}, &opened).isEmpty());
    QVERIFY(opened);
    QVERIFY(!document()->isReadOnly());
    QCOMPARE(lockOwnerPid(m_study), QCoreApplication::applicationPid());
}

void TestDocumentLock::secondWindowOfTheSameProcess()
{
    bool opened = false;
    QVERIFY(open(m_study, {}, &opened).isEmpty());
    MainWindow second;
    QList<ModalSeen> asked = answerModals([&] { opened = second.openFile(m_study); },
                                          clickButton(QStringLiteral("openReadOnlyButton")));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(
        asked[0].text.contains(QStringLiteral("PID %1").arg(QCoreApplication::applicationPid())),
        qPrintable(asked[0].text));
    QVERIFY(opened);
    QVERIFY(second.documentActions()->document()->isReadOnly());
    QVERIFY(!document()->isReadOnly());
    QCOMPARE(lockOwnerPid(m_study), QCoreApplication::applicationPid());
}

QTEST_MAIN(TestDocumentLock)
#include "tst_documentlock.moc"
