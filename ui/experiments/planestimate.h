#pragma once

#include "cnnlab/core/experimentplan.h"
#include "cnnlab/core/runrecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace cnnlab::ui {

// How long a queue of runs will take here, from a speed this computer has
// measured (a saved run's images per second), so the Lab and Sweep dialogs
// can say "about 2 h 10 min" before the class commits to it.
class PlanEstimate
{
    Q_DECLARE_TR_FUNCTIONS(PlanEstimate)
public:
    struct Speed {
        double imagesPerSecond = 0.0;
        QString runName; // the run it was measured in
    };

    // The newest record that trained here (not on a remote machine) long
    // enough to be measured; none if there is none.
    static std::optional<Speed> measuredSpeed(const std::vector<const core::RunRecord *> &newestFirst);
    // Training images the plan goes through (every run's training set x epochs).
    static double trainingImages(const std::vector<core::PlannedRun> &plan);
    // "About 1 h 20 min here (4,000 images/s, measured in “lr0.001-b32”)", or
    // what to do when nothing was measured yet.
    static QString text(const std::vector<core::PlannedRun> &plan, const std::optional<Speed> &speed);
};

} // namespace cnnlab::ui
