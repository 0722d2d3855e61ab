// MainWindow: wires the panels: the code editor and the memory panel (stack, globals, heap, arrows) side by
// side; docks for the narration and cost meter, output and input, the problems list, the fragmentation
// chart and the settings; the run controls in a toolbar with the timeline slider under it; File, Examples,
// Run, View and Help menus. The window layout and the settings persist (QSettings).
#pragma once

#include "app_settings.h"
#include "engine/run_result.h"

#include <QIcon>
#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTreeView;

namespace memviz::ui {

class CodeEditor;
class ControlActions;
class FragmentationChart;
class MemoryPanel;
class NarrationPanel;
class OutputPanel;
class ProblemsModel;
class RunController;
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
    void runProgram(std::uint64_t step = 1);
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
    TimelineSlider* slider() const { return m_slider; }
    QMenu* examplesMenu() const { return m_examplesMenu; }

signals:
    void stateShown(); // a run finished (or failed to compile) and its state is on screen

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createToolBars();
    QDockWidget* addDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    void connectController();
    void showState(bool animate);
    void showRunOutcome();
    void updateActions();
    void updateTitle();
    void rebuildRecentMenu();
    bool maybeSave();
    bool save();
    bool saveAs();
    void openDialog();
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
    TimelineSlider* m_slider = nullptr;
    QLabel* m_stepLabel = nullptr;
    QComboBox* m_speed = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QString m_filePath;     // empty: an example or a new program
    QString m_displayName;  // the title shown and the file name given to the compiler
    bool m_sourceStale = false; // edited since the last run
    engine::CostCounters m_lastCost;
};

} // namespace memviz::ui
