// NarrationPanel: a large word-wrapped label, a status line and the cost meter.
#include "narration_panel.h"
#include "value_text.h"

#include "cost_meter.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace memviz::ui {

NarrationPanel::NarrationPanel(QWidget* parent) : QWidget(parent) {
    m_narration = new QLabel(this);
    m_narration->setObjectName(QStringLiteral("narration"));
    m_narration->setWordWrap(true);
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText());
    m_status->setPalette(muted);
    m_cost = new CostMeter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_narration);
    layout->addWidget(m_status);
    layout->addWidget(m_cost);
    layout->addStretch(1);
    applyFonts();
}

void NarrationPanel::applyFonts() {
    // The narration is read from the back of the room: a third larger than the rest.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_narration->setFont(big);
    m_narration->setMinimumHeight(QFontMetrics(big).height() * 2 + 4);
}

void NarrationPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) applyFonts();
}

void NarrationPanel::setState(const trace::MachineState& state, const engine::CostCounters& previousCost) {
    QString text = QString::fromStdString(state.narration);
    if (text.isEmpty())
        text = state.step <= 1 ? tr("The program is about to start at main.") : tr("(no narration for this step)");
    m_narration->setText(text);
    QString status = state.ended ? tr("Ended after step %1 of %2").arg(state.totalSteps).arg(state.totalSteps)
                                 : tr("Step %1 of %2 · line %3").arg(state.step).arg(state.totalSteps).arg(state.line);
    if (!state.errors.empty()) status += tr(" · %1 so far").arg(counted(state.errors.size(), tr("error"), tr("errors")));
    m_status->setText(status);
    m_cost->setCost(state.cost, previousCost);
}

void NarrationPanel::setMessage(const QString& text) {
    m_narration->setText(text);
    m_status->clear();
}

QString NarrationPanel::narration() const { return m_narration->text(); }

} // namespace memviz::ui
