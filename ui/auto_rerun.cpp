// AutoRerun: a single-shot timer restarted by every change to the document's characters, looked at once the
// change is complete (the text compared with the run's).
#include "auto_rerun.h"

#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTimer>

namespace memviz::ui {

AutoRerun::AutoRerun(QPlainTextEdit* editor, int delayMs) : QObject(editor), m_editor(editor) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_editor->toPlainText() != m_runSource) emit rerunRequested();
    });
    // One edit (a new text, an undo) can change the document several times; look once it is done.
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(0);
    connect(m_check, &QTimer::timeout, this, &AutoRerun::textEdited);
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed != 0 || added != 0) m_check->start();
    });
}

int AutoRerun::delay() const {
    return m_timer->interval();
}
void AutoRerun::setDelay(int ms) {
    m_timer->setInterval(ms);
}

void AutoRerun::setRunSource(const QString& text) {
    m_runSource = text;
    m_timer->stop();
}

bool AutoRerun::pending() const {
    return m_timer->isActive() || m_check->isActive();
}

void AutoRerun::textEdited() {
    if (m_editor->toPlainText() == m_runSource) { // back to what ran (an undo, a text being loaded)
        m_timer->stop();
        return;
    }
    const bool first = !m_timer->isActive();
    m_timer->start();
    if (first) emit edited();
}

} // namespace memviz::ui
