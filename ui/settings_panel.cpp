// SettingsPanel: widgets write into m_settings and say whether the run or only the view changed.
#include "settings_panel.h"

#include "alloc/allocator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace memviz::ui {

SettingsPanel::SettingsPanel(QWidget* parent) : QWidget(parent) {
    m_allocator = new QComboBox(this);
    m_allocator->setObjectName(QStringLiteral("allocator"));
    for (alloc::Policy policy : alloc::allPolicies()) {
        const std::string_view name = alloc::policyName(policy);
        m_allocator->addItem(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }
    m_heapKiB = new QSpinBox(this);
    m_heapKiB->setRange(4, 4 * 1024 * 1024);
    m_heapKiB->setSuffix(tr(" KiB"));
    m_stackKiB = new QSpinBox(this);
    m_stackKiB->setRange(4, 1024 * 1024);
    m_stackKiB->setSuffix(tr(" KiB"));
    m_stepLimit = new QSpinBox(this);
    m_stepLimit->setRange(100, 100'000'000);
    m_stepLimit->setSingleStep(10'000);
    m_stepLimit->setGroupSeparatorShown(true);
    m_machineDetails = new QCheckBox(tr("Show return addresses and saved frame pointers"), this);
    m_reducedMotion = new QCheckBox(tr("Reduced motion (no animation)"), this);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setRange(-2, 2); // 2^n: 0.25x .. 4x
    m_speed->setTickPosition(QSlider::TicksBelow);
    m_speed->setToolTip(tr("Animation and play speed: 0.25× to 4×"));
    m_fontSize = new QSpinBox(this);
    m_fontSize->setRange(0, 40);
    m_fontSize->setSpecialValueText(tr("system"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setToolTip(tr("Make everything bigger for a projector"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Allocator:"), m_allocator);
    form->addRow(tr("Heap size:"), m_heapKiB);
    form->addRow(tr("Stack size:"), m_stackKiB);
    form->addRow(tr("Step limit:"), m_stepLimit);
    form->addRow(m_machineDetails);
    form->addRow(m_reducedMotion);
    form->addRow(tr("Speed:"), m_speed);
    form->addRow(tr("Font size:"), m_fontSize);

    connect(m_allocator, &QComboBox::currentIndexChanged, this, [this] { read(true); });
    for (QSpinBox* box : {m_heapKiB, m_stackKiB, m_stepLimit})
        connect(box, &QSpinBox::editingFinished, this, [this] { read(true); });
    connect(m_machineDetails, &QCheckBox::toggled, this, [this] { read(false); });
    connect(m_reducedMotion, &QCheckBox::toggled, this, [this] { read(false); });
    connect(m_speed, &QSlider::valueChanged, this, [this] { read(false); });
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this] { read(false); });
    setSettings(m_settings);
}

void SettingsPanel::setSettings(const AppSettings& settings) {
    m_updating = true;
    m_settings = settings;
    m_allocator->setCurrentText(settings.allocator);
    m_heapKiB->setValue(static_cast<int>(settings.heapSize / 1024));
    m_stackKiB->setValue(static_cast<int>(settings.stackSize / 1024));
    m_stepLimit->setValue(static_cast<int>(settings.stepLimit));
    m_machineDetails->setChecked(settings.machineDetails);
    m_reducedMotion->setChecked(settings.reducedMotion);
    m_speed->setValue(static_cast<int>(std::lround(std::log2(settings.speed))));
    m_fontSize->setValue(settings.fontSize);
    m_updating = false;
}

void SettingsPanel::read(bool runChanged) {
    if (m_updating) return;
    AppSettings next = m_settings;
    next.allocator = m_allocator->currentText();
    next.heapSize = static_cast<quint64>(m_heapKiB->value()) * 1024;
    next.stackSize = static_cast<quint64>(m_stackKiB->value()) * 1024;
    next.stepLimit = static_cast<quint64>(m_stepLimit->value());
    next.machineDetails = m_machineDetails->isChecked();
    next.reducedMotion = m_reducedMotion->isChecked();
    next.speed = std::pow(2.0, m_speed->value());
    next.fontSize = m_fontSize->value();
    if (next == m_settings) return;
    const bool run = next.allocator != m_settings.allocator || next.heapSize != m_settings.heapSize ||
                     next.stackSize != m_settings.stackSize || next.stepLimit != m_settings.stepLimit;
    m_settings = next;
    if (run && runChanged)
        emit runOptionsChanged();
    else
        emit viewOptionsChanged();
}

} // namespace memviz::ui
