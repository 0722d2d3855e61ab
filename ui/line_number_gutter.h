// LineNumberGutter: the strip left of the code editor: line numbers, breakpoints (click to toggle), the
// arrow at the line about to run and a faded arrow at the line that ran last, and error markers.
#pragma once

#include <QWidget>

namespace memviz::ui {

class CodeEditor;

class LineNumberGutter : public QWidget {
    Q_OBJECT

public:
    explicit LineNumberGutter(CodeEditor* editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    CodeEditor* m_editor;
};

} // namespace memviz::ui
