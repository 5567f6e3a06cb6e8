#include "runbanners.h"

#include "common/errortext.h"
#include "common/format.h"
#include "common/messagebanner.h"
#include "dataset/datasetsetup.h"
#include "run/replaycontroller.h"
#include "run/runsession.h"
#include "workbench/controlspanel.h"

#include <QCoreApplication>
#include <QLocale>

namespace cnnlab::ui {

RunBanners::RunBanners(RunSession *session, ReplayController *replay, ControlsPanel *controls,
    DatasetSetup *dataset, MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_replay(replay)
    , m_controls(controls)
    , m_dataset(dataset)
    , m_banner(banner)
{
    setObjectName(QStringLiteral("runBanners"));
    connect(m_session, &RunSession::finished, this, [this](const core::RunResult &result) {
        showOutcome(result);
        if (m_session->isReplay())
            showReplayOutcome(result);
    });
}

void RunBanners::showOutcome(const core::RunResult &result)
{
    const QString epoch = QLocale().toString(result.position.epochPosition, 'f', 2);
    switch (result.status) {
    case core::RunStatus::Completed:
        m_banner->showMessage(MessageBanner::Level::Information,
            QCoreApplication::translate("cnnlab::ui::MainWindow",
                "Finished. Epochs: %1, training time: %2, validation accuracy: %3, "
                "validation loss: %4.")
                .arg(Format::integer(result.epochsCompleted), Format::duration(result.trainSeconds),
                    Format::percent(result.valAccuracy), Format::plain(result.valLoss, 3)));
        if (result.stoppedEarly)
            m_banner->showMessage(MessageBanner::Level::Information,
                QCoreApplication::translate("cnnlab::ui::MainWindow",
                    "Stopped early after epoch %1: the validation loss had stopped improving. The model "
                    "keeps the weights of the best epoch, %2 (validation accuracy %3).")
                    .arg(Format::integer(result.epochsCompleted), Format::integer(result.bestEpoch),
                        Format::percent(result.valAccuracy)));
        break;
    case core::RunStatus::Stopped:
        m_banner->showMessage(MessageBanner::Level::Information,
            QCoreApplication::translate("cnnlab::ui::MainWindow", "Stopped at epoch %1 after %2 of training.")
                .arg(epoch, Format::duration(result.trainSeconds)));
        break;
    case core::RunStatus::Diverged: {
        // The rate the run diverged with: the last one it reported.
        const core::RunRecord &run = m_session->record();
        const double rate
            = run.trainCurve.empty() ? m_controls->config().learningRate : run.trainCurve.back().learningRate;
        m_banner->showMessage(MessageBanner::Level::Warning,
            QCoreApplication::translate("cnnlab::ui::MainWindow",
                "Training diverged at epoch %1: the loss is no longer a finite number. "
                "Try a smaller learning rate (now %2).")
                .arg(epoch, Format::learningRate(rate)));
        break;
    }
    case core::RunStatus::Failed:
        if (ErrorText::isDatasetError(result.error))
            m_dataset->showProblem(result.error);
        else
            m_banner->showMessage(MessageBanner::Level::Error, ErrorText::describe(result.error));
        break;
    }
}

// Same figures, but never worded as if this machine had just trained.
void RunBanners::showReplayOutcome(const core::RunResult &result)
{
    const std::optional<core::RunRecord> &recorded = m_replay->record();
    if (!recorded)
        return;
    m_banner->showMessage(MessageBanner::Level::Information,
        QCoreApplication::translate("cnnlab::ui::MainWindow",
            "Replay of “%1” %2 at epoch %3. Recorded result: %4, validation accuracy %5.")
            .arg(m_session->name(),
                result.status == core::RunStatus::Stopped
                    ? QCoreApplication::translate("cnnlab::ui::MainWindow", "stopped")
                    : QCoreApplication::translate("cnnlab::ui::MainWindow", "ended"),
                QLocale().toString(result.position.epochPosition, 'f', 2),
                ErrorText::runStatus(recorded->result.status),
                Format::percent(recorded->result.valAccuracy)));
}

} // namespace cnnlab::ui
