// MainWindow: construction (panels, docks, menus), the settings, running the program in the editor, and the
// window's layout and closing. Files are FileCommands', the toolbars RunToolBars', and showing the run
// RunPresenter's.
#include "main_window.h"

#include "auto_rerun.h"
#include "code_editor.h"
#include "control_actions.h"
#include "examples_catalog.h"
#include "file_commands.h"
#include "fragmentation_chart.h"
#include "memory_panel.h"
#include "narration_panel.h"
#include "output_panel.h"
#include "problems_model.h"
#include "run_controller.h"
#include "run_presenter.h"
#include "run_tool_bars.h"
#include "settings_panel.h"
#include "timeline_slider.h"

#include "alloc/allocator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

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

const char* const kDescription =
    "memviz runs a C program on a simulated machine, one step at a time, and draws its memory: "
    "stack frames being pushed and popped, heap blocks being allocated, split, coalesced and "
    "freed, the pointers between them, and how fragmented the heap becomes over time.";

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    initResources();
    setWindowIcon(appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_settings = AppSettings::load();
    m_controller = new RunController(this);
    m_actions = new ControlActions(this);

    m_editor = new CodeEditor;
    m_editor->setObjectName(QStringLiteral("editor"));
    m_memory = new MemoryPanel;
    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(m_editor);
    m_split->addWidget(m_memory);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 5);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({520, 980});
    setCentralWidget(m_split);

    m_narration = new NarrationPanel;
    m_output = new OutputPanel;
    m_problems = new ProblemsModel(this);
    m_problemsView = new QTreeView;
    m_problemsView->setObjectName(QStringLiteral("problems"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->header()->setStretchLastSection(true);
    m_chart = new FragmentationChart;
    m_chart->setMinimumHeight(150);
    m_settingsPanel = new SettingsPanel;

    m_toolBars = new RunToolBars(m_actions, this);
    QDockWidget* narration = addDock(tr("What just happened"), QStringLiteral("narrationDock"), m_narration, Qt::BottomDockWidgetArea);
    QDockWidget* chart = addDock(tr("Fragmentation over time"), QStringLiteral("chartDock"), m_chart, Qt::BottomDockWidgetArea);
    QDockWidget* output = addDock(tr("Output and input"), QStringLiteral("outputDock"), m_output, Qt::BottomDockWidgetArea);
    QDockWidget* problems = addDock(tr("Problems"), QStringLiteral("problemsDock"), m_problemsView, Qt::BottomDockWidgetArea);
    QDockWidget* settings = addDock(tr("Settings"), QStringLiteral("settingsDock"), m_settingsPanel, Qt::BottomDockWidgetArea);
    splitDockWidget(narration, chart, Qt::Horizontal);
    splitDockWidget(chart, output, Qt::Horizontal);
    tabifyDockWidget(output, problems);
    tabifyDockWidget(problems, settings);
    output->raise();
    resizeDocks({narration, chart, output}, {5, 4, 4}, Qt::Horizontal);
    resizeDocks({narration}, {200}, Qt::Vertical);

    m_files = new FileCommands(m_editor, this);
    m_files->setRecentFiles(m_settings.recentFiles);
    connect(m_files, &FileCommands::sourceLoaded, this, &MainWindow::setSource);
    connect(m_files, &FileCommands::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_files, &FileCommands::recentFileUsed, this, [this](const QString& path) {
        m_settings.addRecentFile(path);
        m_settings.save();
        m_files->setRecentFiles(m_settings.recentFiles);
    });

    RunPresenter::Views views;
    views.editor = m_editor;
    views.memory = m_memory;
    views.narration = m_narration;
    views.output = m_output;
    views.problems = m_problems;
    views.problemsView = m_problemsView;
    views.chart = m_chart;
    views.slider = m_toolBars->slider();
    views.stepLabel = m_toolBars->stepLabel();
    views.statusBar = statusBar();
    m_presenter = new RunPresenter(m_controller, m_actions, views, this);
    connect(m_presenter, &RunPresenter::stateShown, this, &MainWindow::stateShown);
    createMenus();

    connect(m_actions->run, &QAction::triggered, this, [this] { runProgram(1, true); });
    m_autoRerun = new AutoRerun(m_editor);
    connect(m_autoRerun, &AutoRerun::edited, this, [this] {
        statusBar()->showMessage(tr("Edited: the program runs again when you pause typing."));
    });
    connect(m_autoRerun, &AutoRerun::rerunRequested, this, [this] {
        // The same step, clamped to the new run; a text that does not compile keeps the old run on screen.
        runProgram(m_controller->hasRun() ? m_controller->step() : 1, true);
    });
    connect(m_toolBars, &RunToolBars::speedChosen, this, [this](double speed) {
        AppSettings s = m_settings;
        s.speed = speed;
        applySettings(s);
    });
    connect(m_settingsPanel, &SettingsPanel::runOptionsChanged, this, [this] {
        applySettings(m_settingsPanel->settings());
        if (m_controller->hasRun())
            runProgram(m_controller->step(), true); // same step, new allocator or limits
    });
    connect(m_settingsPanel, &SettingsPanel::viewOptionsChanged, this, [this] { applySettings(m_settingsPanel->settings()); });

    statusBar()->showMessage(tr("Ready"));
    QSize size(1500, 940); // fits the screen (a 1280×800 laptop too)
    if (const QScreen* s = screen()) size = size.boundedTo(s->availableGeometry().size());
    resize(size);
    restoreLayout();
    applySettings(m_settings);
    m_presenter->updateActions();
    setWindowTitle(m_files->title());
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::appIcon() {
    initResources();
    return QIcon(QStringLiteral(":/icons/memviz.svg"));
}

TimelineSlider* MainWindow::slider() const {
    return m_toolBars->slider();
}

QDockWidget* MainWindow::addDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->addToMenu(file);
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_examplesMenu = menuBar()->addMenu(tr("&Examples"));
    for (const Example& e : ExamplesCatalog::all()) {
        QAction* a = m_examplesMenu->addAction(QStringLiteral("%1  %2").arg(e.fileName.left(2), e.title));
        a->setToolTip(e.fileName);
        connect(a, &QAction::triggered, this, [this, name = e.fileName] {
            if (m_files->maybeSave()) openExample(name);
        });
    }

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    for (QAction* a : {m_actions->run, m_actions->stop}) run->addAction(a);
    run->addSeparator();
    for (QAction* a : {m_actions->stepInto, m_actions->stepOver, m_actions->stepOut, m_actions->stepBack,
                       m_actions->continueForward, m_actions->continueBackward, m_actions->play, m_actions->reset})
        run->addAction(a);
    run->addSeparator();
    run->addAction(m_actions->toggleBreakpoint);
    addAction(m_actions->toggleBreakpoint);
    run->addAction(tr("Clear All Breakpoints"), this, [this] { m_editor->setBreakpoints({}); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Bigger Text"), QKeySequence::ZoomIn, this, [this] {
        AppSettings s = m_settings;
        s.fontSize = std::min(40, (s.fontSize == 0 ? QApplication::font().pointSize() : s.fontSize) + 2);
        applySettings(s);
    });
    view->addAction(tr("&Smaller Text"), QKeySequence::ZoomOut, this, [this] {
        AppSettings s = m_settings;
        s.fontSize = std::max(6, (s.fontSize == 0 ? QApplication::font().pointSize() : s.fontSize) - 2);
        applySettings(s);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = help->addAction(tr("&About memviz"), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::applySettings(const AppSettings& settings) {
    const bool fontChanged = settings.fontSize != m_settings.fontSize || !property("fontApplied").toBool();
    m_settings = settings;
    m_settings.save();
    m_settingsPanel->setSettings(m_settings);
    m_memory->setMachineDetails(m_settings.machineDetails);
    m_controller->setPlayInterval(m_settings.playIntervalMs());
    m_presenter->setAnimationMs(m_settings.animationMs());
    m_presenter->setStepLimit(m_settings.stepLimit);
    m_toolBars->setSpeed(m_settings.speed);
    if (fontChanged) {
        setProperty("fontApplied", true);
        QFont f = QApplication::font();
        if (m_settings.fontSize > 0) f.setPointSize(m_settings.fontSize);
        setFont(f);
        m_editor->setFontSize(f.pointSize() + 1);
        m_memory->update();
    }
}

bool MainWindow::setAllocator(const QString& name) {
    if (!alloc::parsePolicy(name.toStdString())) return false;
    AppSettings s = m_settings;
    s.allocator = name;
    applySettings(s);
    return true;
}

void MainWindow::runProgram(std::uint64_t step, bool keepOnCompileError) {
    const QString name = m_files->displayName();
    const QString fileName = name.isEmpty() ? QStringLiteral("untitled.c") : name;
    engine::RunOptions options = m_settings.runOptions();
    options.stdinBytes = m_output->stdinText().toStdString();
    options.programName =
        (name.isEmpty() ? QStringLiteral("prog") : QFileInfo(name).completeBaseName()).toStdString();
    options.argv.push_back(options.programName);
    for (const QString& a : m_output->arguments()) options.argv.push_back(a.toStdString());
    m_controller->setBreakpoints(m_editor->breakpoints());
    m_presenter->setProgramName(fileName);
    const QString source = m_editor->toPlainText();
    m_autoRerun->setRunSource(source);
    m_controller->run(source, fileName, options, step, keepOnCompileError);
}

void MainWindow::setSource(const QString& text, const QString& displayName) {
    m_autoRerun->setRunSource(text); // loading it is not an edit
    m_editor->setPlainText(text);
    m_editor->setBreakpoints({});
    m_editor->setMarks({});
    m_editor->document()->setModified(false);
    m_files->setDisplayName(displayName);
    runProgram(1);
}

bool MainWindow::openExample(const QString& name) {
    const std::optional<Example> e = ExamplesCatalog::find(name);
    if (!e) return false;
    m_files->setFilePath({});
    setSource(ExamplesCatalog::source(*e), e->fileName);
    statusBar()->showMessage(tr("Example: %1").arg(e->title));
    return true;
}

bool MainWindow::openFile(const QString& path) {
    return m_files->openFile(path);
}

void MainWindow::restoreLayout() {
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_split->restoreState(s.value(QStringLiteral("window/split")).toByteArray());
    m_memory->restoreSplitters(s.value(QStringLiteral("window/memory")).toByteArray());
}

void MainWindow::saveLayout() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/split"), m_split->saveState());
    s.setValue(QStringLiteral("window/memory"), m_memory->saveSplitters());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_controller->stop();
    saveLayout();
    m_settings.save();
    event->accept();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About memviz"),
                       tr("<h3>memviz %1</h3><p>See what a C program does with its memory.</p><p>%2</p>")
                           .arg(QStringLiteral(MEMVIZ_VERSION), tr(kDescription)));
}

} // namespace memviz::ui
