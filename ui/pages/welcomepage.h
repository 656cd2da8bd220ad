#pragma once

// What the main window shows while no study is open: how to get started.

#include <QWidget>

namespace gridcba::ui {

class DocumentActions;

class WelcomePage : public QWidget
{
    Q_OBJECT

  public:
    explicit WelcomePage(const DocumentActions &actions, QWidget *parent = nullptr);
};

} // namespace gridcba::ui
