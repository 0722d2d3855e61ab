// RunToolBars: the window's two toolbars: the run controls (Run, Stop, the stepping actions, Play with its
// speed, Reset) and, on a row of its own, the timeline slider with the "step N / M" label.
#pragma once

#include <QObject>

class QComboBox;
class QLabel;
class QMainWindow;

namespace memviz::ui {

class ControlActions;
class TimelineSlider;

class RunToolBars : public QObject {
    Q_OBJECT

public:
    RunToolBars(ControlActions* actions, QMainWindow* window);

    TimelineSlider* slider() const { return m_slider; }
    QLabel* stepLabel() const { return m_stepLabel; }
    void setSpeed(double speed); // shows it; does not emit speedChosen

signals:
    void speedChosen(double speed); // the user picked an animation and play speed

private:
    QComboBox* m_speed = nullptr;
    TimelineSlider* m_slider = nullptr;
    QLabel* m_stepLabel = nullptr;
};

} // namespace memviz::ui
