#include "progressprinter.h"

#include <algorithm>
#include <cmath>
#include <cstdarg>

#include <sys/ioctl.h>
#include <unistd.h>

namespace cnnlab::cli {

namespace {

// printf into a std::string; the printer's lines are short.
[[gnu::format(printf, 1, 2)]] std::string format(const char *pattern, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, pattern);
    const int length = std::vsnprintf(buffer, sizeof buffer, pattern, args);
    va_end(args);
    if (length < 0)
        return {};
    return std::string(buffer, std::min<std::size_t>(std::size_t(length), sizeof buffer - 1));
}

std::string duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0.0)
        return "--:--";
    const auto total = static_cast<long long>(std::llround(seconds));
    if (total >= 3600)
        return format("%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    return format("%lld:%02lld", total / 60, total % 60);
}

int terminalWidth(std::FILE *stream)
{
    winsize size {};
    if (::ioctl(::fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

std::string evaluationLine(const core::EpochMetrics &m, double samplesPerSecond)
{
    return format("epoch %.2f  step %lld  train_loss %.4f train_acc %.4f  val_loss %.4f val_acc %.4f  %.0f "
                  "samples/s",
        m.position.epochPosition, static_cast<long long>(m.position.step), m.trainLoss, m.trainAccuracy,
        m.valLoss, m.valAccuracy, samplesPerSecond);
}

} // namespace

ProgressPrinter::ProgressPrinter(std::FILE *stream, Style style)
    : m_stream(stream)
    , m_style(style)
{ }

void ProgressPrinter::print(const std::string &line)
{
    if (m_style == Style::Quiet)
        return;
    finishLine();
    std::fprintf(m_stream, "%s\n", line.c_str());
    std::fflush(m_stream);
}

void ProgressPrinter::finishLine()
{
    if (!m_lineOpen)
        return;
    // Clear the bar rather than leave it above the next message.
    std::fputs("\r\033[K", m_stream);
    std::fflush(m_stream);
    m_lineOpen = false;
}

void ProgressPrinter::onStarted(const core::RunInfo &info)
{
    m_epochs = info.config.epochs;
    std::string line = format("training on %s: %s, %d training / %d validation images, %lld parameters, "
                              "%d epoch%s of %lld steps (batch %d)",
        info.deviceName.c_str(), core::datasetName(info.config.dataset), info.trainSize, info.validationSize,
        static_cast<long long>(info.parameterCount), m_epochs, m_epochs == 1 ? "" : "s",
        static_cast<long long>(info.stepsPerEpoch), info.config.batchSize);
    if (info.startEpoch > 0)
        line += format(", resuming after epoch %d", info.startEpoch);
    print(line);
}

void ProgressPrinter::onStep(const core::StepMetrics &metrics)
{
    m_step = metrics;
    m_haveStep = true;
    if (m_startPosition < 0.0) {
        m_startPosition = metrics.position.epochPosition;
        m_startSeconds = metrics.position.elapsedSeconds;
    }
    if (m_style == Style::Interactive)
        redraw(false);
}

void ProgressPrinter::onEvaluation(const core::EpochMetrics &metrics)
{
    m_lastValAccuracy = metrics.valAccuracy;
    const double rate = m_haveStep ? m_step.samplesPerSecond : 0.0;
    // On a terminal only the epoch ends scroll up; quick evaluations update the bar.
    if (m_style == Style::Plain || (m_style == Style::Interactive && metrics.fullValidation))
        print(evaluationLine(metrics, rate));
    if (m_style == Style::Interactive)
        redraw(true);
}

void ProgressPrinter::onConfigChanged(const core::ConfigChange &change)
{
    print(format("epoch %.2f  %s changed from %s to %s", change.position.epochPosition,
        change.parameter.c_str(), change.oldValue.c_str(), change.newValue.c_str()));
}

void ProgressPrinter::onThreadsChanged(const core::ThreadChange &change)
{
    // Not "epoch ...": that starts the evaluation lines scripts wait for.
    print(format("threads %d -> %d at step %lld (%s)", change.from, change.to,
        static_cast<long long>(change.position.step), change.reason.c_str()));
}

void ProgressPrinter::onPausedChanged(bool paused)
{
    print(paused ? "paused" : "resumed");
}

void ProgressPrinter::onFinished(const core::RunResult &result)
{
    finishLine();
    const double position = m_haveStep ? m_step.position.epochPosition : result.position.epochPosition;
    const auto step = static_cast<long long>(m_haveStep ? m_step.position.step : result.position.step);
    switch (result.status) {
    case core::RunStatus::Completed:
        print(format(
            "completed %d epoch%s in %.1f s (training %.1f s): train_loss %.4f train_acc %.4f  val_loss "
            "%.4f val_acc %.4f",
            result.epochsCompleted, result.epochsCompleted == 1 ? "" : "s", result.seconds,
            result.trainSeconds, result.trainLoss, result.trainAccuracy, result.valLoss, result.valAccuracy));
        break;
    case core::RunStatus::Stopped:
        print(format("stopped at epoch %.2f (step %lld) after %.1f s; %d full epoch%s completed", position,
            step, result.seconds, result.epochsCompleted, result.epochsCompleted == 1 ? "" : "s"));
        break;
    case core::RunStatus::Diverged: {
        const std::string loss = std::isfinite(result.trainLoss) ? format("reached %g", result.trainLoss)
                                                                 : std::string("became NaN");
        print(format("diverged at epoch %.2f (step %lld): the loss %s; try a lower learning rate", position,
            step, loss.c_str()));
        break;
    }
    case core::RunStatus::Failed:
        break; // main() reports the error itself, in the same words as for bad flags
    }
}

std::string ProgressPrinter::etaText() const
{
    const double done = m_step.position.epochPosition - m_startPosition;
    const double seconds = m_step.position.elapsedSeconds - m_startSeconds;
    if (done <= 0.0 || seconds <= 0.5)
        return "--:--";
    return duration((m_epochs - m_step.position.epochPosition) * seconds / done);
}

void ProgressPrinter::redraw(bool force)
{
    if (!m_haveStep || m_epochs <= 0)
        return;
    const auto now = Clock::now();
    // A terminal redrawn more than ~10 times a second only flickers.
    if (!force && m_lineOpen && now - m_lastDraw < std::chrono::milliseconds(100))
        return;
    m_lastDraw = now;

    const core::TrainingPosition &p = m_step.position;
    // The step within the epoch; at an epoch's end that is the last step, not 0 of the next.
    const auto stepInEpoch
        = static_cast<long long>(std::llround((p.epochPosition - p.epoch) * double(m_step.stepsPerEpoch)));
    std::string text = format(" epoch %d/%d step %lld/%lld loss %.4f acc %.4f",
        std::min(p.epoch + 1, m_epochs), m_epochs, stepInEpoch, static_cast<long long>(m_step.stepsPerEpoch),
        m_step.trainLoss, m_step.trainAccuracy);
    const std::string rate = format(" %.0f samples/s ETA %s", m_step.samplesPerSecond, etaText().c_str());
    const std::string validation = m_lastValAccuracy >= 0.0 ? format(" val_acc %.4f", m_lastValAccuracy) : "";

    // A line that wraps can no longer be redrawn with '\r': what does not fit
    // goes, the validation figure first, then the bar, then the line's tail.
    const auto width = std::size_t(std::max(20, terminalWidth(m_stream) - 1));
    if (text.size() + validation.size() + rate.size() + 7 <= width)
        text += validation;
    text += rate;
    const int barWidth
        = static_cast<int>(std::min<std::size_t>(20, width > text.size() + 2 ? width - text.size() - 2 : 0));
    std::string line;
    if (barWidth >= 5) {
        const double fraction = std::clamp(p.epochPosition / m_epochs, 0.0, 1.0);
        const int filled = static_cast<int>(fraction * barWidth);
        line = "[";
        line.append(std::size_t(filled), '#');
        line.append(std::size_t(barWidth - filled), '-');
        line += ']';
    }
    line += text;
    if (line.size() > width)
        line.resize(width);
    std::fprintf(m_stream, "\r%s\033[K", line.c_str());
    std::fflush(m_stream);
    m_lineOpen = true;
}

} // namespace cnnlab::cli
