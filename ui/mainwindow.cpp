#include "mainwindow.h"

#include "charts/chartexport.h"
#include "charts/metricschart.h"
#include "chartspanel.h"
#include "controlspanel.h"
#include "errortext.h"
#include "format.h"
#include "insightdocks.h"
#include "messagebanner.h"
#include "predictionsgrid.h"
#include "runicons.h"
#include "theme.h"
#include "trainingcontroller.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/trainingengine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

// Resources live in the static cnnlab_ui library; Q_INIT_RESOURCE must be
// called outside any namespace.
static void initCnnlabResources()
{
    Q_INIT_RESOURCE(cnnlab);
}

namespace cnnlab::ui {

namespace {

QStringList toQStringList(const std::vector<std::string> &strings)
{
    QStringList list;
    for (const std::string &s : strings)
        list.append(QString::fromStdString(s));
    return list;
}

QLabel *statusLabel(QWidget *parent, const QString &objectName, const QString &toolTip)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setToolTip(toolTip);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new TrainingController(this))
{
    initCnnlabResources();
    setWindowTitle(tr("cnnlab — CNN workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/cnnlab/cnnlab.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    createActions();
    createCentralWidget();
    createInsightDocks();
    createMenus();
    createToolBar();
    createStatusBar();
    connectController();
    restoreSettings();
    applyDerivedFonts();
    handleStateChanged(m_controller->state());
}

MainWindow::~MainWindow()
{
    // Normally done in closeEvent; a window deleted without being closed
    // (tests, an exception) must still not leave a thread behind.
    m_insight->detachEngine();
    m_controller->shutdown();
}

// ---------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    m_startAction = new QAction(tr("&Start"), this);
    m_startAction->setObjectName(QStringLiteral("startAction"));
    m_startAction->setToolTip(tr("Start training with the settings on the left (Space)"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startRun);

    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_stopAction = new QAction(tr("S&top"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Stop the run after the current step (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopRun);

    m_resetAction = new QAction(tr("&Reset"), this);
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resetAction->setToolTip(tr("Clear the charts and predictions (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetRun);

    m_fullRangeAction = new QAction(tr("&Full Range"), this);
    m_fullRangeAction->setObjectName(QStringLiteral("fullRangeAction"));
    m_fullRangeAction->setCheckable(true);
    m_fullRangeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_fullRangeAction->setToolTip(tr("Show the whole range of values instead of zooming in on recent ones"));

    m_openRecordAction = new QAction(tr("&Open Run Record…"), this);
    m_openRecordAction->setShortcut(QKeySequence::Open);
    connect(m_openRecordAction, &QAction::triggered, this, &MainWindow::openRunRecordInteractively);
    m_saveRecordAction = new QAction(tr("&Save Run Record…"), this);
    m_saveRecordAction->setShortcut(QKeySequence::Save);
    m_saveRecordAction->setToolTip(tr("Save the last run as run.json (the format cnnlab-train writes)"));
    connect(m_saveRecordAction, &QAction::triggered, this, &MainWindow::saveRunRecordInteractively);
}

void MainWindow::createCentralWidget()
{
    m_controls = new ControlsPanel;
    m_controls->setObjectName(QStringLiteral("controlsPanel"));
    m_controlsScroll = new QScrollArea;
    m_controlsScroll->setWidget(m_controls);
    m_controlsScroll->setWidgetResizable(true);
    m_controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_controlsScroll->setFrameShape(QFrame::NoFrame);
    m_controlsScroll->setMinimumWidth(
        m_controls->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);

    m_banner = new MessageBanner;
    m_charts = new ChartsPanel;
    m_charts->setObjectName(QStringLiteral("chartsPanel"));
    m_predictions = new PredictionsGrid;
    m_predictions->setObjectName(QStringLiteral("predictionsGrid"));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 8, 4);
    rightLayout->addWidget(m_banner);
    // Charts above, digits below; the user can trade one for the other.
    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_charts);
    m_rightSplitter->addWidget(m_predictions);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);
    rightLayout->addWidget(m_rightSplitter, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_controlsScroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_charts, &ChartsPanel::fullRangeToggled, m_fullRangeAction, &QAction::setChecked);
    connect(m_fullRangeAction, &QAction::toggled, m_charts, &ChartsPanel::setFullRange);
    connect(m_charts, &ChartsPanel::exportRequested, this, &MainWindow::exportInteractively);

    // Mid-run edits go straight to the engine (thread-safe, within one step);
    // before a run they only change what Start will use.
    connect(m_controls, &ControlsPanel::learningRateEdited, this, [this](double lr) {
        if (m_controller->isActive())
            m_controller->setLearningRate(lr);
    });
    connect(m_controls, &ControlsPanel::dropoutEdited, this, [this](bool enabled, double conv, double dense) {
        if (m_controller->isActive())
            m_controller->setDropout(enabled, conv, dense);
    });
    connect(m_controls, &ControlsPanel::batchSizeEdited, this, [this](int batch) {
        if (!m_controller->isActive())
            return;
        m_controller->setBatchSize(batch);
        statusBar()->showMessage(
            tr("Batch size %1 applies from the next epoch.").arg(Format::integer(batch)), 5000);
    });
    connect(m_controls, &ControlsPanel::costPerHourChanged, this, [this](double dollars) {
        m_settings.setCostPerHour(dollars);
        updateStatus();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openRecordAction);
    file->addAction(m_saveRecordAction);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct {
        QString title;
        MetricsChart *chart;
    } targets[] = {
        {tr("&Accuracy Chart"), m_charts->accuracyChart()},
        {tr("&Loss Chart"), m_charts->lossChart()},
        {tr("&Both Charts"), nullptr},
    };
    for (const auto &target : targets) {
        QMenu *sub = exportMenu->addMenu(target.title);
        MetricsChart *chart = target.chart;
        sub->addAction(
            tr("PNG Image…"), this, [this, chart] { exportInteractively(chart, QStringLiteral("png")); });
        sub->addAction(
            tr("SVG Drawing…"), this, [this, chart] { exportInteractively(chart, QStringLiteral("svg")); });
        sub->addAction(
            tr("PDF Document…"), this, [this, chart] { exportInteractively(chart, QStringLiteral("pdf")); });
        sub->addAction(
            tr("CSV Data…"), this, [this, chart] { exportInteractively(chart, QStringLiteral("csv")); });
        if (chart) {
            sub->addSeparator();
            sub->addAction(tr("Copy Image"), chart, &MetricsChart::copyToClipboard);
        }
    }
    file->addAction(m_insight->exportReportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_startAction);
    run->addAction(m_pauseAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(m_resetAction);
    run->addSeparator();
    run->addAction(tr("&Lab Defaults"), m_controls, &ControlsPanel::restoreLabDefaults);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_fullRangeAction);
    view->addSeparator();
    QAction *larger = view->addAction(tr("&Larger Text"), this, [this] { setTextScale(m_textScale * 1.15); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *smaller
        = view->addAction(tr("S&maller Text"), this, [this] { setTextScale(m_textScale / 1.15); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction *normal = view->addAction(tr("&Normal Text Size"), this, [this] { setTextScale(1.0); });
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QMenu *theme = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QStringList names = Theme::names();
    const QStringList titles = {tr("&System"), tr("&Light"), tr("&Dark")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QAction *action = theme->addAction(titles[i]);
        action->setCheckable(true);
        action->setData(names[i]);
        action->setObjectName(QStringLiteral("theme-") + names[i]);
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        Theme::apply(action->data().toString());
        m_settings.setTheme(action->data().toString());
    });

    menuBar()->addMenu(m_insight->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About cnnlab"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    m_runToolBar = addToolBar(tr("Run"));
    m_runToolBar->setObjectName(QStringLiteral("runToolBar"));
    m_runToolBar->setMovable(false);
    m_runToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_runToolBar->addAction(m_startAction);
    m_runToolBar->addAction(m_pauseAction);
    m_runToolBar->addAction(m_stopAction);
    m_runToolBar->addAction(m_resetAction);
    m_runToolBar->addSeparator();

    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setMargin(4);
    m_runToolBar->addWidget(m_stateLabel);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_runToolBar->addWidget(spacer);
    m_runToolBar->addAction(m_fullRangeAction);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    m_deviceLabel = statusLabel(bar, QStringLiteral("deviceLabel"), tr("Where the model trains"));
    m_positionLabel = statusLabel(
        bar, QStringLiteral("positionLabel"), tr("Epoch in progress and optimizer steps so far"));
    m_speedLabel = statusLabel(bar, QStringLiteral("speedLabel"), tr("Training images per second"));
    m_elapsedLabel = statusLabel(bar, QStringLiteral("elapsedLabel"),
        tr("Time since Start, pauses and data loading included (the machine is billed for it)"));
    m_etaLabel = statusLabel(
        bar, QStringLiteral("etaLabel"), tr("Estimated training time left, at the recent speed"));
    m_costLabel = statusLabel(bar, QStringLiteral("costLabel"), QString());
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(200);
    m_progress->setMinimumWidth(120);
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_deviceLabel, m_positionLabel, m_speedLabel, m_elapsedLabel, m_etaLabel})
        bar->addPermanentWidget(widget);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_costLabel);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    clearStatus();
}

void MainWindow::createInsightDocks()
{
    // Everything of the Explain menu lives in InsightDocks; the window only
    // hands it opened records and Reset.
    m_insight = new InsightDocks(this, m_controller, m_charts);
    connect(m_insight, &InsightDocks::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::connectController()
{
    connect(m_controller, &TrainingController::stateChanged, this, &MainWindow::handleStateChanged);
    connect(m_controller, &TrainingController::started, this, &MainWindow::handleStarted);
    connect(m_controller, &TrainingController::stepReported, this, &MainWindow::handleStep);
    connect(m_controller, &TrainingController::evaluated, this, &MainWindow::handleEvaluation);
    connect(m_controller, &TrainingController::predictionsReported, m_predictions,
        &PredictionsGrid::setPredictions);
    connect(m_controller, &TrainingController::configChanged, this, &MainWindow::handleConfigChange);
    connect(m_controller, &TrainingController::finished, this, &MainWindow::handleFinished);
}

void MainWindow::restoreSettings()
{
    if (const std::optional<core::TrainingConfig> config = m_settings.lastConfig())
        m_controls->setConfig(*config);
    m_controls->setCostPerHour(m_settings.costPerHour());
    m_fullRangeAction->setChecked(m_settings.isFullRange());

    setTextScale(m_settings.textScale());
    const QString theme = m_settings.theme();
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme);
    if (theme != QLatin1String("system"))
        Theme::apply(theme);

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: most of the screen, at least the 1280x800 the layout is designed for.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(available.width(), 1600), std::min(available.height(), 1000));
    }
    restoreState(m_settings.windowState());
    if (!m_splitter->restoreState(m_settings.splitterState(QStringLiteral("main"))))
        m_splitter->setSizes({m_controlsScroll->minimumWidth(), width() - m_controlsScroll->minimumWidth()});
    if (!m_rightSplitter->restoreState(m_settings.splitterState(QStringLiteral("right"))))
        m_rightSplitter->setSizes({600, 300});
}

void MainWindow::saveSettings()
{
    m_settings.setLastConfig(currentConfig());
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    m_settings.setSplitterState(QStringLiteral("right"), m_rightSplitter->saveState());
    m_settings.setFullRange(m_fullRangeAction->isChecked());
    m_settings.setCostPerHour(m_controls->costPerHour());
    m_settings.setTextScale(m_textScale);
    m_settings.sync();
}

// ---------------------------------------------------------------------------
// Public API

core::TrainingConfig MainWindow::currentConfig() const
{
    return m_controls->config();
}

void MainWindow::setConfig(const core::TrainingConfig &config)
{
    m_controls->setConfig(config);
}

RunState MainWindow::state() const
{
    return m_controller->state();
}

QString MainWindow::stateName(RunState state)
{
    switch (state) {
    case RunState::Idle: return tr("Idle");
    case RunState::Starting: return tr("Loading data…");
    case RunState::Running: return tr("Running");
    case RunState::Paused: return tr("Paused");
    case RunState::Stopping: return tr("Stopping…");
    case RunState::Finished: return tr("Finished");
    case RunState::Stopped: return tr("Stopped");
    case RunState::Diverged: return tr("Diverged");
    case RunState::Failed: return tr("Failed");
    }
    return {};
}

QString MainWindow::stateText() const
{
    return m_stateLabel->text();
}

void MainWindow::setTextScale(double scale)
{
    // The desktop's font as the application started, scaled: a projector in a
    // big room wants 150 %, a laptop on the desk 100 %.
    static const QFont base = QApplication::font();
    m_textScale = std::clamp(scale, 0.7, 2.5);
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * m_textScale);
    QApplication::setFont(font);
}

void MainWindow::applyDerivedFonts()
{
    // The run controls and state are what the room looks at first: larger and bold.
    QFont toolFont = font();
    toolFont.setPointSizeF(font().pointSizeF() * 1.15);
    toolFont.setBold(true);
    m_runToolBar->setFont(toolFont);
    m_stateLabel->setFont(toolFont);
    const int icon = QFontMetrics(toolFont).height() + 4;
    m_runToolBar->setIconSize(QSize(icon, icon));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyDerivedFonts();
    } else if (event->type() == QEvent::PaletteChange) {
        updateActions(); // icons follow the text colour
        updateStateLabel();
    }
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Level::Error, message);
}

// ---------------------------------------------------------------------------
// Run control

void MainWindow::startRun()
{
    if (m_controller->isActive())
        return; // the action is disabled too; this guards the shortcut path
    const core::TrainingConfig config = currentConfig();
    if (const core::Error error = core::validate(config)) {
        showError(ErrorText::describe(error));
        return;
    }
    m_banner->dismiss();
    m_viewedRecordName.clear();
    m_charts->clear();
    m_predictions->clear();
    m_runInfo.reset();
    m_lastStep.reset();
    m_lastEvaluation.reset();
    m_finishedWallSeconds = -1;
    m_settings.setLastConfig(config);
    m_wallClock.start();
    if (!m_controller->start(config))
        return;
    m_statusTimer->start();
    updateStatus();
}

void MainWindow::togglePause()
{
    if (m_controller->state() == RunState::Running)
        m_controller->pause();
    else if (m_controller->state() == RunState::Paused)
        m_controller->resume();
}

void MainWindow::stopRun()
{
    m_controller->stop();
}

void MainWindow::resetRun()
{
    if (m_controller->isActive())
        return;
    m_controller->reset();
    m_charts->clear();
    m_predictions->clear();
    m_insight->clear();
    m_banner->dismiss();
    m_runInfo.reset();
    m_lastStep.reset();
    m_lastEvaluation.reset();
    m_viewedRecordName.clear();
    m_finishedWallSeconds = -1;
    m_wallClock.invalidate();
    clearStatus();
    updateActions();
    updateStateLabel();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Stop the engine and join its thread before the window goes: the engine
    // ends within one step, so this is a short, bounded wait.
    if (m_controller->isActive())
        statusBar()->showMessage(tr("Stopping the run…"));
    m_insight->detachEngine();
    m_controller->shutdown();
    m_statusTimer->stop();
    event->accept();
}

// ---------------------------------------------------------------------------
// Reports from the engine (all on the GUI thread, via queued signals)

void MainWindow::handleStateChanged(RunState state)
{
    m_controls->setRunning(isActive(state));
    if (!isActive(state)) {
        if (m_wallClock.isValid() && m_finishedWallSeconds < 0)
            m_finishedWallSeconds = double(m_wallClock.elapsed()) / 1000.0;
        m_statusTimer->stop();
    }
    updateActions();
    updateStateLabel();
    updateStatus();
}

void MainWindow::handleStarted(const core::RunInfo &info)
{
    m_runInfo = info;
    m_controls->setReportedTrainingSize(info.trainSize);
    m_predictions->setSamples(info.samples, toQStringList(info.classNames));
    updateStatus();
}

void MainWindow::handleStep(const core::StepMetrics &metrics)
{
    m_lastStep = metrics;
    m_charts->addStep(metrics);
}

void MainWindow::handleEvaluation(const core::EpochMetrics &metrics)
{
    m_lastEvaluation = metrics;
    m_charts->addEvaluation(metrics);
}

void MainWindow::handleConfigChange(const core::ConfigChange &change)
{
    m_charts->addConfigChange(change);
    statusBar()->showMessage(
        tr("%1 at epoch %2")
            .arg(ChartsPanel::changeLabel(change), QLocale().toString(change.position.epochPosition, 'f', 2)),
        8000);
}

void MainWindow::handleFinished(const core::RunResult &result)
{
    m_charts->flush();
    // Step reports are throttled, so the last one may be a few steps short of
    // the end; the result has the exact final position.
    if (m_lastStep) {
        m_lastStep->position = result.position;
        if (result.trainSeconds > 0)
            m_lastStep->samplesPerSecond = double(result.position.samplesSeen) / result.trainSeconds;
    }
    switch (result.status) {
    case core::RunStatus::Completed:
        m_banner->showMessage(MessageBanner::Level::Information,
            tr("Finished. Epochs: %1, training time: %2, validation accuracy: %3, "
               "validation loss: %4.")
                .arg(Format::integer(result.epochsCompleted), Format::duration(result.trainSeconds),
                    Format::percent(result.valAccuracy), Format::plain(result.valLoss, 3)));
        break;
    case core::RunStatus::Stopped:
        m_banner->showMessage(MessageBanner::Level::Information,
            tr("Stopped at epoch %1 after %2 of training.")
                .arg(QLocale().toString(result.position.epochPosition, 'f', 2),
                    Format::duration(result.trainSeconds)));
        break;
    case core::RunStatus::Diverged:
        m_banner->showMessage(MessageBanner::Level::Warning,
            tr("Training diverged at epoch %1: the loss is no longer a finite number. "
               "Try a smaller learning rate (now %2).")
                .arg(QLocale().toString(result.position.epochPosition, 'f', 2),
                    Format::learningRate(
                        m_lastStep ? m_lastStep->learningRate : currentConfig().learningRate)));
        break;
    case core::RunStatus::Failed: showError(ErrorText::describe(result.error)); break;
    }
    updateActions();
    updateStatus();
}

// ---------------------------------------------------------------------------
// Display

void MainWindow::updateActions()
{
    const RunState state = m_controller->state();
    const bool active = isActive(state);
    m_startAction->setEnabled(!active);
    m_pauseAction->setEnabled(state == RunState::Running || state == RunState::Paused);
    m_stopAction->setEnabled(
        state == RunState::Starting || state == RunState::Running || state == RunState::Paused);
    m_resetAction->setEnabled(!active);
    m_openRecordAction->setEnabled(!active);
    m_saveRecordAction->setEnabled(!active && m_controller->lastRecord().has_value());

    const bool paused = state == RunState::Paused;
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    const QPalette pal = palette();
    m_startAction->setIcon(RunIcons::icon(RunIcons::Kind::Start, pal));
    m_pauseAction->setIcon(RunIcons::icon(paused ? RunIcons::Kind::Start : RunIcons::Kind::Pause, pal));
    m_stopAction->setIcon(RunIcons::icon(RunIcons::Kind::Stop, pal));
    m_resetAction->setIcon(RunIcons::icon(RunIcons::Kind::Reset, pal));
    m_pauseAction->setToolTip(
        paused ? tr("Continue training (Space)") : tr("Pause after the current step (Space)"));
    // Space starts when idle and pauses/resumes when running: one key for the
    // presenter, moved to whichever action it currently means.
    m_startAction->setShortcut(active ? QKeySequence() : QKeySequence(Qt::Key_Space));
    m_pauseAction->setShortcut(active ? QKeySequence(Qt::Key_Space) : QKeySequence());
}

void MainWindow::updateStateLabel()
{
    const RunState state = m_controller->state();
    QString text = stateName(state);
    if (state == RunState::Idle && !m_viewedRecordName.isEmpty())
        text = tr("Viewing %1").arg(m_viewedRecordName);
    m_stateLabel->setText(text);

    QColor color;
    switch (state) {
    case RunState::Idle: color = palette().color(QPalette::Mid); break;
    case RunState::Starting:
    case RunState::Running: color = QColor(0x2e, 0x7d, 0x32); break;
    case RunState::Paused:
    case RunState::Stopping: color = QColor(0xef, 0x6c, 0x00); break;
    case RunState::Finished: color = QColor(0x15, 0x65, 0xc0); break;
    case RunState::Stopped: color = QColor(0x60, 0x60, 0x60); break;
    case RunState::Diverged: color = QColor(0xe6, 0x51, 0x00); break;
    case RunState::Failed: color = QColor(0xc6, 0x28, 0x28); break;
    }
    // A filled pill with white text reads from across a room in both themes.
    m_stateLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; "
                                               "padding: 2px 12px; }")
                                    .arg(color.name()));
    m_stateLabel->setAccessibleName(tr("Run state: %1").arg(text));
}

