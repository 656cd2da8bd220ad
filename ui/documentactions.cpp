#include "documentactions.h"

#include "autosave.h"
#include "newstudywizard.h"
#include "preferences.h"
#include "recentfiles.h"
#include "storage/studyfile.h"
#include "storage/studylock.h"
#include "studydocument.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace gridcba::ui {

namespace {

const QString kStudySuffix = QStringLiteral("gridcba");
constexpr qsizetype kMaxErrorLinesShown = 20;

QString startDirectory()
{
    const QString dir = preferences::lastDirectory().value();
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QDir::homePath();
}

void rememberDirectory(const QString &file)
{
    preferences::lastDirectory().setValue(QFileInfo(file).absolutePath());
}

} // namespace

DocumentActions::DocumentActions(QWidget *window) : QObject(window), m_window(window)
{
    createActions();
    rebuildRecentFilesMenu();
    updateActions();
}

DocumentActions::~DocumentActions() = default;

QString DocumentActions::sampleStudyPath()
{
    return QStringLiteral(":/sample/sample-study.json");
}

void DocumentActions::createActions()
{
    m_new = new QAction(tr("&New Study…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start a study from the ENTSO-E default parameters"));
    connect(m_new, &QAction::triggered, this, &DocumentActions::newStudy);

    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a study file (.gridcba) or a study in the JSON exchange format"));
    connect(m_open, &QAction::triggered, this, &DocumentActions::chooseAndOpen);

    m_recentMenu = new QMenu(tr("Open &Recent"), m_window);

    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save the study to its .gridcba file"));
    connect(m_save, &QAction::triggered, this, &DocumentActions::save);

    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setStatusTip(tr("Save the study to a new .gridcba file"));
    connect(m_saveAs, &QAction::triggered, this, &DocumentActions::chooseAndSaveAs);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);

    m_openSample = new QAction(tr("Open &Sample Study"), this);
    m_openSample->setStatusTip(tr("Open the illustrative study bundled with GridCBA"));
    connect(m_openSample, &QAction::triggered, this, &DocumentActions::openSample);

    m_about = new QAction(tr("&About GridCBA"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &DocumentActions::showAbout);
}

namespace {

// A value typed into a field or cell is committed when the field loses the focus; saving or
// closing does not move the focus by itself, so move it before looking at the study.
void commitPendingEdit()
{
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
}

} // namespace

