// ControlActions: texts, shortcuts, tooltips and icons (from the style, so they follow the platform theme).
#include "control_actions.h"

#include <QAction>
#include <QApplication>
#include <QStyle>

namespace memviz::ui {

namespace {

QAction* make(QObject* parent, const QString& text, const QList<QKeySequence>& keys, QStyle::StandardPixmap icon,
              const QString& tip) {
    auto* a = new QAction(QApplication::style()->standardIcon(icon), text, parent);
    a->setShortcuts(keys);
    QString shortcut;
    if (!keys.isEmpty()) shortcut = QStringLiteral(" (%1)").arg(keys.front().toString(QKeySequence::NativeText));
    a->setToolTip(tip + shortcut);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

} // namespace

ControlActions::ControlActions(QObject* parent) : QObject(parent) {
    run = make(this, tr("&Run"), {QKeySequence(Qt::CTRL | Qt::Key_R)}, QStyle::SP_MediaPlay,
               tr("Compile and run the program, recording every step"));
    stop = make(this, tr("S&top"), {QKeySequence(Qt::CTRL | Qt::Key_Period)}, QStyle::SP_MediaStop,
                tr("Stop a run that takes too long (what ran so far is kept)"));
    stepBack = make(this, tr("Step &Back"), {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::CTRL | Qt::Key_Left)},
                    QStyle::SP_MediaSeekBackward, tr("Go back one line"));
    stepOver = make(this, tr("Step &Over"), {QKeySequence(Qt::Key_F10), QKeySequence(Qt::CTRL | Qt::Key_Right)},
                    QStyle::SP_MediaSeekForward, tr("Run one line, calls included"));
    stepInto = make(this, tr("Step &Into"), {QKeySequence(Qt::Key_F11)}, QStyle::SP_ArrowDown,
                    tr("Run one step, into calls"));
    stepOut = make(this, tr("Step O&ut"), {QKeySequence(Qt::SHIFT | Qt::Key_F11)}, QStyle::SP_ArrowUp,
                   tr("Run until the current function returns"));
    continueForward = make(this, tr("&Continue"), {QKeySequence(Qt::Key_F5)}, QStyle::SP_MediaSkipForward,
                           tr("Run to the next breakpoint (or the end)"));
    continueBackward = make(this, tr("Continue Back&wards"), {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
                            QStyle::SP_MediaSkipBackward, tr("Go back to the previous breakpoint (or the start)"));
    play = make(this, tr("&Play"), {QKeySequence(Qt::Key_F8)}, QStyle::SP_MediaPlay,
                tr("Step automatically at the chosen speed"));
    play->setCheckable(true);
    reset = make(this, tr("R&eset"), {QKeySequence(Qt::CTRL | Qt::Key_Home)}, QStyle::SP_BrowserReload,
                 tr("Back to the first step"));
    toggleBreakpoint = make(this, tr("Toggle &Breakpoint"), {QKeySequence(Qt::Key_F9)}, QStyle::SP_DialogNoButton,
                            tr("Set or clear a breakpoint at the cursor's line"));
    toggleBreakpoint->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void ControlActions::setPlaying(bool playing) {
    play->setChecked(playing);
    play->setText(playing ? tr("&Pause") : tr("&Play"));
    play->setIcon(QApplication::style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void ControlActions::setState(bool haveHistory, bool running, bool atStart, bool atEnd) {
    stop->setEnabled(running);
    const bool can = haveHistory && !running;
    for (QAction* a : {stepInto, stepOver, stepOut, continueForward}) a->setEnabled(can && !atEnd);
    for (QAction* a : {stepBack, continueBackward, reset}) a->setEnabled(can && !atStart);
    play->setEnabled(can);
}

} // namespace memviz::ui
