#pragma once

// One record of the study (the economic parameters, a scenario's name and price year, a
// project's general data) as a form: a label with the unit and an editor per column of a
// single-row TableAdapter. It goes through the same StudyTableModel as the tables, so every
// change is checked by the adapter and is one undoable step: a line edit commits when it
// loses focus or on Return, a combo box or check box at once. A refused value turns the
// field red and the reason appears under the form; the field keeps the text typed so it can
// be corrected, until the study changes.

#include "tableadapter.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;

namespace gridcba::ui {

class StudyDocument;
class StudyTableModel;

class RecordForm : public QWidget
{
    Q_OBJECT

  public:
    explicit RecordForm(QWidget *parent = nullptr);

    // Rebuilds the fields when the adapter's columns differ from the current ones.
    // Each field's objectName is the column key.
    void setSource(StudyDocument *document, TableAdapterPtr adapter);
    StudyTableModel *model() const { return m_model; }
    // The field editing column `key` (QLineEdit, QComboBox, QCheckBox or QPlainTextEdit).
    QWidget *field(const QString &key) const;
    // The reason the last change was refused, or empty.
    QString message() const;

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void rebuild();
    void refresh();
    void commitField(int column);
    void showMessage(const QString &message, int column);

    StudyTableModel *m_model;
    QFormLayout *m_form;
    QLabel *m_message;
    std::vector<QWidget *> m_fields;
    QStringList m_keys;
    int m_failedColumn = -1;
};

} // namespace gridcba::ui
