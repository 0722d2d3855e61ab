// ValueTreeModel: the item-model contract (QAbstractItemModelTester), the columns, uninitialized values and
// the address look-up the arrows use.
#include "test_states.h"
#include "value_tree_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using memviz::ui::ValueTreeModel;
namespace test = memviz::ui::test;

TEST_CASE("value tree model passes the item model tester with nested values", "[ui][models]") {
    ValueTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto state = test::smallState();
    model.setValues(state.frames[0].locals);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex arr = model.index(1, 0);
    CHECK(arr.data().toString() == QStringLiteral("arr"));
    CHECK(model.rowCount(arr) == 3);
    CHECK(model.index(2, ValueTreeModel::ValueColumn, arr).data().toString() == QStringLiteral("3"));
    CHECK(model.parent(model.index(2, 0, arr)) == arr);
    model.setValues(state.globals);
    CHECK(model.rowCount() == 2);
    model.setValues({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("value tree model shows uninitialized values as such", "[ui][models]") {
    ValueTreeModel model;
    model.setValues(test::smallState().frames[1].locals);
    const QModelIndex node = model.index(1, ValueTreeModel::ValueColumn);
    CHECK(node.data().toString() == QStringLiteral("?? (uninitialized)"));
    CHECK_FALSE(node.data(ValueTreeModel::InitializedRole).toBool());
    CHECK(model.index(1, ValueTreeModel::TypeColumn).data().toString() == QStringLiteral("struct node *"));
    CHECK(model.index(1, ValueTreeModel::AddressColumn).data().toString() == QStringLiteral("0x7ffffffefcc0"));
}

TEST_CASE("value tree model finds the deepest value holding an address", "[ui][models]") {
    ValueTreeModel model;
    model.setValues(test::smallState().frames[0].locals);
    const QModelIndex second = model.indexForAddress(0x7ffffffefcec);
    REQUIRE(second.isValid());
    CHECK(second.data().toString() == QStringLiteral("[1]"));
    CHECK(second.data(ValueTreeModel::PathRole).toString() == QStringLiteral("arr/[1]"));
    CHECK(model.indexForAddress(0x7ffffffefcfa).data().toString() == QStringLiteral("head"));
    CHECK_FALSE(model.indexForAddress(0x1000).isValid());
}
