#pragma once

#include "cnnlab/core/runinfo.h"

#include <QCoreApplication>
#include <QString>

namespace cnnlab::ui {

// How a mid-run change reads wherever it is shown: the chart marker, the run
// history's tooltip, the status bar and the report ("lr 0.001 → 0.0005").
class ChangeWording
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWording)
public:
    [[nodiscard]] static QString label(const core::ConfigChange &change);
};

} // namespace cnnlab::ui
