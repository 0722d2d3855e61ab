// OutputPanel: the output box is only rewritten when the text changed.
#include "output_panel.h"

#include "theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace memviz::ui {

OutputPanel::OutputPanel(QWidget* parent) : QWidget(parent) {
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setPlaceholderText(tr("What the program prints appears here."));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_output->setFont(mono);
    m_stdin = new QPlainTextEdit(this);
    m_stdin->setObjectName(QStringLiteral("stdin"));
    m_stdin->setFont(mono);
    m_stdin->setPlaceholderText(tr("Input for scanf, getchar, fgets (applies on the next run)"));
    m_stdin->setMaximumHeight(QFontMetrics(mono).height() * 4);
    m_args = new QLineEdit(this);
    m_args->setObjectName(QStringLiteral("arguments"));
    m_args->setPlaceholderText(tr("argv[1] argv[2] …"));
    auto* input = new QFormLayout;
    input->addRow(tr("stdin:"), m_stdin);
    input->addRow(tr("arguments:"), m_args);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_output, 1);
    layout->addLayout(input);
    connect(m_stdin, &QPlainTextEdit::textChanged, this, &OutputPanel::inputChanged);
    connect(m_args, &QLineEdit::textChanged, this, &OutputPanel::inputChanged);
}

void OutputPanel::setOutput(const std::string& out, const std::string& err) {
    if (out == m_shownOut && err == m_shownErr) return;
    m_shownOut = out;
    m_shownErr = err;
    m_output->clear();
    QTextCursor cursor(m_output->document());
    cursor.insertText(QString::fromStdString(out));
    if (!err.empty()) {
        QTextCharFormat red;
        red.setForeground(theme::error());
        cursor.insertText(QString::fromStdString(err), red);
    }
    m_output->moveCursor(QTextCursor::End);
    m_output->ensureCursorVisible();
}

QString OutputPanel::outputText() const { return m_output->toPlainText(); }
QString OutputPanel::stdinText() const { return m_stdin->toPlainText(); }
QStringList OutputPanel::arguments() const { return m_args->text().split(QLatin1Char(' '), Qt::SkipEmptyParts); }
void OutputPanel::setStdinText(const QString& text) { m_stdin->setPlainText(text); }
void OutputPanel::setArguments(const QString& text) { m_args->setText(text); }

} // namespace memviz::ui
