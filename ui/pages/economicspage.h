#pragma once

// The study's name and description and its economic parameters (price base year, discount
// rate, discounting year, years assessed, residual value, B/C definition, first-year
// fraction) as forms, and the deflator as an editable table. Every change is one undoable
// edit of the document; the page follows the document's changes (undo, redo, other pages).

#include <QPointer>
#include <QWidget>

class QLabel;

namespace gridcba::ui {

class EditableTable;
class RecordForm;
class StudyDocument;

class EconomicsPage : public QWidget
{
    Q_OBJECT

  public:
    explicit EconomicsPage(QWidget *parent = nullptr);

    // The document edited (may be null: the page is then empty).
    void setDocument(StudyDocument *document);
    StudyDocument *document() const { return m_document; }

  private:
    void refresh();

    QPointer<StudyDocument> m_document;
    QLabel *m_title;
    RecordForm *m_info;
    RecordForm *m_parameters;
    QLabel *m_deflatorNote;
    EditableTable *m_deflator;
};

} // namespace gridcba::ui
