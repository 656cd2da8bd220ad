#pragma once

// The study's name and description and its economic parameters: price base year, discount
// rate, discounting year, years assessed, residual value, B/C definition and the deflator.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace gridcba::model {
struct Study;
}

namespace gridcba::ui {

class EconomicsPage : public QWidget
{
    Q_OBJECT

  public:
    explicit EconomicsPage(QWidget *parent = nullptr);

    void setStudy(const model::Study &study);

  private:
    QWidget *createParameterForm();
    void showDeflator(const model::Study &study);

    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_priceBaseYear;
    QLabel *m_discountRate;
    QLabel *m_discountingYear;
    QLabel *m_operatingYears;
    QLabel *m_residualValue;
    QLabel *m_bcRatio;
    QLabel *m_firstYearFraction;
    QTableWidget *m_deflator;
};

} // namespace gridcba::ui
