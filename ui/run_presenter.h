// RunPresenter: the glue between the run controller and the views. The stepping actions and the places that
// seek (timeline slider, chart, problems list) move the controller; what the controller reports (a run
// started, compiled or not, finished, a new current step) is put on screen: editor marks and lines, the
// memory picture, narration, output, chart, slider, step label, status bar and which actions are enabled.
#pragma once

#include "engine/run_result.h"

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;
class QTimer;
class QTreeView;

namespace memviz::ui {

class CodeEditor;
class ControlActions;
class FragmentationChart;
class MemoryPanel;
class NarrationPanel;
class OutputPanel;
class ProblemsModel;
class RunController;
class TimelineSlider;

class RunPresenter : public QObject {
    Q_OBJECT

public:
    struct Views {
        CodeEditor* editor = nullptr;
        MemoryPanel* memory = nullptr;
        NarrationPanel* narration = nullptr;
        OutputPanel* output = nullptr;
        ProblemsModel* problems = nullptr;
        QTreeView* problemsView = nullptr;
        FragmentationChart* chart = nullptr;
        TimelineSlider* slider = nullptr;
        QLabel* stepLabel = nullptr;
        QStatusBar* statusBar = nullptr;
    };

    RunPresenter(RunController* controller, ControlActions* actions, const Views& views, QObject* parent);

    void setAnimationMs(int ms) { m_animationMs = ms; } // 0: steps do not animate
    void setStepLimit(quint64 steps) { m_stepLimit = steps; }
    void setProgramName(const QString& name) { m_programName = name; }
    void updateActions();

signals:
    void stateShown(); // a run finished (or failed to compile) and its state is on screen

private:
    void connectNavigation();
    void showCompileResult(bool ok);
    void showRunOutcome();
    void showState(bool animate);

    RunController* m_controller = nullptr;
    ControlActions* m_actions = nullptr;
    Views m_views;
    int m_animationMs = 0;
    quint64 m_stepLimit = 0;
    QString m_programName;
    engine::CostCounters m_lastCost;
    QTimer* m_busy = nullptr; // a re-run that takes long says so in the narration
};

} // namespace memviz::ui
