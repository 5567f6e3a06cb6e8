#include "experimentscontroller.h"

#include "cluster/clusterjob.h"
#include "cluster/clusterpanel.h"
#include "remote/devicecombo.h"

#include "common/errortext.h"
#include "common/filelocations.h"
#include "common/format.h"
#include "common/messagebanner.h"
#include "common/paneldock.h"
#include "common/settings.h"
#include "comparisondialog.h"
#include "labdialog.h"
#include "queuepanel.h"
#include "run/runlauncher.h"
#include "run/trainingcontroller.h"
#include "runspanel.h"
#include "sweepdialog.h"
#include "sweeppanel.h"
#include "workbench/controlspanel.h"

#include "cnnlab/core/comparison.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cnnlab::ui {

namespace {

core::RunQueue::EntryState entryState(core::RunStatus status)
{
    switch (status) {
    case core::RunStatus::Completed: return core::RunQueue::EntryState::Completed;
    case core::RunStatus::Stopped: return core::RunQueue::EntryState::Stopped;
    case core::RunStatus::Diverged: return core::RunQueue::EntryState::Diverged;
    case core::RunStatus::Failed: return core::RunQueue::EntryState::Failed;
    }
    return core::RunQueue::EntryState::Failed;
}

} // namespace

ExperimentsController::ExperimentsController(const Parts &parts)
    : QObject(parts.window)
    , m_window(parts.window)
    , m_launcher(parts.launcher)
    , m_controller(parts.controller)
    , m_charts(parts.charts)
    , m_controls(parts.controls)
    , m_banner(parts.banner)
{
    // Connected after the window's own handlers, so the banner says how the
    // run ended before this adds where it was saved.
    connect(m_controller, &TrainingController::finished, this, &ExperimentsController::handleFinished);
    connect(m_controller, &TrainingController::runSaved, this, &ExperimentsController::handleRunSaved);
    m_window->installEventFilter(this);
}

