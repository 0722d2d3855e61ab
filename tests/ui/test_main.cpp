// Catch2 runner for the UI tests: one QApplication for all of them, on Qt's offscreen platform
// unless QT_QPA_PLATFORM says otherwise (CTest also runs this binary at build time to list tests).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
