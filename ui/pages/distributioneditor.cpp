#include "distributioneditor.h"

#include "charts/densitychart.h"
#include "sensitivitytext.h"
#include "tables.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <array>

namespace gridcba::ui {

using sensitivity::Distribution;
using sensitivity::DistributionKind;

namespace {

constexpr double kLimit = 1e6;
constexpr DistributionKind kKinds[] = {DistributionKind::Uniform, DistributionKind::Triangular,
                                       DistributionKind::Pert, DistributionKind::Normal,
                                       DistributionKind::Lognormal};

bool isSpread(DistributionKind kind)
{
    return kind == DistributionKind::Normal || kind == DistributionKind::Lognormal;
}

// Low end, most likely value and high end of a distribution, to carry over to a new kind.
std::array<double, 3> shape(const Distribution &d)
{
    switch (d.kind) {
    case DistributionKind::Uniform:
        return {d.a, (d.a + d.b) / 2.0, d.b};
    case DistributionKind::Triangular:
    case DistributionKind::Pert:
        return {d.a, d.b, d.c};
    case DistributionKind::Normal:
    case DistributionKind::Lognormal:
        break;
    }
    return {d.a - 2.0 * d.b, d.a, d.a + 2.0 * d.b};
}

Distribution withKind(const Distribution &d, DistributionKind kind)
{
    const auto [low, mode, high] = shape(d);
    if (kind == DistributionKind::Uniform)
        return {kind, low, high, 0.0};
    if (isSpread(kind))
        return {kind, mode, (high - low) / 4.0, 0.0};
    return {kind, low, mode, high};
}

} // namespace

DistributionEditor::DistributionEditor(QWidget *parent)
    : QWidget(parent), m_title(sectionTitle(QString())), m_kind(new QComboBox),
      m_problem(textLabel()), m_preview(new DensityChart)
{
    m_kind->setObjectName(QStringLiteral("mcDistributionKind"));
    for (DistributionKind kind : kKinds)
        m_kind->addItem(SensitivityText::distributionName(kind), int(kind));
    m_kind->setToolTip(tr("PERT is a smoothed triangular distribution (a scaled beta); the "
                          "lognormal's standard deviation is that of the value, not of its "
                          "logarithm."));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DistributionEditor::changeKind);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Distribution:")), 0, 0);
    grid->addWidget(m_kind, 0, 1);
    for (int i = 0; i < 3; ++i) {
        m_names[i] = new QLabel;
        m_values[i] = new QDoubleSpinBox;
        m_values[i]->setObjectName(QStringLiteral("mcParameter%1").arg(i));
        m_values[i]->setRange(-kLimit, kLimit);
        m_values[i]->setKeyboardTracking(false);
        connect(m_values[i], &QDoubleSpinBox::valueChanged, this, &DistributionEditor::edited);
        grid->addWidget(m_names[i], i + 1, 0);
        grid->addWidget(m_values[i], i + 1, 1);
    }
    grid->setColumnStretch(2, 1);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_problem->setPalette(warning);
    m_problem->setObjectName(QStringLiteral("mcDistributionProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
}

void DistributionEditor::setInput(sensitivity::InputId id, const Distribution &distribution,
                                  double studyValue)
{
    m_id = id;
    m_studyValue = studyValue;
    m_title->setText(tr("Distribution of %1").arg(SensitivityText::labelWithUnit(id)));
    m_title->setToolTip(SensitivityText::toolTip(id));
    showParameters(distribution);
    updatePreview();
}

void DistributionEditor::showParameters(const Distribution &d)
{
    const QSignalBlocker kindBlocker(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    m_shownKind = d.kind;
    const QStringList names = SensitivityText::parameterNames(d.kind);
    const double values[] = {d.a, d.b, d.c};
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker blocker(m_values[i]);
        const bool used = i < names.size();
        m_names[i]->setVisible(used);
        m_values[i]->setVisible(used);
        m_names[i]->setText(tr("%1 (%2):").arg(names.value(i), SensitivityText::unit(m_id)));
        //: %1 parameter ("Minimum"), %2 unit ("%", "× study value"), %3 what it means
        m_values[i]->setToolTip(tr("%1 of the distribution, in %2: %3")
                                    .arg(names.value(i), SensitivityText::unit(m_id),
                                         SensitivityText::parameterToolTip(d.kind, i)));
        const bool spread = isSpread(d.kind) && i == 1;
        m_values[i]->setDecimals(SensitivityText::isWholeNumber(m_id) && !spread ? 0 : 2);
        m_values[i]->setSingleStep(SensitivityText::isWholeNumber(m_id) ? 1.0 : 0.05);
        m_values[i]->setValue(SensitivityText::toDisplay(m_id, values[i]));
    }
}

Distribution DistributionEditor::distribution() const
{
    Distribution d;
    d.kind = m_shownKind;
    d.a = SensitivityText::fromDisplay(m_id, m_values[0]->value());
    d.b = SensitivityText::fromDisplay(m_id, m_values[1]->value());
    d.c = SensitivityText::parameterNames(d.kind).size() > 2
              ? SensitivityText::fromDisplay(m_id, m_values[2]->value())
              : 0.0;
    return d;
}

void DistributionEditor::changeKind()
{
    const auto kind = static_cast<DistributionKind>(m_kind->currentData().toInt());
    showParameters(withKind(distribution(), kind));
    edited();
}

void DistributionEditor::edited()
{
    updatePreview();
    emit distributionChanged(distribution());
}

void DistributionEditor::updatePreview()
{
    const Distribution d = distribution();
    const QString problem = sensitivity::checkDistribution(d);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_preview->setDistribution(m_id, d, m_studyValue);
}

} // namespace gridcba::ui
