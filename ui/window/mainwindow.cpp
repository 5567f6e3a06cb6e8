#include "mainwindow.h"

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
#include "common/translatedtext.h"
#include "dataset/datasetcheck.h"
#include "dataset/datasetsetup.h"
#include "experiments/experimentscontroller.h"
#include "explain/explaindocks.h"
#include "run/replaycontroller.h"
#include "run/runsession.h"
#include "run/trainingcontroller.h"
#include "window/keyboardshortcuts.h"
#include "window/presentermode.h"
#include "window/replaybar.h"
#include "window/runactions.h"
#include "window/runstatepill.h"
#include "window/runstatusbar.h"
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
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
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

// The window's persistent texts (actions, menus, tool bars, tool tips) are
// worded again by TranslatedText after a language switch.
const TranslatedText windowText("cnnlab::ui::MainWindow");

template<typename T>
T *translated(T *object, const char *source)
{
    return windowText.setText(object, source);
}

void setTranslatedToolTip(QObject *object, const char *source)
{
    windowText.setToolTip(object, source);
}

void setTranslatedAccessibleName(QWidget *widget, const char *source)
{
    windowText.setAccessibleName(widget, source);
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
    m_dataset = new DatasetSetup(this, m_settings, m_controls, m_banner);
    createExplainDocks();
    createMenus();
    createToolBar();
    createPresenterActions();
    createReplayControls();
    m_status = new RunStatusBar(m_session, m_controls, m_remote, this);
    setStatusBar(m_status);
    connectSession();
    createExperimentDocks(); // before restoreSettings: the docks' places are restored too
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
    m_actions = new RunActions(this, m_session, m_controller);
    connect(m_actions->start(), &QAction::triggered, this, &MainWindow::startRun);
    connect(m_actions->pause(), &QAction::triggered, this, &MainWindow::togglePause);
    connect(m_actions->stop(), &QAction::triggered, this, &MainWindow::stopRun);
    connect(m_actions->reset(), &QAction::triggered, this, &MainWindow::resetRun);
    connect(m_actions->openRecord(), &QAction::triggered, this, &MainWindow::openRunRecordInteractively);
    connect(m_actions->saveRecord(), &QAction::triggered, this, &MainWindow::saveRunRecordInteractively);
    connect(m_actions->replay(), &QAction::triggered, this, &MainWindow::replayInteractively);

    m_fullRangeAction = translated(new QAction(this), QT_TR_NOOP("&Full Range"));
    m_fullRangeAction->setObjectName(QStringLiteral("fullRangeAction"));
    m_fullRangeAction->setCheckable(true);
    m_fullRangeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    setTranslatedToolTip(
        m_fullRangeAction, QT_TR_NOOP("Show the whole range of values instead of zooming in on recent ones"));
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
    connect(m_controls, &ControlsPanel::costPerHourChanged, this,
        [this](double dollars) { m_settings.setCostPerHour(dollars); });
}

void MainWindow::createMenus()
{
    QMenu *file = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    m_fileMenu = file;
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_actions->openRecord());
    file->addAction(m_actions->replay());
    file->addAction(m_actions->saveRecord());
    file->addSeparator();
    m_dataset->addTo(file);
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
    m_runMenu = run;
    run->setObjectName(QStringLiteral("runMenu"));
    run->addAction(m_actions->start());
    run->addAction(m_actions->pause());
    run->addAction(m_actions->stop());
    run->addSeparator();
    run->addAction(m_actions->reset());
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
        m_presenter->forgetThemeBefore(); // an explicit choice wins over presenter mode's
        Theme::apply(action->data().toString());
        m_settings.setTheme(action->data().toString());
    });

    menuBar()->addMenu(m_explain->menu());

    QMenu *help = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    m_helpMenu = help;
    help->setObjectName(QStringLiteral("helpMenu"));
    translated(help->addAction(QString(), this, &MainWindow::showAbout), QT_TR_NOOP("&About cnnlab"));
}

