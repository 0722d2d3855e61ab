// FileCommands: reading and writing the program's file (QSaveFile, so a failed save never truncates it),
// the recent files menu and the unsaved-changes question.
#include "file_commands.h"

#include "code_editor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace memviz::ui {

FileCommands::FileCommands(CodeEditor* editor, QWidget* window)
    : QObject(window), m_editor(editor), m_window(window) {
    connect(m_editor->document(), &QTextDocument::modificationChanged, this,
            [this] { emit titleChanged(title()); });
}

void FileCommands::addToMenu(QMenu* menu) {
    menu->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeSave()) newFile();
    });
    menu->addAction(tr("&Open…"), QKeySequence::Open, this, &FileCommands::openDialog);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &FileCommands::save);
    menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &FileCommands::saveAs);
    rebuildRecentMenu();
}

void FileCommands::setDisplayName(const QString& name) {
    m_displayName = name;
    emit titleChanged(title());
}

QString FileCommands::title() const {
    return QStringLiteral("%1%2 — memviz")
        .arg(m_displayName.isEmpty() ? tr("untitled.c") : m_displayName,
             m_editor->document()->isModified() ? QStringLiteral("*") : QString());
}

void FileCommands::setRecentFiles(const QStringList& paths) {
    m_recentFiles = paths;
    rebuildRecentMenu();
}

void FileCommands::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    for (const QString& path : m_recentFiles) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeSave()) openFile(path);
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

bool FileCommands::openFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(m_window, tr("Open"), tr("Cannot open %1: %2").arg(path, f.errorString()));
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    emit sourceLoaded(QString::fromUtf8(f.readAll()), QFileInfo(path).fileName());
    emit recentFileUsed(m_filePath);
    return true;
}

void FileCommands::newFile() {
    m_filePath.clear(); // Save asks where: it never overwrites the file opened before
    emit sourceLoaded(QStringLiteral("#include <stdio.h>\n\nint main(void) {\n    return 0;\n}\n"),
                      tr("untitled.c"));
}

void FileCommands::openDialog() {
    if (!maybeSave()) return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open a C program"), QFileInfo(m_filePath).absolutePath(),
                                     tr("C programs (*.c *.h);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

bool FileCommands::save() {
    if (m_filePath.isEmpty()) return saveAs();
    QSaveFile f(m_filePath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QMessageBox::warning(m_window, tr("Save"),
                             tr("Cannot write %1: %2").arg(m_filePath, f.errorString()));
        return false;
    }
    f.write(m_editor->toPlainText().toUtf8());
    if (!f.commit()) {
        QMessageBox::warning(m_window, tr("Save"),
                             tr("Cannot write %1: %2").arg(m_filePath, f.errorString()));
        return false;
    }
    m_editor->document()->setModified(false);
    setDisplayName(QFileInfo(m_filePath).fileName());
    emit recentFileUsed(m_filePath);
    return true;
}

bool FileCommands::saveAs() {
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save the program"), m_displayName, tr("C programs (*.c)"));
    if (path.isEmpty()) return false;
    m_filePath = path;
    return save();
}

bool FileCommands::maybeSave() {
    if (!m_editor->document()->isModified()) return true;
    const auto answer =
        QMessageBox::warning(m_window, tr("Unsaved changes"),
                             tr("%1 has changes that are not saved. Save them?").arg(m_displayName),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

} // namespace memviz::ui
