// MainWindow: constructs, has the expected title, menus and version, and paints.
#include "main_window.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QPixmap>

using memviz::ui::MainWindow;

TEST_CASE("main window constructs with its title", "[ui]") {
    MainWindow window;
    CHECK(window.windowTitle() == QStringLiteral("memviz"));
    CHECK(window.centralWidget() != nullptr);
}

TEST_CASE("main window has File>Quit on Ctrl+Q and Help>About", "[ui]") {
    MainWindow window;
    REQUIRE(window.quitAction() != nullptr);
    CHECK(window.quitAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    REQUIRE(window.aboutAction() != nullptr);
    CHECK(window.aboutAction()->text().contains(QStringLiteral("About")));
}

TEST_CASE("main window shows the project version", "[ui]") {
    MainWindow window;
    auto* version = window.findChild<QLabel*>(QStringLiteral("version"));
    REQUIRE(version != nullptr);
    CHECK(version->text().contains(QStringLiteral(MEMVIZ_VERSION)));
}

TEST_CASE("app icon loads from the resources", "[ui]") {
    CHECK_FALSE(MainWindow::appIcon().pixmap(64, 64).isNull());
}

TEST_CASE("main window paints", "[ui]") {
    MainWindow window;
    window.show();
    const QPixmap shot = window.grab();
    CHECK_FALSE(shot.isNull());
    CHECK(shot.width() >= 400);
    CHECK(shot.height() >= 300);
}
