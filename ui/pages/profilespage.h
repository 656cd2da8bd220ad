#pragma once

// The study's library of hourly profiles (demand, renewables, inflows, NTC factors): a table
// of every profile with its climate year, mean, minimum and maximum (rename, change the
// climate year, delete, all undoable), and a chart of the selected one, a week hour by hour
// or the whole year as daily means. Import CSV… reads profiles in the wide format (one
// column per profile, profileimportdialog.h).

#include <QPointer>
#include <QWidget>

class QComboBox;
class QSpinBox;

namespace gridcba::ui {

class EditableTable;
class ProfileChart;
class StudyDocument;

class ProfilesPage : public QWidget
{
    Q_OBJECT

  public:
    explicit ProfilesPage(QWidget *parent = nullptr);

    void setDocument(StudyDocument *document);
    EditableTable *table() const { return m_table; }
    ProfileChart *chart() const { return m_chart; }
    // The row shown in the chart (-1: none).
    int shownRow() const { return m_row; }

  private:
    void showRow(int row);

    QPointer<StudyDocument> m_document;
    int m_row = -1;
    EditableTable *m_table;
    ProfileChart *m_chart;
    QComboBox *m_span;
    QSpinBox *m_week;
};

} // namespace gridcba::ui
