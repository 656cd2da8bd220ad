#include "economicspage.h"

#include "economics/evaluation.h"
#include "format.h"
#include "model/study.h"
#include "tables.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

EconomicsPage::EconomicsPage(QWidget *parent)
    : QWidget(parent), m_title(pageTitle()), m_description(textLabel()),
      m_deflator(new QTableWidget)
{
    setObjectName(QStringLiteral("economicsPage"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Economic parameters")));
    layout->addWidget(createParameterForm());
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Deflator")));
    layout->addWidget(textLabel(tr("Price index by year; money given in other price years is "
                                   "converted to the price base year with it.")));
    m_deflator->setObjectName(QStringLiteral("deflatorTable"));
    setUpReadOnlyTable(m_deflator);
    layout->addWidget(m_deflator, 0, Qt::AlignLeft);
    layout->addStretch();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollable(content));
}

QWidget *EconomicsPage::createParameterForm()
{
    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setLabelAlignment(Qt::AlignLeft);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto add = [&](const QString &label, QLabel *&value, const QString &toolTip) {
        value = valueLabel(form);
        auto *name = new QLabel(label, form);
        name->setToolTip(toolTip);
        value->setToolTip(toolTip);
        layout->addRow(name, value);
    };
    add(tr("Price base year:"), m_priceBaseYear,
        tr("All results are in euros of this year's prices."));
    add(tr("Discount rate (real):"), m_discountRate,
        tr("Social discount rate applied to all yearly cash flows."));
    add(tr("Discounting year:"), m_discountingYear,
        tr("The year t0 to which cash flows are discounted: factor 1 / (1 + r)^(t − t0)."));
    add(tr("Years of operation assessed (N):"), m_operatingYears,
        tr("Benefits and OPEX are counted for this many years from commissioning."));
    add(tr("Residual value:"), m_residualValue,
        tr("How the value of assets left after the assessment period is counted."));
    add(tr("B/C ratio definition:"), m_bcRatio,
        tr("Which quantities are divided to obtain the benefit/cost ratio."));
    add(tr("First-year fraction:"), m_firstYearFraction,
        tr("Share of the commissioning year's benefits and OPEX that is counted."));
    return form;
}

void EconomicsPage::setStudy(const model::Study &study)
{
    const model::EconomicParameters &e = study.economics;
    m_title->setText(study.name);
    m_description->setText(study.description);
    m_description->setVisible(!study.description.isEmpty());
    m_priceBaseYear->setText(format::year(e.priceBaseYear));
    m_discountRate->setText(format::percent(e.discountRate));
    m_discountingYear->setText(format::year(e.discountingYear));
    m_operatingYears->setText(tr("%1 years").arg(e.operatingYears));
    m_residualValue->setText(e.residualValue == model::ResidualValueMethod::Linear
                                 ? tr("Linear: CAPEX × (lifetime − N) / lifetime, counted as a "
                                      "benefit in the last year")
                                 : tr("None"));
    m_bcRatio->setText(e.bcRatio == model::BcRatioDefinition::NetOfOpex
                           ? tr("(Benefits + residual value − OPEX) / (CAPEX + decommissioning)")
                           : tr("(Benefits + residual value) / (CAPEX + OPEX + decommissioning)"));
    m_firstYearFraction->setText(format::percent(e.firstYearFraction, 0));
    showDeflator(study);
}

void EconomicsPage::showDeflator(const model::Study &study)
{
    TableContent content;
    content.headers = {tr("Year"), tr("Price index"),
                       tr("Factor to %1 prices").arg(study.economics.priceBaseYear)};
    content.numericColumns = {1, 2};
    for (const auto &[year, index] : study.economics.deflator) {
        const auto factor = economics::priceFactor(study.economics, year);
        content.rows.append({format::year(year), format::number(index, 3),
                             factor ? format::number(*factor, 4) : format::none()});
    }
    setTableContent(m_deflator, content);
    fitTableSize(m_deflator);
}

} // namespace gridcba::ui
