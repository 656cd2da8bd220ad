#pragma once

// One project, edited in tabs: its economic results (refreshed when the background
// evaluation finishes), general data, investments with the CAPEX phasing and chart of the
// selected one, borders and cost shares, indicator inputs with the other benefits of the
// selected row, qualitative indicators, and any tab the window adds (sensitivity analyses).
// Every edit goes through the document as one undoable step; the page follows the document
// (edits elsewhere, undo, redo) and shows a placeholder when its project no longer exists.

#include "editing/tableadapter.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace gridcba::model {
struct Study;
struct Project;
} // namespace gridcba::model

namespace gridcba::ui {

class CapexChart;
class EditableTable;
class RecordForm;
class ResultsPanel;
class StudyDocument;
struct ProjectResult;

class ProjectPage : public QWidget
{
    Q_OBJECT

  public:
    explicit ProjectPage(QWidget *parent = nullptr);

    void setDocument(StudyDocument *document);
    StudyDocument *document() const { return m_document; }
    // Shows project `index` of the document's study. Call it again after the money unit
    // changed in the settings: it makes the tables anew.
    void showProject(int index);
    int projectIndex() const { return m_index; }

    // What the window called before it gave the page a document: shows the document's
    // project with `project`'s id, or without a document only the results.
    void setProject(const model::Study &study, const model::Project &project,
                    const ProjectResult &result);
    // Adds a tab after the built-in ones; the page takes ownership of `page`.
    void addTab(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }

    // For tests: the investment and indicator-input row whose details are shown.
    int selectedInvestment() const { return m_investment; }
    int selectedInput() const { return m_input; }
    CapexChart *capexChart() const { return m_chart; }

  private:
    QWidget *createResultsTab();
    QWidget *createGeneralTab();
    QWidget *createInvestmentsTab();
    QWidget *createBordersTab();
    QWidget *createInputsTab();
    QWidget *createQualitativeTab();

    const model::Project *project() const;
    void onStudyChanged();
    void setSources();
    void setTableSource(EditableTable *table, TableAdapterPtr adapter);
    void selectInvestment(int index);
    void selectInput(int index);
    void refreshHeader();
    void refreshDetails();
    void refreshWarnings();
    void refreshResults(bool resultsChanged);

    QPointer<StudyDocument> m_document;
    int m_index = -1;
    int m_investment = 0;
    int m_input = 0;
    // What the adapters' titles and choices were made from, to make them anew on a change.
    QString m_sourcesKey;
    QString m_investmentKey;
    QString m_inputKey;

    QLabel *m_title;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    QLabel *m_resultsStatus;
    ResultsPanel *m_results;
    RecordForm *m_info;
    EditableTable *m_investments;
    QLabel *m_phasingTitle;
    QLabel *m_phasingNote;
    EditableTable *m_phasing;
    CapexChart *m_chart;
    EditableTable *m_borders;
    QLabel *m_bordersWarning;
    EditableTable *m_costShares;
    QLabel *m_costSharesWarning;
    EditableTable *m_inputs;
    QLabel *m_inputsWarning;
    QLabel *m_othersTitle;
    EditableTable *m_others;
    EditableTable *m_qualitative;
};

} // namespace gridcba::ui
