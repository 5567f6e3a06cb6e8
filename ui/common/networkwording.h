#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace cnnlab::ui {

// How a run's network reads in the run history's settings column and
// tooltips: only what differs from the lab's network ("1 conv block · 5×5
// kernels · tanh · batch norm"); nothing for the lab's own.
class NetworkWording
{
    Q_DECLARE_TR_FUNCTIONS(NetworkWording)
public:
    [[nodiscard]] static QStringList parts(const core::TrainingConfig &config);
};

} // namespace cnnlab::ui