void ExperimentsController::install(QMenu *viewMenu, QToolBar *toolBar)
{
    m_runs = new RunsPanel;
    m_runs->setObjectName(QStringLiteral("runsPanel"));
    m_queuePanel = new QueuePanel;
    m_queuePanel->setObjectName(QStringLiteral("queuePanel"));
    m_sweepPanel = new SweepPanel;
    m_sweepPanel->setObjectName(QStringLiteral("sweepPanel"));

    auto dock = [this](QWidget *content, const char *name) {
        return PanelDock::add(m_window, content, QLatin1String(name), Qt::BottomDockWidgetArea,
            Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    };
    // The Queue dock: the local queue, and below it a cluster job's array
    // (shown once a plan goes to a cluster).
    m_clusterPanel = new ClusterPanel;
    m_clusterPanel->setObjectName(QStringLiteral("clusterPanel"));
    m_clusterPanel->hide();
    auto *queue = new QWidget;
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_queuePanel, 1);
    queueLayout->addWidget(m_clusterPanel, 1);
    m_runsDock = dock(m_runs, "runsDock");
    m_queueDock = dock(queue, "queueDock");
    m_sweepDock = dock(m_sweepPanel, "sweepDock");
    m_window->tabifyDockWidget(m_runsDock, m_queueDock);
    m_window->tabifyDockWidget(m_queueDock, m_sweepDock);
    m_runsDock->raise();
    m_window->resizeDocks({m_runsDock}, {150}, Qt::Vertical);

    connect(m_runs, &RunsPanel::checkedChanged, this, &ExperimentsController::updateOverlays);
    connect(m_runs, &RunsPanel::compareRequested, this, &ExperimentsController::compareRuns);
    connect(m_runs, &RunsPanel::replayRequested, this, [this](const QString &path) {
        QString error;
        if (!m_launcher->startReplay(path, &error))
            m_launcher->showError(error);
    });
    connect(m_runs, &RunsPanel::message, this,
        [this](const QString &text) { m_window->statusBar()->showMessage(text, 8000); });
    connect(m_runs, &RunsPanel::errorOccurred, this,
        [this](const QString &text) { m_launcher->showError(text); });
    connect(m_runs, &RunsPanel::rerunRequested, this, [this](const core::TrainingConfig &config) {
        if (m_controller->isActive())
            return;
        m_launcher->setConfig(config);
        m_launcher->startRun();
    });
    connect(m_queuePanel, &QueuePanel::pauseToggled, this, &ExperimentsController::setQueuePaused);
    connect(m_queuePanel, &QueuePanel::stopRequested, this, [this] { m_launcher->stopRun(); });
    connect(m_queuePanel, &QueuePanel::clearRequested, this, &ExperimentsController::clearQueue);

    m_labAction = new QAction(this);
    m_labAction->setObjectName(QStringLiteral("reproduceLabAction"));
    connect(m_labAction, &QAction::triggered, this, &ExperimentsController::reproduceLab);
    m_sweepAction = new QAction(this);
    m_sweepAction->setObjectName(QStringLiteral("sweepAction"));
    connect(m_sweepAction, &QAction::triggered, this, &ExperimentsController::sweep);
    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    connect(m_compareAction, &QAction::triggered, m_runs, &RunsPanel::compareSelected);

    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("experimentsMenu"));
    m_menu->addAction(m_labAction);
    m_menu->addAction(m_sweepAction);
    m_menu->addSeparator();
    m_menu->addAction(m_compareAction);
    // Right after View (so before Help).
    QAction *before = nullptr;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    if (viewMenu) {
        const qsizetype at = menus.indexOf(viewMenu->menuAction());
        if (at >= 0 && at + 1 < menus.size())
            before = menus.at(at + 1);
    }
    m_window->menuBar()->insertMenu(before, m_menu);

    // The x axis: a combo in the tool bar and radio items in View, kept in step.
    ChartsPanel *charts = m_charts;
    m_xAxisGroup = new QActionGroup(this);
    m_xAxisMenu = new QMenu(m_window);
    m_xAxisCombo = new QComboBox;
    m_xAxisCombo->setObjectName(QStringLiteral("xAxisCombo"));
    m_xAxisCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_xAxisCombo->setFocusPolicy(Qt::StrongFocus);
    for (ChartsPanel::XAxis axis : ChartsPanel::xAxes()) {
        QAction *action = m_xAxisMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(axis));
        action->setChecked(axis == charts->xAxis());
        m_xAxisGroup->addAction(action);
        connect(action, &QAction::triggered, charts, [charts, axis] { charts->setXAxis(axis); });
        m_xAxisCombo->addItem(QString(), int(axis));
    }
    connect(m_xAxisCombo, &QComboBox::activated, charts, [this, charts](int index) {
        charts->setXAxis(ChartsPanel::XAxis(m_xAxisCombo->itemData(index).toInt()));
    });
    connect(charts, &ChartsPanel::xAxisChanged, this, [this](ChartsPanel::XAxis axis) {
        m_xAxisCombo->setCurrentIndex(m_xAxisCombo->findData(int(axis)));
        for (QAction *action : m_xAxisGroup->actions())
            action->setChecked(action->data().toInt() == int(axis));
    });
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addMenu(m_xAxisMenu);
        viewMenu->addSeparator();
        viewMenu->addAction(m_runsDock->toggleViewAction());
        viewMenu->addAction(m_queueDock->toggleViewAction());
        viewMenu->addAction(m_sweepDock->toggleViewAction());
    }
    if (toolBar) {
        toolBar->addSeparator();
        m_xAxisLabel = new QLabel;
        m_xAxisLabel->setBuddy(m_xAxisCombo);
        m_xAxisLabel->setContentsMargins(4, 0, 4, 0);
        m_xAxisLabelAction = toolBar->addWidget(m_xAxisLabel);
        toolBar->addWidget(m_xAxisCombo);
        toolBar->addSeparator();
        toolBar->addAction(m_labAction);
    }
    retranslateUi();
    updateQueuePanels();
}

