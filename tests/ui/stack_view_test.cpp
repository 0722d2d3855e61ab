// StackView: frames laid out by address (main on top), the current frame, locals with uninitialized values,
// control slots with machine details, expansion, and the row geometry the arrows use.
#include "stack_view.h"
#include "test_states.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

using namespace memviz::ui;

TEST_CASE("stack view lays frames out by address, main on top", "[ui][stack]") {
    StackView view;
    view.resize(500, 600);
    view.setState(test::smallState(), false);
    const auto& cards = view.layout().cards();
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].frameId == 1);
    CHECK(cards[1].frameId == 2);
    CHECK(cards[0].rect.bottom() < cards[1].rect.top());
    CHECK_FALSE(cards[0].current);
    CHECK(cards[1].current);
}

TEST_CASE("stack view shows locals, opens small arrays and finds rows by address", "[ui][stack]") {
    StackView view;
    view.resize(500, 600);
    view.setState(test::smallState(), false);
    const StackCard& main = view.layout().cards()[0];
    // head, arr, arr[0..2] (an array of 3 is open by default)
    REQUIRE(main.rows.size() == 5);
    CHECK(main.rows[2].depth == 1);
    const auto element = view.rowRect(0x7ffffffefcf0, 1);
    const auto arr = view.rowRect(0x7ffffffefce8, 1);
    REQUIRE(element.has_value());
    REQUIRE(arr.has_value());
    CHECK(element->top() > arr->top());
    view.toggleExpanded(main.rows[1].key);
    CHECK(view.layout().cards()[0].rows.size() == 2);
    // Closed: the element's address maps to the array's row.
    CHECK(view.rowRect(0x7ffffffefcf0, 1)->top() == Approx(view.rowRect(0x7ffffffefce8, 1)->top()));
}

TEST_CASE("stack view adds return address and saved rbp with machine details", "[ui][stack]") {
    StackView view;
    view.resize(500, 600);
    view.setState(test::smallState(), false);
    const std::size_t rows = view.layout().cards()[1].rows.size();
    view.setMachineDetails(true);
    const StackCard& build = view.layout().cards()[1];
    REQUIRE(build.rows.size() == rows + 2);
    CHECK(build.rows[0].kind == StackRow::Kind::ReturnAddress);
    CHECK(build.rows[0].address == 0x7ffffffefcd8);
    CHECK(build.rows[1].kind == StackRow::Kind::SavedFramePointer);
}

TEST_CASE("stack view animates a push and paints", "[ui][stack]") {
    StackView view;
    view.resize(500, 600);
    view.show();
    auto state = test::smallState();
    auto before = state;
    before.frames.pop_back();
    view.setState(before, false);
    view.setState(state, true, 200);
    // Mid-animation the new frame is still sliding in from the right.
    const auto sliding = view.cardRect(2);
    REQUIRE(sliding.has_value());
    CHECK(sliding->left() > view.layout().cards()[1].rect.left());
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    view.paintContents(p);
    CHECK(image.pixel(20, 20) != image.pixel(image.width() - 2, image.height() - 2));
}
