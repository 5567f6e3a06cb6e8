#include "planestimate.h"

#include "common/format.h"
#include "workbench/controlscales.h"

#include <cmath>

namespace cnnlab::ui {

std::optional<PlanEstimate::Speed> PlanEstimate::measuredSpeed(
    const std::vector<const core::RunRecord *> &newestFirst)
{
    for (const core::RunRecord *run : newestFirst) {
        const core::RunRecord &record = *run;
        const double seconds = record.result.trainSeconds;
        const double images = double(record.result.position.samplesSeen);
        // A remote run ("gpu-server: CUDA ...") measured another computer;
        // this machine's engine names its device "CPU (...)" or "CUDA ...".
        const std::string &device = record.deviceName;
        const bool here
            = device.rfind("CPU", 0) == 0 || device.rfind("CUDA", 0) == 0 || device.rfind("cuda:", 0) == 0;
        if (here && seconds >= 5.0 && images > 0.0)
            return Speed {images / seconds, QString::fromStdString(record.name)};
    }
    return std::nullopt;
}

double PlanEstimate::trainingImages(const std::vector<core::PlannedRun> &plan)
{
    double images = 0.0;
    for (const core::PlannedRun &run : plan)
        images += double(scales::trainingSetSize(run.config)) * run.config.epochs;
    return images;
}

QString PlanEstimate::text(const std::vector<core::PlannedRun> &plan, const std::optional<Speed> &speed)
{
    if (!speed || !(speed->imagesPerSecond > 0.0))
        return tr(
            "Duration: not known yet; train one short run on this computer and the dialog estimates it.");
    // Training only: the evaluations add a little (a few percent at 4 per epoch).
    const double seconds = trainingImages(plan) / speed->imagesPerSecond;
    return tr("About %1 on this computer (%2 images/s, measured in “%3”).")
        .arg(Format::roughDuration(seconds), Format::integer(qint64(std::llround(speed->imagesPerSecond))),
            speed->runName);
}

} // namespace cnnlab::ui
