// MainWindow: the memviz main window. For now it says what memviz is; later it wires the panels.
#pragma once

#include <QIcon>
#include <QMainWindow>

class QAction;

namespace memviz::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    QAction* quitAction() const { return m_quitAction; }
    QAction* aboutAction() const { return m_aboutAction; }

    // The app icon (an SVG compiled into the resources).
    static QIcon appIcon();

private:
    void createMenus();
    QWidget* createWelcome();
    void showAbout();

    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace memviz::ui
