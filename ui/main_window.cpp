// MainWindow: construction (panels, docks, menus, toolbars), the signal wiring between the run controller
// and the views, and the file commands (open, save, recent, the unsaved-changes guard).
#include "main_window.h"

#include "code_editor.h"
#include "control_actions.h"
#include "examples_catalog.h"
#include "fragmentation_chart.h"
#include "memory_panel.h"
#include "narration_panel.h"
#include "output_panel.h"
#include "problems_model.h"
#include "run_controller.h"
#include "settings_panel.h"
#include "timeline_slider.h"

#include "alloc/allocator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
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

    createToolBars();
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
    createMenus();
    connectController();

    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_sourceStale && m_controller->hasRun()) statusBar()->showMessage(tr("Edited: press Run (Ctrl+R) to run the new code."));
        m_sourceStale = true;
    });
    connect(m_editor, &CodeEditor::breakpointsChanged, this, [this] { m_controller->setBreakpoints(m_editor->breakpoints()); });
    connect(m_problemsView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const auto step = index.data(ProblemsModel::StepRole).toULongLong();
        if (step != 0 && m_controller->hasRun()) m_controller->goTo(step, false);
        m_editor->goToLine(index.data(ProblemsModel::LineRole).toUInt(), index.data(ProblemsModel::ColumnRole).toUInt());
    });
    connect(m_chart, &FragmentationChart::seekRequested, this, [this](std::uint64_t step) { m_controller->goTo(step, false); });
    connect(m_slider, &TimelineSlider::stepRequested, this, [this](std::uint64_t step) { m_controller->goTo(step, false); });
    connect(m_settingsPanel, &SettingsPanel::runOptionsChanged, this, [this] {
        applySettings(m_settingsPanel->settings());
        if (m_controller->hasRun()) runProgram(m_controller->step()); // same step, new allocator or limits
    });
    connect(m_settingsPanel, &SettingsPanel::viewOptionsChanged, this, [this] { applySettings(m_settingsPanel->settings()); });

    statusBar()->showMessage(tr("Ready"));
    resize(1500, 940);
    restoreLayout();
    applySettings(m_settings);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::appIcon() {
    initResources();
    return QIcon(QStringLiteral(":/icons/memviz.svg"));
}

