#pragma once

#include "cnnlab/core/error.h"
#include "cnnlab/core/runinfo.h"

#include <QCoreApplication>
#include <QString>

namespace cnnlab::ui {

// Core reports ErrorCodes; this is the one place that turns them into
// sentences a person can act on (translatable, with the file and details core
// supplied). Every ErrorCode has a sentence: a new code is a compiler warning
// (-Wswitch) here.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString describe(const core::Error &error);
    // The dataset is missing or its files cannot be read as a dataset.
    static bool isDatasetError(const core::Error &error);
    // Human name of a TrainingConfig field as core names it ("learning_rate").
    static QString settingName(const std::string &field);
    // Headline for how a run ended ("Finished", "Diverged", ...).
    static QString runStatus(core::RunStatus status);
};

} // namespace cnnlab::ui
