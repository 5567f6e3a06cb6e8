#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QObject>

class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;
class QWidget;

namespace cnnlab::ui {

// The Controls panel's Regularization group, beside dropout (which stays with
// the model): L2 weight decay (a penalty in the loss, or AdamW's decoupled
// decay), L1, label smoothing, data augmentation and early stopping. Fixed
// while a run is active.
class RegularizationControls : public QObject
{
    Q_OBJECT
public:
    explicit RegularizationControls(QWidget *parent);

    [[nodiscard]] QGroupBox *box() const { return m_box; }
    void setConfig(const core::TrainingConfig &config);
    void readInto(core::TrainingConfig &config) const;
    // Words weight decay's tooltip for the optimizer chosen (penalty or decay).
    void follow(const core::TrainingConfig &config);

    [[nodiscard]] QList<QWidget *> fields() const;
    void setEnabled(bool enabled);
    void retranslateUi();

Q_SIGNALS:
    void edited();

private:
    void handleEdit();
    void addRow(QWidget *field);

    QGroupBox *m_box = nullptr;
    QFormLayout *m_form = nullptr;
    QDoubleSpinBox *m_weightDecay = nullptr;
    QDoubleSpinBox *m_l1 = nullptr;
    QDoubleSpinBox *m_labelSmoothing = nullptr;
    QSpinBox *m_shift = nullptr;
    QDoubleSpinBox *m_rotate = nullptr;
    QSpinBox *m_patience = nullptr;
    bool m_decoupled = false; // AdamW: weight decay is the optimizer's, not the loss's
    bool m_updating = false;
};

} // namespace cnnlab::ui
