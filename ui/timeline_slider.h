// TimelineSlider: a slider over the steps of the run with marks where things happened: heap operations
// (small blue ticks) and errors (tall red ticks). Dragging it jumps (no animation).
#pragma once

#include <QSlider>

#include <cstdint>
#include <vector>

namespace memviz::ui {

class TimelineSlider : public QSlider {
    Q_OBJECT

public:
    struct Mark {
        std::uint64_t step = 0;
        bool error = false;
    };

    explicit TimelineSlider(QWidget* parent = nullptr);

    void setSteps(std::uint64_t endStep);
    void setMarks(std::vector<Mark> marks);
    const std::vector<Mark>& marks() const { return m_marks; }
    void setStep(std::uint64_t step); // without emitting stepRequested

signals:
    void stepRequested(std::uint64_t step);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<Mark> m_marks;
    bool m_setting = false;
};

} // namespace memviz::ui
