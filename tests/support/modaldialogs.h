#pragma once

// Answering the modal dialogs a GUI action opens, for tests that drive the main window.

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace gridcba::test {

// One modal dialog an action opened, as it was when it came up.
struct ModalSeen
{
    QString className; // "QMessageBox", "QFileDialog", ...
    QString objectName;
    QString text; // title, text and informative text of a message box
};

// Runs `action`; every modal dialog it opens is recorded and handed to `answer`, which must
// close it (click a button, reject it). Returns the dialogs in the order they came.
inline QList<ModalSeen> answerModals(const std::function<void()> &action,
                                     const std::function<void(QWidget *)> &answer)
{
    QList<ModalSeen> seen;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        ModalSeen s;
        s.className = QString::fromLatin1(modal->metaObject()->className());
        s.objectName = modal->objectName();
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            s.text = box->windowTitle() + u'\n' + box->text() + u'\n' + box->informativeText();
        seen << s;
        answer(modal);
    });
    timer.start();
    action();
    return seen;
}

// Clicks the button named `buttonName` in the dialog (or rejects it when there is none).
inline std::function<void(QWidget *)> clickButton(const QString &buttonName)
{
    return [buttonName](QWidget *modal) {
        if (auto *button = modal->findChild<QPushButton *>(buttonName))
            button->click();
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    };
}

// Clicks a message box's standard button (or rejects any other dialog).
inline std::function<void(QWidget *)> clickStandardButton(QMessageBox::StandardButton which)
{
    return [which](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (box && box->button(which))
            box->button(which)->click();
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    };
}

inline void rejectDialog(QWidget *modal)
{
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
}

} // namespace gridcba::test
