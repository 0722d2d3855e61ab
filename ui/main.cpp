// memviz: the desktop app's entry point.
//   memviz [FILE.c] [--example NAME] [--allocator P] [--step N] [--screenshot OUT.png]
// opens a program (the default example when none is named), runs it, goes to step N, and with --screenshot
// saves a picture of the whole window and exits.
#include "examples_catalog.h"
#include "main_window.h"
#include "run_controller.h"

#include "alloc/allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Options that never need a visible window: without a display, use Qt's offscreen platform for them
// instead of aborting because no X server or Wayland compositor is reachable.
void preferOffscreenWithoutDisplay(int argc, char** argv) {
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strncmp(arg, "--screenshot", 12) == 0 || std::strcmp(arg, "--help") == 0 ||
            std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--version") == 0 ||
            std::strcmp(arg, "-v") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

void fail(const QString& message) {
    std::fprintf(stderr, "memviz: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char** argv) {
    preferOffscreenWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("memviz"));
    QApplication::setApplicationName(QStringLiteral("memviz"));
    QApplication::setApplicationVersion(QStringLiteral(MEMVIZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("memviz"));
    QApplication::setWindowIcon(memviz::ui::MainWindow::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("memviz: see what a C program does with its memory."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A C program to open."), QStringLiteral("[FILE.c]"));
    const QCommandLineOption example(QStringLiteral("example"),
                                     QStringLiteral("Open an example by name or number (e.g. 07 or linked_list)."),
                                     QStringLiteral("name"));
    const QCommandLineOption allocator(QStringLiteral("allocator"),
                                       QStringLiteral("first-fit, next-fit, best-fit, worst-fit, segregated or buddy."),
                                       QStringLiteral("policy"));
    const QCommandLineOption step(QStringLiteral("step"), QStringLiteral("Go to step <n> once the program has run."),
                                  QStringLiteral("n"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Save a picture of the main window to <file> and exit."),
        QStringLiteral("file"));
    parser.addOptions({example, allocator, step, screenshot});
    parser.process(app);

    // A screenshot shows the default layout and settings, never the user's saved ones, and saves nothing.
    std::unique_ptr<QTemporaryDir> settingsDir;
    if (parser.isSet(screenshot)) {
        settingsDir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir->path());
    }

    memviz::ui::MainWindow window;
    if (parser.isSet(allocator) && !window.setAllocator(parser.value(allocator))) {
        fail(QStringLiteral("unknown allocator '%1'").arg(parser.value(allocator)));
        return 2;
    }
    bool opened = false;
    if (!parser.positionalArguments().isEmpty()) {
        opened = window.openFile(parser.positionalArguments().front());
        if (!opened) return 1;
    } else if (parser.isSet(example)) {
        opened = window.openExample(parser.value(example));
        if (!opened) {
            fail(QStringLiteral("no example named '%1'").arg(parser.value(example)));
            return 2;
        }
    } else {
        opened = window.openExample(memviz::ui::ExamplesCatalog::defaultName());
    }
    if (parser.isSet(step)) {
        bool ok = false;
        const qulonglong n = parser.value(step).toULongLong(&ok);
        if (!ok) {
            fail(QStringLiteral("--step wants a number, not '%1'").arg(parser.value(step)));
            return 2;
        }
        window.controller()->waitForRun();
        window.controller()->goTo(n, false);
    }
    window.show();

    if (parser.isSet(screenshot)) {
        window.controller()->waitForRun();
        const QString out = parser.value(screenshot);
        // Wait for the window to be laid out and exposed, then render it.
        QTimer::singleShot(400, &window, [&window, out] {
            const QImage image = window.grab().toImage();
            if (image.isNull() || !image.save(out)) {
                fail(QStringLiteral("cannot save a screenshot to %1").arg(out));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