void ExperimentsController::retranslateUi()
{
    m_runsDock->setWindowTitle(tr("Runs"));
    m_queueDock->setWindowTitle(tr("Queue"));
    m_sweepDock->setWindowTitle(tr("Sweep Results"));
    m_runsDock->toggleViewAction()->setText(tr("&Runs Panel"));
    m_queueDock->toggleViewAction()->setText(tr("&Queue"));
    m_sweepDock->toggleViewAction()->setText(tr("S&weep Results"));
    m_menu->setTitle(tr("E&xperiments"));
    m_labAction->setText(tr("&Reproduce the Lab…"));
    m_labAction->setIconText(tr("Reproduce the Lab…"));
    m_labAction->setToolTip(
        tr("Queue the lab's four configurations over several seeds and judge its claims"));
    m_sweepAction->setText(tr("&Sweep…"));
    m_sweepAction->setToolTip(tr("Queue a grid of learning rates, batch sizes and dropout settings"));
    m_compareAction->setText(tr("&Compare Runs"));
    m_compareAction->setToolTip(tr("Compare the runs checked (or selected) in the runs panel"));
    m_xAxisMenu->setTitle(tr("&X Axis"));
    const QList<ChartsPanel::XAxis> axes = ChartsPanel::xAxes();
    const QString names[] = {tr("&Epochs"), tr("Optimizer &Steps"), tr("&Images Seen"), tr("Training &Time")};
    const QString plain[] = {tr("Epochs"), tr("Optimizer steps"), tr("Images seen"), tr("Training time")};
    for (int i = 0; i < axes.size(); ++i) {
        m_xAxisGroup->actions().at(i)->setText(names[i]);
        m_xAxisCombo->setItemText(i, plain[i]);
    }
    m_xAxisCombo->setAccessibleName(tr("X axis of the charts"));
    m_xAxisCombo->setToolTip(tr("What the charts' x axis counts, for the live run and the overlays"));
    if (m_xAxisLabel)
        m_xAxisLabel->setText(tr("&X axis:"));
    if (QWidget *parent = m_xAxisCombo->parentWidget())
        if (auto *bar = qobject_cast<QToolBar *>(parent))
            if (QWidget *button = bar->widgetForAction(m_labAction))
                button->setAccessibleName(tr("Reproduce the lab"));
}

bool ExperimentsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange && m_menu)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

QString ExperimentsController::defaultRunName(const core::TrainingConfig &config)
{
    // A sweep's name for the configuration, plus the seed.
    return QString::fromStdString(core::configName(config))
        + QStringLiteral("-s%1").arg(qulonglong(config.seed));
}

// ---------------------------------------------------------------------------
// Run history

void ExperimentsController::handleFinished(const core::RunResult &result)
{
    TrainingController *controller = m_controller;
    const bool forQueue = m_queueRunActive && m_queue.currentIndex().has_value();
    // A run that failed before training began (no data, bad device) leaves
    // nothing worth keeping.
    if (!controller->runInfo() || !controller->lastRecord()) {
        if (forQueue)
            finishQueued(entryState(result.status), QString(), 0.0);
        return;
    }
    core::RunRecord record = *controller->lastRecord();
    if (forQueue) {
        const core::PlannedRun &planned = m_queue.entries()[std::size_t(*m_queue.currentIndex())].run;
        record.name = planned.name;
        record.group = planned.group;
    } else if (record.name.empty()) {
        record.name = defaultRunName(record.config).toStdString();
    }
    // Two runs of one configuration (or one changed mid-run) must not look alike in the history.
    record.name = m_runs->uniqueName(QString::fromStdString(record.name)).toStdString();
    m_savingForQueue = forQueue;
    m_savingStatus = result.status;
    m_savingValAccuracy = result.valAccuracy;
    m_saveTicket = controller->saveRun(m_runs->storeRoot(), record);
    if (m_saveTicket == 0) {
        m_launcher->showError(
            tr("The run could not be saved to the run history. It is still shown; File ▸ Save "
               "Run Record… keeps it."));
        if (forQueue)
            finishQueued(entryState(result.status), QString(), result.valAccuracy);
    }
}

void ExperimentsController::handleRunSaved(quint64 ticket, const QString &id, const QString &directory,
    const core::Error &error, const core::Error &checkpointError)
{
    if (ticket != m_saveTicket)
        return;
    m_saveTicket = 0;
    if (error) {
        m_launcher->showError(
            tr("The run could not be saved to the run history: %1 It is still shown; File ▸ Save "
               "Run Record… keeps it elsewhere.")
                .arg(ErrorText::describe(error)));
    } else if (checkpointError) {
        m_banner->showMessage(MessageBanner::Level::Warning,
            tr("The run is in the run history, but its trained model could not be saved: %1")
                .arg(ErrorText::describe(checkpointError)));
    } else {
        m_window->statusBar()->showMessage(
            tr("Saved to the run history: %1").arg(QDir::toNativeSeparators(directory)), 8000);
    }
    m_runs->refresh();
    if (!error)
        Q_EMIT runSaved(id, directory);
    if (m_savingForQueue) {
        m_savingForQueue = false;
        finishQueued(entryState(m_savingStatus),
            error ? QString() : QDir(directory).filePath(QStringLiteral("run.json")), m_savingValAccuracy);
    }
}

void ExperimentsController::updateOverlays()
{
    m_charts->setOverlays(m_runs->overlays());
}

ComparisonDialog *ExperimentsController::comparisonDialog() const
{
    return m_comparison.data();
}

