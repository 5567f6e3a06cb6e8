#include "mainwindow.h"

#include "remote/remotesetup.h"

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/messagebanner.h"
#include "common/runicons.h"
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
#include "window/runbanners.h"
#include "window/runstatepill.h"
#include "window/runstatusbar.h"
#include "window/runtoolbar.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include "cnnlab/core/devices.h"
#include "cnnlab/core/trainingengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

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
    m_run = new RunControl(
        {m_session, m_controller, m_replay, m_controls, m_banner, m_remote, &m_settings}, this);
    m_recordFiles = new RunRecordFiles(this, m_actions, m_run, m_controller);
    m_exports = new ChartExportMenu(this, m_charts, m_settings, m_run);
    m_presenter = new PresenterMode(this, m_settings, m_charts, m_predictions, m_controls);
    m_appearance = new AppearanceMenu(this, m_settings, m_presenter, m_run);
    connectControls();
    // Everything of the Explain menu lives in ExplainDocks, following the session.
    m_explain = new ExplainDocks(this, m_session, m_charts);
    connect(m_explain, &ExplainDocks::errorOccurred, m_run, &RunControl::showError);
    createMenus();
    createToolBar();
    createPresenterActions();
    createReplayControls();
    m_status = new RunStatusBar(m_session, m_controls, m_remote, this);
    setStatusBar(m_status);
    // The charts, the digits, the Explain docks, the status bar and the
    // banners follow the session themselves; the window enables the actions.
    m_banners = new RunBanners(m_session, m_replay, m_controls, m_dataset, m_banner, this);
    connect(m_session, &RunSession::stateChanged, this, &MainWindow::updateActions);
    connect(m_session, &RunSession::finished, this, &MainWindow::updateActions);
    createExperimentDocks(); // before restoreSettings: the docks' places are restored too
    restoreSettings();
    applyDerivedFonts();
    updateActions();
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
    m_controls->setSession(m_session);

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
}

// The run's actions go to RunControl. Mid-run edits go from the Controls
// panel through the session to the source that trains (ControlsPanel::setSession).
void MainWindow::connectControls()
{
    connect(m_actions->start(), &QAction::triggered, m_run, &RunControl::startRun);
    connect(m_actions->pause(), &QAction::triggered, m_run, &RunControl::togglePause);
    connect(m_actions->stop(), &QAction::triggered, m_run, &RunControl::stopRun);
    connect(m_actions->reset(), &QAction::triggered, m_run, &RunControl::resetRun);
    connect(m_controls, &ControlsPanel::costPerHourChanged, this,
        [this](double dollars) { m_settings.setCostPerHour(dollars); });
}

void MainWindow::createMenus()
{
    m_fileMenu = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_actions->openRecord());
    m_fileMenu->addAction(m_actions->replay());
    m_fileMenu->addAction(m_actions->saveRecord());
    m_fileMenu->addSeparator();
    m_dataset->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_exports->addTo(m_fileMenu);
    m_fileMenu->addAction(m_explain->exportReportAction());
    m_fileMenu->addSeparator();
    QAction *quit = translated(m_fileMenu->addAction(QString(), this, &QWidget::close), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_runMenu = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&Run"));
    m_runMenu->setObjectName(QStringLiteral("runMenu"));
    m_runMenu->addAction(m_actions->start());
    m_runMenu->addAction(m_actions->pause());
    m_runMenu->addAction(m_actions->stop());
    m_runMenu->addSeparator();
    m_runMenu->addAction(m_actions->reset());
    m_runMenu->addSeparator();
    translated(m_runMenu->addAction(QString(), m_controls, &ControlsPanel::restoreLabDefaults),
        QT_TR_NOOP("&Lab Defaults"));
    m_runMenu->addAction(m_remote->manageAction());

    m_viewMenu = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_fullRangeAction);
    m_viewMenu->addMenu(m_charts->smoothingMenu());
    m_viewMenu->addSeparator();
    m_appearance->addTo(m_viewMenu);

    menuBar()->addMenu(m_explain->menu());

    m_helpMenu = translated(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    translated(m_helpMenu->addAction(QString(), this, &MainWindow::showAbout), QT_TR_NOOP("&About cnnlab"));
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

void MainWindow::createExperimentDocks()
{
    m_experiments = new ExperimentsController({this, m_run, m_controller, m_charts, m_controls, m_banner});
    m_experiments->install(m_viewMenu, m_runToolBar);
    m_runToolBar->setDroppable(m_experiments->xAxisLabelAction());
}

void MainWindow::createPresenterActions()
{
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

void MainWindow::restoreSettings()
{
    if (const std::optional<core::TrainingConfig> config = m_settings.lastConfig())
        m_controls->setConfig(*config);
    m_controls->setCostPerHour(m_settings.costPerHour());
    m_fullRangeAction->setChecked(m_settings.isFullRange());
    m_appearance->restore();

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
    m_settings.setTextScale(m_appearance->textScale());
    m_settings.sync();
}

// ---------------------------------------------------------------------------
// State and display

RunState MainWindow::state() const
{
    return m_session->state();
}

QString MainWindow::stateText() const
{
    return m_stateLabel->text();
}

void MainWindow::setReplaySpeed(double speed)
{
    m_replay->setSpeed(speed);
}

void MainWindow::updateActions()
{
    m_actions->refresh(isPresenting());
    if (m_presenter)
        m_presenter->setEscapeLeaves(m_actions->escapeLeavesPresenter());
    if (m_shortcuts)
        m_shortcuts->setStepsEnabled(!m_replay->isActive()); // a replay is not steered
    if (m_runToolBar)
        m_runToolBar->nameButtons();
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

void MainWindow::applyPresenterStyle()
{
    m_appearance->setTextScale(m_appearance->textScale()); // with or without the presenter factor
    applyDerivedFonts(); // also when the font did not change (the status bar's depends on the mode)
    m_controlsScroll->setMinimumWidth(
        m_controls->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    updateActions();
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
    if (m_remote)
        m_remote->retranslateUi();
    if (m_appearance)
        m_appearance->retranslateUi();
    if (!m_runToolBar)
        return; // still being built
    updateActions();
    // Children retranslate after this window: measure the new words then.
    QTimer::singleShot(0, this, &MainWindow::applyDerivedFonts);
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
