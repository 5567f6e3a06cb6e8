#pragma once

#include "common/settings.h"
#include "dataset/datasetsetup.h"
#include "run/metatypes.h"
#include "run/runstate.h"
#include "window/appearancemenu.h"
#include "window/chartexportmenu.h"
#include "window/keyboardshortcuts.h"
#include "window/presentermode.h"
#include "window/runcontrol.h"
#include "window/runrecordfiles.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTimer;
class QToolBar;

namespace cnnlab::ui {

class ChartsPanel;
class ControlsPanel;
class DatasetCheck;
class ExperimentsController;
class ExplainDocks;
class RemoteSetup;
class MessageBanner;
class MetricsChart;
class PredictionsGrid;
class ReplayBar;
class ReplayController;
class RunActions;
class RunBanners;
class RunSession;
class RunStatePill;
class RunToolBar;
class RunStatusBar;
class TrainingController;

// The workbench: controls on the left, live accuracy/loss charts and the sample
// predictions on the right, run state in the tool bar and the status bar. The
// window assembles its parts and lays them out; it holds no run state: the
// session is the run shown, RunControl decides what it shows, and each part
// follows the session itself. The run methods below name RunControl's and the
// file parts' for tests and tools.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Exactly what Start hands to the engine.
    [[nodiscard]] core::TrainingConfig currentConfig() const { return m_run->currentConfig(); }
    void setConfig(const core::TrainingConfig &config) { m_run->setConfig(config); }

    // The live run's state, or the replay's while one is shown.
    [[nodiscard]] RunState state() const;
    [[nodiscard]] ControlsPanel *controlsPanel() const { return m_controls; }
    [[nodiscard]] ChartsPanel *chartsPanel() const { return m_charts; }
    [[nodiscard]] PredictionsGrid *predictionsGrid() const { return m_predictions; }
    [[nodiscard]] TrainingController *controller() const { return m_controller; }
    // The run shown (live, replayed or opened); views connect to it.
    [[nodiscard]] RunSession *session() const { return m_session; }
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    // Run history, overlays, x axis, comparison and the experiment queue.
    [[nodiscard]] ExperimentsController *experiments() const { return m_experiments; }
    // The Explain docks (coach, confusion matrix, mistakes, drawing pad, filters) and the report.
    [[nodiscard]] ExplainDocks *explainDocks() const { return m_explain; }
    [[nodiscard]] QString stateText() const;

    // Start, Stop, replays and opened records: what the session shows.
    [[nodiscard]] RunControl *runControl() const { return m_run; }
    // Shown in the banner (and on stderr by main when --config fails).
    void showError(const QString &message) { m_run->showError(message); }
    // A dataset that cannot be read: the reason, and the two ways out as
    // buttons (Download MNIST…, Locate MNIST Folder…).
    void showDatasetProblem(const core::Error &error) { m_dataset->showProblem(error); }
    [[nodiscard]] DatasetCheck *datasetCheck() const { return m_dataset->check(); }

    // Non-interactive export (File ▸ Export asks for the file name, then calls these).
    bool exportChart(MetricsChart *chart, const QString &path, QString *error = nullptr)
    {
        return m_exports->exportChart(chart, path, error);
    }
    bool exportBothCharts(const QString &path, QString *error = nullptr)
    {
        return m_exports->exportBothCharts(path, error);
    }
    bool saveRunRecord(const QString &path, QString *error = nullptr)
    {
        return m_recordFiles->saveRunRecord(path, error);
    }
    bool openRunRecord(const QString &path, QString *error = nullptr)
    {
        return m_run->openRecord(path, error);
    }

    // MNIST set-up, owned by DatasetSetup (see there); main() offers it on first start.
    using DatasetOffer = DatasetSetup::Offer;
    QDialog *offerDatasetSetup(DatasetOffer offer = DatasetOffer::IfMissing)
    {
        return m_dataset->offer(offer);
    }

public Q_SLOTS:
    void startRun() { m_run->startRun(); }
    void togglePause() { m_run->togglePause(); }
    void stopRun() { m_run->stopRun(); }
    void resetRun() { m_run->resetRun(); }

