// CHighlighter: C syntax colouring for the code editor: keywords, types, preprocessor lines, strings and
// character literals, numbers, and // and /* */ comments (which may span lines).
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace memviz::ui {

class CHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit CHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    std::vector<Rule> m_rules;
    QTextCharFormat m_commentFormat;
    QRegularExpression m_commentStart{QStringLiteral("/\\*")};
    QRegularExpression m_commentEnd{QStringLiteral("\\*/")};
};

} // namespace memviz::ui
