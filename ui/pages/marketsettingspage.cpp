#include "marketsettingspage.h"

#include "editing/powersystemadapters.h"
#include "editing/recordform.h"
#include "market/simulation.h"
#include "studydocument.h"
#include "tables.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gridcba::ui {

MarketSettingsPage::MarketSettingsPage(QWidget *parent)
    : QWidget(parent), m_form(new RecordForm), m_solver(textLabel())
{
    setObjectName(QStringLiteral("marketSettingsPage"));
    m_form->setObjectName(QStringLiteral("marketSettingsForm"));
    m_form->setMaximumWidth(760);
    m_solver->setObjectName(QStringLiteral("marketSolver"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageTitle(tr("Market model settings")));
    layout->addWidget(textLabel(
        tr("Settings of every market-model run of this study. They are recorded with each "
           "result, so a change applies to the next run (Run > Run Market Model…), not to the "
           "results already stored.")));
    layout->addWidget(m_form);
    layout->addWidget(sectionTitle(tr("Solver")));
    layout->addWidget(m_solver);
    layout->addStretch(1);
}

void MarketSettingsPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_form->setSource(document, document ? std::make_shared<MarketSettingsAdapter>() : nullptr);
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this, &MarketSettingsPage::refresh);
    refresh();
}

void MarketSettingsPage::refresh()
{
    m_solver->setText(m_document ? market::solverDescription(m_document->study().market)
                                 : QString());
}

} // namespace gridcba::ui
