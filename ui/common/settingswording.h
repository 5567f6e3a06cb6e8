#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace cnnlab::ui {

// How a run's settings beyond the lab's read in the run history's settings
// column: only what differs from the lab's network and training ("1 conv
// block · batch norm · L2 0.0005 · shift 2 px"); nothing for the lab's own.
class SettingsWording
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWording)
public:
    [[nodiscard]] static QStringList beyondLab(const core::TrainingConfig &config);
};

} // namespace cnnlab::ui
