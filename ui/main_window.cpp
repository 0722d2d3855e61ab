// MainWindow: title, menus and a welcome page that says what memviz is and which version this is.
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QVBoxLayout>

// Resources live in the static library memviz::ui, so they must be registered explicitly
// (Q_INIT_RESOURCE has to be used outside any namespace).
static void initResources() {
    static const bool done = [] {
        Q_INIT_RESOURCE(memviz);
        return true;
    }();
    (void)done;
}

namespace memviz::ui {

namespace {

const char* const kTagline = "See what a C program does with its memory.";

const char* const kDescription =
    "memviz runs a C program on a simulated machine, one step at a time, and draws its memory: "
    "stack frames being pushed and popped, heap blocks being allocated, split, coalesced and "
    "freed, the pointers between them, and how fragmented the heap becomes over time.";

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initResources();
    setWindowTitle(QStringLiteral("memviz"));
    setWindowIcon(appIcon());
    createMenus();
    setCentralWidget(createWelcome());
    resize(900, 560);
}

QIcon MainWindow::appIcon() {
    initResources();
    return QIcon(QStringLiteral(":/icons/memviz.svg"));
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About memviz"), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QWidget* MainWindow::createWelcome() {
    // A centred column of fixed maximum width; word-wrapped labels inside it get their full height.
    auto* page = new QWidget(this);
    auto* column = new QWidget(page);
    column->setMaximumWidth(640);
    auto* pageLayout = new QHBoxLayout(page);
    pageLayout->addStretch(1);
    pageLayout->addWidget(column, 4);
    pageLayout->addStretch(1);

    auto* icon = new QLabel(column);
    icon->setPixmap(appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(QStringLiteral("memviz"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto* tagline = new QLabel(tr(kTagline), column);
    QFont taglineFont = tagline->font();
    taglineFont.setPointSizeF(taglineFont.pointSizeF() * 1.3);
    tagline->setFont(taglineFont);
    tagline->setAlignment(Qt::AlignCenter);

    auto* description = new QLabel(tr(kDescription), column);
    description->setObjectName(QStringLiteral("description"));
    QFont descriptionFont = description->font();
    descriptionFont.setPointSizeF(descriptionFont.pointSizeF() * 1.1);
    description->setFont(descriptionFont);
    description->setWordWrap(true);
    description->setAlignment(Qt::AlignCenter);

    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(MEMVIZ_VERSION)), column);
    version->setObjectName(QStringLiteral("version"));
    version->setAlignment(Qt::AlignCenter);
    QPalette muted = version->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    version->setPalette(muted);

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addSpacing(6);
    layout->addWidget(description);
    layout->addSpacing(6);
    layout->addWidget(version);
    layout->addStretch(1);
    return page;
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About memviz"),
                       tr("<h3>memviz %1</h3><p>%2</p><p>%3</p>")
                           .arg(QStringLiteral(MEMVIZ_VERSION), tr(kTagline), tr(kDescription)));
}

} // namespace memviz::ui
