#include "chartspanel.h"

#include "charts/metricschart.h"
#include "common/changewording.h"
#include "common/format.h"
#include "run/runsession.h"

#include <cmath>

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>

namespace cnnlab::ui {

namespace {

// Blue/orange: distinguishable with the common colour-vision deficiencies,
// and on a washed-out projector. Lighter tints on dark palettes.
const QColor trainingLight(0x15, 0x65, 0xc0);
const QColor trainingDark(0x64, 0xb5, 0xf6);
const QColor validationLight(0xe6, 0x51, 0x00);
const QColor validationDark(0xff, 0xb7, 0x4d);
const QColor fullLight(0xa8, 0x2a, 0x00);
const QColor fullDark(0xff, 0xe0, 0xb2);

// Okabe & Ito (2008), "Color Universal Design": blue, orange, vermillion on
// light backgrounds; sky blue, orange, yellow on dark ones.
const QColor okabeBlue(0x00, 0x72, 0xb2);
const QColor okabeSkyBlue(0x56, 0xb4, 0xe9);
const QColor okabeOrange(0xe6, 0x9f, 0x00);
const QColor okabeVermillion(0xd5, 0x5e, 0x00);
const QColor okabeYellow(0xf0, 0xe4, 0x42);

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_accuracy = createChart();
    m_accuracy->setObjectName(QStringLiteral("accuracyChart"));
    m_accuracy->setValueName(QStringLiteral("accuracy"));
    m_accuracy->setRangeMode(MetricsChart::RangeMode::Fraction);
    m_accuracy->setDisplayFormat(100.0, 2, tr(" %"));
    m_accuracy->setZoomBand(0.9);
    m_accuracy->setYLabelFormat(QStringLiteral("%.0f"));

    m_loss = createChart();
    m_loss->setObjectName(QStringLiteral("lossChart"));
    m_loss->setValueName(QStringLiteral("loss"));
    m_loss->setRangeMode(MetricsChart::RangeMode::ZeroBased);
    m_loss->setDisplayFormat(1.0, 4, QString());

