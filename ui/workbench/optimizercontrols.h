#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QWidget;

namespace cnnlab::ui {

class ScheduleCurve;

// The optimizer's details, rows of the Controls panel's training form below
// the optimizer's choice: SGD's momentum and Nesterov (shown for SGD only)
// and the learning-rate schedule with a thumbnail of its curve. None of it
// changes while a run is active.
class OptimizerControls : public QObject
{
    Q_OBJECT
public:
    OptimizerControls(QFormLayout *form, QWidget *parent);

    void setConfig(const core::TrainingConfig &config);
    void readInto(core::TrainingConfig &config) const;
    // The optimizer chosen (SGD's rows show only for SGD) and whatever shapes
    // the curve (epochs, rate): called by the panel on any change.
    void follow(const core::TrainingConfig &config);

    [[nodiscard]] QList<QWidget *> fields() const;
    void setEnabled(bool enabled);
    void setVisible(bool visible);
    void retranslateUi();
    [[nodiscard]] ScheduleCurve *curve() const { return m_curve; }

Q_SIGNALS:
    void edited();

private:
    void handleEdit();

    QFormLayout *m_form = nullptr;
    QDoubleSpinBox *m_momentum = nullptr;
    QCheckBox *m_nesterov = nullptr;
    QComboBox *m_schedule = nullptr;
    ScheduleCurve *m_curve = nullptr;
    QWidget *m_scheduleRow = nullptr;
    bool m_visible = true;
    bool m_sgd = false;
    bool m_updating = false;
};

} // namespace cnnlab::ui
