// HeapOverview: a thin strip of the whole heap extent at true scale (no minimum widths), so fragmentation is
// visible at a glance, with a frame around the part the heap view shows; clicking scrolls the heap view
// there. The strip is rendered into an image once per state and width.
#pragma once

#include "block_classifier.h"
#include "core/address.h"
#include "trace/machine_state.h"

#include <QImage>
#include <QWidget>

namespace memviz::ui {

class HeapOverview : public QWidget {
    Q_OBJECT

public:
    explicit HeapOverview(QWidget* parent = nullptr);

    void setState(const trace::MachineState& state);
    void setVisibleRange(core::Address first, core::Address last);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void addressClicked(core::Address address);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void render();
    QRectF stripRect() const;
    double xOf(core::Address address) const;

    std::vector<trace::HeapBlockState> m_blocks;
    BlockClassifier m_classifier;
    core::Address m_start = 0, m_end = 0;
    core::Address m_visibleFirst = 0, m_visibleLast = 0;
    std::uint64_t m_liveBytes = 0, m_freeBytes = 0;
    QImage m_image;
};

} // namespace memviz::ui
