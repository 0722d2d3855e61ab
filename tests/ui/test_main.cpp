// Catch2 runner for the UI tests: one QApplication for all of them, on Qt's offscreen platform
// unless QT_QPA_PLATFORM says otherwise (CTest also runs this binary at build time to list tests).
// Settings go to a temporary directory, so tests never read or change the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("memviz-tests"));
    QApplication::setApplicationName(QStringLiteral("memviz-tests"));
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