ComparisonDialog *ExperimentsController::ensureComparison()
{
    if (!m_comparison) {
        m_comparison = new ComparisonDialog(m_window);
        connect(m_comparison, &ComparisonDialog::errorOccurred, this,
            [this](const QString &text) { m_launcher->showError(text); });
        connect(m_comparison, &ComparisonDialog::exported, this, [this](const QString &path) {
            m_window->statusBar()->showMessage(FileLocations::exportedMessage(path), 5000);
        });
    }
    return m_comparison;
}

void ExperimentsController::compareRuns(const QStringList &ids)
{
    const std::vector<core::RunRecord> records = m_runs->records(ids);
    if (records.empty())
        return;
    // Verdicts only make sense when the lab's groups are among the runs.
    bool lab = false;
    for (const core::RunRecord &r : records)
        lab = lab || r.group.rfind("lab-", 0) == 0;
    ComparisonDialog *dialog = ensureComparison();
    dialog->setRuns(records, m_controls->costPerHour(), lab);
    dialog->show();
    dialog->raise();
}

// ---------------------------------------------------------------------------
// The queue

std::optional<PlanEstimate::Speed> ExperimentsController::measuredSpeed() const
{
    // The store lists runs oldest first (by creation time): newest first here.
    std::vector<const core::RunRecord *> records;
    const std::vector<core::RunStore::Entry> &entries = m_runs->entries();
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry)
        if (entry->record)
            records.push_back(&*entry->record);
    return PlanEstimate::measuredSpeed(records);
}

