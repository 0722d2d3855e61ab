// Text helpers shared by the views.
#include "value_text.h"

namespace memviz::ui {

QString hexAddress(core::Address address) {
    return QStringLiteral("0x") + QString::number(address, 16);
}

QString shortHexAddress(core::Address address) {
    return QStringLiteral("…") + QString::number(address & 0xffff, 16).rightJustified(4, QLatin1Char('0'));
}

QString byteSize(std::uint64_t bytes) {
    if (bytes < 1024) return QStringLiteral("%1 B").arg(bytes);
    const double kib = static_cast<double>(bytes) / 1024.0;
    if (kib < 1024.0) return QStringLiteral("%1 KiB").arg(kib, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 1);
}

QString valueText(const trace::ValueNode& node) {
    if (!node.initialized) return QStringLiteral("?? (uninitialized)");
    return QString::fromStdString(node.value);
}

} // namespace memviz::ui
