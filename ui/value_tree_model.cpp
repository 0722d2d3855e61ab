// ValueTreeModel: items are numbered in a flat vector built once per setValues; an index's internal id
// is its item number, so parent() is a look-up.
#include "value_tree_model.h"

#include "theme.h"
#include "value_text.h"

#include <QBrush>
#include <QFont>

namespace memviz::ui {

ValueTreeModel::ValueTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ValueTreeModel::setValues(std::vector<trace::ValueNode> values) {
    beginResetModel();
    m_values = std::move(values);
    m_items.clear();
    m_topLevel.clear();
    addItems(m_values, -1);
    endResetModel();
}

void ValueTreeModel::addItems(const std::vector<trace::ValueNode>& nodes, int parent) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const int number = static_cast<int>(m_items.size());
        m_items.push_back(Item{&nodes[i], parent, static_cast<int>(i), {}});
        if (parent < 0)
            m_topLevel.push_back(number);
        else
            m_items[static_cast<std::size_t>(parent)].children.push_back(number);
        addItems(nodes[i].children, number);
    }
}

const ValueTreeModel::Item* ValueTreeModel::itemOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) return nullptr;
    const auto number = static_cast<std::size_t>(index.internalId());
    return number < m_items.size() ? &m_items[number] : nullptr;
}

QModelIndex ValueTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    const std::vector<int>* rows = &m_topLevel;
    if (parent.isValid()) {
        const Item* item = itemOf(parent);
        if (!item || parent.column() != 0) return {};
        rows = &item->children;
    }
    if (row >= static_cast<int>(rows->size())) return {};
    return createIndex(row, column, static_cast<quintptr>((*rows)[static_cast<std::size_t>(row)]));
}

QModelIndex ValueTreeModel::parent(const QModelIndex& child) const {
    const Item* item = itemOf(child);
    if (!item || item->parent < 0) return {};
    const Item& parentItem = m_items[static_cast<std::size_t>(item->parent)];
    return createIndex(parentItem.row, 0, static_cast<quintptr>(item->parent));
}

int ValueTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0) return 0;
    const Item* item = itemOf(parent);
    return item ? static_cast<int>(item->children.size()) : 0;
}

int ValueTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant ValueTreeModel::data(const QModelIndex& index, int role) const {
    const Item* item = itemOf(index);
    if (!item) return {};
    const trace::ValueNode& node = *item->node;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return QString::fromStdString(node.name);
        case TypeColumn: return QString::fromStdString(node.type);
        case ValueColumn: return valueText(node);
        case AddressColumn: return hexAddress(node.address);
        default: return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2 = %3\n%4 bytes at %5")
            .arg(QString::fromStdString(node.type), QString::fromStdString(node.name), valueText(node))
            .arg(node.size)
            .arg(hexAddress(node.address));
    case Qt::ForegroundRole:
        if (!node.initialized && index.column() == ValueColumn) return QBrush(theme::mutedText());
        if (index.column() == AddressColumn || index.column() == TypeColumn) return QBrush(theme::mutedText());
        return {};
    case Qt::FontRole:
        if (!node.initialized && index.column() == ValueColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case AddressRole: return QVariant::fromValue<qulonglong>(node.address);
    case SizeRole: return QVariant::fromValue<qulonglong>(node.size);
    case IsPointerRole: return node.isPointer;
    case PointeeRole: return QVariant::fromValue<qulonglong>(node.pointee);
    case InitializedRole: return node.initialized;
    case PathRole: {
        QString path = QString::fromStdString(node.name);
        for (int p = item->parent; p >= 0; p = m_items[static_cast<std::size_t>(p)].parent)
            path.prepend(QString::fromStdString(m_items[static_cast<std::size_t>(p)].node->name) + QLatin1Char('/'));
        return path;
    }
    default: return {};
    }
}

QVariant ValueTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    case AddressColumn: return tr("Address");
    default: return {};
    }
}

QModelIndex ValueTreeModel::indexForAddress(core::Address address) const {
    QModelIndex found;
    const std::vector<int>* rows = &m_topLevel;
    bool descended = true;
    while (descended) {
        descended = false;
        for (int number : *rows) {
            const Item& item = m_items[static_cast<std::size_t>(number)];
            const trace::ValueNode& node = *item.node;
            if (address >= node.address && address < node.address + std::max<std::uint64_t>(node.size, 1)) {
                found = createIndex(item.row, 0, static_cast<quintptr>(number));
                rows = &item.children;
                descended = true;
                break;
            }
        }
    }
    return found;
}

} // namespace memviz::ui
