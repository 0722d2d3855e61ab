// SettingsPanel: the settings as a form: allocator, heap size, stack size, step limit (a change re-runs the
// program and keeps the current step), machine details, reduced motion, speed and the font size for
// projectors.
#pragma once

#include "app_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSlider;
class QSpinBox;

namespace memviz::ui {

class SettingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SettingsPanel(QWidget* parent = nullptr);

    void setSettings(const AppSettings& settings);
    AppSettings settings() const { return m_settings; }
    QComboBox* allocatorBox() const { return m_allocator; }

signals:
    void runOptionsChanged(); // allocator, limits: the program must run again
    void viewOptionsChanged(); // details, motion, speed, font

private:
    void read(bool runChanged);

    AppSettings m_settings;
    QComboBox* m_allocator = nullptr;
    QSpinBox* m_heapKiB = nullptr;
    QSpinBox* m_stackKiB = nullptr;
    QSpinBox* m_stepLimit = nullptr;
    QCheckBox* m_machineDetails = nullptr;
    QCheckBox* m_reducedMotion = nullptr;
    QSlider* m_speed = nullptr;
    QSpinBox* m_fontSize = nullptr;
    bool m_updating = false;
};

} // namespace memviz::ui