void MainWindow::clearStatus()
{
    m_deviceLabel->setText(tr("Device: %1")
                               .arg(m_controls->config().device == "auto"
                                       ? tr("automatic")
                                       : QString::fromStdString(m_controls->config().device)));
    m_positionLabel->setText(tr("Epoch –"));
    m_speedLabel->setText(tr("– images/s"));
    m_elapsedLabel->setText(tr("Elapsed 0:00"));
    m_etaLabel->setText(tr("ETA –"));
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p %"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const double dollarsPerHour = m_controls->costPerHour();
    double wallSeconds = 0.0;
    if (m_finishedWallSeconds >= 0)
        wallSeconds = m_finishedWallSeconds;
    else if (m_wallClock.isValid())
        wallSeconds = double(m_wallClock.elapsed()) / 1000.0;
    m_elapsedLabel->setText(tr("Elapsed %1").arg(Format::duration(wallSeconds)));
    m_costLabel->setText(tr("Cost %1").arg(Format::money(wallSeconds / 3600.0 * dollarsPerHour)));
    m_costLabel->setToolTip(
        tr("Elapsed time × %1 per hour (set in the Cost meter box)").arg(Format::money(dollarsPerHour)));

    if (m_runInfo)
        m_deviceLabel->setText(QString::fromStdString(m_runInfo->deviceName));
    if (!m_lastStep || !m_runInfo)
        return;

    const core::StepMetrics &s = *m_lastStep;
    const int epochs = std::max(1, m_runInfo->config.epochs);
    m_positionLabel->setText(tr("Epoch %1 of %2 · step %3")
                                 .arg(std::min(s.position.epoch + 1, epochs))
                                 .arg(epochs)
                                 .arg(Format::integer(s.position.step)));
    m_speedLabel->setText(tr("%1 images/s").arg(Format::integer(qint64(std::llround(s.samplesPerSecond)))));
    const double done = std::clamp(s.position.epochPosition / epochs, 0.0, 1.0);
    m_progress->setValue(int(std::lround(done * 1000)));

    // ETA from the average speed of this run so far (pauses excluded by core);
    // after a couple of seconds, so the first batches do not promise nonsense.
    const double progressed = s.position.epochPosition - m_runInfo->startEpoch;
    if (m_controller->state() == RunState::Finished) {
        m_etaLabel->setText(tr("ETA done"));
    } else if (progressed > 0.0 && s.position.elapsedSeconds >= 2.0) {
        const double remaining = (epochs - s.position.epochPosition) * s.position.elapsedSeconds / progressed;
        m_etaLabel->setText(tr("ETA %1").arg(Format::duration(remaining)));
    }
}

