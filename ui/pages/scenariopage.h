#pragma once

// One scenario: its description, price year and climate years, and per study year the
// parameters that value the indicators (CO2 price, societal cost of carbon, VOLL, reserve
// cost, fuel prices and pollutant damage costs).

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace gridcba::model {
struct Scenario;
}

namespace gridcba::ui {

class StudyYearsModel;

class ScenarioPage : public QWidget
{
    Q_OBJECT

  public:
    explicit ScenarioPage(QWidget *parent = nullptr);

    void setScenario(const model::Scenario &scenario);

  private:
    void showClimateYears(const model::Scenario &scenario);
    void showFuelPrices(const model::Scenario &scenario);
    void showDamageCosts(const model::Scenario &scenario);

    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_priceYear;
    StudyYearsModel *m_studyYearsModel;
    QTableView *m_studyYears;
    QTableWidget *m_climateYears;
    QTableWidget *m_fuelPrices;
    QTableWidget *m_damageCosts;
};

} // namespace gridcba::ui
