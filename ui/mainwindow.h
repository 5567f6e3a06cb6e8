#pragma once

#include "metatypes.h"
#include "runstate.h"
#include "settings.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QTimer;
class QToolBar;

namespace cnnlab::ui {

class ChartsPanel;
class ControlsPanel;
class InsightDocks;
class MessageBanner;
class MetricsChart;
class PredictionsGrid;
class TrainingController;

// The workbench: controls on the left, live accuracy/loss charts and the sample
// predictions on the right, run state in the tool bar and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Exactly what Start hands to the engine.
    [[nodiscard]] core::TrainingConfig currentConfig() const;
    void setConfig(const core::TrainingConfig &config);

    [[nodiscard]] RunState state() const;
    [[nodiscard]] ControlsPanel *controlsPanel() const { return m_controls; }
    [[nodiscard]] ChartsPanel *chartsPanel() const { return m_charts; }
    [[nodiscard]] PredictionsGrid *predictionsGrid() const { return m_predictions; }
    [[nodiscard]] TrainingController *controller() const { return m_controller; }
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    // The Explain docks (coach, confusion matrix, mistakes, drawing pad, filters) and the report.
    [[nodiscard]] InsightDocks *insightDocks() const { return m_insight; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] static QString stateName(RunState state);

    // Shown in the banner (and on stderr by main when --config fails).
    void showError(const QString &message);

    // Non-interactive export (File ▸ Export asks for the file name, then calls these).
    bool exportChart(MetricsChart *chart, const QString &path, QString *error = nullptr);
    bool exportBothCharts(const QString &path, QString *error = nullptr);
    bool saveRunRecord(const QString &path, QString *error = nullptr);
    bool openRunRecord(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void startRun();
    void togglePause();
    void stopRun();
    void resetRun();

    // Text size for the room: 1.0 is the desktop's font; persisted.
    [[nodiscard]] double textScale() const { return m_textScale; }
    void setTextScale(double scale);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void createInsightDocks();
    void connectController();
    void restoreSettings();
    void saveSettings();

    void handleStateChanged(RunState state);
    void handleStarted(const core::RunInfo &info);
    void handleStep(const core::StepMetrics &metrics);
    void handleEvaluation(const core::EpochMetrics &metrics);
    void handleConfigChange(const core::ConfigChange &change);
    void handleFinished(const core::RunResult &result);

    void applyDerivedFonts();
    void updateActions();
    void updateStateLabel();
    void updateStatus();
    void clearStatus();
    void exportInteractively(MetricsChart *chart, const QString &format); // chart null: both
    void openRunRecordInteractively();
    void saveRunRecordInteractively();
    void showAbout();

    Settings m_settings;
    TrainingController *m_controller = nullptr;
    ControlsPanel *m_controls = nullptr;
    QScrollArea *m_controlsScroll = nullptr;
    ChartsPanel *m_charts = nullptr;
    PredictionsGrid *m_predictions = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QToolBar *m_runToolBar = nullptr;
    InsightDocks *m_insight = nullptr;
    QLabel *m_stateLabel = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_fullRangeAction = nullptr;
    QAction *m_saveRecordAction = nullptr;
    QAction *m_openRecordAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;

    QLabel *m_deviceLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QLabel *m_etaLabel = nullptr;
    QLabel *m_costLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_statusTimer = nullptr;

    QElapsedTimer m_wallClock; // since Start: what the machine is billed for
    double m_finishedWallSeconds = -1; // frozen when the run ends
    std::optional<core::RunInfo> m_runInfo;
    std::optional<core::StepMetrics> m_lastStep;
    std::optional<core::EpochMetrics> m_lastEvaluation;
    QString m_viewedRecordName; // a run record opened from a file
    double m_textScale = 1.0;
};

} // namespace cnnlab::ui
