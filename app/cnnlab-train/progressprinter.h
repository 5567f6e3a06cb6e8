#pragma once

#include "cnnlab/core/trainingobserver.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace cnnlab::cli {

// Prints a run's progress for a person. On a terminal: one line redrawn in
// place (bar, epoch, step, loss, accuracy, throughput, ETA) with a permanent
// line per full validation. Otherwise (a log file, a pipe, CI): one plain line
// per evaluation, nothing redrawn. Always a start line and a summary.
class ProgressPrinter : public core::TrainingObserver
{
public:
    enum class Style { Interactive, Plain, Quiet };

    explicit ProgressPrinter(std::FILE *stream, Style style);

    void onStarted(const core::RunInfo &info) override;
    void onStep(const core::StepMetrics &metrics) override;
    void onEvaluation(const core::EpochMetrics &metrics) override;
    void onConfigChanged(const core::ConfigChange &change) override;
    void onThreadsChanged(const core::ThreadChange &change) override;
    void onPausedChanged(bool paused) override;
    void onFinished(const core::RunResult &result) override;

    // Ends a half-drawn progress line so that following output starts clean.
    void finishLine();

private:
    using Clock = std::chrono::steady_clock;

    void print(const std::string &line);
    void redraw(bool force);
    [[nodiscard]] std::string etaText() const;

    std::FILE *m_stream;
    Style m_style;
    bool m_lineOpen = false; // a redrawn line is on screen, without a newline
    Clock::time_point m_lastDraw {};

    int m_epochs = 0;
    double m_startPosition = -1.0; // epoch position and time of the first report, for the ETA
    double m_startSeconds = 0.0;
    core::StepMetrics m_step;
    bool m_haveStep = false;
    double m_lastValAccuracy = -1.0;
};

} // namespace cnnlab::cli
