// ValueTreeModel: a tree of typed values (globals, or one frame's locals) as an item model with the columns
// name, type, value and address; arrays and structs have their elements and members as children.
// Uninitialized values read "?? (uninitialized)" in grey. Used by the globals view and its tests.
#pragma once

#include "trace/machine_state.h"

#include <QAbstractItemModel>

#include <vector>

namespace memviz::ui {

class ValueTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ValueColumn, AddressColumn, ColumnCount };
    enum Role { AddressRole = Qt::UserRole + 1, SizeRole, IsPointerRole, PointeeRole, InitializedRole, PathRole };

    explicit ValueTreeModel(QObject* parent = nullptr);

    void setValues(std::vector<trace::ValueNode> values);
    const std::vector<trace::ValueNode>& values() const { return m_values; }

    // The deepest item whose bytes contain `address` (column 0), or an invalid index.
    QModelIndex indexForAddress(core::Address address) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        const trace::ValueNode* node = nullptr;
        int parent = -1;            // item number of the parent, -1 at the top level
        int row = 0;                // row under the parent
        std::vector<int> children;  // item numbers
    };
    void addItems(const std::vector<trace::ValueNode>& nodes, int parent);
    const Item* itemOf(const QModelIndex& index) const;

    std::vector<trace::ValueNode> m_values;
    std::vector<Item> m_items;
    std::vector<int> m_topLevel;
};

} // namespace memviz::ui
