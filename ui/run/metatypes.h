#pragma once

// Core's value types travel from the worker thread to the GUI thread through
// queued signals, which copy their arguments through QMetaType.

#include "cnnlab/core/error.h"
#include "cnnlab/core/evaluationdetails.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingconfig.h"

#include <QMetaType>

#include <vector>

Q_DECLARE_METATYPE(cnnlab::core::StepMetrics)
Q_DECLARE_METATYPE(cnnlab::core::EpochMetrics)
Q_DECLARE_METATYPE(cnnlab::core::Prediction)
Q_DECLARE_METATYPE(std::vector<cnnlab::core::Prediction>)
Q_DECLARE_METATYPE(cnnlab::core::RunInfo)
Q_DECLARE_METATYPE(cnnlab::core::ConfigChange)
Q_DECLARE_METATYPE(cnnlab::core::RunResult)
Q_DECLARE_METATYPE(cnnlab::core::RunRecord)
Q_DECLARE_METATYPE(cnnlab::core::TrainingConfig)
Q_DECLARE_METATYPE(cnnlab::core::Error)
Q_DECLARE_METATYPE(cnnlab::core::EvaluationDetails)

namespace cnnlab::ui {

// Registers the types above (idempotent). Called by TrainingController; call it
// yourself before using them in a QSignalSpy without a controller.
void registerMetaTypes();

} // namespace cnnlab::ui
