#include "autosave.h"

#include "model/validation.h"
#include "preferences.h"
#include "storage/studyfile.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

#if defined(Q_OS_UNIX) && !defined(Q_OS_LINUX)
#include <cerrno>
#include <csignal>
#endif

namespace gridcba::ui {

namespace {

const QString kRecoverySuffix = QStringLiteral(".gridcba");
const QString kSidecarSuffix = QStringLiteral(".json");
const QString kSidecarFormat = QStringLiteral("gridcba-recovery");

// Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. With the
// PID it names one process, so a PID reused by a later process is not taken for the writer.
std::optional<qint64> processStartTicks(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ..."; comm may hold spaces and parentheses, so split after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeIndex = 22 - 3; // fields[0] is field 3 (state)
    if (fields.size() <= kStartTimeIndex)
        return std::nullopt;
    bool ok = false;
    const qint64 ticks = fields[kStartTimeIndex].toLongLong(&ok);
    return ok ? std::optional<qint64>(ticks) : std::nullopt;
#else
    Q_UNUSED(pid);
    return std::nullopt;
#endif
}

bool processRunning(qint64 pid, std::optional<qint64> startTicks)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_LINUX)
    if (!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
        return false;
    if (!startTicks)
        return true;
    const std::optional<qint64> now = processStartTicks(pid);
    return !now || *now == *startTicks;
#elif defined(Q_OS_UNIX)
    Q_UNUSED(startTicks);
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    // No cheap way to ask: only our own files are taken as live.
    Q_UNUSED(startTicks);
    return pid == QCoreApplication::applicationPid();
#endif
}

// A file-name-safe form of the study's name, so the recovery folder reads well.
QString fileStem(const QString &name)
{
    QString stem;
    for (const QChar c : name.left(40))
        stem += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_';
    return stem.isEmpty() ? QStringLiteral("study") : stem;
}

QString withoutSuffix(const QString &path, const QString &suffix)
{
    return path.endsWith(suffix) ? path.left(path.size() - suffix.size()) : path;
}

struct Sidecar
{
    RecoveryEntry entry;
    std::optional<qint64> startTicks;
};

std::optional<Sidecar> readSidecar(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        *why = parseError.error != QJsonParseError::NoError
                   ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                   : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = json.object();
    if (o.value(QStringLiteral("format")).toString() != kSidecarFormat) {
        *why = QStringLiteral("\"format\" is not \"%1\"").arg(kSidecarFormat);
        return std::nullopt;
    }
    Sidecar s;
    s.entry.pid = o.value(QStringLiteral("pid")).toInteger();
    s.entry.savedUtc =
        QDateTime::fromString(o.value(QStringLiteral("savedUtc")).toString(), Qt::ISODateWithMs);
    if (s.entry.pid <= 0 || !s.entry.savedUtc.isValid()) {
        *why = QStringLiteral("\"pid\" or \"savedUtc\" is missing or invalid");
        return std::nullopt;
    }
    s.entry.savedUtc = s.entry.savedUtc.toUTC();
    s.entry.originalPath = o.value(QStringLiteral("originalPath")).toString();
    s.entry.studyName = o.value(QStringLiteral("studyName")).toString();
    s.entry.recoveryPath = withoutSuffix(path, kSidecarSuffix) + kRecoverySuffix;
    const QJsonValue ticks = o.value(QStringLiteral("processStartTicks"));
    if (ticks.isDouble())
        s.startTicks = ticks.toInteger();
    return s;
}

bool startsLikeStudyFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && storage::looksLikeStudyFile(file.read(16));
}

} // namespace

// --- AutoSaver -------------------------------------------------------------------------------

AutoSaver::AutoSaver(StudyDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    Q_ASSERT(document);
    const QString name = document->filePath().isEmpty()
                             ? document->study().name
                             : QFileInfo(document->filePath()).completeBaseName();
    // A fresh UUID, not the PID: a crashed process with our PID may have left files here.
    m_basePath = recoveryDirectory() + u'/' + fileStem(name) + u'-' +
                 QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_pending)
            saveNow();
    });
    connect(document, &StudyDocument::studyChanged, this, &AutoSaver::onStudyChanged);
    connect(document, &StudyDocument::modifiedChanged, this, &AutoSaver::onModifiedChanged);
    if (document->isModified()) {
        m_pending = true;
        scheduleSave();
    }
}

AutoSaver::~AutoSaver()
{
    if (!m_keepOnDestruction)
        discard();
}

