#pragma once

// Run records the UI tests replay and open: the checked-in small run and a
// synthetic one of known length.

#include "cnnlab/core/runrecord.h"

#include <QString>
#include <QtGlobal>

namespace cnnlab::testing {

inline const QString runFixturePath = QStringLiteral(CNNLAB_SOURCE_DIR "/tests/fixtures/run-small.json");

inline core::RunRecord loadRunFixture()
{
    const auto record = core::readRunRecord(runFixturePath.toStdString());
    if (!record)
        qFatal("cannot read %s", qPrintable(runFixturePath));
    return *record;
}

// A record of `seconds` recorded seconds: a step every 0.1 s, an evaluation
// every second; no samples, predictions or confusion matrix.
inline core::RunRecord syntheticRecord(double seconds)
{
    core::RunRecord r;
    r.name = "synthetic";
    r.stepsPerEpoch = 100;
    for (int i = 1; i <= int(seconds * 10); ++i) {
        core::StepMetrics s;
        s.position.elapsedSeconds = i / 10.0;
        s.position.epochPosition = i / 100.0;
        s.position.step = i;
        s.trainAccuracy = 0.5;
        s.trainLoss = 1.0;
        r.trainCurve.push_back(s);
        if (i % 10 == 0) {
            core::EpochMetrics e;
            e.position = s.position;
            e.valAccuracy = 0.6;
            e.valLoss = 0.9;
            r.history.push_back(e);
        }
    }
    r.result.status = core::RunStatus::Completed;
    r.result.position = r.trainCurve.back().position;
    return r;
}

} // namespace cnnlab::testing
