// ProblemsModel: the problems list: compile diagnostics, runtime errors (with the step they happened at, so
// a double-click can seek there) and leaks (at the allocating line), one row each, sorted by line.
#pragma once

#include "core/diagnostic.h"
#include "engine/run_result.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace memviz::ui {

struct Problem {
    enum class Kind { Error, Warning, Note, RuntimeError, Leak };
    Kind kind = Kind::Error;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint64_t step = 0; // runtime errors: the step it happened at
    QString title;          // "error", "heap-use-after-free", "memory-leak"
    QString message;
};

class ProblemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KindColumn, LineColumn, MessageColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, StepRole };

    explicit ProblemsModel(QObject* parent = nullptr);

    void setDiagnostics(const std::vector<core::Diagnostic>& diagnostics);
    void setRunProblems(const std::vector<engine::RuntimeError>& errors, const std::vector<engine::Leak>& leaks);
    void clear();
    const std::vector<Problem>& problems() const { return m_problems; }
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void setProblems(std::vector<Problem> problems);
    std::vector<Problem> m_problems;
};

} // namespace memviz::ui
