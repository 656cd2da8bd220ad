#pragma once

// One scenario as editors: its id, name, description and price year as a form, then tabs
// with the study years and their monetisation parameters, the climate years and weights,
// the pollutant damage costs and the fuel prices. Problems the user passes through while
// typing (weights not summing to 100 %, SCC levels out of order) are shown as a warning line
// under their table rather than refused. The page follows the document: after an undo that
// removes the scenario it shows a placeholder, and it comes back when the scenario does.

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace gridcba::ui {

class EditableTable;
class RecordForm;
class ScenarioTableAdapter;
class StudyDocument;

class ScenarioPage : public QWidget
{
    Q_OBJECT

  public:
    explicit ScenarioPage(QWidget *parent = nullptr);

    // The document edited (may be null).
    void setDocument(StudyDocument *document);
    StudyDocument *document() const { return m_document; }
    // Shows the scenario at `index` in Study::scenarios (a placeholder when there is none).
    void showScenario(int index);
    int scenarioIndex() const { return m_index; }
    QTabWidget *tabs() const { return m_tabs; }

  private:
    QWidget *createContent();
    QWidget *tablePage(const QString &note, EditableTable *table, QLabel *warning);
    void makeAdapters();
    void refresh();

    QPointer<StudyDocument> m_document;
    int m_index = -1;
    QString m_adaptersFor; // the scenario id the adapters were made for (their titles)

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    RecordForm *m_info;
    QTabWidget *m_tabs;
    EditableTable *m_studyYears;
    EditableTable *m_climateYears;
    EditableTable *m_damageCosts;
    EditableTable *m_fuelPrices;
    QLabel *m_studyYearsWarning;
    QLabel *m_climateYearsWarning;
    QLabel *m_fuelPricesWarning;
    std::shared_ptr<const ScenarioTableAdapter> m_studyYearsAdapter;
    std::shared_ptr<const ScenarioTableAdapter> m_climateYearsAdapter;
    std::shared_ptr<const ScenarioTableAdapter> m_fuelPricesAdapter;
};

} // namespace gridcba::ui
