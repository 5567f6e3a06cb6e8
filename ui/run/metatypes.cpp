#include "metatypes.h"

#include "runstate.h"

namespace cnnlab::ui {

void registerMetaTypes()
{
    qRegisterMetaType<cnnlab::core::StepMetrics>();
    qRegisterMetaType<cnnlab::core::EpochMetrics>();
    qRegisterMetaType<cnnlab::core::Prediction>();
    qRegisterMetaType<std::vector<cnnlab::core::Prediction>>();
    qRegisterMetaType<cnnlab::core::RunInfo>();
    qRegisterMetaType<cnnlab::core::ConfigChange>();
    qRegisterMetaType<cnnlab::core::RunResult>();
    qRegisterMetaType<cnnlab::core::RunRecord>();
    qRegisterMetaType<cnnlab::core::TrainingConfig>();
    qRegisterMetaType<cnnlab::core::Error>();
    qRegisterMetaType<cnnlab::core::EvaluationDetails>();
    qRegisterMetaType<cnnlab::ui::RunState>();
}

} // namespace cnnlab::ui
