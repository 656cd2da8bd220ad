#pragma once

// The preview of a profile import (core/io/profilecsv.h): the file, the climate year the
// profiles are for (chosen here, the file does not say), every profile found with its mean,
// minimum and maximum and whether it replaces one of the study, what was read differently
// (29 February of a leap year dropped), and every error with its line and column. "Import"
// is enabled only without errors; the caller commits the profiles as one undoable step.
//
// Tests build it without exec() and find its parts by object name: "profileClimateYear"
// (QSpinBox), "profilePreview" (QTableWidget), "profileImportErrors" (QListWidget),
// "profileImportNotes" (QLabel), "profileImportButton".

#include "io/profilecsv.h"
#include "model/study.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gridcba::ui {

class StudyDocument;

class ProfileImportDialog : public QDialog
{
    Q_OBJECT

  public:
    ProfileImportDialog(const model::Study &study, const QString &path, const QByteArray &bytes,
                        QWidget *parent = nullptr);

    const io::ProfileCsvResult &result() const { return m_result; }
    int climateYear() const;
    void setClimateYear(int year);
    // "Import 3 profiles for climate year 2009"
    QString undoText() const;
    QPushButton *importButton() const { return m_import; }

  private:
    void reread();

    const model::Study &m_study;
    QString m_fileName;
    QByteArray m_bytes;
    io::ProfileCsvResult m_result;
    QSpinBox *m_climateYear;
    QTableWidget *m_preview;
    QLabel *m_notes;
    QListWidget *m_errors;
    QLabel *m_status;
    QPushButton *m_import;
};

// Reads `path`, shows the preview, and on Import adds or replaces the profiles in `document`
// as one undoable step. Returns true when imported.
bool runProfileImport(QWidget *parent, StudyDocument *document, const QString &path);

} // namespace gridcba::ui