QString AutoSaver::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString AutoSaver::recoveryPath() const
{
    return m_basePath + kRecoverySuffix;
}

QString AutoSaver::sidecarPath() const
{
    return m_basePath + kSidecarSuffix;
}

std::chrono::milliseconds AutoSaver::interval() const
{
    if (m_interval)
        return *m_interval;
    const int minutes = std::max(0, preferences::autosaveIntervalMinutes().value());
    return std::chrono::minutes(minutes);
}

void AutoSaver::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.stop();
    scheduleSave();
}

bool AutoSaver::saveNow(QString *error)
{
    if (error)
        error->clear();
    if (!m_document || !m_document->isModified())
        return false;
    m_timer.stop();
    const model::Study &study = m_document->study();
    // A study still failing validation is saved too: the desktop app reopens it (reporting
    // the issues), and work in progress is exactly what autosave is for.
    QString why;
    const bool ok = QDir().mkpath(recoveryDirectory()) &&
                    storage::saveStudy(study, recoveryPath(), &why) && writeSidecar(&why);
    if (!ok) {
        const QString message =
            tr("Autosave failed: %1")
                .arg(why.isEmpty() ? tr("cannot create %1").arg(recoveryDirectory()) : why);
        if (error)
            *error = message;
        emit saveFailed(message);
        return false;
    }
    m_written = true;
    m_pending = false;
    emit saved(recoveryPath());
    return true;
}

bool AutoSaver::writeSidecar(QString *error) const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kSidecarFormat);
    o.insert(QStringLiteral("originalPath"), m_document->filePath());
    o.insert(QStringLiteral("studyName"), m_document->study().name);
    o.insert(QStringLiteral("savedUtc"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("appVersion"), QStringLiteral(GRIDCBA_VERSION));
    const qint64 pid = QCoreApplication::applicationPid();
    o.insert(QStringLiteral("pid"), pid);
    if (const std::optional<qint64> ticks = processStartTicks(pid))
        o.insert(QStringLiteral("processStartTicks"), *ticks);
    const QByteArray bytes = QJsonDocument(o).toJson();
    QSaveFile file(sidecarPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = sidecarPath() + QStringLiteral(": cannot save: ") + file.errorString();
        return false;
    }
    return true;
}

void AutoSaver::discard()
{
    m_timer.stop();
    // The sidecar first: a recovery file without one is never offered.
    QFile::remove(sidecarPath());
    QFile::remove(recoveryPath());
    m_written = false;
}

bool AutoSaver::adopt(const RecoveryEntry &entry, QString *error)
{
    if (m_written)
        discard();
    m_basePath = withoutSuffix(entry.recoveryPath, kRecoverySuffix);
    if (!m_document || !m_document->isModified()) {
        // Nothing left to recover: the entry's files are obsolete.
        discard();
        return true;
    }
    return saveNow(error);
}

void AutoSaver::onStudyChanged()
{
    if (!m_document || !m_document->isModified())
        return;
    m_pending = true;
    scheduleSave();
}

void AutoSaver::onModifiedChanged(bool modified)
{
    if (modified) {
        m_pending = true;
        scheduleSave();
    } else {
        m_pending = false;
        discard();
    }
}

void AutoSaver::scheduleSave()
{
    if (m_timer.isActive())
        return;
    const std::chrono::milliseconds wait = interval();
    if (wait.count() > 0)
        m_timer.start(wait);
}

// --- Finding and restoring ---------------------------------------------------------------------

std::vector<RecoveryEntry> findRecoveries()
{
    std::vector<RecoveryEntry> entries;
    const QDir dir(AutoSaver::recoveryDirectory());
    const QFileInfoList sidecars =
        dir.entryInfoList({QStringLiteral("*") + kSidecarSuffix}, QDir::Files);
    for (const QFileInfo &info : sidecars) {
        QString why;
        const std::optional<Sidecar> sidecar = readSidecar(info.filePath(), &why);
        if (!sidecar) {
            qWarning("%s: skipped, not a readable recovery sidecar: %s",
                     qPrintable(info.filePath()), qPrintable(why));
            continue;
        }
        if (processRunning(sidecar->entry.pid, sidecar->startTicks))
            continue; // this process's, or another running instance's: still in use
        if (!startsLikeStudyFile(sidecar->entry.recoveryPath)) {
            qWarning("%s: skipped, the recovery file is missing, empty or not a study file",
                     qPrintable(sidecar->entry.recoveryPath));
            continue;
        }
        entries.push_back(sidecar->entry);
    }
    std::sort(entries.begin(), entries.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) {
        return a.savedUtc > b.savedUtc;
    });
    return entries;
}

