// ProblemsModel: compile diagnostics and runtime errors as rows sorted by line, with the step to seek to.
#include "problems_model.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using memviz::ui::ProblemsModel;

TEST_CASE("problems model lists diagnostics sorted by line", "[ui][models]") {
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    memviz::core::Diagnostic late{memviz::core::Severity::Error, {12, 3}, "expected ';'"};
    memviz::core::Diagnostic early{memviz::core::Severity::Warning, {4, 1}, "unused variable 'x'"};
    model.setDiagnostics({late, early});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ProblemsModel::LineColumn).data().toString() == QStringLiteral("4"));
    CHECK(model.index(0, ProblemsModel::KindColumn).data().toString() == QStringLiteral("warning"));
    CHECK(model.index(1, ProblemsModel::MessageColumn).data().toString() == QStringLiteral("expected ';'"));
    CHECK(model.errorCount() == 1);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("problems model lists runtime errors with their step and leaks", "[ui][models]") {
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    memviz::engine::RuntimeError uaf{memviz::engine::ErrorKind::HeapUseAfterFree, 17, 5, 345, "read of freed memory"};
    memviz::engine::Leak leak{9, 16, 1};
    model.setRunProblems({uaf}, {leak});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, ProblemsModel::KindColumn).data().toString() == QStringLiteral("memory-leak"));
    CHECK(model.index(1, ProblemsModel::KindColumn).data().toString() == QStringLiteral("heap-use-after-free"));
    CHECK(model.index(1, 0).data(ProblemsModel::StepRole).toULongLong() == 345);
    CHECK(model.index(1, 0).data(ProblemsModel::LineRole).toUInt() == 17);
}
