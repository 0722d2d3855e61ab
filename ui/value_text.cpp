// Text helpers shared by the views.
#include "value_text.h"

#include <QStringList>

#include <algorithm>

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

namespace {

bool anyInitialized(const trace::ValueNode& node) {
    if (node.children.empty()) return node.initialized;
    return std::any_of(node.children.begin(), node.children.end(), anyInitialized);
}

// An array or struct only partly written: "{0x405010, 0x405080, ??, ??}" (members as "next = 0x4052a0").
QString partialText(const trace::ValueNode& node) {
    constexpr std::size_t kShown = 12;
    QStringList parts;
    for (std::size_t i = 0; i < node.children.size() && i < kShown; ++i) {
        const trace::ValueNode& c = node.children[i];
        QString text = c.initialized ? QString::fromStdString(c.value)
                                     : (c.children.empty() || !anyInitialized(c) ? QStringLiteral("??")
                                                                                 : partialText(c));
        if (c.name.starts_with('.'))
            text = QString::fromStdString(c.name.substr(1)) + QStringLiteral(" = ") + text;
        parts << text;
    }
    if (node.children.size() > kShown) parts << QStringLiteral("…");
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

QString valueText(const trace::ValueNode& node) {
    if (node.initialized) return QString::fromStdString(node.value);
    if (!node.children.empty() && anyInitialized(node)) return partialText(node);
    return QStringLiteral("?? (uninitialized)");
}

QString counted(std::uint64_t n, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace memviz::ui
