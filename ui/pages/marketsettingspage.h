#pragma once

// The market model's settings shared by every run of the study (hurdle cost, adequacy Monte
// Carlo years and seed, solver tolerances) as a form, each change one undoable step, with the
// solver the runs record.

#include <QPointer>
#include <QWidget>

class QLabel;

namespace gridcba::ui {

class RecordForm;
class StudyDocument;

class MarketSettingsPage : public QWidget
{
    Q_OBJECT

  public:
    explicit MarketSettingsPage(QWidget *parent = nullptr);

    void setDocument(StudyDocument *document);
    RecordForm *form() const { return m_form; }

  private:
    void refresh();

    QPointer<StudyDocument> m_document;
    RecordForm *m_form;
    QLabel *m_solver;
};

} // namespace gridcba::ui
