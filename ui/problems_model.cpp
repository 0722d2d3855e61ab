// ProblemsModel: a flat table; rows are replaced as a whole after each compile or run.
#include "problems_model.h"
#include "value_text.h"

#include "theme.h"

#include <QBrush>

#include <algorithm>

namespace memviz::ui {

ProblemsModel::ProblemsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProblemsModel::setDiagnostics(const std::vector<core::Diagnostic>& diagnostics) {
    std::vector<Problem> problems;
    for (const core::Diagnostic& d : diagnostics) {
        Problem p;
        p.kind = d.severity == core::Severity::Error     ? Problem::Kind::Error
                 : d.severity == core::Severity::Warning ? Problem::Kind::Warning
                                                         : Problem::Kind::Note;
        p.line = d.loc.line;
        p.column = d.loc.column;
        p.title = QString::fromUtf8(core::severityName(d.severity).data(),
                                    static_cast<qsizetype>(core::severityName(d.severity).size()));
        p.message = QString::fromStdString(d.message);
        problems.push_back(std::move(p));
    }
    setProblems(std::move(problems));
}

void ProblemsModel::setRunProblems(const std::vector<engine::RuntimeError>& errors,
                                   const std::vector<engine::Leak>& leaks) {
    std::vector<Problem> problems;
    for (const engine::RuntimeError& e : errors) {
        const std::string_view kind = engine::errorKindName(e.kind);
        problems.push_back(Problem{Problem::Kind::RuntimeError, e.line, e.column, e.step,
                                   QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())),
                                   QString::fromStdString(e.message)});
    }
    for (const engine::Leak& l : leaks)
        problems.push_back(Problem{Problem::Kind::Leak, l.line, 0, 0, QStringLiteral("memory-leak"),
                                   tr("%1 allocated here never freed").arg(counted(l.blocks, tr("block"), tr("blocks"))) +
                                       tr(" (%1 bytes)").arg(l.bytes)});
    setProblems(std::move(problems));
}

void ProblemsModel::clear() { setProblems({}); }

void ProblemsModel::setProblems(std::vector<Problem> problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ProblemsModel::errorCount() const {
    return static_cast<int>(std::count_if(m_problems.begin(), m_problems.end(), [](const Problem& p) {
        return p.kind == Problem::Kind::Error || p.kind == Problem::Kind::RuntimeError;
    }));
}

int ProblemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProblemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Problem& p = m_problems[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return p.title;
        case LineColumn: return p.line == 0 ? QString() : QString::number(p.line);
        case MessageColumn: return p.message;
        default: return {};
        }
    case Qt::ToolTipRole: return p.message;
    case Qt::ForegroundRole:
        if (index.column() != KindColumn) return {};
        return QBrush(p.kind == Problem::Kind::Warning || p.kind == Problem::Kind::Leak ? theme::warning()
                                                                                          : theme::error());
    case LineRole: return p.line;
    case ColumnRole: return p.column;
    case StepRole: return QVariant::fromValue<qulonglong>(p.step);
    default: return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case KindColumn: return tr("Problem");
    case LineColumn: return tr("Line");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace memviz::ui