void MainWindow::createToolBar()
{
    m_runToolBar = translated(new RunToolBar(this), QT_TR_NOOP("Run"));
    addToolBar(m_runToolBar);
    m_runToolBar->setObjectName(QStringLiteral("runToolBar"));
    m_runToolBar->setMovable(false);
    m_runToolBar->addAction(m_actions->start());
    m_runToolBar->addAction(m_actions->pause());
    m_runToolBar->addAction(m_actions->stop());
    m_runToolBar->addAction(m_actions->reset());
    m_runToolBar->addSeparator();

    m_stateLabel = new RunStatePill(m_session);
    m_runToolBar->addWidget(m_stateLabel);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_runToolBar->addWidget(spacer);
    m_runToolBar->addAction(m_fullRangeAction);
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
    // themselves, and so does the status bar; the window follows it for the
    // actions and the banner.
    connect(m_session, &RunSession::stateChanged, this, &MainWindow::handleStateChanged);
    connect(m_session, &RunSession::started, this, &MainWindow::handleStarted);
    connect(m_session, &RunSession::finished, this, &MainWindow::handleFinished);
}

void MainWindow::createExperimentDocks()
{
    m_experiments = new ExperimentsController({this, this, m_controller, m_charts, m_controls, m_banner});
    m_experiments->install(m_viewMenu, m_runToolBar);
    m_runToolBar->setDroppable(m_experiments->xAxisLabelAction());
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
    font.setPointSizeF(base.pointSizeF() * m_textScale * (isPresenting() ? PresenterMode::textFactor : 1.0));
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
    if (m_replayBar)
        m_replayBar->setBadgeFont(toolFont);
    // The status bar is for the presenter, not the room: in presenter mode it
    // keeps a moderate size, so its texts fit beside the permanent fields.
    QFont statusFont = font();
    if (isPresenting())
        statusFont.setPointSizeF(font().pointSizeF() / PresenterMode::textFactor * 1.2);
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
    } else if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

// Called at construction and on every language switch: the persistent texts
// remembered by translated()/setTranslated*(), then everything worded from state.
void MainWindow::retranslateUi()
{
    setWindowTitle(tr("cnnlab — CNN workbench"));
    TranslatedText::retranslateAll(this);
    m_remote->retranslateUi();
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
    m_settings.setLastConfig(config);
    // A remote machine trains through ssh; everything else is as for a local run.
    std::optional<core::RemoteTarget> remote;
    if (const std::optional<RemoteMachine> machine = m_remote->chosenMachine())
        remote = machine->target();
    m_controller->start(config, remote);
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
    m_banner->dismiss();
    updateActions();
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
    event->accept();
}

// ---------------------------------------------------------------------------
// Reports from the engine (all on the GUI thread, via queued signals)

void MainWindow::handleStateChanged(RunState state)
{
    m_controls->setRunning(isActive(state));
    // A replay is not steered: the controls keep the next live run's settings.
    m_controls->setEnabled(!m_replay->isActive());
    updateActions();
}

void MainWindow::handleStarted(const core::RunInfo &info)
{
    m_controls->setReportedTrainingSize(info.trainSize);
}

void MainWindow::handleFinished(const core::RunResult &result)
{
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
                    Format::learningRate(m_session->record().trainCurve.empty()
                            ? currentConfig().learningRate
                            : m_session->record().trainCurve.back().learningRate)));
        break;
    case core::RunStatus::Failed:
        if (ErrorText::isDatasetError(result.error))
            m_dataset->showProblem(result.error);
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
    }
    updateActions();
}

// ---------------------------------------------------------------------------
// Display

