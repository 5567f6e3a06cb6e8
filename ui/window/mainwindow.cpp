#include "mainwindow.h"

#include "common/changewording.h"
#include "remote/remotesetup.h"

#include "charts/chartexport.h"
#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/errortext.h"
#include "common/filelocations.h"
#include "common/format.h"
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "common/runicons.h"
#include "common/theme.h"
#include "dataset/datasetcheck.h"
#include "dataset/datasetsetupdialog.h"
#include "dataset/downloaddialog.h"
#include "experiments/experimentscontroller.h"
#include "explain/explaindocks.h"
#include "run/replaycontroller.h"
#include "run/runsession.h"
#include "run/trainingcontroller.h"
#include "window/runtoolbar.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingengine.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

// Resources live in the static cnnlab_ui library; Q_INIT_RESOURCE must be
// called outside any namespace.
static void initCnnlabResources()
{
    Q_INIT_RESOURCE(cnnlab);
}

namespace cnnlab::ui {

namespace {

// Persistent texts (actions, menus, tool bars, labels, tool tips) remember
// their English source in a property, so retranslateUi() can word them again
// after a language switch; QT_TR_NOOP marks them for lupdate.
constexpr const char *trTextKey = "cnnlabTrText";
constexpr const char *trTipKey = "cnnlabTrTip";
constexpr const char *trNameKey = "cnnlabTrAccessibleName";
constexpr const char *trDescriptionKey = "cnnlabTrAccessibleDescription";

QString windowTr(const QByteArray &source)
{
    return QCoreApplication::translate("cnnlab::ui::MainWindow", source.constData());
}

void applyTranslations(QObject *object)
{
    const QVariant text = object->property(trTextKey);
    if (text.isValid()) {
        const QString translated = windowTr(text.toByteArray());
        if (auto *action = qobject_cast<QAction *>(object))
            action->setText(translated);
        else if (auto *menu = qobject_cast<QMenu *>(object))
            menu->setTitle(translated);
        else if (auto *label = qobject_cast<QLabel *>(object))
            label->setText(translated);
        else if (auto *widget = qobject_cast<QWidget *>(object))
            widget->setWindowTitle(translated); // tool bars, docks
    }
    const QVariant tip = object->property(trTipKey);
    if (tip.isValid()) {
        if (auto *action = qobject_cast<QAction *>(object))
            action->setToolTip(windowTr(tip.toByteArray()));
        else if (auto *widget = qobject_cast<QWidget *>(object))
            widget->setToolTip(windowTr(tip.toByteArray()));
    }
    if (auto *widget = qobject_cast<QWidget *>(object)) {
        if (const QVariant name = object->property(trNameKey); name.isValid())
            widget->setAccessibleName(windowTr(name.toByteArray()));
        if (const QVariant description = object->property(trDescriptionKey); description.isValid())
            widget->setAccessibleDescription(windowTr(description.toByteArray()));
    }
}

template<typename T>
T *translated(T *object, const char *source)
{
    object->setProperty(trTextKey, QByteArray(source));
    applyTranslations(object);
    return object;
}

void setTranslatedToolTip(QObject *object, const char *source)
{
    object->setProperty(trTipKey, QByteArray(source));
    applyTranslations(object);
}

void setTranslatedAccessibleName(QWidget *widget, const char *source)
{
    widget->setProperty(trNameKey, QByteArray(source));
    applyTranslations(widget);
}

void setTranslatedAccessibleDescription(QWidget *widget, const char *source)
{
    widget->setProperty(trDescriptionKey, QByteArray(source));
    applyTranslations(widget);
}

QLabel *statusLabel(QWidget *parent, const QString &objectName, const char *toolTip)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    if (toolTip)
        setTranslatedToolTip(label, toolTip);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new TrainingController(this))
    , m_session(new RunSession(this))
    , m_replay(new ReplayController(this))
{
    initCnnlabResources();
    m_session->setSource(m_controller, RunSession::Kind::Live);
    setWindowIcon(QIcon(QStringLiteral(":/cnnlab/cnnlab.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    createActions();
    createCentralWidget();
    m_remote = new RemoteSetup(m_settings, m_controls->deviceChooser(), m_banner, this);
    m_datasetCheck = new DatasetCheck(this);
    connect(m_datasetCheck, &DatasetCheck::damaged, this, &MainWindow::showDatasetProblem);
    createExplainDocks();
    createMenus();
    createToolBar();
    createPresenterActions();
    createReplayControls();
    createStatusBar();
    connectSession();
    createExperimentDocks(); // before restoreSettings: the docks' places are restored too
    connectReplay();
    restoreSettings();
    applyDerivedFonts();
    handleStateChanged(m_controller->state());
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Normally done in closeEvent; a window deleted without being closed
    // (tests, an exception) must still not leave a thread behind.
    m_explain->detachEngine();
    m_controller->shutdown();
}

// ---------------------------------------------------------------------------
// Construction

void MainWindow::createActions()
{
    m_startAction = translated(new QAction(this), QT_TR_NOOP("&Start"));
    m_startAction->setObjectName(QStringLiteral("startAction"));
    setTranslatedToolTip(m_startAction, QT_TR_NOOP("Start training with the settings on the left (Space)"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startRun);

    m_pauseAction = translated(new QAction(this), QT_TR_NOOP("&Pause"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_stopAction = translated(new QAction(this), QT_TR_NOOP("S&top"));
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    setTranslatedToolTip(m_stopAction, QT_TR_NOOP("Stop the run after the current step (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopRun);

    m_resetAction = translated(new QAction(this), QT_TR_NOOP("&Reset"));
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    setTranslatedToolTip(m_resetAction, QT_TR_NOOP("Clear the charts and predictions (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetRun);

    m_fullRangeAction = translated(new QAction(this), QT_TR_NOOP("&Full Range"));
    m_fullRangeAction->setObjectName(QStringLiteral("fullRangeAction"));
    m_fullRangeAction->setCheckable(true);
    m_fullRangeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    setTranslatedToolTip(
        m_fullRangeAction, QT_TR_NOOP("Show the whole range of values instead of zooming in on recent ones"));

    m_openRecordAction = translated(new QAction(this), QT_TR_NOOP("&Open Run Record…"));
    m_openRecordAction->setObjectName(QStringLiteral("openRecordAction"));
    m_openRecordAction->setShortcut(QKeySequence::Open);
    connect(m_openRecordAction, &QAction::triggered, this, &MainWindow::openRunRecordInteractively);
    m_saveRecordAction = translated(new QAction(this), QT_TR_NOOP("&Save Run Record…"));
    m_saveRecordAction->setShortcut(QKeySequence::Save);
    setTranslatedToolTip(
        m_saveRecordAction, QT_TR_NOOP("Save the last run as run.json (the format cnnlab-train writes)"));
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
    m_charts->setSession(m_session);
    m_predictions = new PredictionsGrid;
    m_predictions->setObjectName(QStringLiteral("predictionsGrid"));
    m_predictions->setSession(m_session);

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

    // Mid-run edits go through the session to the source that trains (the
    // engine takes them within one step); before a run they only change
    // what Start will use.
    connect(m_controls, &ControlsPanel::learningRateEdited, m_session, &RunSession::setLearningRate);
    connect(m_controls, &ControlsPanel::dropoutEdited, m_session, &RunSession::setDropout);
    connect(m_controls, &ControlsPanel::batchSizeEdited, this, [this](int batch) {
        if (!m_session->setBatchSize(batch))
            return;
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
    QMenu *file = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openRecordAction);
    file->addAction(m_saveRecordAction);
    file->addSeparator();
    m_downloadMnistAction
        = translated(file->addAction(QString(), this, [this] { offerDatasetSetup(DatasetOffer::Download); }),
            QT_TR_NOOP("&Download MNIST…"));
    m_downloadMnistAction->setObjectName(QStringLiteral("downloadMnistAction"));
    m_locateMnistAction
        = translated(file->addAction(QString(), this, [this] { offerDatasetSetup(DatasetOffer::Locate); }),
            QT_TR_NOOP("&Locate MNIST Folder…"));
    m_locateMnistAction->setObjectName(QStringLiteral("locateMnistAction"));
    file->addSeparator();
    QMenu *exportMenu = translated(file->addMenu(QString()), QT_TR_NOOP("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct {
        const char *title;
        MetricsChart *chart;
    } targets[] = {
        {QT_TR_NOOP("&Accuracy Chart"), m_charts->accuracyChart()},
        {QT_TR_NOOP("&Loss Chart"), m_charts->lossChart()},
        {QT_TR_NOOP("&Both Charts"), nullptr},
    };
    for (const auto &target : targets) {
        QMenu *sub = translated(exportMenu->addMenu(QString()), target.title);
        MetricsChart *chart = target.chart;
        translated(sub->addAction(
                       QString(), this, [this, chart] { exportInteractively(chart, QStringLiteral("png")); }),
            QT_TR_NOOP("PNG Image…"));
        translated(sub->addAction(
                       QString(), this, [this, chart] { exportInteractively(chart, QStringLiteral("svg")); }),
            QT_TR_NOOP("SVG Drawing…"));
        translated(sub->addAction(
                       QString(), this, [this, chart] { exportInteractively(chart, QStringLiteral("pdf")); }),
            QT_TR_NOOP("PDF Document…"));
        translated(sub->addAction(
                       QString(), this, [this, chart] { exportInteractively(chart, QStringLiteral("csv")); }),
            QT_TR_NOOP("CSV Data…"));
        if (chart) {
            sub->addSeparator();
            translated(
                sub->addAction(QString(), chart, &MetricsChart::copyToClipboard), QT_TR_NOOP("Copy Image"));
        }
    }
    file->addAction(m_explain->exportReportAction());
    file->addSeparator();
    QAction *quit = translated(file->addAction(QString(), this, &QWidget::close), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *run = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    run->addAction(m_startAction);
    run->addAction(m_pauseAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(m_resetAction);
    run->addSeparator();
    translated(run->addAction(QString(), m_controls, &ControlsPanel::restoreLabDefaults),
        QT_TR_NOOP("&Lab Defaults"));
    run->addAction(m_remote->manageAction());

    QMenu *view = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&View"));
    m_viewMenu = view;
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_fullRangeAction);
    view->addMenu(m_charts->smoothingMenu());
    view->addSeparator();
    QAction *larger
        = translated(view->addAction(QString(), this, [this] { setTextScale(m_textScale * 1.15); }),
            QT_TR_NOOP("&Larger Text"));
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *smaller
        = translated(view->addAction(QString(), this, [this] { setTextScale(m_textScale / 1.15); }),
            QT_TR_NOOP("S&maller Text"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction *normal = translated(
        view->addAction(QString(), this, [this] { setTextScale(1.0); }), QT_TR_NOOP("&Normal Text Size"));
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    createLanguageMenu(view);
    QMenu *theme = translated(view->addMenu(QString()), QT_TR_NOOP("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QStringList names = Theme::names();
    const char *const titles[]
        = {QT_TR_NOOP("&System"), QT_TR_NOOP("&Light"), QT_TR_NOOP("&Dark"), QT_TR_NOOP("&High Contrast")};
    for (qsizetype i = 0; i < names.size() && i < qsizetype(std::size(titles)); ++i) {
        QAction *action = translated(theme->addAction(QString()), titles[i]);
        action->setCheckable(true);
        action->setData(names[i]);
        action->setObjectName(QStringLiteral("theme-") + names[i]);
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_themeBeforePresenter.clear(); // an explicit choice wins over presenter mode's
        Theme::apply(action->data().toString());
        m_settings.setTheme(action->data().toString());
    });

    menuBar()->addMenu(m_explain->menu());

    QMenu *help = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    translated(help->addAction(QString(), this, &MainWindow::showAbout), QT_TR_NOOP("&About cnnlab"));
}

void MainWindow::createToolBar()
{
    m_runToolBar = translated(new RunToolBar(this), QT_TR_NOOP("Run"));
    addToolBar(m_runToolBar);
    m_runToolBar->setObjectName(QStringLiteral("runToolBar"));
    m_runToolBar->setMovable(false);
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
    m_deviceLabel = statusLabel(bar, QStringLiteral("deviceLabel"), QT_TR_NOOP("Where the model trains"));
    m_positionLabel = statusLabel(
        bar, QStringLiteral("positionLabel"), QT_TR_NOOP("Epoch in progress and optimizer steps so far"));
    m_speedLabel = statusLabel(bar, QStringLiteral("speedLabel"), QT_TR_NOOP("Training images per second"));
    m_elapsedLabel = statusLabel(bar, QStringLiteral("elapsedLabel"),
        QT_TR_NOOP("Time since Start, pauses and data loading included (the machine is billed for it)"));
    m_etaLabel = statusLabel(
        bar, QStringLiteral("etaLabel"), QT_TR_NOOP("Estimated training time left, at the recent speed"));
    m_costLabel = statusLabel(bar, QStringLiteral("costLabel"), nullptr);
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

void MainWindow::createExplainDocks()
{
    // Everything of the Explain menu lives in ExplainDocks; the window only
    // hands it opened records and Reset.
    m_explain = new ExplainDocks(this, m_session, m_charts);
    connect(m_explain, &ExplainDocks::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::connectSession()
{
    // The charts, the digits and the Explain docks connect to the session
    // themselves; the window follows it for the status bar and the actions.
    connect(m_session, &RunSession::stateChanged, this, &MainWindow::handleStateChanged);
    connect(m_session, &RunSession::started, this, &MainWindow::handleStarted);
    connect(m_session, &RunSession::stepReported, this, &MainWindow::handleStep);
    connect(m_session, &RunSession::configApplied, this, &MainWindow::handleConfigChange);
    connect(m_session, &RunSession::finished, this, &MainWindow::handleFinished);
}

void MainWindow::createExperimentDocks()
{
    m_experiments = new ExperimentsController(this);
    m_experiments->install(m_viewMenu, m_runToolBar);
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
    return activeState();
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
    font.setPointSizeF(base.pointSizeF() * m_textScale * (m_presenterMode ? presenterTextFactor : 1.0));
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
    if (m_replayBadge)
        m_replayBadge->setFont(toolFont); // a style-sheeted label does not follow the tool bar's
    // The status bar is for the presenter, not the room: in presenter mode it
    // keeps a moderate size, so its texts fit beside the permanent fields.
    QFont statusFont = font();
    if (m_presenterMode)
        statusFont.setPointSizeF(font().pointSizeF() / presenterTextFactor * 1.2);
    statusBar()->setFont(statusFont);
    const int icon = QFontMetrics(toolFont).height() + 4;
    m_runToolBar->setIconSize(QSize(icon, icon));
    // The settings column never cuts its fields off: larger text (presenter
    // mode, Ctrl++ or a longer language) widens it.
    if (m_controlsScroll && m_splitter) {
        const int needed
            = m_controls->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
        m_controlsScroll->setMinimumWidth(needed);
        QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 2 && sizes[0] < needed) {
            sizes[1] = std::max(0, sizes[1] - (needed - sizes[0]));
            sizes[0] = needed;
            m_splitter->setSizes(sizes);
        }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyDerivedFonts();
    } else if (event->type() == QEvent::PaletteChange) {
        updateActions(); // icons follow the text colour
        updateStateLabel();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

// Called at construction and on every language switch: the persistent texts
// remembered by translated()/setTranslated*(), then everything worded from state.
void MainWindow::retranslateUi()
{
    setWindowTitle(tr("cnnlab — CNN workbench"));
    applyTranslations(this);
    m_remote->retranslateUi();
    for (QObject *object : findChildren<QObject *>())
        applyTranslations(object);
    if (m_languageGroup) {
        for (QAction *action : m_languageGroup->actions())
            if (action->data().toString().isEmpty())
                action->setText(tr("&System Language"));
        const QString current = LanguageManager::instance()->language();
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == current);
    }
    if (!m_runToolBar)
        return; // still being built
    updateActions();
    updateStateLabel();
    if (isAnyActive())
        updateStatus();
    else
        clearStatus();
    updateReplayBadge();
    // Children retranslate after this window: measure the new words then.
    QTimer::singleShot(0, this, &MainWindow::applyDerivedFonts);
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *languages = translated(view->addMenu(QString()), QT_TR_NOOP("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        // Each language in its own words, so anyone can find theirs.
        QAction *action
            = languages->addAction(language.code.isEmpty() ? tr("&System Language") : language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language-")
            + (language.code.isEmpty() ? QStringLiteral("system") : language.code));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!LanguageManager::instance()->setLanguage(action->data().toString()))
            showError(tr("The translation for this language could not be loaded."));
        retranslateUi(); // also when the effective language did not change (checks)
    });
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(MessageBanner::Level::Error, message);
}

// ---------------------------------------------------------------------------
// Run control

void MainWindow::startRun()
{
    if (isAnyActive())
        return; // the action is disabled too; this guards the shortcut path
    const core::TrainingConfig config = currentConfig();
    if (const core::Error error = core::validate(config)) {
        showError(ErrorText::describe(error));
        return;
    }
    m_banner->dismiss();
    m_replay->reset();
    m_session->setSource(m_controller, RunSession::Kind::Live); // clears every view
    updateReplayBadge();
    m_runInfo.reset();
    m_lastStep.reset();
    m_finishedWallSeconds = -1;
    m_settings.setLastConfig(config);
    m_wallClock.start();
    m_pausedMs = 0;
    m_pauseClock.invalidate();
    clearStatus(); // never the last run's "ETA done / 100 %"
    // A remote machine trains through ssh; everything else is as for a local run.
    std::optional<core::RemoteTarget> remote;
    if (const std::optional<RemoteMachine> machine = m_remote->chosenMachine())
        remote = machine->target();
    if (!m_controller->start(config, remote))
        return;
    m_statusTimer->start();
    updateStatus();
}

void MainWindow::togglePause()
{
    if (m_session->state() == RunState::Running)
        m_session->pause();
    else
        m_session->resume();
}

void MainWindow::stopRun()
{
    m_session->stop();
}

void MainWindow::resetRun()
{
    if (isAnyActive())
        return;
    m_controller->reset();
    m_replay->reset();
    m_session->setSource(m_controller, RunSession::Kind::Live); // clears every view
    updateReplayBadge();
    m_banner->dismiss();
    m_runInfo.reset();
    m_lastStep.reset();
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
    m_explain->detachEngine();
    m_controller->shutdown();
    m_statusTimer->stop();
    event->accept();
}

// ---------------------------------------------------------------------------
// Reports from the engine (all on the GUI thread, via queued signals)

double MainWindow::runSeconds() const
{
    if (!m_wallClock.isValid())
        return 0.0;
    const qint64 paused = m_pausedMs + (m_pauseClock.isValid() ? m_pauseClock.elapsed() : 0);
    return double(std::max<qint64>(0, m_wallClock.elapsed() - paused)) / 1000.0;
}

void MainWindow::handleStateChanged(RunState state)
{
    if (state == RunState::Paused && !m_pauseClock.isValid()) {
        m_pauseClock.start();
    } else if (state != RunState::Paused && m_pauseClock.isValid()) {
        m_pausedMs += m_pauseClock.elapsed();
        m_pauseClock.invalidate();
    }
    m_controls->setRunning(isActive(state));
    // A replay is not steered: the controls keep the next live run's settings.
    m_controls->setEnabled(!m_replay->isActive());
    if (!isActive(state)) {
        if (m_wallClock.isValid() && m_finishedWallSeconds < 0)
            m_finishedWallSeconds = runSeconds();
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
    updateStatus();
}

void MainWindow::handleStep(const core::StepMetrics &metrics)
{
    m_lastStep = metrics;
}

void MainWindow::handleConfigChange(const core::ConfigChange &change)
{
    statusBar()->showMessage(
        tr("%1 at epoch %2")
            .arg(ChangeWording::label(change), QLocale().toString(change.position.epochPosition, 'f', 2)),
        8000);
}

void MainWindow::handleFinished(const core::RunResult &result)
{
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
    case core::RunStatus::Failed:
        if (ErrorText::isDatasetError(result.error))
            showDatasetProblem(result.error);
        else
            showError(ErrorText::describe(result.error));
        break;
    }
    if (m_session->isReplay()) {
        // Same figures, but never worded as if this machine had just trained.
        m_banner->showMessage(MessageBanner::Level::Information,
            tr("Replay of “%1” %2 at epoch %3. Recorded result: %4, validation accuracy %5.")
                .arg(m_session->name(),
                    result.status == core::RunStatus::Stopped ? tr("stopped") : tr("ended"),
                    QLocale().toString(result.position.epochPosition, 'f', 2),
                    ErrorText::runStatus(m_replay->record()->result.status),
                    Format::percent(m_replay->record()->result.valAccuracy)));
        updateReplayBadge();
    }
    updateActions();
    updateStatus();
}

// ---------------------------------------------------------------------------
// Display

void MainWindow::updateActions()
{
    const RunState state = activeState();
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
    // Esc likewise: it stops a run (or replay) whenever one is active, and
    // only otherwise leaves presenter mode, so a presenter never loses the
    // full screen while meaning to stop, nor stops while meaning to leave.
    const bool escLeaves = m_presenterMode && !active;
    m_stopAction->setShortcut(escLeaves ? QKeySequence() : QKeySequence(Qt::Key_Escape));
    if (m_leavePresenterAction) {
        m_leavePresenterAction->setEnabled(escLeaves);
        m_leavePresenterAction->setShortcut(escLeaves ? QKeySequence(Qt::Key_Escape) : QKeySequence());
    }
    if (m_replayAction)
        m_replayAction->setEnabled(!active);
    for (QAction *step : std::as_const(m_stepActions))
        step->setEnabled(!m_replay->isActive());
    updateToolBarAccessibility();
}

void MainWindow::updateStateLabel()
{
    const RunState state = activeState();
    QString text = stateName(state);
    if (m_session->kind() == RunSession::Kind::Record)
        text = tr("Viewing %1").arg(m_session->name());
    if (m_session->isReplay()) {
        switch (state) {
        case RunState::Running: text = tr("Replaying"); break;
        case RunState::Paused: text = tr("Replay paused"); break;
        case RunState::Finished: text = tr("Replay finished"); break;
        case RunState::Stopped: text = tr("Replay stopped"); break;
        default: break;
        }
    }
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
    // A remote run costs that machine's price per hour (when set).
    const auto &remote = m_controller->remoteTarget();
    const double dollarsPerHour = remote && !m_session->isReplay()
        ? m_remote->costPerHour(QString::fromStdString(remote->label), m_controls->costPerHour())
        : m_controls->costPerHour();
    double wallSeconds = 0.0;
    if (m_session->isReplay())
        wallSeconds = m_replay->position(); // the recorded run's time, not this replay's
    else if (m_finishedWallSeconds >= 0)
        wallSeconds = m_finishedWallSeconds;
    else if (m_wallClock.isValid())
        wallSeconds = runSeconds();
    m_elapsedLabel->setText(tr("Elapsed %1").arg(Format::duration(wallSeconds)));
    if (m_session->isReplay()) {
        // Replaying costs nothing: say what the recorded run cost instead.
        m_costLabel->setText(tr("Cost – (replay)"));
        m_costLabel->setToolTip(
            tr("A replay trains nothing and costs nothing; the recorded run cost %1 up to "
               "here at %2 per hour")
                .arg(Format::money(wallSeconds / 3600.0 * dollarsPerHour), Format::money(dollarsPerHour)));
    } else {
        m_costLabel->setText(tr("Cost %1").arg(Format::money(wallSeconds / 3600.0 * dollarsPerHour)));
        m_costLabel->setToolTip(
            tr("Elapsed time × %1 per hour (set in the Cost meter box)").arg(Format::money(dollarsPerHour)));
    }

    if (m_runInfo)
        m_deviceLabel->setText(QString::fromStdString(m_runInfo->deviceName));
    // A run on another machine wears a badge: the room must see where it trains (and bills).
    const bool remoteBadge = remote && m_runInfo && !m_session->isReplay();
    if (m_deviceLabel->property("remoteBadge").toBool() != remoteBadge) {
        m_deviceLabel->setProperty("remoteBadge", remoteBadge);
        m_deviceLabel->setStyleSheet(remoteBadge
                ? QStringLiteral(
                    "QLabel { background: #1565c0; color: white; border-radius: 6px; padding: 1px 8px; "
                    "font-weight: bold; }")
                : QString());
        m_deviceLabel->setToolTip(remoteBadge
                ? tr(
                    "Training on %1 through ssh (%2); it stops there when the run ends or this window closes")
                      .arg(QString::fromStdString(remote->label), QString::fromStdString(remote->destination))
                : tr("Where the model trains"));
    }
    if (!m_lastStep || !m_runInfo)
        return;

    const core::StepMetrics &s = *m_lastStep;
    if (!s.deviceName.empty()) // CPU: the threads in use now (fewer while the machine is busy)
        m_deviceLabel->setText(QString::fromStdString(s.deviceName));
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
    const RunState state = activeState();
    if (state == RunState::Finished) {
        m_etaLabel->setText(tr("ETA done"));
    } else if (!isActive(state)) {
        m_etaLabel->setText(tr("ETA –")); // stopped, diverged, failed: nothing left to estimate
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
    if (isAnyActive()) {
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
    const QString name
        = record->name.empty() ? QFileInfo(path).fileName() : QString::fromStdString(record->name);
    m_session->openRecord(*record, name, path); // every view shows it
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the "
           "settings on the left.")
            .arg(name, ErrorText::runStatus(record->result.status),
                Format::percent(record->result.valAccuracy)));
    updateStateLabel();
    return true;
}

QString MainWindow::askForRunRecord(const QString &title)
{
    return QFileDialog::getOpenFileName(
        this, title, FileLocations::runsFolder(), tr("Run records (*.json);;All files (*)"));
}

void MainWindow::openRunRecordInteractively()
{
    const QString path = askForRunRecord(tr("Open Run Record"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openRunRecord(path, &error))
        showError(error);
}

void MainWindow::saveRunRecordInteractively()
{
    const QString suggested = QDir(FileLocations::documentsFolder()).filePath(QStringLiteral("run.json"));
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

// ---------------------------------------------------------------------------
// MNIST set-up (first start and File ▸ Download MNIST…)

QDialog *MainWindow::offerDatasetSetup(DatasetOffer offer)
{
    const auto announceInstalled = [this](const QString &directory) {
        m_datasetProblem.clear();
        m_banner->showMessage(MessageBanner::Level::Information,
            tr("MNIST is installed in %1. Press Start to train.").arg(QDir::toNativeSeparators(directory)));
    };
    if (offer == DatasetOffer::Download) {
        auto *dialog = new DownloadDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DownloadDialog::installed, this, announceInstalled);
        dialog->open();
        return dialog;
    }
    // Only for the digits: a class already on Fashion-MNIST is not nagged.
    const core::TrainingConfig config = currentConfig();
    if (offer == DatasetOffer::IfMissing) {
        if (config.dataset != core::DatasetKind::Mnist)
            return nullptr;
        if (core::findDataset(core::DatasetKind::Mnist, config.dataDir)) {
            // Found: read it once in the background, so a damaged set is
            // reported now rather than when the class presses Start.
            m_datasetCheck->start(core::DatasetKind::Mnist, config.dataDir);
            return nullptr;
        }
    }
    auto *dialog = new DatasetSetupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (offer == DatasetOffer::Locate)
        dialog->setChoosing(m_datasetProblem);
    connect(dialog, &DatasetSetupDialog::dataDirectoryChosen, this, [this](const QString &directory) {
        // Remembered with the rest of the configuration (QSettings), and the
        // engine gets it as dataDir.
        core::TrainingConfig chosen = currentConfig();
        chosen.dataDir = QDir::toNativeSeparators(directory).toStdString();
        setConfig(chosen);
        m_settings.setLastConfig(chosen);
        m_settings.sync();
        m_datasetProblem.clear();
        m_banner->showMessage(MessageBanner::Level::Information,
            tr("Using MNIST from %1.").arg(QDir::toNativeSeparators(directory)));
    });
    connect(dialog, &DatasetSetupDialog::datasetInstalled, this, announceInstalled);
    dialog->open();
    return dialog;
}

void MainWindow::showDatasetProblem(const core::Error &error)
{
    m_datasetProblem = ErrorText::describe(error);
    QString text = m_datasetProblem;
    QList<QAction *> actions;
    if (currentConfig().dataset == core::DatasetKind::Mnist) {
        text += QLatin1Char('\n')
            + tr("File ▸ Download MNIST… installs a fresh, verified copy; File ▸ Locate MNIST Folder… uses "
                 "another folder.");
        actions = {m_downloadMnistAction, m_locateMnistAction};
    }
    m_banner->showMessage(MessageBanner::Level::Error, text, actions);
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

// ---------------------------------------------------------------------------
// Presenter mode and keyboard access

void MainWindow::createPresenterActions()
{
    auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    auto *run = menuBar()->findChild<QMenu *>(QStringLiteral("runMenu"));
    auto *help = menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));

    m_presenterAction = translated(new QAction(this), QT_TR_NOOP("&Presenter Mode"));
    m_presenterAction->setObjectName(QStringLiteral("presenterAction"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F11));
    setTranslatedToolTip(
        m_presenterAction, QT_TR_NOOP("Full screen, large text and thick chart lines for the room (F11)"));
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterMode);

    // Esc's second meaning; enabled only in presenter mode with no run active
    // (see updateActions).
    m_leavePresenterAction = translated(new QAction(this), QT_TR_NOOP("Leave Presenter Mode"));
    m_leavePresenterAction->setObjectName(QStringLiteral("leavePresenterAction"));
    m_leavePresenterAction->setEnabled(false);
    connect(m_leavePresenterAction, &QAction::triggered, this, [this] { setPresenterMode(false); });
    addAction(m_leavePresenterAction);

    m_highContrastAction = translated(new QAction(this), QT_TR_NOOP("&High Contrast While Presenting"));
    m_highContrastAction->setObjectName(QStringLiteral("presenterHighContrastAction"));
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setChecked(m_settings.presenterHighContrast());
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setPresenterHighContrast);

    m_hideAdvancedAction
        = translated(new QAction(this), QT_TR_NOOP("Hide &Advanced Controls While Presenting"));
    m_hideAdvancedAction->setObjectName(QStringLiteral("presenterHideAdvancedAction"));
    m_hideAdvancedAction->setCheckable(true);
    m_hideAdvancedAction->setChecked(m_settings.presenterHidesAdvanced());
    setTranslatedToolTip(m_hideAdvancedAction,
        QT_TR_NOOP("Keep learning rate, dropout, batch size and epochs; hide seed, optimizer, data, device "
                   "and cost"));
    connect(m_hideAdvancedAction, &QAction::toggled, this, &MainWindow::setPresenterHidesAdvanced);

    m_colorBlindAction = translated(new QAction(this), QT_TR_NOOP("&Colour-Blind-Safe Colours"));
    m_colorBlindAction->setObjectName(QStringLiteral("colorBlindAction"));
    m_colorBlindAction->setCheckable(true);
    m_colorBlindAction->setChecked(m_settings.presenterColorBlindSafe());
    setTranslatedToolTip(
        m_colorBlindAction, QT_TR_NOOP("Okabe–Ito colours for the chart lines and the prediction verdicts"));
    connect(m_colorBlindAction, &QAction::toggled, this, &MainWindow::setColorBlindSafe);

    if (view) {
        view->addSeparator();
        view->addAction(m_presenterAction);
        QMenu *options = translated(view->addMenu(QString()), QT_TR_NOOP("Presenter &Options"));
        options->setObjectName(QStringLiteral("presenterOptionsMenu"));
        options->addAction(m_highContrastAction);
        options->addAction(m_hideAdvancedAction);
        view->addAction(m_colorBlindAction);
    }

    // The controls' slider steps, so a lesson can be given from the keyboard.
    const struct {
        const char *text;
        QKeySequence key;
        std::function<void()> step;
    } steps[] = {
        {QT_TR_NOOP("&Increase Learning Rate"), QKeySequence(Qt::CTRL | Qt::Key_Up),
            [this] { m_controls->stepLearningRate(1); }},
        {QT_TR_NOOP("&Decrease Learning Rate"), QKeySequence(Qt::CTRL | Qt::Key_Down),
            [this] { m_controls->stepLearningRate(-1); }},
        {QT_TR_NOOP("Lar&ger Batch"), QKeySequence(Qt::CTRL | Qt::Key_Right),
            [this] { m_controls->stepBatchSize(1); }},
        {QT_TR_NOOP("S&maller Batch"), QKeySequence(Qt::CTRL | Qt::Key_Left),
            [this] { m_controls->stepBatchSize(-1); }},
        {QT_TR_NOOP("Toggle Dr&opout"), QKeySequence(Qt::CTRL | Qt::Key_D),
            [this] { m_controls->toggleDropout(); }},
    };
    if (run)
        run->addSeparator();
    for (const auto &step : steps) {
        auto *action = translated(new QAction(this), step.text);
        action->setShortcut(step.key);
        connect(action, &QAction::triggered, this, step.step);
        m_stepActions.append(action);
        if (run)
            run->addAction(action);
        else
            addAction(action);
    }

    if (help) {
        QAction *keys = translated(new QAction(this), QT_TR_NOOP("&Keyboard Shortcuts"));
        keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
        keys->setShortcut(QKeySequence::HelpContents);
        connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
        help->insertAction(help->actions().value(0), keys);
    }

    m_charts->setColorBlindSafe(m_colorBlindAction->isChecked());
    m_predictions->setColorBlindSafe(m_colorBlindAction->isChecked());
    setTranslatedAccessibleName(m_controlsScroll, QT_TR_NOOP("Run settings"));
    setTranslatedAccessibleName(menuBar(), QT_TR_NOOP("Menu bar"));
}

void MainWindow::setPresenterMode(bool on)
{
    {
        const QSignalBlocker blocker(m_presenterAction);
        m_presenterAction->setChecked(on);
    }
    if (on == m_presenterMode)
        return;
    m_presenterMode = on;
    if (on) {
        m_statesBeforePresenter = windowState();
        setWindowState(windowState() | Qt::WindowFullScreen);
        // The room looks at the charts: docks (runs, coach, ...) step aside
        // and come back as they were.
        m_docksBeforePresenter.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            if (dock->isVisible()) {
                m_docksBeforePresenter.append(dock);
                dock->hide();
            }
        if (m_highContrastAction->isChecked()) {
            m_themeBeforePresenter = Theme::current();
            Theme::apply(QStringLiteral("high-contrast"));
        }
        statusBar()->showMessage(tr("Presenter mode: F11 or Esc (when no run is active) leaves it."), 6000);
    } else {
        setWindowState(m_statesBeforePresenter & ~Qt::WindowFullScreen);
        for (QDockWidget *dock : std::as_const(m_docksBeforePresenter))
            if (dock)
                dock->show();
        m_docksBeforePresenter.clear();
        if (!m_themeBeforePresenter.isEmpty()) {
            Theme::apply(m_themeBeforePresenter);
            m_themeBeforePresenter.clear();
        }
    }
    applyPresenterStyle();
}

void MainWindow::setPresenterHighContrast(bool on)
{
    m_highContrastAction->setChecked(on);
    m_settings.setPresenterHighContrast(on);
    if (!m_presenterMode)
        return;
    if (on && m_themeBeforePresenter.isEmpty()) {
        m_themeBeforePresenter = Theme::current();
        Theme::apply(QStringLiteral("high-contrast"));
    } else if (!on && !m_themeBeforePresenter.isEmpty()) {
        Theme::apply(m_themeBeforePresenter);
        m_themeBeforePresenter.clear();
    }
}

void MainWindow::setColorBlindSafe(bool on)
{
    m_colorBlindAction->setChecked(on);
    m_settings.setPresenterColorBlindSafe(on);
    m_charts->setColorBlindSafe(on);
    m_predictions->setColorBlindSafe(on);
}

void MainWindow::setPresenterHidesAdvanced(bool on)
{
    m_hideAdvancedAction->setChecked(on);
    m_settings.setPresenterHidesAdvanced(on);
    applyPresenterStyle();
}

void MainWindow::applyPresenterStyle()
{
    setTextScale(m_textScale); // re-applies the font with or without the presenter factor
    applyDerivedFonts(); // also when the font did not change (the status bar's depends on the mode)
    m_charts->setLineScale(m_presenterMode ? presenterLineScale : 1.0);
    m_controls->setAdvancedVisible(!(m_presenterMode && m_hideAdvancedAction->isChecked()));
    m_controlsScroll->setMinimumWidth(
        m_controls->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    updateActions();
}

void MainWindow::updateToolBarAccessibility()
{
    // Tool buttons made from actions have no accessible name of their own;
    // give them the action's words (they change: Pause/Resume).
    for (QAction *action : m_runToolBar->actions()) {
        auto *button = qobject_cast<QToolButton *>(m_runToolBar->widgetForAction(action));
        if (!button)
            continue;
        QString name = action->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        button->setAccessibleName(name);
        button->setAccessibleDescription(action->toolTip());
    }
}

QString MainWindow::keyboardShortcutsText() const
{
    QList<QPair<QString, QString>> rows = {
        {QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
            tr("Start; while running: pause or resume")},
        {QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
            tr("Stop the run or replay; in presenter mode with nothing running: leave presenter mode")},
    };
    const QList<QAction *> special = {m_startAction, m_pauseAction, m_stopAction, m_leavePresenterAction};
    QStringList seen;
    for (QAction *action : findChildren<QAction *>()) {
        if (special.contains(action) || action->shortcut().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString key = keys.join(tr(" or "));
        if (seen.contains(key))
            continue;
        seen.append(key);
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("…"));
        rows.append({key, text});
    }
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto &[key, text] : std::as_const(rows))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), text.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void MainWindow::showKeyboardShortcuts()
{
    QMessageBox box(
        QMessageBox::NoIcon, tr("Keyboard Shortcuts"), keyboardShortcutsText(), QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

// ---------------------------------------------------------------------------
// Replay of recorded runs

void MainWindow::createReplayControls()
{
    m_replayAction = translated(new QAction(this), QT_TR_NOOP("Re&play Run…"));
    m_replayAction->setObjectName(QStringLiteral("replayAction"));
    m_replayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    setTranslatedToolTip(m_replayAction,
        QT_TR_NOOP("Play a saved run.json back as if it were training now, without training"));
    connect(m_replayAction, &QAction::triggered, this, &MainWindow::replayInteractively);
    if (auto *file = menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu")))
        file->insertAction(m_saveRecordAction, m_replayAction);

    m_replayBadge = new QLabel;
    m_replayBadge->setObjectName(QStringLiteral("replayBadge"));
    m_replayBadge->setMargin(4);
    // Purple: none of the run states' colours, readable in every theme.
    m_replayBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #6a1b9a; color: white; border-radius: 6px; padding: 2px 12px; }"));

    auto *speedBox = new QWidget;
    speedBox->setObjectName(QStringLiteral("replaySpeedBox"));
    auto *speedLayout = new QHBoxLayout(speedBox);
    speedLayout->setContentsMargins(8, 0, 8, 0);
    auto *speedLabel = translated(new QLabel(speedBox), QT_TR_NOOP("S&peed:"));
    m_replaySpeed = new QSpinBox(speedBox);
    m_replaySpeed->setObjectName(QStringLiteral("replaySpeedSpin"));
    m_replaySpeed->setRange(int(ReplayController::minimumSpeed), int(ReplayController::maximumSpeed));
    m_replaySpeed->setSuffix(tr("×"));
    m_replaySpeed->setValue(int(m_replay->speed()));
    setTranslatedAccessibleName(m_replaySpeed, QT_TR_NOOP("Replay speed"));
    setTranslatedAccessibleDescription(
        m_replaySpeed, QT_TR_NOOP("How many times faster than recorded the run plays, 1 to 50"));
    setTranslatedToolTip(m_replaySpeed, QT_TR_NOOP("Replay speed: 1× is as recorded"));
    speedLabel->setBuddy(m_replaySpeed);
    speedLayout->addWidget(speedLabel);
    speedLayout->addWidget(m_replaySpeed);
    connect(m_replaySpeed, &QSpinBox::valueChanged, this, [this](int speed) { setReplaySpeed(speed); });

    // Right after the state label, where the eye already is.
    const QList<QAction *> actions = m_runToolBar->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i + 1 < actions.size(); ++i)
        if (m_runToolBar->widgetForAction(actions[i]) == m_stateLabel)
            before = actions[i + 1];
    m_replayBadgeAction = m_runToolBar->insertWidget(before, m_replayBadge);
    m_replaySpeedAction = m_runToolBar->insertWidget(before, speedBox);
    applyDerivedFonts();
    updateReplayBadge();
}

void MainWindow::connectReplay()
{
    // Its reports come through the session, as a live run's do.
    connect(m_replay, &ReplayController::speedChanged, this, [this](double speed) {
        const QSignalBlocker blocker(m_replaySpeed);
        m_replaySpeed->setValue(int(std::lround(speed)));
        updateReplayBadge();
    });
}

RunState MainWindow::activeState() const
{
    return m_session->state();
}

bool MainWindow::isAnyActive() const
{
    return m_controller->isActive() || m_replay->isActive();
}

bool MainWindow::isReplaying() const
{
    return m_replay->isActive();
}

void MainWindow::setReplaySpeed(double speed)
{
    m_replay->setSpeed(speed);
}

void MainWindow::updateReplayBadge()
{
    const bool replaying = m_replay->isActive();
    const QString badge = tr("REPLAY %1×").arg(QLocale().toString(m_replay->speed(), 'g', 3));
    m_replayBadge->setText(badge);
    m_replayBadge->setAccessibleName(badge);
    m_replayBadgeAction->setVisible(replaying);
    m_replaySpeedAction->setVisible(replaying);
    // The charts say it too (and so do their exports); after the replay ends
    // they still show recorded data, not this machine's.
    if (replaying)
        m_charts->setTitleNote(badge);
    else if (m_session->isReplay())
        m_charts->setTitleNote(tr("replay")); // the banner names the run
    else
        m_charts->setTitleNote(QString());
}

bool MainWindow::startReplay(const QString &path, QString *error)
{
    if (isAnyActive()) {
        if (error)
            *error = tr("Stop the current run before replaying another one.");
        return false;
    }
    const core::Expected<core::RunRecord> record = core::readRunRecord(path.toStdString());
    if (!record) {
        if (error)
            *error = tr("Cannot open “%1”: %2").arg(path, ErrorText::describe(record.error()));
        return false;
    }
    const QString name
        = record->name.empty() ? QFileInfo(path).fileName() : QString::fromStdString(record->name);
    if (!startReplay(*record, name, path)) {
        if (error)
            *error = tr("“%1” has no recorded training to replay.").arg(path);
        return false;
    }
    return true;
}

bool MainWindow::startReplay(const core::RunRecord &record, const QString &name, const QString &path)
{
    if (isAnyActive() || (record.trainCurve.empty() && record.history.empty()))
        return false;
    resetRun();
    m_session->setSource(m_replay, RunSession::Kind::Replay, name, path); // clears every view
    m_finishedWallSeconds = -1;
    m_wallClock.start();
    m_pausedMs = 0;
    m_pauseClock.invalidate();
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.")
            .arg(name));
    if (!m_replay->start(record)) {
        m_session->setSource(m_controller, RunSession::Kind::Live);
        updateReplayBadge();
        return false;
    }
    m_statusTimer->start();
    updateReplayBadge();
    updateStateLabel();
    updateStatus();
    return true;
}

void MainWindow::replayInteractively()
{
    const QString path = askForRunRecord(tr("Replay Run"));
    if (path.isEmpty())
        return;
    QString error;
    if (!startReplay(path, &error))
        showError(error);
}

} // namespace cnnlab::ui
