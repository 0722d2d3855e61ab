// MainWindow: wires the panels: the code editor and the memory panel (stack, globals, heap, arrows) side by
// side; docks for the narration and cost meter, output and input, the problems list, the fragmentation
// chart and the settings; the run controls in a toolbar with the timeline slider under it (RunToolBars);
// File (FileCommands), Examples, Run, View and Help menus. RunPresenter puts the run on screen; AutoRerun
// runs the program again, at the same step, when the user pauses typing. The window layout and the
// settings persist (QSettings).
#pragma once

#include "app_settings.h"

#include <QIcon>
#include <QMainWindow>

#include <cstdint>

class QAction;
class QDockWidget;
class QMenu;
class QSplitter;
class QTreeView;

namespace memviz::ui {

class AutoRerun;
class CodeEditor;
class ControlActions;
class FileCommands;
class FragmentationChart;
class MemoryPanel;
class NarrationPanel;
class OutputPanel;
class ProblemsModel;
class RunController;
class RunPresenter;
class RunToolBars;
class SettingsPanel;
class TimelineSlider;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    static QIcon appIcon();

    bool openFile(const QString& path);
    bool openExample(const QString& name); // see ExamplesCatalog::find
    void setSource(const QString& text, const QString& displayName);
    bool setAllocator(const QString& name);
    // Runs the editor's text and goes to `step`. With `keepOnCompileError`, a text that does not compile
    // leaves the previous run on screen, marked stale (an edit, Run, new settings); otherwise it is cleared.
    void runProgram(std::uint64_t step = 1, bool keepOnCompileError = false);
    void applySettings(const AppSettings& settings);
    const AppSettings& settings() const { return m_settings; }

    QAction* quitAction() const { return m_quitAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    ControlActions* controls() const { return m_actions; }
    RunController* controller() const { return m_controller; }
    CodeEditor* editor() const { return m_editor; }
    MemoryPanel* memoryPanel() const { return m_memory; }
    NarrationPanel* narrationPanel() const { return m_narration; }
    OutputPanel* outputPanel() const { return m_output; }
    ProblemsModel* problemsModel() const { return m_problems; }
    FragmentationChart* chart() const { return m_chart; }
    AutoRerun* autoRerun() const { return m_autoRerun; }
    TimelineSlider* slider() const;
    QMenu* examplesMenu() const { return m_examplesMenu; }

signals:
    void stateShown(); // a run finished (or failed to compile) and its state is on screen

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QDockWidget* addDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    AppSettings m_settings;
    RunController* m_controller = nullptr;
    ControlActions* m_actions = nullptr;
    CodeEditor* m_editor = nullptr;
    MemoryPanel* m_memory = nullptr;
    QSplitter* m_split = nullptr;
    NarrationPanel* m_narration = nullptr;
    OutputPanel* m_output = nullptr;
    ProblemsModel* m_problems = nullptr;
    QTreeView* m_problemsView = nullptr;
    FragmentationChart* m_chart = nullptr;
    SettingsPanel* m_settingsPanel = nullptr;
    RunToolBars* m_toolBars = nullptr;
    FileCommands* m_files = nullptr;
    RunPresenter* m_presenter = nullptr;
    AutoRerun* m_autoRerun = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace memviz::ui
