#include "welcomepage.h"

#include "documentactions.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridcba::ui {

namespace {

constexpr int kCardWidth = 520;

QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(action->statusTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

WelcomePage::WelcomePage(const DocumentActions &actions, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("No study is open"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Open a study file (.gridcba) or a study in the JSON exchange "
                               "format, or look around in the bundled sample study."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(buttonFor(actions.openAction(), tr("Open Study…"), this));
    buttons->addWidget(buttonFor(actions.openSampleAction(), tr("Open Sample Study"), this));
    buttons->addStretch();

    // A fixed-width column in the middle of the page, a third of the way down.
    auto *card = new QWidget(this);
    card->setFixedWidth(kCardWidth);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title);
    cardLayout->addWidget(text);
    cardLayout->addSpacing(12);
    cardLayout->addLayout(buttons);

    auto *layout = new QGridLayout(this);
    layout->addWidget(card, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
}

} // namespace gridcba::ui