// ---------------------------------------------------------------------------
// Files

bool MainWindow::exportChart(MetricsChart *chart, const QString &path, QString *error)
{
    return ChartExport::write({chart}, path, error, std::max<qreal>(2.0, 2.0 * devicePixelRatioF()));
}

bool MainWindow::exportBothCharts(const QString &path, QString *error)
{
    return ChartExport::write(
        m_charts->charts(), path, error, std::max<qreal>(2.0, 2.0 * devicePixelRatioF()));
}

void MainWindow::exportInteractively(MetricsChart *chart, const QString &format)
{
    const ChartExport::Format kind = ChartExport::formatForPath(QStringLiteral("x.") + format);
    const QString what = chart == m_charts->accuracyChart() ? QStringLiteral("accuracy")
        : chart == m_charts->lossChart()                    ? QStringLiteral("loss")
                                                            : QStringLiteral("charts");
    const QString suggested
        = QDir(m_settings.exportDirectory())
              .filePath(
                  QStringLiteral("cnnlab-%1-%2.%3")
                      .arg(what, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                          format));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested, ChartExport::filter(kind));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    m_settings.setExportDirectory(QFileInfo(path).absolutePath());
    QString error;
    const bool ok = chart ? exportChart(chart, path, &error) : exportBothCharts(path, &error);
    if (!ok)
        showError(error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::saveRunRecord(const QString &path, QString *error)
{
    if (!m_controller->lastRecord()) {
        if (error)
            *error = tr("There is no finished run to save.");
        return false;
    }
    core::RunRecord record = *m_controller->lastRecord();
    if (record.name.empty())
        record.name = QFileInfo(path).completeBaseName().toStdString();
    if (const core::Error written = core::writeRunRecord(record, path.toStdString())) {
        if (error)
            *error = ErrorText::describe(written);
        return false;
    }
    return true;
}

bool MainWindow::openRunRecord(const QString &path, QString *error)
{
    if (m_controller->isActive()) {
        if (error)
            *error = tr("Stop the current run before opening another one.");
        return false;
    }
    const core::Expected<core::RunRecord> record = core::readRunRecord(path.toStdString());
    if (!record) {
        if (error)
            *error = tr("Cannot open “%1”: %2").arg(path, ErrorText::describe(record.error()));
        return false;
    }
    resetRun();
    m_charts->showRecord(*record);
    m_predictions->setSamples(record->samples, toQStringList(core::classNames(record->config.dataset)));
    m_predictions->setPredictions(record->predictions);
    m_insight->showRecord(*record, path);
    m_viewedRecordName
        = record->name.empty() ? QFileInfo(path).fileName() : QString::fromStdString(record->name);
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the "
           "settings on the left.")
            .arg(m_viewedRecordName, ErrorText::runStatus(record->result.status),
                Format::percent(record->result.valAccuracy)));
    updateStateLabel();
    return true;
}

void MainWindow::openRunRecordInteractively()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Run Record"), m_settings.exportDirectory(), tr("Run records (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openRunRecord(path, &error))
        showError(error);
}

void MainWindow::saveRunRecordInteractively()
{
    const QString suggested = QDir(m_settings.exportDirectory()).filePath(QStringLiteral("run.json"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Run Record"), suggested, tr("Run records (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveRunRecord(path, &error))
        showError(error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showAbout()
{
    QString versions;
    for (const auto &[name, version] : core::libraryVersions())
        versions += QStringLiteral("<br>%1 %2")
                        .arg(QString::fromStdString(name).toHtmlEscaped(),
                            QString::fromStdString(version).toHtmlEscaped());
    QMessageBox::about(this, tr("About cnnlab"),
        tr("<h3>cnnlab %1</h3><p>A workbench for training the lab's convolutional network on "
           "MNIST in front of a class.</p><p>Qt %2%3</p>")
            .arg(QStringLiteral(CNNLAB_VERSION), QLatin1String(qVersion()), versions));
}

} // namespace cnnlab::ui
