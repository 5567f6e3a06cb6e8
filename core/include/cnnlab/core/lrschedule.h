#pragma once

#include "cnnlab/core/trainingconfig.h"

namespace cnnlab::core {

// The learning rate of `config`'s schedule at `epochPosition` (completed epochs
// plus the fraction of the current one, 0 .. config.epochs), for its base rate
// config.learningRate. The training loop asks it before every step with the
// step's starting position; a front end can draw the curve with it.
//   constant: the base rate;
//   step:     base * lrStepFactor ^ floor(position / lrStepEpochs);
//   cosine:   base * (1 + cos(pi * position / epochs)) / 2, down to 0;
//   onecycle: linear warm-up from base/25 to base over the first warmupFraction
//             of the run, then a half cosine down to base/250000 (PyTorch's
//             OneCycleLR defaults, with a linear warm-up).
double scheduledLearningRate(const TrainingConfig &config, double epochPosition);

} // namespace cnnlab::core
