// MetricsSeries: stride choice and the final touches (last event, extent peak).
#include "replay/metrics_series.h"

#include <algorithm>

namespace memviz::replay {

MetricsSeries::MetricsSeries(std::uint64_t events, std::uint64_t maxRows) {
    if (maxRows == 0) return;
    m_stride = std::max<std::uint64_t>(1, (events + maxRows - 1) / maxRows);
    m_countdown = m_stride;
    m_samples.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(events, maxRows) + 2));
}

void MetricsSeries::finish(std::uint64_t lastEvent, const alloc::HeapMetrics& metrics) {
    if (m_stride == 0 || lastEvent == 0) return;
    insertInOrder(MetricsSample{lastEvent, metrics});
    if (m_peak.event != 0) insertInOrder(m_peak);
}

void MetricsSeries::insertInOrder(const MetricsSample& sample) {
    auto at = std::lower_bound(m_samples.begin(), m_samples.end(), sample.event,
                               [](const MetricsSample& s, std::uint64_t event) { return s.event < event; });
    if (at != m_samples.end() && at->event == sample.event) return;
    m_samples.insert(at, sample);
}

} // namespace memviz::replay