void ExperimentsController::reproduceLab()
{
    LabDialog dialog(m_window);
    dialog.setRemoteMachines(remoteMachineNames());
    dialog.setRunTarget(currentRunTarget());
    dialog.setEstimateBasis(m_launcher->currentConfig(), measuredSpeed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    dispatchPlan(dialog.plan(m_launcher->currentConfig()), dialog.runTarget(), true);
}

void ExperimentsController::sweep()
{
    SweepDialog dialog(m_window);
    dialog.setRemoteMachines(remoteMachineNames());
    dialog.setRunTarget(currentRunTarget());
    dialog.setEstimateBasis(m_launcher->currentConfig(), measuredSpeed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<core::SweepSpec> spec = dialog.spec())
        dispatchPlan(core::sweepPlan(m_launcher->currentConfig(), *spec), dialog.runTarget(), false);
}

void ExperimentsController::dispatchPlan(
    const std::vector<core::PlannedRun> &plan, const RunTarget &target, bool isLab)
{
    const QueueKind kind = isLab ? QueueKind::Lab : QueueKind::Sweep;
    DeviceCombo *devices = m_controls->deviceChooser();
    if (target.kind == RunTarget::Kind::Local) {
        if (!devices->machine().isEmpty()) // the teacher's local device choice stays as it is
            devices->select(QString(), QStringLiteral("auto"));
        runPlan(plan, kind);
        return;
    }
    if (target.kind == RunTarget::Kind::Remote) {
        // The queue's runs go where the device chooser points.
        if (devices->machine() != target.machine)
            devices->select(target.machine, QStringLiteral("auto"));
        runPlan(plan, kind);
        return;
    }
    std::optional<RemoteMachine> machine;
    for (const RemoteMachine &m : Settings().remoteMachines())
        if (m.name == target.machine)
            machine = m;
    if (!machine || plan.empty())
        return;
    core::ClusterPlan cluster;
    cluster.name = isLab ? "seed-lab" : "sweep";
    cluster.isLab = isLab;
    cluster.runs = plan;
    for (core::PlannedRun &run : cluster.runs) {
        // The cluster's own devices, threads and datasets, not this machine's.
        run.config.device = "auto";
        run.config.threads = 0;
        run.config.dataDir.clear();
    }
    delete m_clusterJob;
    m_clusterJob = new ClusterJob(*machine, m_runs->storeRoot(), this);
    connect(m_clusterJob, &ClusterJob::runArrived, m_runs, &RunsPanel::refresh);
    // The comparison fills in as the cluster's runs come back.
    connect(m_clusterJob, &ClusterJob::runArrived, this, [this, isLab] {
        ComparisonDialog *dialog = ensureComparison();
        dialog->setRuns(m_clusterJob->arrivedRecords(), m_controls->costPerHour(), isLab);
        if (m_clusterJob->arrivedCount() == 1)
            dialog->show();
    });
    connect(m_clusterJob, &ClusterJob::failed, this,
        [this](const QString &text) { m_launcher->showError(text); });
    m_clusterPanel->setJob(m_clusterJob);
    m_clusterPanel->show();
    m_queueDock->show();
    m_queueDock->raise();
    m_clusterJob->submit(cluster, target);
}

RunTarget ExperimentsController::currentRunTarget() const
{
    // The dialogs start where the Device chooser points.
    RunTarget target;
    target.machine = m_controls->deviceChooser()->machine();
    if (!target.machine.isEmpty())
        target.kind = RunTarget::Kind::Remote;
    return target;
}

QStringList ExperimentsController::remoteMachineNames() const
{
    QStringList names;
    for (const RemoteMachine &machine : Settings().remoteMachines())
        names << machine.name;
    return names;
}

void ExperimentsController::runPlan(const std::vector<core::PlannedRun> &plan, QueueKind kind)
{
    if (plan.empty())
        return;
    // One kind of experiment at a time: what has not started of the last one goes.
    if (m_queueKind != kind) {
        m_queue = core::RunQueue();
        m_queueRunActive = false;
    }
    m_queueKind = kind;
    m_queue.enqueue(plan);
    m_queue.setPaused(false);
    (kind == QueueKind::Sweep ? m_sweepDock : m_queueDock)->show();
    (kind == QueueKind::Sweep ? m_sweepDock : m_queueDock)->raise();
    updateQueuePanels();
    startNextQueued();
}

void ExperimentsController::setQueuePaused(bool paused)
{
    m_queue.setPaused(paused);
    updateQueuePanels();
    if (!paused)
        startNextQueued();
}

void ExperimentsController::clearQueue()
{
    m_queue.clear();
    updateQueuePanels();
    restoreTeacherConfig();
}

void ExperimentsController::restoreTeacherConfig()
{
    if (!m_teacherConfig || m_queueRunActive || m_controller->isActive())
        return;
    m_launcher->setConfig(*m_teacherConfig);
    m_teacherConfig.reset();
}

void ExperimentsController::startNextQueued()
{
    if (m_controller->isActive() || isSaving())
        return; // handleRunSaved comes back here
    const std::optional<int> index = m_queue.startNext();
    if (!index) {
        restoreTeacherConfig();
        updateQueuePanels();
        return;
    }
    const core::PlannedRun run = m_queue.entries()[std::size_t(*index)].run;
    m_queueRunActive = true;
    // Through the controls, so the window shows what runs (and Start validates
    // it); the teacher's own settings come back when the queue is done.
    if (!m_teacherConfig)
        m_teacherConfig = m_launcher->currentConfig();
    m_launcher->setConfig(run.config);
    m_launcher->startRun();
    if (!m_controller->isActive()) {
        // Refused (invalid settings): the window's banner says why.
        finishQueued(core::RunQueue::EntryState::Failed, QString(), 0.0);
        return;
    }
    m_window->statusBar()->showMessage(tr("Queue: starting %1 (%2 of %3)")
                                           .arg(QString::fromStdString(run.name))
                                           .arg(*index + 1)
                                           .arg(m_queue.entries().size()),
        8000);
    updateQueuePanels();
}

void ExperimentsController::finishQueued(
    core::RunQueue::EntryState state, const QString &recordPath, double valAccuracy)
{
    m_queueRunActive = false;
    m_queue.finishCurrent(state, recordPath.toStdString(), valAccuracy);
    updateQueuePanels();
    if (m_queue.isIdle() || m_queue.isPaused())
        restoreTeacherConfig();
    if (m_queue.isIdle()) {
        if (m_queue.doneCount() > 0)
            showQueueResults();
        Q_EMIT queueFinished();
        return;
    }
    if (!m_queue.isPaused())
        QTimer::singleShot(0, this, &ExperimentsController::startNextQueued);
}

void ExperimentsController::updateQueuePanels()
{
    m_queuePanel->setQueue(m_queue);
    if (m_queueKind == QueueKind::Sweep)
        m_sweepPanel->setEntries(m_queue.entries());
}

void ExperimentsController::showQueueResults()
{
    std::vector<core::RunRecord> records;
    for (const core::RunQueue::Entry &entry : m_queue.entries()) {
        if (entry.recordPath.empty())
            continue;
        const core::Expected<core::RunRecord> record = core::readRunRecord(entry.recordPath);
        if (record)
            records.push_back(*record);
    }
    if (records.empty())
        return;
    ComparisonDialog *dialog = ensureComparison();
    dialog->setRuns(records, m_controls->costPerHour(), m_queueKind == QueueKind::Lab);
    dialog->show();
    dialog->raise();
}

} // namespace cnnlab::ui
