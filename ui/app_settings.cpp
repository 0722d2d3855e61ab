// AppSettings: one QSettings group, "run" and "view" keys.
#include "app_settings.h"

#include <QSettings>

#include <algorithm>

namespace memviz::ui {

AppSettings AppSettings::load() {
    QSettings s;
    AppSettings a;
    a.allocator = s.value(QStringLiteral("run/allocator"), a.allocator).toString();
    if (!alloc::parsePolicy(a.allocator.toStdString())) a.allocator = QStringLiteral("first-fit");
    a.heapSize = std::clamp<quint64>(s.value(QStringLiteral("run/heapSize"), a.heapSize).toULongLong(), 4096, 1ull << 32);
    a.stackSize = std::clamp<quint64>(s.value(QStringLiteral("run/stackSize"), a.stackSize).toULongLong(), 4096, 1ull << 30);
    a.stepLimit = std::clamp<quint64>(s.value(QStringLiteral("run/stepLimit"), a.stepLimit).toULongLong(), 100, 100'000'000);
    a.reducedMotion = s.value(QStringLiteral("view/reducedMotion"), a.reducedMotion).toBool();
    a.machineDetails = s.value(QStringLiteral("view/machineDetails"), a.machineDetails).toBool();
    a.fontSize = std::clamp(s.value(QStringLiteral("view/fontSize"), a.fontSize).toInt(), 0, 40);
    a.speed = std::clamp(s.value(QStringLiteral("view/speed"), a.speed).toDouble(), 0.25, 4.0);
    a.recentFiles = s.value(QStringLiteral("recentFiles")).toStringList();
    return a;
}

void AppSettings::save() const {
    QSettings s;
    s.setValue(QStringLiteral("run/allocator"), allocator);
    s.setValue(QStringLiteral("run/heapSize"), heapSize);
    s.setValue(QStringLiteral("run/stackSize"), stackSize);
    s.setValue(QStringLiteral("run/stepLimit"), stepLimit);
    s.setValue(QStringLiteral("view/reducedMotion"), reducedMotion);
    s.setValue(QStringLiteral("view/machineDetails"), machineDetails);
    s.setValue(QStringLiteral("view/fontSize"), fontSize);
    s.setValue(QStringLiteral("view/speed"), speed);
    s.setValue(QStringLiteral("recentFiles"), recentFiles);
}

void AppSettings::addRecentFile(const QString& path) {
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > 8) recentFiles.removeLast();
}

engine::RunOptions AppSettings::runOptions() const {
    engine::RunOptions o;
    o.allocator = alloc::parsePolicy(allocator.toStdString()).value_or(alloc::Policy::FirstFit);
    o.heapLimit = heapSize;
    o.stackLimit = stackSize;
    o.maxSteps = stepLimit;
    return o;
}

} // namespace memviz::ui