bool DocumentActions::maybeSave()
{
    commitPendingEdit();
    if (!m_document || !m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("The study “%1” has changes that are not saved. Save them before continuing?")
            .arg(m_document->fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

DocumentActions::OpeningLock DocumentActions::lockForOpening(const QString &path)
{
    OpeningLock result;
    // Only a study file is ever written back; JSON studies and unreadable paths need no lock.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !storage::looksLikeStudyFile(file.read(16)))
        return result;
    file.close();
    if (m_document && m_document->holdsLockOf(path)) {
        result.lock = m_document->takeLock();
        result.fromCurrent = true;
        return result;
    }
    QString why;
    storage::StudyLock::Status status;
    result.lock = storage::lockStudy(path, &why, &status);
    if (result.lock)
        return result;
    // A folder we cannot create the lock in is one we cannot save in either: read-only, no
    // question to answer.
    if (status == storage::StudyLock::Status::HeldByOther && !askOpenReadOnly(path, why))
        result.cancelled = true;
    result.readOnlyReason = why;
    return result;
}

bool DocumentActions::askOpenReadOnly(const QString &path, const QString &why)
{
    QMessageBox box(
        QMessageBox::Question, tr("Study In Use"),
        tr("The study %1 is open in another program.").arg(QDir::toNativeSeparators(path)),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("studyInUseBox"));
    box.setInformativeText(
        why + QStringLiteral("\n\n") +
        tr("Open it read-only? You can change it and save a copy with Save As, but it is not "
           "saved over."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

void DocumentActions::applyLock(StudyDocument &document, OpeningLock &lock)
{
    if (lock.lock)
        document.setLock(std::move(lock.lock));
    else if (!lock.readOnlyReason.isEmpty())
        document.setReadOnly(lock.readOnlyReason);
}

void DocumentActions::returnLock(OpeningLock &lock)
{
    if (lock.fromCurrent && lock.lock && m_document)
        m_document->setLock(std::move(lock.lock));
}

bool DocumentActions::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    // Locked before it is read, so that no other process saves over it in between.
    OpeningLock lock = lockForOpening(path);
    if (lock.cancelled)
        return false;
    QString error;
    std::unique_ptr<StudyDocument> document = StudyDocument::open(path, &error);
    if (!document) {
        returnLock(lock);
        showError(tr("Cannot Open Study"),
                  tr("The study %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                  error);
        return false;
    }
    if (document->isStudyFile())
        applyLock(*document, lock);
    addRecentFile(path);
    rebuildRecentFilesMenu();
    const QStringList issues = document->openIssues();
    setDocument(std::move(document));
    if (!issues.isEmpty())
        showError(tr("Study Not Complete"),
                  tr("The study opened, but it holds values that must be corrected before its "
                     "projects can be evaluated. Projects affected show why on their results "
                     "tab."),
                  issues.join(u'\n'), QMessageBox::Warning);
    return true;
}

bool DocumentActions::openSample()
{
    if (!maybeSave())
        return false;
    // The economic study (JSON) with the sample European system (CSV tables), both linked
    // into the application as resources; the same function builds the sample study file.
    QFile file(sampleStudyPath());
    QString error;
    std::unique_ptr<StudyDocument> document;
    const auto system = market::readSampleSystemFiles(QStringLiteral(":/sample/system"), &error);
    if (system) {
        if (file.open(QIODevice::ReadOnly))
            document = StudyDocument::fromSample(file.readAll(), *system, file.fileName(), &error);
        else
            error = file.fileName() + QStringLiteral(": ") + file.errorString();
    }
    if (!document) {
        showError(tr("Cannot Open Sample Study"), tr("The bundled sample study could not be read."),
                  error);
        return false;
    }
    setDocument(std::move(document));
    return true;
}

bool DocumentActions::newStudy()
{
    if (!maybeSave())
        return false;
    NewStudyWizard wizard(m_window);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    setDocument(std::make_unique<StudyDocument>(wizard.study(), QString(), false));
    return true;
}

bool DocumentActions::openDocument(std::unique_ptr<StudyDocument> document)
{
    if (!document || !maybeSave())
        return false;
    if (document->isStudyFile() && !document->isReadOnly() &&
        !document->holdsLockOf(document->filePath())) {
        OpeningLock lock = lockForOpening(document->filePath());
        if (lock.cancelled)
            return false;
        applyLock(*document, lock);
    }
    setDocument(std::move(document));
    return true;
}

bool DocumentActions::saveAs(const QString &path)
{
    if (!m_document)
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Cannot Save Study"),
                  tr("The study could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                  error);
        return false;
    }
    addRecentFile(path);
    rebuildRecentFilesMenu();
    updateActions();
    return true;
}

void DocumentActions::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Study"), startDirectory(),
        tr("GridCBA studies (*.gridcba *.json);;Study files (*.gridcba);;"
           "JSON exchange format (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    openFile(path);
}

bool DocumentActions::save()
{
    commitPendingEdit();
    // A study read from JSON or from the bundled sample has no study file yet; a read-only
    // one may only be saved as a copy.
    if (m_document && m_document->isStudyFile() && !m_document->isReadOnly())
        return saveAs(m_document->filePath());
    return chooseAndSaveAs();
}

bool DocumentActions::chooseAndSaveAs()
{
    if (!m_document)
        return false;
    const QFileInfo current(m_document->filePath());
    const bool hasDirectory =
        !m_document->filePath().isEmpty() && !m_document->filePath().startsWith(u':');
    const QString dir = hasDirectory ? current.absolutePath() : startDirectory();
    QString base =
        m_document->filePath().isEmpty() ? m_document->study().name : current.completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[\\/:*?\"<>|]")), QStringLiteral("_"));
    if (base.trimmed().isEmpty())
        base = tr("study");
    else if (m_document->isReadOnly())
        //: The name suggested for a copy of a read-only study; %1 is its file name
        base = tr("%1 (copy)").arg(base);
    const QString suggestion = QDir(dir).filePath(base + u'.' + kStudySuffix);
    QFileDialog dialog(m_window, tr("Save Study As"), suggestion,
                       tr("GridCBA studies (*.gridcba)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(kStudySuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    rememberDirectory(path);
    return saveAs(path);
}

void DocumentActions::showAbout()
{
    QMessageBox::about(
        m_window, tr("About GridCBA"),
        tr("<h3>GridCBA %1</h3>"
           "<p>Cost-benefit analysis of electricity transmission and storage projects following "
           "the ENTSO-E CBA guideline (4th edition): benefit indicators B1–B9, net present value, "
           "benefit/cost ratio and economic IRR per scenario.</p>"
           "<p>Built with Qt %2 and QCustomPlot.</p>")
            .arg(QStringLiteral(GRIDCBA_VERSION), QString::fromLatin1(qVersion())));
}

void DocumentActions::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        removeRecentFile(path);
        rebuildRecentFilesMenu();
        showError(tr("Study Not Found"),
                  tr("The study %1 no longer exists. It has been removed from the list of recent "
                     "files.")
                      .arg(QDir::toNativeSeparators(path)),
                  QString());
        return;
    }
    openFile(path);
}

void DocumentActions::rebuildRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        const QString label = tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName());
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
        connect(clear, &QAction::triggered, this, [this] {
            clearRecentFiles();
            rebuildRecentFilesMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void DocumentActions::setDocument(std::unique_ptr<StudyDocument> document)
{
    // Autosave while the study has unsaved changes; parented to the document, so closing or
    // replacing the document removes its recovery files.
    if (document) {
        new AutoSaver(document.get(), document.get());
        connect(document.get(), &StudyDocument::readOnlyChanged, this,
                &DocumentActions::updateActions);
    }
    const std::unique_ptr<StudyDocument> previous = std::exchange(m_document, std::move(document));
    updateActions();
    emit documentChanged(m_document.get());
}

void DocumentActions::updateActions()
{
    m_save->setEnabled(m_document != nullptr && !m_document->isReadOnly());
    m_saveAs->setEnabled(m_document != nullptr);
}

void DocumentActions::showError(const QString &title, const QString &text, const QString &details,
                                QMessageBox::Icon icon)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, m_window);
    // The details name file, line and field: show them in full, not behind a button, unless
    // there are so many that the box would not fit on the screen.
    QStringList lines = details.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() > kMaxErrorLinesShown) {
        box.setDetailedText(details);
        const qsizetype more = lines.size() - kMaxErrorLinesShown;
        lines = lines.mid(0, kMaxErrorLinesShown);
        lines << tr("… and %1 more (see Show Details)").arg(more);
    }
    if (!lines.isEmpty())
        box.setInformativeText(QStringLiteral("<p style=\"white-space:pre\">%1</p>")
                                   .arg(lines.join(u'\n').toHtmlEscaped()));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace gridcba::ui
