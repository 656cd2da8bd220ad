#pragma once

// Benefits against costs of one project, per scenario: a stacked bar of the present values
// of the monetised headline benefits (B1, B2, B5, B6, B9, other; positive parts stacked
// upwards, negative parts downwards from zero) next to a bar of the present value of the
// costs (CAPEX + OPEX + decommissioning), in the money unit of the settings
// (M€ by default) of the price base year. Hover tooltips and an export context menu.

#include "economics/evaluation.h"

#include <QStringList>
#include <QWidget>

class QCPBars;
class QCPTextElement;
class QCustomPlot;

namespace gridcba::ui {

class BenefitCostChart : public QWidget
{
    Q_OBJECT

  public:
    explicit BenefitCostChart(QWidget *parent = nullptr);

    // `scenarioNames` label the bar groups, in the order of `evaluation.scenarios`.
    void setEvaluation(const economics::ProjectEvaluation &evaluation,
                       const QStringList &scenarioNames, int priceBaseYear);
    void clear();

    // One group (benefits and costs side by side) per scenario.
    int groupCount() const { return int(m_groups.size()); }
    const QStringList &groups() const { return m_groups; }
    QCustomPlot *plot() const { return m_plot; }

  protected:
    void resizeEvent(QResizeEvent *event) override;

  private:
    void setUpPlot();
    void fitLegend();
    QCPBars *addBars(const QString &name, const QColor &color, double offset,
                     const QVector<double> &valuesMeur);
    void addBenefitStack(const economics::ProjectEvaluation &evaluation);
    void addCostBars(const economics::ProjectEvaluation &evaluation);
    void setUpAxes(int priceBaseYear);

    QCustomPlot *m_plot;
    QCPTextElement *m_title = nullptr;
    QStringList m_groups;
};

} // namespace gridcba::ui