    // Text size for the room: 1.0 is the desktop's font; persisted.
    [[nodiscard]] double textScale() const { return m_appearance->textScale(); }
    void setTextScale(double scale) { m_appearance->setTextScale(scale); }

public:
    // ---- Presenter mode (F11), owned by PresenterMode; these name it for tests and tools.
    static constexpr double presenterTextFactor = PresenterMode::textFactor;
    static constexpr double presenterLineScale = PresenterMode::lineScale;
    [[nodiscard]] PresenterMode *presenterMode() const { return m_presenter; }
    [[nodiscard]] bool isPresenterMode() const { return m_presenter->isActive(); }
    void setPresenterMode(bool on) { m_presenter->setActive(on); }
    void setPresenterHighContrast(bool on) { m_presenter->setHighContrast(on); }
    void setColorBlindSafe(bool on) { m_presenter->setColorBlindSafe(on); }
    void setPresenterHidesAdvanced(bool on) { m_presenter->setHidesAdvanced(on); }
    // The keyboard shortcuts (Help ▸ Keyboard Shortcuts), as HTML.
    [[nodiscard]] QString keyboardShortcutsText() const { return m_shortcuts->text(); }

    // ---- Replay (File ▸ Replay Run…): a saved run played back through the
    // live run's paths, without training.
    bool startReplay(const QString &path, QString *error = nullptr)
    {
        return m_run->startReplay(path, error);
    }
    // `path`: where the record lies, so its checkpoint beside it serves the
    // Explain docks (Draw a Digit, Filters) once the replay has ended.
    bool startReplay(const core::RunRecord &record, const QString &name, const QString &path = {})
    {
        return m_run->startReplay(record, name, path);
    }
    [[nodiscard]] bool isReplaying() const { return m_run->isReplaying(); }
    [[nodiscard]] ReplayController *replayController() const { return m_replay; }
    void setReplaySpeed(double speed);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void connectControls();
    void createExperimentDocks();
    void createPresenterActions();
    void createReplayControls();
    void restoreSettings();
    void saveSettings();

    void applyDerivedFonts();
    void applyPresenterStyle();
    void updateActions();
    void showAbout();
    [[nodiscard]] bool isPresenting() const { return m_presenter && m_presenter->isActive(); }

    Settings m_settings;
    TrainingController *m_controller = nullptr;
    RunSession *m_session = nullptr; // the run shown, whatever its source
    ReplayController *m_replay = nullptr;
    RunControl *m_run = nullptr; // what the session shows: Start, Stop, replays, opened records
    ControlsPanel *m_controls = nullptr;
    QScrollArea *m_controlsScroll = nullptr;
    ChartsPanel *m_charts = nullptr;
    PredictionsGrid *m_predictions = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    RunToolBar *m_runToolBar = nullptr;
    ExplainDocks *m_explain = nullptr;
    RemoteSetup *m_remote = nullptr;
    DatasetSetup *m_dataset = nullptr; // MNIST: the offer, the check, the File menu entries
    RunStatePill *m_stateLabel = nullptr; // follows the session itself
    RunBanners *m_banners = nullptr; // the banner when a run ends, following the session

    RunActions *m_actions = nullptr; // Start, Pause, Stop, Reset, Open/Save Run Record, Replay Run
    RunRecordFiles *m_recordFiles = nullptr; // File ▸ Open/Save Run Record, Replay Run
    ChartExportMenu *m_exports = nullptr; // File ▸ Export
    AppearanceMenu *m_appearance = nullptr; // View ▸ text size, language, theme
    QAction *m_fullRangeAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ExperimentsController *m_experiments = nullptr;

    RunStatusBar *m_status = nullptr; // follows the session itself
    PresenterMode *m_presenter = nullptr;
    KeyboardShortcuts *m_shortcuts = nullptr; // the slider steps and Help ▸ Keyboard Shortcuts
    ReplayBar *m_replayBar = nullptr; // badge and speed, following the session
};

} // namespace cnnlab::ui