QDockWidget* MainWindow::addDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createToolBars() {
    QToolBar* controls = addToolBar(tr("Controls"));
    controls->setObjectName(QStringLiteral("controlsToolBar"));
    controls->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    controls->addAction(m_actions->run);
    controls->addAction(m_actions->stop);
    controls->addSeparator();
    controls->addAction(m_actions->continueBackward);
    controls->addAction(m_actions->stepBack);
    controls->addAction(m_actions->stepOver);
    controls->addAction(m_actions->stepInto);
    controls->addAction(m_actions->stepOut);
    controls->addAction(m_actions->continueForward);
    controls->addSeparator();
    controls->addAction(m_actions->play);
    m_speed = new QComboBox;
    m_speed->setToolTip(tr("Animation and play speed"));
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0}) m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    controls->addWidget(m_speed);
    controls->addAction(m_actions->reset);
    connect(m_speed, &QComboBox::activated, this, [this] {
        AppSettings s = m_settings;
        s.speed = m_speed->currentData().toDouble();
        applySettings(s);
    });

    addToolBarBreak();
    QToolBar* timeline = addToolBar(tr("Timeline"));
    timeline->setObjectName(QStringLiteral("timelineToolBar"));
    m_slider = new TimelineSlider;
    m_slider->setObjectName(QStringLiteral("timeline"));
    m_stepLabel = new QLabel;
    m_stepLabel->setMinimumWidth(m_stepLabel->fontMetrics().horizontalAdvance(QStringLiteral("step 10000000 / 10000000")));
    m_stepLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    timeline->addWidget(m_slider);
    timeline->addWidget(m_stepLabel);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeSave()) setSource(QStringLiteral("#include <stdio.h>\n\nint main(void) {\n    return 0;\n}\n"), tr("untitled.c"));
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();

    m_examplesMenu = menuBar()->addMenu(tr("&Examples"));
    for (const Example& e : ExamplesCatalog::all()) {
        QAction* a = m_examplesMenu->addAction(QStringLiteral("%1  %2").arg(e.fileName.left(2), e.title));
        a->setToolTip(e.fileName);
        connect(a, &QAction::triggered, this, [this, name = e.fileName] {
            if (maybeSave()) openExample(name);
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

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Bigger Text"), QKeySequence::ZoomIn, this, [this] {
        AppSettings s = m_settings;
        s.fontSize = std::min(40, (s.fontSize == 0 ? QApplication::font().pointSize() : s.fontSize) + 2);
        applySettings(s);
    });
    m_viewMenu->addAction(tr("&Smaller Text"), QKeySequence::ZoomOut, this, [this] {
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

void MainWindow::connectController() {
    connect(m_actions->run, &QAction::triggered, this, [this] { runProgram(1); });
    connect(m_actions->stop, &QAction::triggered, m_controller, &RunController::stop);
    connect(m_actions->stepInto, &QAction::triggered, m_controller, &RunController::stepInto);
    connect(m_actions->stepOver, &QAction::triggered, m_controller, &RunController::stepOver);
    connect(m_actions->stepOut, &QAction::triggered, m_controller, &RunController::stepOut);
    connect(m_actions->stepBack, &QAction::triggered, m_controller, &RunController::stepBack);
    connect(m_actions->continueForward, &QAction::triggered, m_controller, &RunController::continueForward);
    connect(m_actions->continueBackward, &QAction::triggered, m_controller, &RunController::continueBackward);
    connect(m_actions->play, &QAction::triggered, m_controller, &RunController::togglePlay);
    connect(m_actions->reset, &QAction::triggered, m_controller, &RunController::reset);
    connect(m_actions->toggleBreakpoint, &QAction::triggered, this, [this] { m_editor->toggleBreakpoint(m_editor->lineAtCursor()); });

    connect(m_controller, &RunController::runStarted, this, [this] {
        m_narration->setMessage(tr("Compiling and running %1…").arg(m_displayName));
        statusBar()->showMessage(tr("Running… (Stop: Ctrl+.)"));
        updateActions();
    });
    connect(m_controller, &RunController::compileFinished, this, [this](bool ok) {
        m_problems->setDiagnostics(m_controller->diagnostics());
        std::multimap<std::uint32_t, CodeEditor::Mark> marks;
        for (const core::Diagnostic& d : m_controller->diagnostics())
            marks.emplace(d.loc.line, CodeEditor::Mark{d.loc.column, QString::fromStdString(d.message),
                                                       d.severity != core::Severity::Error});
        m_editor->setMarks(std::move(marks));
        if (!ok) {
            const int errors = m_problems->errorCount();
            m_narration->setMessage(tr("The program does not compile: %n error(s), underlined in the code and listed "
                                       "under Problems.", nullptr, errors));
            m_output->setOutput({}, {});
            m_memory->setState(trace::MachineState(), false, 0);
            m_editor->setExecutionLines(0, 0);
            statusBar()->showMessage(tr("Compile error"));
            m_chart->setCurves({});
            m_slider->setSteps(1);
            m_slider->setMarks({});
            updateActions();
            emit stateShown();
        }
    });
    connect(m_controller, &RunController::runFinished, this, &MainWindow::showRunOutcome);
    connect(m_controller, &RunController::stateChanged, this, &MainWindow::showState);
    connect(m_controller, &RunController::playingChanged, this, [this](bool playing) {
        m_actions->setPlaying(playing);
        updateActions();
    });
}

void MainWindow::showRunOutcome() {
    m_sourceStale = false;
    const engine::RunResult* result = m_controller->result();
    if (!result) return;
    m_problems->setRunProblems(result->errors, result->leaks);
    std::multimap<std::uint32_t, CodeEditor::Mark> marks;
    for (const engine::RuntimeError& e : result->errors) {
        const std::string_view kind = engine::errorKindName(e.kind);
        marks.emplace(e.line, CodeEditor::Mark{e.column, QStringLiteral("%1: %2").arg(
                                                             QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())),
                                                             QString::fromStdString(e.message)), false});
    }
    for (const engine::Leak& l : result->leaks)
        marks.emplace(l.line, CodeEditor::Mark{0, tr("memory-leak: %1 bytes in %2 block(s) allocated here were never freed")
                                                      .arg(l.bytes).arg(l.blocks), true});
    m_editor->setMarks(std::move(marks));
    m_chart->setCurves(m_controller->curves());
    m_slider->setSteps(m_controller->endStep());
    m_slider->setMarks(m_controller->marks());
    QString status = tr("Ran %n step(s)", nullptr, static_cast<int>(std::min<std::uint64_t>(result->steps, INT_MAX)));
    if (result->status == engine::RunStatus::StepLimit)
        status += tr(": stopped at the step limit (%1); everything so far is kept").arg(m_settings.stepLimit);
    else if (result->status == engine::RunStatus::RuntimeError)
        status += tr(": stopped at a runtime error");
    else
        status += tr(", exit code %1").arg(result->exitCode);
    statusBar()->showMessage(status);
}

void MainWindow::showState(bool animate) {
    const trace::MachineState& state = m_controller->state();
    const engine::CostCounters previous = animate ? m_lastCost : state.cost;
    m_lastCost = state.cost;
    const int ms = animate ? m_settings.animationMs() : 0;
    m_memory->setState(state, animate && ms > 0, ms);
    m_editor->setExecutionLines(state.ended ? 0 : state.line, state.previousLine);
    if (m_controller->hasRun()) {
        m_narration->setState(state, previous);
        m_output->setOutput(state.output, state.errorOutput);
        m_chart->setCursorStep(state.step);
        m_slider->setStep(state.step);
        m_stepLabel->setText(tr("step %1 / %2").arg(state.step).arg(m_controller->endStep()));
    }
    updateActions();
    emit stateShown();
}

void MainWindow::updateActions() {
    const bool have = m_controller->hasRun();
    m_actions->setState(have, m_controller->isRunning(), !have || m_controller->step() <= 1,
                        !have || m_controller->step() >= m_controller->endStep());
    m_slider->setEnabled(have && !m_controller->isRunning());
}

void MainWindow::updateTitle() {
    setWindowTitle(QStringLiteral("%1%2 — memviz").arg(m_displayName.isEmpty() ? tr("untitled.c") : m_displayName,
                                                       m_editor->document()->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::applySettings(const AppSettings& settings) {
    const bool fontChanged = settings.fontSize != m_settings.fontSize || !property("fontApplied").toBool();
    m_settings = settings;
    m_settings.save();
    m_settingsPanel->setSettings(m_settings);
    m_memory->setMachineDetails(m_settings.machineDetails);
    m_controller->setPlayInterval(m_settings.playIntervalMs());
    const int speedIndex = m_speed->findData(m_settings.speed);
    if (speedIndex >= 0) m_speed->setCurrentIndex(speedIndex);
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

void MainWindow::runProgram(std::uint64_t step) {
    engine::RunOptions options = m_settings.runOptions();
    options.stdinBytes = m_output->stdinText().toStdString();
    const QString program = m_displayName.isEmpty() ? QStringLiteral("prog") : QFileInfo(m_displayName).completeBaseName();
    options.programName = program.toStdString();
    options.argv.push_back(options.programName);
    for (const QString& a : m_output->arguments()) options.argv.push_back(a.toStdString());
    m_controller->setBreakpoints(m_editor->breakpoints());
    m_controller->run(m_editor->toPlainText(), m_displayName.isEmpty() ? QStringLiteral("untitled.c") : m_displayName,
                      options, step);
}

void MainWindow::setSource(const QString& text, const QString& displayName) {
    m_displayName = displayName;
    m_editor->setPlainText(text);
    m_editor->setBreakpoints({});
    m_editor->setMarks({});
    m_editor->document()->setModified(false);
    updateTitle();
    runProgram(1);
}

bool MainWindow::openExample(const QString& name) {
    const std::optional<Example> e = ExamplesCatalog::find(name);
    if (!e) return false;
    m_filePath.clear();
    setSource(ExamplesCatalog::source(*e), e->fileName);
    statusBar()->showMessage(tr("Example: %1").arg(e->title));
    return true;
}

bool MainWindow::openFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Open"), tr("Cannot open %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    setSource(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName());
    m_settings.addRecentFile(m_filePath);
    m_settings.save();
    rebuildRecentMenu();
    return true;
}

void MainWindow::openDialog() {
    if (!maybeSave()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a C program"), QFileInfo(m_filePath).absolutePath(),
                                                      tr("C programs (*.c *.h);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::save() {
    if (m_filePath.isEmpty()) return saveAs();
    QSaveFile f(m_filePath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Save"), tr("Cannot write %1: %2").arg(m_filePath, f.errorString()));
        return false;
    }
    f.write(m_editor->toPlainText().toUtf8());
    if (!f.commit()) {
        QMessageBox::warning(this, tr("Save"), tr("Cannot write %1: %2").arg(m_filePath, f.errorString()));
        return false;
    }
    m_editor->document()->setModified(false);
    m_displayName = QFileInfo(m_filePath).fileName();
    m_settings.addRecentFile(m_filePath);
    m_settings.save();
    rebuildRecentMenu();
    updateTitle();
    return true;
}

bool MainWindow::saveAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the program"), m_displayName, tr("C programs (*.c)"));
    if (path.isEmpty()) return false;
    m_filePath = path;
    return save();
}

bool MainWindow::maybeSave() {
    if (!m_editor->document()->isModified()) return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has changes that are not saved. Save them?").arg(m_displayName),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    for (const QString& path : m_settings.recentFiles) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeSave()) openFile(path);
        });
    }
    m_recentMenu->setEnabled(!m_settings.recentFiles.isEmpty());
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
    if (!maybeSave()) {
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
