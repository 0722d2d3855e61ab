// CHighlighter: rules applied in order (later rules win), then block comments with the block state
// carrying "inside a comment" to the next line.
#include "c_highlighter.h"

namespace memviz::ui {

namespace {

QTextCharFormat makeFormat(const QColor& colour, bool bold = false, bool italic = false) {
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold) f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

CHighlighter::CHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
    const QString keywords = QStringLiteral(
        "\\b(if|else|while|do|for|switch|case|default|break|continue|return|goto|sizeof|typedef|struct|union|"
        "enum|static|const|extern|volatile|register|inline|restrict|NULL|true|false)\\b");
    const QString types = QStringLiteral(
        "\\b(void|char|short|int|long|float|double|signed|unsigned|_Bool|bool|size_t|ptrdiff_t|FILE|"
        "u?int(8|16|32|64|ptr)_t)\\b");
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b(0[xX][0-9a-fA-F]+|[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?)[uUlLfF]*\\b")),
                       makeFormat(QColor(0x09, 0x86, 0x58))});
    m_rules.push_back({QRegularExpression(types), makeFormat(QColor(0x26, 0x7f, 0x99), true)});
    m_rules.push_back({QRegularExpression(keywords), makeFormat(QColor(0x00, 0x33, 0xb3), true)});
    m_rules.push_back({QRegularExpression(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()")),
                       makeFormat(QColor(0x79, 0x5e, 0x26))});
    m_rules.push_back({QRegularExpression(QStringLiteral("^\\s*#\\s*[a-z]+.*$")), makeFormat(QColor(0x8b, 0x3f, 0xa8))});
    m_rules.push_back({QRegularExpression(QStringLiteral("'(\\\\.|[^'\\\\])*'")), makeFormat(QColor(0xa3, 0x15, 0x15))});
    m_rules.push_back({QRegularExpression(QStringLiteral("\"(\\\\.|[^\"\\\\])*\"")), makeFormat(QColor(0xa3, 0x15, 0x15))});
    m_commentFormat = makeFormat(QColor(0x5f, 0x7f, 0x5f), false, true);
    m_rules.push_back({QRegularExpression(QStringLiteral("//[^\\n]*")), m_commentFormat});
}

void CHighlighter::highlightBlock(const QString& text) {
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), rule.format);
        }
    }
    setCurrentBlockState(0);
    qsizetype start = 0;
    if (previousBlockState() != 1) {
        const QRegularExpressionMatch open = m_commentStart.match(text);
        start = open.hasMatch() ? open.capturedStart() : -1;
        // A "/*" inside a // comment or a string does not open a block comment.
        if (start >= 0 &&
            format(static_cast<int>(start)).fontItalic())
            start = -1;
    }
    while (start >= 0) {
        const QRegularExpressionMatch close = m_commentEnd.match(text, start + (previousBlockState() == 1 && start == 0 ? 0 : 2));
        qsizetype length = 0;
        if (!close.hasMatch()) {
            setCurrentBlockState(1);
            length = text.length() - start;
        } else {
            length = close.capturedEnd() - start;
        }
        setFormat(static_cast<int>(start), static_cast<int>(length), m_commentFormat);
        const QRegularExpressionMatch next = m_commentStart.match(text, start + length);
        start = next.hasMatch() ? next.capturedStart() : -1;
        if (currentBlockState() == 1) break;
    }
}

} // namespace memviz::ui
