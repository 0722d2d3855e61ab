// OutputPanel: the program's output as it is produced (stdout, and stderr in red), and the program's input:
// what stdin holds (scanf, getchar, fgets read it) and the command-line arguments.
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace memviz::ui {

class OutputPanel : public QWidget {
    Q_OBJECT

public:
    explicit OutputPanel(QWidget* parent = nullptr);

    void setOutput(const std::string& out, const std::string& err);
    QString outputText() const;
    QString stdinText() const;
    QStringList arguments() const;
    void setStdinText(const QString& text);
    void setArguments(const QString& text);

signals:
    void inputChanged();

private:
    QPlainTextEdit* m_output = nullptr;
    QPlainTextEdit* m_stdin = nullptr;
    QLineEdit* m_args = nullptr;
    std::string m_shownOut, m_shownErr;
};

} // namespace memviz::ui
