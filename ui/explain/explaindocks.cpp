#include "explaindocks.h"

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "coachpanel.h"
#include "coachtext.h"
#include "common/classnames.h"
#include "common/filelocations.h"
#include "common/paneldock.h"
#include "confusionpanel.h"
#include "drawpadpanel.h"
#include "filterspanel.h"
#include "mistakespanel.h"
#include "report/reportwriter.h"
#include "run/runsession.h"
#include "run/runsource.h"

#include "cnnlab/core/dataset.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

namespace cnnlab::ui {

ExplainDocks::ExplainDocks(QMainWindow *window, RunSession *session, ChartsPanel *charts)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_charts(charts)
    , m_coach(new CoachPanel)
    , m_confusion(new ConfusionPanel)
    , m_mistakes(new MistakesPanel)
    , m_drawPad(new DrawPadPanel)
    , m_filters(new FiltersPanel)
{
    setObjectName(QStringLiteral("explainDocks"));
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("explainMenu"));
    // Right of the charts: the coach (always useful) in front, the matrix and
    // the mistakes tabbed behind it; the pad and the filters as a second group.
    QDockWidget *coach = addDock(m_coach, QStringLiteral("coachDock"), Qt::RightDockWidgetArea);
    QDockWidget *confusion = addDock(m_confusion, QStringLiteral("confusionDock"), Qt::RightDockWidgetArea);
    QDockWidget *mistakes = addDock(m_mistakes, QStringLiteral("mistakesDock"), Qt::RightDockWidgetArea);
    QDockWidget *drawPad = addDock(m_drawPad, QStringLiteral("drawPadDock"), Qt::RightDockWidgetArea);
    QDockWidget *filters = addDock(m_filters, QStringLiteral("filtersDock"), Qt::RightDockWidgetArea);
    window->tabifyDockWidget(coach, confusion);
    window->tabifyDockWidget(confusion, mistakes);
    window->tabifyDockWidget(mistakes, drawPad);
    window->tabifyDockWidget(drawPad, filters);
    coach->raise();
    // Five tabs in a narrow dock read "C…", "Co…": whole titles, scrolled.
    QTimer::singleShot(0, this, &ExplainDocks::unelideTabs);
    for (QDockWidget *dock : {coach, confusion, mistakes, drawPad, filters})
        connect(dock, &QDockWidget::visibilityChanged, this, [this] { unelideTabs(); });
    // Hidden until asked for (Explain menu): the lab's first screen stays the
    // charts and digits; the window's saved state restores what was open.
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->hide();

    m_menu->addSeparator();
    m_exportReport = new QAction(this);
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    connect(m_exportReport, &QAction::triggered, this, &ExplainDocks::exportReportInteractively);
    m_menu->addAction(m_exportReport);

    connect(m_coach, &CoachPanel::noteAdded, this, &ExplainDocks::markNote);
    connect(m_drawPad, &DrawPadPanel::drawingChanged, m_filters, &FiltersPanel::setDrawnDigit);
    connect(m_drawPad, &DrawPadPanel::modelChanged, this,
        [this] { m_filters->setEngine(m_drawPad->currentEngine()); });
    connectSession();
    useSourceEngine(false);
    setClassNames(ClassNames::of(core::DatasetKind::Mnist));
    window->installEventFilter(this);
    retranslateUi();
}

ExplainDocks::~ExplainDocks() = default;

QDockWidget *ExplainDocks::addDock(QWidget *content, const QString &objectName, Qt::DockWidgetArea area)
{
    QDockWidget *dock = PanelDock::add(
        m_window, content, objectName, area, Qt::AllDockWidgetAreas, PanelDock::Scrolling::Wrapped);
    m_menu->addAction(dock->toggleViewAction());
    m_docks.append(dock);
    return dock;
}

void ExplainDocks::unelideTabs()
{
    // QMainWindow makes the tab bars of tabified docks itself, when it lays them out.
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
}

void ExplainDocks::retranslateUi()
{
    m_menu->setTitle(tr("E&xplain"));
    const QStringList titles = {tr("Coach"), tr("Confusion Matrix"), tr("Mistakes"), tr("Draw a Digit"),
        tr("Filters and Feature Maps")};
    for (qsizetype i = 0; i < m_docks.size() && i < titles.size(); ++i) {
        m_docks[i]->setWindowTitle(titles[i]);
        m_docks[i]->widget()->setAccessibleName(titles[i]); // the scroll area around the panel
        m_docks[i]->toggleViewAction()->setText(titles[i]);
    }
    m_docks[0]->toggleViewAction()->setToolTip(
        tr("Plain-language notes on the curves: overfitting, stalling, "
           "divergence, the best epoch"));
    m_exportReport->setText(tr("Export &Report…"));
    m_exportReport->setToolTip(tr("Write the run's charts, settings, coach notes and confusion matrix "
                                  "as an HTML page or a PDF"));
}

