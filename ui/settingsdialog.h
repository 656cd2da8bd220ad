#pragma once

// Edit > Settings: the money unit, the number format, the defaults of the New Study wizard
// and the autosave interval, each stored as a preference (preferences.h, units.h) when the
// user presses OK. Also the start-up side of two settings: applyNumberFormatSetting() and
// the main window's remembered geometry and dock layout.

#include <QDialog>
#include <QLocale>
#include <QString>

#include <memory>

class QMainWindow;

namespace Ui {
class SettingsDialog;
}

namespace gridcba::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

  public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Stores the values shown and applies the number format, then closes. Views showing
    // money read the unit when they are next built or refreshed: the caller refreshes them
    // when exec() returns Accepted.
    void accept() override;

  private:
    struct Values;
    static Values storedValues();
    static Values defaultValues();
    void fill(const Values &values);
    Values filledIn() const;
    void showNumberPreview();
    void showLanguageNote();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

// The locale of a number-format key of preferences::numberFormat(): "system" is the
// desktop's; "C" is Qt's C locale with thousands separators (1,234.5).
QLocale numberFormatLocale(const QString &key);
// QLocale::setDefault() from the stored number format: call once at start-up, before
// widgets are built (the dialog calls it again on OK).
void applyNumberFormatSetting();

// The main window's geometry and the state of its docks and toolbars (which need object
// names). Call restoreWindowState() after the docks exist and the default size is set (it
// keeps the window as it is when nothing was saved yet), saveWindowState() on close.
void saveWindowState(QMainWindow *window);
void restoreWindowState(QMainWindow *window);

} // namespace gridcba::ui