bool discardRecovery(const RecoveryEntry &entry)
{
    const QString sidecar = withoutSuffix(entry.recoveryPath, kRecoverySuffix) + kSidecarSuffix;
    bool ok = !QFileInfo::exists(sidecar) || QFile::remove(sidecar);
    ok = (!QFileInfo::exists(entry.recoveryPath) || QFile::remove(entry.recoveryPath)) && ok;
    return ok;
}

std::unique_ptr<StudyDocument> openRecovery(const RecoveryEntry &entry, QString *error)
{
    storage::LoadResult recovered =
        storage::loadStudy(entry.recoveryPath, storage::Validation::Report);
    if (!recovered.study) {
        if (error)
            *error = AutoSaver::tr("The autosaved copy of “%1” cannot be restored: %2")
                         .arg(entry.studyName, recovered.error);
        return nullptr;
    }
    std::unique_ptr<StudyDocument> document;
    if (!entry.originalPath.isEmpty() && QFileInfo::exists(entry.originalPath)) {
        QString why;
        document = StudyDocument::open(entry.originalPath, &why);
        if (!document)
            qWarning("%s: the original of a recovered study cannot be read, restoring it as a "
                     "new study: %s",
                     qPrintable(entry.originalPath), qPrintable(why));
    }
    if (!document)
        document = std::make_unique<StudyDocument>(model::Study{}, QString(), false);
    // Equal studies push nothing: then there is nothing to recover and the document is clean.
    document->commit(AutoSaver::tr("Recover autosaved changes"), std::move(*recovered.study));
    return document;
}

// --- RecoveryDialog ----------------------------------------------------------------------------

RecoveryDialog::RecoveryDialog(std::vector<RecoveryEntry> entries, QWidget *parent)
    : QDialog(parent), m_entries(std::move(entries)), m_list(new QTreeWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes"));

    auto *intro = new QLabel(tr("GridCBA did not close normally last time. These studies had "
                                "changes that were not saved; an autosaved copy of each is "
                                "kept. Restore one to continue where you left off, then save "
                                "it."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Study"), tr("Original file"), tr("Autosaved")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Open the selected study with its autosaved changes"));
    m_restore->setDefault(true);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Delete the autosaved copy of the selected study"));
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_later->setToolTip(tr("Keep every autosaved copy and ask again at the next start"));

    connect(m_restore, &QPushButton::clicked, this, &RecoveryDialog::restoreSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RecoveryDialog::restoreSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 320);

    fillList();
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::fillList()
{
    m_list->clear();
    for (const RecoveryEntry &entry : m_entries) {
        QString original = QDir::toNativeSeparators(entry.originalPath);
        if (entry.originalPath.isEmpty())
            original = tr("(never saved)");
        else if (entry.originalPath.startsWith(QStringLiteral(":/")))
            original = tr("(the sample study)");
        const QString name = entry.studyName.isEmpty() ? tr("(unnamed)") : entry.studyName;
        const QString time = QLocale().toString(entry.savedUtc.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QTreeWidgetItem(m_list, {name, original, time});
        item->setToolTip(1, QDir::toNativeSeparators(entry.originalPath));
    }
    for (int column = 0; column < m_list->columnCount(); column += 2)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

int RecoveryDialog::selectedIndex() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->indexOfTopLevelItem(selected.first());
}

void RecoveryDialog::updateButtons()
{
    const bool any = selectedIndex() >= 0;
    m_restore->setEnabled(any);
    m_discard->setEnabled(any);
}

void RecoveryDialog::restoreSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    m_chosen = m_entries[std::size_t(index)];
    accept();
}

void RecoveryDialog::discardSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const RecoveryEntry entry = m_entries[std::size_t(index)];
    if (!discardRecovery(entry)) {
        m_message->setText(tr("The autosaved copy could not be deleted: %1")
                               .arg(QDir::toNativeSeparators(entry.recoveryPath)));
        m_message->show();
        return;
    }
    m_message->hide();
    m_entries.erase(m_entries.begin() + index);
    if (m_entries.empty()) {
        reject();
        return;
    }
    fillList();
}

} // namespace gridcba::ui
