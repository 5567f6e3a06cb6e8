// cnnlab-gui-bench: is the window still responsive while it trains, and what
// does showing the run cost in training speed?
//
// Rounds alternate (GUI, headless, GUI, headless, ...) on the same config, so
// a machine that changes speed over time (thermal limits, a busy neighbour)
// affects both sides alike. Per round:
//   GUI      - MainWindow shown, Start pressed; a 10 ms Qt::PreciseTimer on the
//              GUI thread records how late each tick fires (the thing a
//              stuttering chart or a sluggish Pause button is made of).
//   headless - core::TrainingEngine::run() with no observer, on this thread.
// Throughput = samples seen / training seconds (RunResult), the same measure
// for both. report/s and redraw/s: step reports reaching the window and chart
// redraws they caused, per second from the first report to the end (the
// engine caps reports at 20/s; a slower machine sends fewer). Figures only;
// nothing is asserted.
//
// The window saves every finished run to the run history: the benchmark points
// XDG_DATA_HOME at a temporary directory (removed at exit), so the user's
// ~/.local/share/cnnlab/runs never sees its runs. MNIST is looked up first and
// handed over through CNNLAB_DATA_DIR, so an installed dataset is still found.
//
//   xvfb-run -s '-screen 0 1280x800x24' cnnlab-gui-bench [--rounds 2] [--train-limit 2000] [--batch 32]

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "run/trainingcontroller.h"
#include "window/mainwindow.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runstore.h"
#include "cnnlab/core/trainingengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Lateness {
    double p50 = 0, p99 = 0, max = 0;
    int ticks = 0;
};

Lateness summarize(std::vector<double> late)
{
    Lateness l;
    if (late.empty())
        return l;
    std::sort(late.begin(), late.end());
    auto at = [&](double q) {
        return late[std::min(late.size() - 1, std::size_t(q * double(late.size() - 1) + 0.5))];
    };
    l.p50 = at(0.50);
    l.p99 = at(0.99);
    l.max = late.back();
    l.ticks = int(late.size());
    return l;
}

