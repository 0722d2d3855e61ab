// HeapBlockPainter: draws one heap block of the heap view from its rectangles (one per row it spans): the
// header, the payload and padding of an allocated block or the free space, hatching for dangling and
// corrupted bytes, a break mark when it is drawn shorter than its size, the old boundaries fading out of a
// merged block, and the size and line labels in its widest piece. How a step animates is decided by the
// view and handed in as a Look; the painter only paints.
#pragma once

#include "block_classifier.h"
#include "trace/machine_state.h"

#include <QColor>
#include <QRectF>

#include <vector>

class QPainter;

namespace memviz::ui {

class HeapBlockPainter {
public:
    struct Look {
        BlockKind kind = BlockKind::Free;
        QColor fill;                              // the state's colour (blended while it changes)
        double grow = 1.0;                        // fraction of an allocated block drawn (a new block grows)
        bool compressed = false;                  // drawn narrower than its size at this scale
        std::vector<core::Address> oldBoundaries; // where merged blocks used to start, fading out
        double boundaryOpacity = 0;
    };

    // `clip`: the area to paint, in the same coordinates as the rectangles.
    HeapBlockPainter(QPainter& painter, const BlockClassifier& classifier, const QRectF& clip)
        : m_p(painter), m_classifier(classifier), m_clip(clip) {}

    void paint(const trace::HeapBlockState& block, const std::vector<QRectF>& segments, const Look& look);

private:
    void paintLabel(const trace::HeapBlockState& block, const QRectF& r, bool first, double headerWidth,
                    BlockKind kind);

    QPainter& m_p;
    const BlockClassifier& m_classifier;
    QRectF m_clip;
};

} // namespace memviz::ui