bool ExplainDocks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void ExplainDocks::connectSession()
{
    connect(m_session, &RunSession::cleared, this, [this] {
        clear(); // a new run or record: the last one's notes and matrix no longer apply
        m_drawPad->unloadCheckpoint();
    });
    connect(m_session, &RunSession::sourceChanged, this, [this] { useSourceEngine(false); });
    connect(m_session, &RunSession::recordOpened, this, &ExplainDocks::showRecord);
    connect(m_session, &RunSession::stateChanged, this, &ExplainDocks::handleStateChanged);
    connect(m_session, &RunSession::started, this, &ExplainDocks::handleStarted);
    connect(m_session, &RunSession::evaluated, this, &ExplainDocks::handleEvaluation);
    connect(m_session, &RunSession::evaluationDetailsReported, this, &ExplainDocks::handleDetails);
    connect(m_session, &RunSession::finished, this, &ExplainDocks::handleFinished);
}

void ExplainDocks::useSourceEngine(bool live)
{
    // A replay has no model of its own until it ends (its checkpoint): never
    // the last live run's, which would answer for a run not shown.
    if (!m_engineDetached)
        m_drawPad->setEngine(m_session->source() ? m_session->source()->inferenceEngine() : nullptr, live);
}

void ExplainDocks::setClassNames(const QStringList &names)
{
    m_confusion->setClassNames(names);
    m_mistakes->setClassNames(names);
    m_drawPad->setClassNames(names);
}

void ExplainDocks::markNote(const core::CoachNote &note)
{
    const MetricsChart::MarkerKind kind = CoachText::isWarning(note.kind) ? MetricsChart::MarkerKind::Warning
                                                                          : MetricsChart::MarkerKind::Best;
    if (kind == MetricsChart::MarkerKind::Best)
        m_charts->removeNoteMarkers(kind); // one best epoch: it moves
    m_charts->addNoteMarker(
        note.epochPosition, [note] { return CoachText::markerLabel(note); }, kind);
}

void ExplainDocks::clear()
{
    m_coach->clear();
    m_confusion->clear();
    m_mistakes->clear();
    m_filters->clear();
    m_charts->removeNoteMarkers(MetricsChart::MarkerKind::Warning);
    m_charts->removeNoteMarkers(MetricsChart::MarkerKind::Best);
}

void ExplainDocks::detachEngine()
{
    m_engineDetached = true;
    m_drawPad->setEngine(nullptr, false);
}

void ExplainDocks::handleStateChanged(RunState state)
{
    if (state == RunState::Starting)
        useSourceEngine(true);
}

void ExplainDocks::handleStarted(const core::RunInfo &info)
{
    const QStringList names = ClassNames::of(info);
    setClassNames(names);
    m_filters->setSamples(info.samples, names);
}

void ExplainDocks::handleEvaluation(const core::EpochMetrics & /*metrics*/)
{
    const core::RunRecord &run = m_session->record();
    m_coach->setHistory(run.history, run.trainCurve);
    // The engine's inference copy is refreshed at each evaluation.
    m_drawPad->predictNow();
    m_filters->refresh();
}

void ExplainDocks::handleDetails(const core::EvaluationDetails &details)
{
    m_confusion->setDetails(details);
    m_mistakes->setDetails(details);
}

void ExplainDocks::handleFinished(const core::RunResult &result)
{
    const core::RunRecord &run = m_session->record();
    m_coach->setHistory(run.history, run.trainCurve, &result);
    useSourceEngine(false);
    m_filters->refresh();
    // A replay that played to its end shows what its record holds (confusion
    // matrix, mistakes, coach, its own model), not "after the first evaluation".
    if (m_session->isReplay() && m_session->source()) {
        if (const std::optional<core::RunRecord> whole = m_session->source()->endedRecord())
            showRecord(*whole, m_session->recordPath());
    }
}

void ExplainDocks::showRecord(const core::RunRecord &record, const QString &path)
{
    clear();
    const QStringList names = ClassNames::of(record.config.dataset);
    setClassNames(names);
    m_coach->setHistory(record.history, record.trainCurve, &record.result);
    m_confusion->setDetails(record.details);
    m_mistakes->setDetails(record.details);
    m_filters->setSamples(record.samples, names);
    // The record's own model, when its checkpoint lies beside it.
    // Only a plain file inside the run folder, never a link out of it.
    if (core::isPlainFileName(record.checkpoint) && !path.isEmpty()) {
        const QFileInfo checkpoint(QFileInfo(path).dir().filePath(QString::fromStdString(record.checkpoint)));
        if (checkpoint.isFile() && !checkpoint.isSymLink())
            m_drawPad->loadCheckpoint(checkpoint.filePath());
    }
}

std::optional<core::RunRecord> ExplainDocks::currentRecord() const
{
    return m_session->currentRecord();
}

bool ExplainDocks::exportReport(const QString &path, QString *error) const
{
    const std::optional<core::RunRecord> record = currentRecord();
    if (!record) {
        if (error)
            *error = tr("There is no run to report on yet: train one or open a run record.");
        return false;
    }
    ReportWriter writer(*record);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return writer.writePdf(path, error);
    return writer.writeHtml(path, error);
}

void ExplainDocks::exportReportInteractively()
{
    const QString suggested
        = QDir(FileLocations::documentsFolder())
              .filePath(FileLocations::stampedFileName(QStringLiteral("report"), QStringLiteral("html")));
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Report"), suggested, tr("Web page (*.html);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".html");
    QString error;
    if (!exportReport(path, &error))
        Q_EMIT errorOccurred(error);
    else
        m_window->statusBar()->showMessage(FileLocations::exportedMessage(path), 5000);
}

} // namespace cnnlab::ui