// Records how late a 10 ms timer fires until `done` returns true.
class LatenessProbe
{
public:
    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            if (m_last >= 0)
                m_late.push_back(std::max(0.0, now - m_last - 10.0));
            m_last = now;
        });
    }
    void start()
    {
        m_late.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    Lateness stop()
    {
        m_timer.stop();
        return summarize(m_late);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
    std::vector<double> m_late;
};

double throughput(const cnnlab::core::RunResult &r)
{
    return r.trainSeconds > 0 ? double(r.position.samplesSeen) / r.trainSeconds : 0.0;
}

// Moves this process's data home (the run store's root) into `scratch`, after
// resolving MNIST where the user has it. Must run before anything reads the
// environment (the window's run history reads XDG_DATA_HOME).
bool isolateDataHome(const QTemporaryDir &scratch)
{
    if (!scratch.isValid())
        return false;
    if (std::getenv("CNNLAB_DATA_DIR") == nullptr) {
        const auto mnist = cnnlab::core::findDataset(cnnlab::core::DatasetKind::Mnist);
        if (mnist)
            ::setenv("CNNLAB_DATA_DIR", mnist->c_str(), 1);
    }
    ::setenv("XDG_DATA_HOME", scratch.path().toLocal8Bit().constData(), 1);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QTemporaryDir scratch;
    if (!isolateDataHome(scratch)) {
        std::fprintf(stderr, "cannot create a temporary data home; not touching the real run store\n");
        return 1;
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI responsiveness and throughput while training"));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("GUI/headless pairs."),
        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption limitOption(QStringLiteral("train-limit"), QStringLiteral("Training images."),
        QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("CPU threads (0: all)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({roundsOption, limitOption, batchOption, threadsOption});
    parser.process(app);

    cnnlab::core::TrainingConfig config;
    config.trainLimit = parser.value(limitOption).toInt();
    config.batchSize = parser.value(batchOption).toInt();
    config.threads = parser.value(threadsOption).toInt();
    config.epochs = 1;
    config.device = "cpu";
    // Evaluations are part of both sides alike; keep them small so the
    // figure is mostly training.
    config.validation = cnnlab::core::ValidationSource::Holdout;
    config.holdoutSize = 1000;

    cnnlab::ui::MainWindow window;
    window.resize(1280, 800);
    window.setConfig(config);
    window.show();

    // Warm-up, not counted: the first run in a process pays for first-touch
    // memory and LibTorch's lazy initialisation, whichever side goes first.
    {
        cnnlab::core::TrainingEngine warmUp;
        cnnlab::core::TrainingConfig shortConfig = config;
        shortConfig.trainLimit = std::min(config.trainLimit, 500);
        warmUp.run(shortConfig, nullptr);
    }

    LatenessProbe probe;
    // Baseline: the same timer with the window idle.
    probe.start();
    {
        QEventLoop loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const Lateness idle = probe.stop();

    std::printf("cnnlab-gui-bench: platform %s, %d training images, batch %d, 1 epoch, %s threads\n",
        qPrintable(QGuiApplication::platformName()), config.trainLimit, config.batchSize,
        config.threads ? qPrintable(QString::number(config.threads)) : "all");
    std::printf("run store (temporary, removed at exit): %s\n", cnnlab::core::RunStore().root().c_str());
    std::printf("\n%-8s %-9s %12s %9s %9s %9s %9s %9s\n", "round", "mode", "images/s", "p50 ms", "p99 ms",
        "max ms", "report/s", "redraw/s");
    std::printf("%-8s %-9s %12s %9.2f %9.2f %9.2f %9s %9s\n", "-", "idle GUI", "-", idle.p50, idle.p99,
        idle.max, "-", "-");

    std::vector<double> gui, headless;
    Lateness worst;
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    for (int round = 1; round <= rounds; ++round) {
        // --- in the window
        QEventLoop loop;
        const auto connection = QObject::connect(
            window.controller(), &cnnlab::ui::TrainingController::finished, &loop, &QEventLoop::quit);
        // Redraws against step reports, counted from the first report to the
        // end: the charts should keep up with the data, not with a clock.
        int reports = 0;
        int redrawsAtFirstReport = 0;
        QElapsedTimer sinceFirstReport;
        const auto counter = QObject::connect(
            window.controller(), &cnnlab::ui::TrainingController::stepReported, &loop, [&] {
                if (reports++ == 0) {
                    sinceFirstReport.start();
                    redrawsAtFirstReport = window.chartsPanel()->accuracyChart()->redrawCount();
                }
            });
        probe.start();
        window.startRun();
        loop.exec();
        const Lateness late = probe.stop();
        QObject::disconnect(connection);
        QObject::disconnect(counter);
        const double seconds = std::max(1e-3, double(sinceFirstReport.elapsed()) / 1000.0);
        const auto &result = window.controller()->lastResult();
        if (!result || result->status != cnnlab::core::RunStatus::Completed) {
            std::fprintf(stderr, "GUI run did not complete (is MNIST installed?)\n");
            return 77;
        }
        const double guiRate = throughput(*result);
        gui.push_back(guiRate);
        worst.p99 = std::max(worst.p99, late.p99);
        worst.max = std::max(worst.max, late.max);
        const double redraws
            = (window.chartsPanel()->accuracyChart()->redrawCount() - redrawsAtFirstReport) / seconds;
        std::printf("%-8d %-9s %12.0f %9.2f %9.2f %9.2f %9.1f %9.1f\n", round, "GUI", guiRate, late.p50,
            late.p99, late.max, reports / seconds, redraws);

        // --- headless, same config, same process
        cnnlab::core::TrainingEngine engine;
        const cnnlab::core::RunResult plain = engine.run(window.controller()->startedConfig(), nullptr);
        const double plainRate = throughput(plain);
        headless.push_back(plainRate);
        std::printf(
            "%-8d %-9s %12.0f %9s %9s %9s %9s %9s\n", round, "headless", plainRate, "-", "-", "-", "-", "-");
        std::fflush(stdout);
    }
    std::sort(gui.begin(), gui.end());
    std::sort(headless.begin(), headless.end());
    const double guiMedian = gui[gui.size() / 2];
    const double plainMedian = headless[headless.size() / 2];
    std::printf("\nmedian: GUI %.0f images/s, headless %.0f images/s, GUI/headless %.2f\n", guiMedian,
        plainMedian, plainMedian > 0 ? guiMedian / plainMedian : 0.0);
    std::printf(
        "10 ms timer lateness while training, worst round: p99 %.2f ms, max %.2f ms\n", worst.p99, worst.max);
    window.close();
    QCoreApplication::processEvents(); // the last run's record is saved on the way out
    std::printf(
        "runs the window saved to the temporary store: %zu\n", cnnlab::core::RunStore().list().size());
    return 0;
}
