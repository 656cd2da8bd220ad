#include "economicspage.h"

#include "editing/economicsadapters.h"
#include "editing/editabletable.h"
#include "editing/recordform.h"
#include "studydocument.h"
#include "tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gridcba::ui {

EconomicsPage::EconomicsPage(QWidget *parent)
    : QWidget(parent), m_title(pageTitle()), m_info(new RecordForm), m_parameters(new RecordForm),
      m_deflatorNote(textLabel()), m_deflator(new EditableTable(QStringLiteral("deflatorTable")))
{
    setObjectName(QStringLiteral("economicsPage"));
    m_title->setObjectName(QStringLiteral("economicsTitle"));
    m_info->setObjectName(QStringLiteral("studyInfoForm"));
    m_parameters->setObjectName(QStringLiteral("economicParametersForm"));

    auto *left = new QVBoxLayout;
    left->addWidget(sectionTitle(tr("Study")));
    left->addWidget(m_info);
    left->addSpacing(12);
    left->addWidget(sectionTitle(tr("Economic parameters")));
    left->addWidget(textLabel(tr("Methodology defaults (ENTSO-E CBA guideline): 4 % real "
                                 "discount rate, 25 operating years, no residual value, full "
                                 "first year. Hover over a field for its meaning.")));
    left->addWidget(m_parameters);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->addWidget(sectionTitle(tr("Deflator")));
    right->addWidget(m_deflatorNote);
    right->addWidget(m_deflator, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);
}

void EconomicsPage::setDocument(StudyDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &StudyDocument::studyChanged, this, &EconomicsPage::refresh);
    m_info->setSource(document, document ? std::make_shared<StudyInfoAdapter>() : nullptr);
    m_parameters->setSource(document,
                            document ? std::make_shared<EconomicParametersAdapter>() : nullptr);
    m_deflator->setSource(document, document ? std::make_shared<DeflatorAdapter>() : nullptr);
    refresh();
}

void EconomicsPage::refresh()
{
    if (!m_document) {
        m_title->setText(tr("No study"));
        m_deflatorNote->clear();
        return;
    }
    const model::Study &study = m_document->study();
    m_title->setText(study.name.isEmpty() ? tr("Untitled study") : study.name);
    m_deflatorNote->setText(
        tr("Price index by year. Money stated in prices of another year than the price base "
           "year (%1) is converted with it, so the deflator needs an index for the base year "
           "and for every price year used.")
            .arg(study.economics.priceBaseYear));
}

} // namespace gridcba::ui
