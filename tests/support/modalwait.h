#pragma once

// For GUI tests that drive a dialog shown with exec(): the test arms the callback, then
// triggers what opens the dialog; the callback runs inside the dialog's event loop.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace gridcba::test {

// Calls `act` with the modal window once exec() shows it (an import dialog, a message box);
// `act` must close it.
inline void whenModalShows(QObject *context, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace gridcba::test