    for (MetricsChart *chart : charts()) {
        // The training curve: the step reports' running means unrolled and
        // smoothed over steps (no cliff at each epoch, see TrainingCurve);
        // validation is measured on held-back images.
        chart->addSeries(QStringLiteral("train"), QString(), trainingLight, trainingDark);
        chart->addSeries(QStringLiteral("validation"), QString(), validationLight, validationDark,
            MetricsChart::SeriesStyle::LineWithPoints);
        chart->addSeries(QStringLiteral("validation_full"), QString(), fullLight, fullDark,
            MetricsChart::SeriesStyle::Points);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_accuracy);
    layout->addWidget(m_loss);
    retranslateUi();
}

void ChartsPanel::retranslateUi()
{
    const QString note = m_titleNote.isEmpty() ? QString() : QStringLiteral(" · ") + m_titleNote;
    m_accuracy->setTitle(tr("Accuracy") + note);
    m_accuracy->setAxisTitles(xAxisTitle(m_xAxis), tr("Accuracy (%)"));
    m_loss->setTitle(tr("Loss (cross-entropy)") + note);
    m_loss->setAxisTitles(xAxisTitle(m_xAxis), tr("Loss"));
    static const char *const keys[] = {"epoch", "step", "samples", "seconds"};
    const QString names[] = {tr("epoch"), tr("step"), tr("samples"), tr("seconds")};
    for (MetricsChart *chart : charts()) {
        chart->setXKind(QLatin1String(keys[int(m_xAxis)]), names[int(m_xAxis)], m_xAxis == XAxis::Epochs);
        // Short: three entries share a legend a third of the window wide;
        // shorter still where large text leaves no room (the tooltips explain).
        //: Legend entry where there is little room (for "Training")
        chart->setSeriesName(Training, tr("Training"), tr("Train."));
        //: Legend entry where there is little room (for "Val. (quick)")
        chart->setSeriesName(Validation, tr("Val. (quick)"), tr("Val."));
        //: Legend entry where there is little room (for "Val. (full set)")
        chart->setSeriesName(FullValidation, tr("Val. (full set)"), tr("Val. full"));
        // The two validation curves, told apart where the legend names them.
        chart->setSeriesDescription(Validation,
            tr("Validation (quick): a fixed part of the validation images, measured several times per "
               "epoch so the curve moves while the model trains"));
        chart->setSeriesDescription(FullValidation,
            tr("Validation (full set): every validation image, measured at the end of each epoch; the "
               "figures the lab reports"));
    }
    describeTrainingCurve();
    retranslateSmoothingMenu();
    rewordMarkers();
}

// The legend tooltip of the training curve names its smoothing.
void ChartsPanel::describeTrainingCurve()
{
    const QString description = m_trainingCurve.smoothing() > 0
        ? tr("Training: the batches the model has just learned from, smoothed over steps (%1; View ▸ "
             "Training Curve Smoothing)")
              .arg(smoothingText(m_trainingCurve.smoothing()))
        : tr("Training: the batches the model has just learned from, unsmoothed");
    for (MetricsChart *chart : charts())
        chart->setSeriesDescription(Training, description);
}

// Mid-run changes and coach notes are worded when drawn: draw them again.
void ChartsPanel::rewordMarkers()
{
    if (shownRun().changes.empty() && m_notes.isEmpty())
        return;
    for (MetricsChart *chart : charts())
        for (const auto kind : {MetricsChart::MarkerKind::Change, MetricsChart::MarkerKind::Warning,
                 MetricsChart::MarkerKind::Best})
            chart->removeMarkers(kind);
    for (const core::ConfigChange &change : shownRun().changes)
        plotConfigChange(change);
    for (const NoteMarker &note : m_notes)
        plotNote(note);
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QString ChartsPanel::smoothingText(double smoothing)
{
    //: How strongly the training curve is smoothed (0 = not at all, 0.95 = most)
    return tr("smoothing %1").arg(QLocale().toString(smoothing, 'f', 2));
}

QList<double> ChartsPanel::smoothingChoices()
{
    return {0.0, 0.3, core::TrainingCurve::defaultSmoothing, 0.8, 0.9};
}

void ChartsPanel::setSmoothing(double smoothing)
{
    if (std::abs(smoothing - m_trainingCurve.smoothing()) < 1e-9)
        return;
    m_trainingCurve.setSmoothing(smoothing);
    describeTrainingCurve();
    replot();
    Q_EMIT smoothingChanged(m_trainingCurve.smoothing());
}

QMenu *ChartsPanel::smoothingMenu()
{
    if (m_smoothingMenu)
        return m_smoothingMenu;
    m_smoothingMenu = new QMenu(this);
    m_smoothingMenu->setObjectName(QStringLiteral("smoothingMenu"));
    auto *group = new QActionGroup(m_smoothingMenu);
    for (const double choice : smoothingChoices()) {
        QAction *action
            = m_smoothingMenu->addAction(QString(), this, [this, choice] { setSmoothing(choice); });
        action->setCheckable(true);
        action->setData(choice);
        group->addAction(action);
    }
    const auto check = [this] {
        for (QAction *action : m_smoothingMenu->actions())
            action->setChecked(std::abs(action->data().toDouble() - smoothing()) < 1e-9);
    };
    connect(this, &ChartsPanel::smoothingChanged, m_smoothingMenu, check);
    check();
    retranslateSmoothingMenu();
    return m_smoothingMenu;
}

void ChartsPanel::retranslateSmoothingMenu()
{
    if (!m_smoothingMenu)
        return;
    m_smoothingMenu->setTitle(tr("Training Curve &Smoothing"));
    for (QAction *action : m_smoothingMenu->actions()) {
        const double choice = action->data().toDouble();
        action->setText(choice == 0.0 ? tr("None (step means)")
                : choice == core::TrainingCurve::defaultSmoothing
                ? tr("%1 (default)").arg(QLocale().toString(choice, 'f', 2))
                : QLocale().toString(choice, 'f', 2));
    }
}

double ChartsPanel::smoothing() const
{
    return m_trainingCurve.smoothing();
}

QList<ChartsPanel::XAxis> ChartsPanel::xAxes()
{
    return {XAxis::Epochs, XAxis::Steps, XAxis::Samples, XAxis::WallTime};
}

QString ChartsPanel::xAxisTitle(XAxis axis)
{
    switch (axis) {
    case XAxis::Epochs: return tr("Epoch");
    case XAxis::Steps: return tr("Optimizer steps");
    case XAxis::Samples: return tr("Images seen");
    case XAxis::WallTime: return tr("Training time (s)");
    }
    return {};
}

double ChartsPanel::xValue(const core::TrainingPosition &position, XAxis axis)
{
    switch (axis) {
    case XAxis::Epochs: return position.epochPosition;
    case XAxis::Steps: return double(position.step);
    case XAxis::Samples: return double(position.samplesSeen);
    case XAxis::WallTime: return position.elapsedSeconds;
    }
    return position.epochPosition;
}

void ChartsPanel::setXAxis(XAxis axis)
{
    if (m_xAxis == axis)
        return;
    m_xAxis = axis;
    retranslateUi();
    replot();
    Q_EMIT xAxisChanged(axis);
}

void ChartsPanel::setOverlays(const QList<OverlayRun> &overlays)
{
    m_overlays = overlays;
    for (MetricsChart *chart : charts()) {
        chart->removeSeriesFrom(FirstOverlay);
        for (const OverlayRun &overlay : m_overlays)
            chart->addSeries(QStringLiteral("overlay"), overlay.name, overlay.color, overlay.color,
                MetricsChart::SeriesStyle::Overlay);
    }
    replot();
}

void ChartsPanel::replot()
{
    m_accuracy->clear();
    m_loss->clear();
    m_trainingCurve.reset();
    const core::RunRecord &run = shownRun();
    for (const core::StepMetrics &step : run.trainCurve)
        plotStep(step);
    for (const core::EpochMetrics &evaluation : run.history)
        plotEvaluation(evaluation);
    for (const core::ConfigChange &change : run.changes)
        plotConfigChange(change);
    for (const NoteMarker &note : m_notes)
        plotNote(note);
    plotOverlays();
    flush();
}

void ChartsPanel::plotOverlays()
{
    for (int i = 0; i < int(m_overlays.size()); ++i) {
        for (const core::EpochMetrics &point : m_overlays[i].record.history) {
            const double x = xValue(point.position, m_xAxis);
            m_accuracy->addSeriesPoint(FirstOverlay + i, x, point.valAccuracy);
            m_loss->addSeriesPoint(FirstOverlay + i, x, point.valLoss);
        }
    }
}

void ChartsPanel::setTitleNote(const QString &note)
{
    m_titleNote = note;
    retranslateUi();
}

void ChartsPanel::setColorBlindSafe(bool safe)
{
    m_colorBlindSafe = safe;
    applySeriesColors();
}

void ChartsPanel::applySeriesColors()
{
    for (MetricsChart *chart : charts()) {
        if (m_colorBlindSafe) {
            chart->setSeriesColors(Training, okabeBlue, okabeSkyBlue);
            chart->setSeriesColors(Validation, okabeOrange, okabeOrange);
            chart->setSeriesColors(FullValidation, okabeVermillion, okabeYellow);
        } else {
            chart->setSeriesColors(Training, trainingLight, trainingDark);
            chart->setSeriesColors(Validation, validationLight, validationDark);
            chart->setSeriesColors(FullValidation, fullLight, fullDark);
        }
    }
}

void ChartsPanel::setLineScale(double scale)
{
    for (MetricsChart *chart : charts())
        chart->setLineScale(scale);
}

MetricsChart *ChartsPanel::createChart()
{
    auto *chart = new MetricsChart(this);
    connect(chart, &MetricsChart::fullRangeToggled, this, [this](bool fullRange) {
        setFullRange(fullRange); // keep both charts on the same setting
        Q_EMIT fullRangeToggled(fullRange);
    });
    connect(chart, &MetricsChart::exportRequested, this,
        [this, chart](const QString &format) { Q_EMIT exportRequested(chart, format); });
    return chart;
}

void ChartsPanel::setSession(RunSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_ownRun = {};
    dropNotes();
    if (session) {
        // The session records each report before it says so: draw the new
        // point only; a replot reads the session's record.
        connect(session, &RunSession::cleared, this, [this] {
            dropNotes();
            replot();
        });
        connect(session, &RunSession::stepReported, this, &ChartsPanel::plotStep);
        connect(session, &RunSession::evaluated, this, &ChartsPanel::plotEvaluation);
        connect(session, &RunSession::configApplied, this, &ChartsPanel::plotConfigChange);
        connect(session, &RunSession::finished, this, &ChartsPanel::flush);
        connect(session, &RunSession::recordOpened, this, &ChartsPanel::replot);
    }
    replot();
}

const core::RunRecord &ChartsPanel::shownRun() const
{
    return m_session ? m_session->record() : m_ownRun;
}

void ChartsPanel::dropNotes()
{
    m_notes.clear();
}

void ChartsPanel::clear()
{
    if (m_session)
        return;
    m_ownRun = {};
    dropNotes();
    replot();
}

void ChartsPanel::addNoteMarker(
    double epochPosition, const std::function<QString()> &wording, MetricsChart::MarkerKind kind)
{
    m_notes.append({epochPosition, wording, kind});
    plotNote(m_notes.back());
}

void ChartsPanel::removeNoteMarkers(MetricsChart::MarkerKind kind)
{
    m_notes.removeIf([kind](const NoteMarker &note) { return note.kind == kind; });
    for (MetricsChart *chart : charts())
        chart->removeMarkers(kind);
}

void ChartsPanel::plotNote(const NoteMarker &note)
{
    const double x = xForEpochPosition(note.epochPosition);
    for (MetricsChart *chart : charts())
        chart->addMarker(x, note.wording(), note.kind);
}

// Coach notes sit on evaluation points; on another x axis they go where that
// evaluation (or, failing that, the nearest step report) is drawn.
double ChartsPanel::xForEpochPosition(double epochPosition) const
{
    if (m_xAxis == XAxis::Epochs)
        return epochPosition;
    const core::TrainingPosition *nearest = nullptr;
    double distance = 0.0;
    auto consider = [&](const core::TrainingPosition &position) {
        const double d = std::abs(position.epochPosition - epochPosition);
        if (!nearest || d < distance) {
            nearest = &position;
            distance = d;
        }
    };
    const core::RunRecord &run = shownRun();
    for (const core::EpochMetrics &evaluation : run.history)
        consider(evaluation.position);
    if (!nearest || distance > 1e-9)
        for (const core::StepMetrics &step : run.trainCurve)
            consider(step.position);
    return nearest ? xValue(*nearest, m_xAxis) : epochPosition;
}

void ChartsPanel::addStep(const core::StepMetrics &metrics)
{
    if (m_session)
        return;
    m_ownRun.trainCurve.push_back(metrics);
    plotStep(metrics);
}

void ChartsPanel::plotStep(const core::StepMetrics &metrics)
{
    const double x = xValue(metrics.position, m_xAxis);
    const core::TrainingCurve::Point point = m_trainingCurve.add(metrics);
    m_accuracy->addSeriesPoint(Training, x, point.accuracy);
    m_loss->addSeriesPoint(Training, x, point.loss);
}

void ChartsPanel::addEvaluation(const core::EpochMetrics &metrics)
{
    if (m_session)
        return;
    m_ownRun.history.push_back(metrics);
    plotEvaluation(metrics);
}

void ChartsPanel::plotEvaluation(const core::EpochMetrics &metrics)
{
    const double x = xValue(metrics.position, m_xAxis);
    m_accuracy->addSeriesPoint(Validation, x, metrics.valAccuracy);
    m_loss->addSeriesPoint(Validation, x, metrics.valLoss);
    if (metrics.fullValidation) {
        m_accuracy->addSeriesPoint(FullValidation, x, metrics.valAccuracy);
        m_loss->addSeriesPoint(FullValidation, x, metrics.valLoss);
    }
}

void ChartsPanel::addConfigChange(const core::ConfigChange &change)
{
    if (m_session)
        return;
    m_ownRun.changes.push_back(change);
    plotConfigChange(change);
}

void ChartsPanel::plotConfigChange(const core::ConfigChange &change)
{
    const QString label = ChangeWording::label(change);
    const double x = xValue(change.position, m_xAxis);
    m_accuracy->addMarker(x, label);
    m_loss->addMarker(x, label);
}

void ChartsPanel::showRecord(const core::RunRecord &record)
{
    if (m_session)
        return;
    m_ownRun = record;
    dropNotes();
    replot();
}

void ChartsPanel::flush()
{
    m_accuracy->flush();
    m_loss->flush();
}

bool ChartsPanel::isFullRange() const
{
    return m_accuracy->isFullRange();
}

void ChartsPanel::setFullRange(bool fullRange)
{
    const QSignalBlocker blockAccuracy(m_accuracy);
    const QSignalBlocker blockLoss(m_loss);
    m_accuracy->setFullRange(fullRange);
    m_loss->setFullRange(fullRange);
}

} // namespace cnnlab::ui
