#include "runsession.h"
#include "runsource.h"

#include <QDateTime>

namespace cnnlab::ui {

RunSession::RunSession(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("runSession"));
}

RunSession::~RunSession() = default;

RunState RunSession::state() const
{
    return m_source ? m_source->state() : RunState::Idle;
}

void RunSession::setSource(RunSource *source, Kind kind, const QString &name, const QString &path)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_kind = kind;
    m_name = name;
    m_recordPath = path;
    m_recorder.reset();
    m_opened.reset();
    Q_EMIT cleared();
    connectSource();
    Q_EMIT sourceChanged(m_kind);
    Q_EMIT stateChanged(state());
}

void RunSession::openRecord(const core::RunRecord &record, const QString &name, const QString &path)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = nullptr;
    m_kind = Kind::Record;
    m_name = name;
    m_recordPath = path;
    m_recorder.reset();
    m_opened = record;
    Q_EMIT cleared();
    Q_EMIT sourceChanged(m_kind);
    Q_EMIT stateChanged(state());
    Q_EMIT recordOpened(*m_opened, m_recordPath);
}

void RunSession::connectSource()
{
    if (!m_source)
        return;
    RunSource *source = m_source;
    connect(source, &RunSource::stateChanged, this, &RunSession::stateChanged);
    connect(source, &RunSource::started, this, [this](const core::RunInfo &info) {
        m_recorder.emplace();
        m_recorder->onStarted(info);
        Q_EMIT started(info);
    });
    // A report before started() (none is expected) is shown but not recorded.
    connect(source, &RunSource::stepReported, this, [this](const core::StepMetrics &metrics) {
        if (m_recorder)
            m_recorder->onStep(metrics);
        Q_EMIT stepReported(metrics);
    });
    connect(source, &RunSource::evaluated, this, [this](const core::EpochMetrics &metrics) {
        if (m_recorder)
            m_recorder->onEvaluation(metrics);
        Q_EMIT evaluated(metrics);
    });
    connect(source, &RunSource::predictionsReported, this,
        [this](const std::vector<core::Prediction> &predictions) {
            if (m_recorder)
                m_recorder->onPredictions(predictions);
            Q_EMIT predictionsReported(predictions);
        });
    connect(
        source, &RunSource::evaluationDetailsReported, this, [this](const core::EvaluationDetails &details) {
            if (m_recorder)
                m_recorder->onEvaluationDetails(details);
            Q_EMIT evaluationDetailsReported(details);
        });
    connect(source, &RunSource::configApplied, this, [this](const core::ConfigChange &change) {
        if (m_recorder)
            m_recorder->onConfigChanged(change);
        Q_EMIT configApplied(change);
    });
    connect(source, &RunSource::finished, this, [this](const core::RunResult &result) {
        if (m_recorder)
            m_recorder->onFinished(result);
        Q_EMIT finished(result);
    });
}

const core::RunRecord &RunSession::record() const
{
    static const core::RunRecord empty;
    if (m_opened)
        return *m_opened;
    return m_recorder ? m_recorder->record() : empty;
}

std::optional<core::RunRecord> RunSession::currentRecord() const
{
    if (m_opened)
        return m_opened;
    if (m_source && !m_source->isActive()) {
        if (std::optional<core::RunRecord> ended = m_source->endedRecord())
            return ended;
    }
    if (!m_recorder)
        return std::nullopt;
    // Mid-run (or a replay stopped early): what has been reported so far.
    core::RunRecord record = m_recorder->record();
    record.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    record.result.status = core::RunStatus::Stopped;
    if (!record.history.empty()) {
        const core::EpochMetrics &last = record.history.back();
        record.result.position = last.position;
        record.result.epochsCompleted = last.position.epoch;
        record.result.trainLoss = last.trainLoss;
        record.result.trainAccuracy = last.trainAccuracy;
        record.result.valLoss = last.valLoss;
        record.result.valAccuracy = last.valAccuracy;
        record.result.trainSeconds = last.position.elapsedSeconds;
    }
    return record;
}

void RunSession::pause()
{
    if (m_source && m_source->state() == RunState::Running)
        m_source->pause();
}

void RunSession::resume()
{
    if (m_source && m_source->state() == RunState::Paused)
        m_source->resume();
}

void RunSession::stop()
{
    if (m_source && m_source->isActive())
        m_source->stop();
}

bool RunSession::isSteering() const
{
    return m_source && m_source->isActive() && m_source->isSteerable();
}

bool RunSession::setLearningRate(double learningRate)
{
    if (!isSteering())
        return false;
    m_source->setLearningRate(learningRate);
    return true;
}

bool RunSession::setDropout(bool enabled, double convRate, double denseRate)
{
    if (!isSteering())
        return false;
    m_source->setDropout(enabled, convRate, denseRate);
    return true;
}

bool RunSession::setBatchSize(int batchSize)
{
    if (!isSteering())
        return false;
    m_source->setBatchSize(batchSize);
    Q_EMIT batchSizeDeferred(batchSize);
    return true;
}

} // namespace cnnlab::ui
