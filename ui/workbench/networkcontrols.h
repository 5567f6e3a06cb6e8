#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QWidget;

namespace cnnlab::ui {

// The network's shape, rows of the Controls panel's Model form: conv blocks,
// first-block filters (doubling per block), kernel size, dense units,
// activation and batch norm, with the parameter count and the forward pass's
// cost per image following every change (core::modelShape). The lab's network
// is the default; none of it can change while a run is active (the weights
// have a shape). The rows share the form's label column, so they line up.
class NetworkControls : public QObject
{
    Q_OBJECT
public:
    // Adds the rows to `form` (laid out on `parent`).
    NetworkControls(QFormLayout *form, QWidget *parent);

    // Shows the architecture fields of `config`, without edited().
    void setConfig(const core::TrainingConfig &config);
    // Writes the architecture fields into `config`.
    void readInto(core::TrainingConfig &config) const;
    // "1,199,882 parameters · 24 MFLOPs per image", as shown.
    [[nodiscard]] QString sizeText() const;
    // The fields top to bottom, for the panel's tab order.
    [[nodiscard]] QList<QWidget *> fields() const;
    void setEnabled(bool enabled);
    // The rows, the size line included.
    void setVisible(bool visible);
    void retranslateUi();

Q_SIGNALS:
    // The user changed the architecture.
    void edited();

private:
    void updateSize();
    void handleEdit();

    QFormLayout *m_form = nullptr;
    QSpinBox *m_blocks = nullptr;
    QComboBox *m_filters = nullptr;
    QComboBox *m_kernel = nullptr;
    QComboBox *m_dense = nullptr;
    QComboBox *m_activation = nullptr;
    QCheckBox *m_batchNorm = nullptr;
    QLabel *m_size = nullptr;
    bool m_updating = false;
};

} // namespace cnnlab::ui
