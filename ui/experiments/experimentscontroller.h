#pragma once

#include "charts/chartspanel.h"
#include "planestimate.h"

#include "cluster/runtarget.h"

#include "cnnlab/core/runqueue.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QToolBar;

namespace cnnlab::ui {

class ClusterJob;
class ClusterPanel;
class ComparisonDialog;
class ControlsPanel;
class MessageBanner;
class RunLauncher;
class TrainingController;
class QueuePanel;
class RunsPanel;
class SweepPanel;

// Everything about more than one run, kept out of MainWindow: the run history
// (every run that ends is saved to core::RunStore with its checkpoint), the
// runs panel and its chart overlays, the x-axis switch, the comparison table,
// and the experiment queue ("Reproduce the lab", sweeps) that starts one run
// at a time through the window's normal Start.
class ExperimentsController : public QObject
{
    Q_OBJECT
public:
    enum class QueueKind { None, Lab, Sweep };

    // What the controller works with: the window's docks, menus and status
    // bar, and the run control, the live source and the panels it reads.
    struct Parts {
        QMainWindow *window = nullptr;
        RunLauncher *launcher = nullptr;
        TrainingController *controller = nullptr;
        ChartsPanel *charts = nullptr;
        ControlsPanel *controls = nullptr;
        MessageBanner *banner = nullptr;
    };
    explicit ExperimentsController(const Parts &parts);

    // The docks, the Experiments menu, the x-axis combo (tool bar) and menu (View).
    void install(QMenu *viewMenu, QToolBar *toolBar);

    [[nodiscard]] RunsPanel *runsPanel() const { return m_runs; }
    [[nodiscard]] QueuePanel *queuePanel() const { return m_queuePanel; }
    [[nodiscard]] SweepPanel *sweepPanel() const { return m_sweepPanel; }
    [[nodiscard]] QDockWidget *runsDock() const { return m_runsDock; }
    [[nodiscard]] ComparisonDialog *comparisonDialog() const; // null until first shown
    [[nodiscard]] QComboBox *xAxisCombo() const { return m_xAxisCombo; }
    // The "X axis:" label in the tool bar: the first to go when the bar is
    // crowded (the combo names itself to screen readers).
    [[nodiscard]] QAction *xAxisLabelAction() const { return m_xAxisLabelAction; }
    [[nodiscard]] QAction *reproduceLabAction() const { return m_labAction; }
    [[nodiscard]] QAction *sweepAction() const { return m_sweepAction; }

    [[nodiscard]] const core::RunQueue &queue() const { return m_queue; }
    [[nodiscard]] QueueKind queueKind() const { return m_queueKind; }
    [[nodiscard]] bool isSaving() const { return m_saveTicket != 0; }

    // Queues `plan` and starts it (unless a run is active: it starts after).
    void runPlan(const std::vector<core::PlannedRun> &plan, QueueKind kind);
    void setQueuePaused(bool paused);
    void clearQueue();
    void compareRuns(const QStringList &ids);
    // Opens the comparison of the queue's finished runs (with verdicts after the lab).
    void showQueueResults();

public Q_SLOTS:
    void reproduceLab(); // asks, then runPlan
    void sweep(); // asks, then runPlan
    // Where the dialog said the plan runs: here or on a remote machine (the
    // queue), or on a Slurm cluster (a ClusterJob, shown in the Cluster dock).
    [[nodiscard]] QStringList remoteMachineNames() const;
    [[nodiscard]] RunTarget currentRunTarget() const;
    void dispatchPlan(const std::vector<core::PlannedRun> &plan, const RunTarget &target, bool isLab);

Q_SIGNALS:
    void runSaved(const QString &id, const QString &directory);
    void queueFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // This computer's training speed, from the newest run in the history.
    [[nodiscard]] std::optional<PlanEstimate::Speed> measuredSpeed() const;
    void retranslateUi();
    void handleFinished(const core::RunResult &result);
    void handleRunSaved(quint64 ticket, const QString &id, const QString &directory, const core::Error &error,
        const core::Error &checkpointError);
    void startNextQueued();
    void finishQueued(core::RunQueue::EntryState state, const QString &recordPath, double valAccuracy);
    void updateQueuePanels();
    void updateOverlays();
    ComparisonDialog *ensureComparison();
    [[nodiscard]] static QString defaultRunName(const core::TrainingConfig &config);

    QMainWindow *m_window = nullptr;
    RunLauncher *m_launcher = nullptr;
    TrainingController *m_controller = nullptr;
    ChartsPanel *m_charts = nullptr;
    ControlsPanel *m_controls = nullptr;
    MessageBanner *m_banner = nullptr;
    RunsPanel *m_runs = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    SweepPanel *m_sweepPanel = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_sweepDock = nullptr;
    ClusterPanel *m_clusterPanel = nullptr;
    ClusterJob *m_clusterJob = nullptr;
    QPointer<ComparisonDialog> m_comparison;
    QMenu *m_menu = nullptr;
    QMenu *m_xAxisMenu = nullptr;
    QActionGroup *m_xAxisGroup = nullptr;
    QComboBox *m_xAxisCombo = nullptr;
    QLabel *m_xAxisLabel = nullptr;
    QAction *m_xAxisLabelAction = nullptr;
    QAction *m_labAction = nullptr;
    QAction *m_sweepAction = nullptr;
    QAction *m_compareAction = nullptr;

    core::RunQueue m_queue;
    QueueKind m_queueKind = QueueKind::None;
    bool m_queueRunActive = false; // the controller's run is the queue's current entry
    // The Controls panel as the teacher left it before the queue took it over;
    // put back when the queue ends, pauses or is cleared.
    std::optional<core::TrainingConfig> m_teacherConfig;
    void restoreTeacherConfig();
    quint64 m_saveTicket = 0;
    bool m_savingForQueue = false;
    core::RunStatus m_savingStatus = core::RunStatus::Completed;
    double m_savingValAccuracy = 0.0;
};

} // namespace cnnlab::ui
