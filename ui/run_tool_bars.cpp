// RunToolBars: built once on the main window; the actions themselves belong to ControlActions.
#include "run_tool_bars.h"

#include "control_actions.h"
#include "timeline_slider.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>

namespace memviz::ui {

RunToolBars::RunToolBars(ControlActions* actions, QMainWindow* window) : QObject(window) {
    QToolBar* controls = window->addToolBar(tr("Controls"));
    controls->setObjectName(QStringLiteral("controlsToolBar"));
    controls->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    controls->addAction(actions->run);
    controls->addAction(actions->stop);
    controls->addSeparator();
    for (QAction* a : {actions->continueBackward, actions->stepBack, actions->stepOver, actions->stepInto,
                       actions->stepOut, actions->continueForward})
        controls->addAction(a);
    controls->addSeparator();
    controls->addAction(actions->play);
    m_speed = new QComboBox;
    m_speed->setToolTip(tr("Animation and play speed"));
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0}) m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    controls->addWidget(m_speed);
    controls->addAction(actions->reset);
    connect(m_speed, &QComboBox::activated, this,
            [this] { emit speedChosen(m_speed->currentData().toDouble()); });

    window->addToolBarBreak();
    QToolBar* timeline = window->addToolBar(tr("Timeline"));
    timeline->setObjectName(QStringLiteral("timelineToolBar"));
    m_slider = new TimelineSlider;
    m_slider->setObjectName(QStringLiteral("timeline"));
    m_stepLabel = new QLabel;
    m_stepLabel->setMinimumWidth(
        m_stepLabel->fontMetrics().horizontalAdvance(QStringLiteral("ended after 10000000 steps")));
    m_stepLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    timeline->addWidget(m_slider);
    timeline->addWidget(m_stepLabel);
}

void RunToolBars::setSpeed(double speed) {
    const int index = m_speed->findData(speed);
    if (index >= 0) m_speed->setCurrentIndex(index);
}

} // namespace memviz::ui
