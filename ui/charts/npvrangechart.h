#pragma once

// The headline results as bars, in the money unit of the settings:
//  - NpvRangeChart: the NPV of one project per scenario, the min–max range of the NPV over
//    the scenarios as a band behind the bars, and the B/C ratio per scenario on the right
//    axis.
//  - NpvByProjectChart: the NPV of every project (groups) in every scenario (one bar each),
//    for the dashboard's "All projects" overview.

#include "economics/evaluation.h"
#include "plotwidget.h"

#include <QStringList>

#include <vector>

class QCPBars;
class QCPGraph;

namespace gridcba::ui {

class NpvRangeChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit NpvRangeChart(QWidget *parent = nullptr);

    // `scenarioNames` label the bars, in the order of `evaluation.scenarios`.
    void setEvaluation(const economics::ProjectEvaluation &evaluation,
                       const QStringList &scenarioNames, int priceBaseYear);

    // For tests. Key i + 1 is scenario i; values in the money unit.
    QCPBars *npvBars() const { return m_npv; }
    // The B/C ratios on the right axis; scenarios without one (zero costs) are left out.
    QCPGraph *bcGraph() const { return m_bc; }
    // The band's upper and lower edges (the NPV range over scenarios), in the money unit.
    QCPGraph *rangeMaxGraph() const { return m_rangeMax; }
    QCPGraph *rangeMinGraph() const { return m_rangeMin; }

  protected:
    QString dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const override;

  private:
    void addRangeBand(const economics::Range &rangeEur, int groups);
    void addBcPoints(const economics::ProjectEvaluation &evaluation);
    void addValueLabel(double key, double value, const QString &text);
    void setUpAxes(int groups, int priceBaseYear);

    QCPBars *m_npv = nullptr;
    QCPGraph *m_bc = nullptr;
    QCPGraph *m_rangeMax = nullptr;
    QCPGraph *m_rangeMin = nullptr;
    QStringList m_scenarioNames;
};

class NpvByProjectChart : public PlotWidget
{
    Q_OBJECT

  public:
    explicit NpvByProjectChart(QWidget *parent = nullptr);

    // One group per entry of `evaluations` (labelled by `projectLabels`), one bar series per
    // scenario of `scenarioIds` (named by `scenarioNames`); a project without a result in a
    // scenario has no bar there.
    void setProjects(const std::vector<const economics::ProjectEvaluation *> &evaluations,
                     const QStringList &projectLabels, const QStringList &scenarioIds,
                     const QStringList &scenarioNames, int priceBaseYear);

    // For tests: one series per scenario, in the order of `scenarioIds`; key g + 1 is
    // project g; values in the money unit.
    const std::vector<QCPBars *> &scenarioBars() const { return m_bars; }

  protected:
    QString dataToolTip(QCPAbstractPlottable *plottable, int dataIndex) const override;

  private:
    std::vector<QCPBars *> m_bars;
    QStringList m_projectLabels;
};

} // namespace gridcba::ui
