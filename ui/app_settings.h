// AppSettings: what the user chose and memviz remembers between sessions (QSettings): the run options
// (allocator, heap and stack limits, step limit), how things are shown (machine details, reduced motion,
// font size for projectors, animation and play speed) and the recent files.
#pragma once

#include "engine/run_options.h"

#include <QString>
#include <QStringList>

namespace memviz::ui {

struct AppSettings {
    QString allocator = QStringLiteral("first-fit");
    quint64 heapSize = 64ull << 20;
    quint64 stackSize = 8ull << 20;
    quint64 stepLimit = 1'000'000;
    bool reducedMotion = false;
    bool machineDetails = false;
    int fontSize = 0;        // points; 0: the system's size
    double speed = 1.0;      // animation and play speed, 0.25 .. 4
    QStringList recentFiles; // most recent first, at most 8

    static AppSettings load();
    void save() const;
    void addRecentFile(const QString& path);

    int animationMs() const { return reducedMotion ? 0 : static_cast<int>(380 / speed); }
    int playIntervalMs() const { return static_cast<int>(650 / speed); }
    engine::RunOptions runOptions() const; // stdin and argv are added by the caller

    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

} // namespace memviz::ui
