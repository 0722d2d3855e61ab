// memviz: the desktop app's entry point. Parses the command line and shows the main window;
// `--screenshot OUT.png` renders the window once it is shown, saves it and exits.
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <cstring>

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

} // namespace

int main(int argc, char** argv) {
    preferOffscreenWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("memviz"));
    QApplication::setApplicationVersion(QStringLiteral(MEMVIZ_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("memviz"));
    QApplication::setWindowIcon(memviz::ui::MainWindow::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("memviz: see what a C program does with its memory."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Save a picture of the main window to <file> and exit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    parser.process(app);

    memviz::ui::MainWindow window;
    window.show();

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        // Wait for the window to be laid out and exposed, then render it.
        QTimer::singleShot(250, &window, [&window, out] {
            const QImage image = window.grab().toImage();
            if (image.isNull() || !image.save(out)) {
                std::fprintf(stderr, "memviz: cannot save a screenshot to %s\n", qUtf8Printable(out));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
