// GlobalsView: globals and static locals as a tree (ValueTreeModel): name, type, value, address; arrays and
// structs expandable, what is open stays open from step to step. Exposes where a variable's row is, for
// the pointer arrows.
#pragma once

#include "trace/machine_state.h"

#include <QTreeView>

#include <optional>

namespace memviz::ui {

class ValueTreeModel;

class GlobalsView : public QTreeView {
    Q_OBJECT

public:
    explicit GlobalsView(QWidget* parent = nullptr);

    void setGlobals(const std::vector<trace::ValueNode>& globals);
    ValueTreeModel* valueModel() const { return m_model; }
    // The visible row holding `address`, in viewport coordinates (its closed parent's when it is hidden).
    std::optional<QRectF> rowRect(core::Address address) const;

signals:
    void geometryChanged();

protected:
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void collectExpanded(const QModelIndex& parent, QStringList& out) const;
    ValueTreeModel* m_model = nullptr;
};

} // namespace memviz::ui
