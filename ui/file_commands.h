// FileCommands: the program as a document: its file (none for an example or a new program), the name shown
// in the title and given to the compiler, and the File menu's commands: New, Open, Open Recent, Save,
// Save As, with the guard for unsaved changes. Loading a text is announced with sourceLoaded(); the window
// puts it in the editor and runs it.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace memviz::ui {

class CodeEditor;

class FileCommands : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs.
    FileCommands(CodeEditor* editor, QWidget* window);

    // Adds New, Open…, Open Recent, Save and Save As… to `menu`.
    void addToMenu(QMenu* menu);

    QString filePath() const { return m_filePath; } // empty: an example or a new program
    QString displayName() const { return m_displayName; }
    void setFilePath(const QString& path) { m_filePath = path; }
    void setDisplayName(const QString& name);
    QString title() const; // "name.c* — memviz"

    void setRecentFiles(const QStringList& paths);

    bool openFile(const QString& path);
    void newFile();
    void openDialog();
    bool save();
    bool saveAs();
    bool maybeSave(); // false: the user cancelled

signals:
    void sourceLoaded(const QString& text, const QString& displayName);
    void recentFileUsed(const QString& path); // opened or saved: goes first in the recent files
    void titleChanged(const QString& title);

private:
    void rebuildRecentMenu();

    CodeEditor* m_editor = nullptr;
    QWidget* m_window = nullptr;
    QMenu* m_recentMenu = nullptr;
    QStringList m_recentFiles;
    QString m_filePath;
    QString m_displayName;
};

} // namespace memviz::ui
