#pragma once

#include "cnnlab/core/expected.h"
#include "cnnlab/core/trainingconfig.h"

#include <nlohmann/json.hpp>

namespace cnnlab::core {

// The `config` object of run.json; also stored inside checkpoints.
nlohmann::json configToJson(const TrainingConfig &config);
// Missing keys keep their defaults; a key of the wrong type is an error naming it.
Expected<TrainingConfig> configFromJson(const nlohmann::json &json);

} // namespace cnnlab::core
