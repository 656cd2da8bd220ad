#pragma once

// The market model's results of one project (a tab of the project page): a table of the
// stored work units (MarketResultsModel), the B1 of the selected unit split by zone or
// country into consumer surplus, producer surplus and congestion rent (B1ZoneChart), which
// indicator inputs were computed from them, and the button that runs the model.

#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace gridcba::ui {

class B1ZoneChart;
class MarketResultsModel;
class StudyDocument;

class MarketResultsView : public QWidget
{
    Q_OBJECT

  public:
    // `runAction`: Run > Run Market Model…, which the page's button triggers.
    explicit MarketResultsView(QAction *runAction, QWidget *parent = nullptr);

    void setDocument(StudyDocument *document);
    void setProject(const QString &projectId);
    MarketResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    B1ZoneChart *chart() const { return m_chart; }
    // Per zone (false) or per country (true).
    void setByCountry(bool byCountry);

  private:
    void refresh();
    void showUnit(int row);

    QPointer<StudyDocument> m_document;
    QString m_projectId;
    int m_row = 0;
    MarketResultsModel *m_model;
    QLabel *m_status;
    QTableView *m_table;
    QComboBox *m_grouping;
    B1ZoneChart *m_chart;
};

} // namespace gridcba::ui
