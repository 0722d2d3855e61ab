// Theme: the colours and sizes every memviz view shares, chosen to stay distinct on a washed-out projector
// (strong hue differences, dark text on light fills) and for common colour-vision deficiencies (state is
// also told by hatching and labels, never by colour alone).
#pragma once

#include <QColor>

namespace memviz::ui::theme {

inline QColor background() { return QColor(0xfa, 0xfa, 0xf7); }
inline QColor text() { return QColor(0x20, 0x22, 0x26); }
inline QColor mutedText() { return QColor(0x6b, 0x70, 0x78); }
inline QColor gridLine() { return QColor(0xd0, 0xd3, 0xd8); }

// Stack frames.
inline QColor frameFill() { return QColor(0xe8, 0xf0, 0xfb); }
inline QColor frameBorder() { return QColor(0x5b, 0x7d, 0xb1); }
inline QColor currentFrameFill() { return QColor(0xff, 0xf3, 0xc4); }
inline QColor currentFrameBorder() { return QColor(0xd9, 0x8e, 0x04); }
inline QColor controlSlotFill() { return QColor(0xe4, 0xe4, 0xe4); }

// Heap blocks.
inline QColor headerFill() { return QColor(0x3d, 0x55, 0x7a); }
inline QColor allocatedFill() { return QColor(0x6f, 0xa8, 0xdc); }
inline QColor paddingFill() { return QColor(0xb9, 0xd3, 0xee); }
inline QColor freeFill() { return QColor(0xdc, 0xed, 0xd6); }
inline QColor freshFill() { return QColor(0xee, 0xee, 0xea); }
inline QColor danglingFill() { return QColor(0xf4, 0xb4, 0xb4); }
inline QColor leakedFill() { return QColor(0xf2, 0xa6, 0x3b); }
inline QColor corruptedFill() { return QColor(0xb0, 0x2a, 0x8a); }
inline QColor blockBorder() { return QColor(0x2b, 0x2f, 0x36); }

// Pointers, errors, markers.
inline QColor arrow() { return QColor(0x1f, 0x5f, 0xbf); }
inline QColor danglingArrow() { return QColor(0xd0, 0x1f, 0x1f); }
inline QColor error() { return QColor(0xd0, 0x1f, 0x1f); }
inline QColor warning() { return QColor(0xc7, 0x7c, 0x02); }
inline QColor currentLine() { return QColor(0xff, 0xf3, 0xc4); }
inline QColor currentArrow() { return QColor(0xe0, 0x8a, 0x00); }
inline QColor previousArrow() { return QColor(0xe0, 0x8a, 0x00, 0x70); }
inline QColor breakpoint() { return QColor(0xc6, 0x28, 0x28); }

} // namespace memviz::ui::theme