void MainWindow::updateActions()
{
    m_actions->refresh(isPresenting());
    if (m_presenter)
        m_presenter->setEscapeLeaves(m_actions->escapeLeavesPresenter());
    if (m_shortcuts)
        m_shortcuts->setStepsEnabled(!m_replay->isActive()); // a replay is not steered
    m_runToolBar->nameButtons();
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
        = QDir(m_settings.exportDirectory()).filePath(FileLocations::stampedFileName(what, format));
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
        statusBar()->showMessage(FileLocations::exportedMessage(path), 5000);
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

// A record without a name goes by its file's.
QString MainWindow::shownName(const core::RunRecord &record, const QString &path)
{
    return record.name.empty() ? QFileInfo(path).fileName() : QString::fromStdString(record.name);
}

std::optional<core::RunRecord> MainWindow::readRecordToShow(
    const QString &path, const QString &busyText, QString *error) const
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (isAnyActive())
        return fail(busyText);
    core::Expected<core::RunRecord> record = core::readRunRecord(path.toStdString());
    if (!record)
        return fail(tr("Cannot open “%1”: %2").arg(path, ErrorText::describe(record.error())));
    return std::move(*record);
}

bool MainWindow::openRunRecord(const QString &path, QString *error)
{
    const std::optional<core::RunRecord> record
        = readRecordToShow(path, tr("Stop the current run before opening another one."), error);
    if (!record)
        return false;
    resetRun();
    const QString name = shownName(*record, path);
    m_session->openRecord(*record, name, path); // every view shows it
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Showing the saved run “%1” (%2, validation accuracy %3). Start trains anew with the "
           "settings on the left.")
            .arg(name, ErrorText::runStatus(record->result.status),
                Format::percent(record->result.valAccuracy)));
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
        statusBar()->showMessage(FileLocations::savedMessage(path), 5000);
}

// ---------------------------------------------------------------------------
// MNIST set-up (first start and File ▸ Download MNIST…)

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
    m_presenter = new PresenterMode(this, m_settings, m_charts, m_predictions, m_controls);
    m_presenter->addTo(m_viewMenu);
    connect(m_presenter, &PresenterMode::styleChanged, this, &MainWindow::applyPresenterStyle);

    // A lesson from the keyboard: the controls' slider steps and the list of keys.
    m_shortcuts = new KeyboardShortcuts(this, m_controls);
    m_shortcuts->addTo(m_runMenu, m_helpMenu);
    m_shortcuts->setStateDependent(
        {m_actions->start(), m_actions->pause(), m_actions->stop(), m_presenter->leaveAction()});

    setTranslatedAccessibleName(m_controlsScroll, QT_TR_NOOP("Run settings"));
    setTranslatedAccessibleName(menuBar(), QT_TR_NOOP("Menu bar"));
}

void MainWindow::applyPresenterStyle()
{
    setTextScale(m_textScale); // re-applies the font with or without the presenter factor
    applyDerivedFonts(); // also when the font did not change (the status bar's depends on the mode)
    m_controlsScroll->setMinimumWidth(
        m_controls->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    updateActions();
}

// ---------------------------------------------------------------------------
// Replay of recorded runs

void MainWindow::createReplayControls()
{
    // Right after the state pill, where the eye already is.
    const QList<QAction *> actions = m_runToolBar->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i + 1 < actions.size(); ++i)
        if (m_runToolBar->widgetForAction(actions[i]) == m_stateLabel)
            before = actions[i + 1];
    m_replayBar = new ReplayBar(m_session, m_replay, m_charts, m_runToolBar, before);
    applyDerivedFonts();
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

bool MainWindow::startReplay(const QString &path, QString *error)
{
    const std::optional<core::RunRecord> record
        = readRecordToShow(path, tr("Stop the current run before replaying another one."), error);
    if (!record)
        return false;
    if (!startReplay(*record, shownName(*record, path), path)) {
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
    m_banner->showMessage(MessageBanner::Level::Information,
        tr("Replaying the saved run “%1”: nothing is training; the figures are the recorded ones.")
            .arg(name));
    if (!m_replay->start(record)) {
        m_session->setSource(m_controller, RunSession::Kind::Live);
        return false;
    }
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
