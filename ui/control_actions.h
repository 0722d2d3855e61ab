// ControlActions: the run controls as QActions with their shortcuts, for the toolbar and the Run menu:
// Run, Stop, Step Into (F11), Step Over (F10), Step Out (Shift+F11), Step Back (Shift+F10, Ctrl+Left),
// Continue (F5), Continue Backwards (Shift+F5), Play/Pause (F8), Reset, Toggle Breakpoint (F9).
#pragma once

#include <QObject>

class QAction;

namespace memviz::ui {

class ControlActions : public QObject {
    Q_OBJECT

public:
    explicit ControlActions(QObject* parent);

    QAction* run = nullptr;
    QAction* stop = nullptr;
    QAction* stepInto = nullptr;
    QAction* stepOver = nullptr;
    QAction* stepOut = nullptr;
    QAction* stepBack = nullptr;
    QAction* continueForward = nullptr;
    QAction* continueBackward = nullptr;
    QAction* play = nullptr;
    QAction* reset = nullptr;
    QAction* toggleBreakpoint = nullptr;

    void setPlaying(bool playing);
    // Stepping is possible once a history exists; Stop only while a run is being recorded.
    void setState(bool haveHistory, bool running, bool atStart, bool atEnd);
};

} // namespace memviz::ui
