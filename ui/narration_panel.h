// NarrationPanel: what the last step did, in one plain sentence (from the engine), large enough to read from
// the back of a room, the step and line, and the cost meter under it.
#pragma once

#include "trace/machine_state.h"

#include <QWidget>

class QLabel;

namespace memviz::ui {

class CostMeter;

class NarrationPanel : public QWidget {
    Q_OBJECT

public:
    explicit NarrationPanel(QWidget* parent = nullptr);

    void setState(const trace::MachineState& state, const engine::CostCounters& previousCost);
    void setMessage(const QString& text); // "Compiling…", "Running…", errors before any state exists
    QString narration() const;
    CostMeter* costMeter() const { return m_cost; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();
    QLabel* m_narration = nullptr;
    QLabel* m_status = nullptr;
    CostMeter* m_cost = nullptr;
};

} // namespace memviz::ui
