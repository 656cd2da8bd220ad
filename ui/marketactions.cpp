#include "marketactions.h"

#include "documentactions.h"
#include "logpanel.h"
#include "market/unitresult.h"
#include "marketjob.h"
#include "marketrundialog.h"
#include "studydocument.h"

#include <QAction>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace gridcba::ui {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kPollMs = 100;

} // namespace

MarketActions::MarketActions(DocumentActions &documents, LogPanel *log, QWidget *window)
    : QObject(window), m_documents(documents), m_log(log), m_window(window),
      m_runAction(new QAction(tr("Run &Market Model…"), this)), m_timer(new QTimer(this))
{
    m_runAction->setObjectName(QStringLiteral("runMarketModelAction"));
    m_runAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_runAction->setStatusTip(tr("Simulate the power systems without and with each project and "
                                 "compute B1–B6 from them"));
    m_runAction->setEnabled(false);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &MarketActions::updateProgress);
    connect(m_runAction, &QAction::triggered, this, [this] { run(); });
    connect(&m_documents, &DocumentActions::documentChanged, this, &MarketActions::setDocument);
}

MarketActions::~MarketActions() = default;

void MarketActions::setDocument(StudyDocument *document)
{
    m_document = document;
    m_runAction->setEnabled(document != nullptr && !m_job);
}

void MarketActions::setProject(const QString &projectId)
{
    m_projectId = projectId;
}

bool MarketActions::run()
{
    if (!m_document || m_job)
        return false;
    MarketRunDialog dialog(m_document->study(), m_projectId, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return start(dialog.units(), dialog.adequacy());
}

bool MarketActions::start(std::vector<market::UnitKey> units, bool adequacy)
{
    if (!m_document || m_job || units.empty())
        return false;
    m_jobDocument = m_document;
    m_job = std::make_unique<MarketJob>(m_document->study(), std::move(units), adequacy);
    connect(m_job.get(), &MarketJob::finished, this, &MarketActions::finish);

    delete m_progress;
    auto *progress =
        new QProgressDialog(tr("Starting…"), tr("Cancel"), 0, kProgressSteps, m_window);
    progress->setObjectName(QStringLiteral("marketProgress"));
    progress->setWindowTitle(tr("Run Market Model"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumWidth(480);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (!m_job)
            return;
        m_job->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling after the current week…"));
    });
    m_progress = progress;
    m_runAction->setEnabled(false);
    m_log->info(tr("Market model started: %n work unit(s)", nullptr, int(m_job->units().size())));
    m_job->start();
    m_timer->start();
    return true;
}

void MarketActions::updateProgress()
{
    if (!m_job || !m_progress || m_job->isCancelled())
        return;
    const QString step = m_job->step();
    if (!step.isEmpty())
        m_progress->setLabelText(step);
    m_progress->setValue(int(m_job->progress() * kProgressSteps));
}

void MarketActions::finish()
{
    m_timer->stop();
    std::unique_ptr<MarketJob> job = std::move(m_job);
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    m_runAction->setEnabled(m_document != nullptr);
    const market::SimulationOutcome &outcome = job->outcome();
    const double seconds = double(job->elapsedMs()) / 1000.0;
    // Cancel means "store nothing", even when the worker finished the last week meanwhile.
    if (outcome.cancelled || job->isCancelled()) {
        m_log->warning(
            tr("Market model cancelled after %1 s; nothing was stored").arg(seconds, 0, 'f', 1));
        emit runFinished(false);
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_log->error(tr("Market model failed: %1").arg(outcome.error));
        warn(tr("The market model stopped; nothing was stored.\n\n%1\n\nFix the value named "
                "(Market model > Power systems, Profiles, or the scenario's fuel prices) and run "
                "again.")
                 .arg(outcome.error));
        emit runFinished(false);
        return;
    }
    if (!m_jobDocument || m_jobDocument != m_document) {
        m_log->warning(tr("The study of the market run was closed; its results were not stored"));
        emit runFinished(false);
        return;
    }
    model::Study after = m_document->study();
    for (const market::UnitResult &unit : outcome.units)
        market::storeUnit(after, unit);
    const QStringList written = market::applyComputedInputs(after);
    m_document->commit(tr("Run market model (%n work unit(s))", nullptr, int(outcome.units.size())),
                       std::move(after));
    m_log->info(tr("Market model: %n work unit(s) in %1 s", nullptr, int(outcome.units.size()))
                    .arg(seconds, 0, 'f', 1));
    if (!written.isEmpty())
        m_log->info(
            tr("Computed indicator inputs written for %1").arg(written.join(QStringLiteral(", "))));
    else
        m_log->warning(tr("No indicator inputs written yet: some climate years of each study year "
                          "have no result"));
    emit runFinished(true);
}

void MarketActions::warn(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Run Market Model"), text, QMessageBox::Ok,
                                m_window);
    box->setObjectName(QStringLiteral("marketError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): the window stays responsive and tests can read it
}

} // namespace gridcba::ui
