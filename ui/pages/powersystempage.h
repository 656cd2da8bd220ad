#pragma once

// The power system of one scenario and study year, which the market model dispatches: a
// choice of scenario and study year at the top, then tabs with the zones, borders, thermal
// clusters, renewables, storage and demand response, each an editable table (undo, paste,
// CSV import) with what validation still finds under it. A scenario and year without a
// system offer to create an empty one or to copy the system of another year or scenario.

#include "editing/powersystemadapters.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace gridcba::ui {

class EditableTable;
class StudyDocument;

class PowerSystemPage : public QWidget
{
    Q_OBJECT

  public:
    explicit PowerSystemPage(QWidget *parent = nullptr);

    void setDocument(StudyDocument *document);
    // Shows the system of (scenarioId, year); false when the study has no such study year.
    bool showSystem(const QString &scenarioId, int year);
    QString scenarioId() const;
    int year() const;
    EditableTable *table(PowerSystemTable table) const;
    QTabWidget *tabs() const { return m_tabs; }

    // What the buttons do, one undoable step each.
    void createSystem();
    void copySystem();
    void removeSystem();

  private:
    void fillScenarios();
    void fillYears();
    void fillCopySources();
    void refresh();

    QPointer<StudyDocument> m_document;
    QString m_adaptersFor; // "scenario|year" the tables show
    bool m_filling = false;

    QComboBox *m_scenario;
    QComboBox *m_year;
    QLabel *m_summary;
    QPushButton *m_remove;
    QStackedWidget *m_stack;
    QLabel *m_missing;
    QComboBox *m_copyFrom;
    QPushButton *m_copy;
    QTabWidget *m_tabs;
    std::array<EditableTable *, 6> m_tables{};
    std::array<QLabel *, 6> m_warnings{};
};

} // namespace gridcba::ui
