// GlobalsView: the model is reset every step; the open paths are remembered and reopened.
#include "globals_view.h"

#include "theme.h"
#include "value_tree_model.h"

#include <QHeaderView>
#include <QPainter>

#include <functional>

namespace memviz::ui {

GlobalsView::GlobalsView(QWidget* parent) : QTreeView(parent) {
    m_model = new ValueTreeModel(this);
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setRootIsDecorated(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QTreeView::expanded, this, &GlobalsView::geometryChanged);
    connect(this, &QTreeView::collapsed, this, &GlobalsView::geometryChanged);
}

void GlobalsView::collectExpanded(const QModelIndex& parent, QStringList& out) const {
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (isExpanded(index)) {
            out << index.data(ValueTreeModel::PathRole).toString();
            collectExpanded(index, out);
        }
    }
}

void GlobalsView::setGlobals(const std::vector<trace::ValueNode>& globals) {
    QStringList open;
    collectExpanded({}, open);
    const bool first = m_model->rowCount() == 0;
    m_model->setValues(globals);
    std::function<void(const QModelIndex&)> reopen = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (open.contains(index.data(ValueTreeModel::PathRole).toString())) {
                setExpanded(index, true);
                reopen(index);
            }
        }
    };
    reopen({});
    if (first && !globals.empty()) {
        for (int c = 0; c < ValueTreeModel::ColumnCount - 1; ++c) resizeColumnToContents(c);
    }
    viewport()->update();
    emit geometryChanged();
}

std::optional<QRectF> GlobalsView::rowRect(core::Address address) const {
    QModelIndex index = m_model->indexForAddress(address);
    if (!index.isValid()) return std::nullopt;
    // Climb to the nearest shown ancestor.
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        if (!isExpanded(p)) index = p;
    const QModelIndex last = index.siblingAtColumn(ValueTreeModel::AddressColumn);
    const QRect a = visualRect(index);
    const QRect b = visualRect(last);
    if (a.isEmpty()) return std::nullopt;
    return QRectF(a.united(b));
}

void GlobalsView::scrollContentsBy(int dx, int dy) {
    QTreeView::scrollContentsBy(dx, dy);
    emit geometryChanged();
}

void GlobalsView::paintEvent(QPaintEvent* event) {
    QTreeView::paintEvent(event);
    if (m_model->rowCount() == 0) {
        QPainter p(viewport());
        p.setPen(theme::mutedText());
        p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("No globals or static variables."));
    }
}

} // namespace memviz::ui
