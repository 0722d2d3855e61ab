// AutoRerun: runs the program again once the user stops typing. Every edit restarts a short timer (700 ms);
// when it fires and the editor's text differs from the source of the last run, rerunRequested() asks the
// window to run it. Edits that bring the text back to that source cancel the pending run. It never changes
// the text.
#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;
class QTimer;

namespace memviz::ui {

class AutoRerun : public QObject {
    Q_OBJECT

public:
    explicit AutoRerun(QPlainTextEdit* editor, int delayMs = 700);

    int delay() const;
    void setDelay(int ms);
    // The source just handed to a run: the text to compare edits with.
    void setRunSource(const QString& text);
    bool pending() const; // an edit waits for typing to pause

signals:
    void edited();         // the text now differs from the last run's source
    void rerunRequested(); // typing paused on a text that differs from the last run's source

private:
    void textEdited();

    QPlainTextEdit* m_editor = nullptr;
    QTimer* m_timer = nullptr; // the pause in typing
    QTimer* m_check = nullptr; // zero-delay: after the edit in progress
    QString m_runSource;
};

} // namespace memviz::ui
