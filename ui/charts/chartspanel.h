#pragma once

#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingcurve.h"

#include "charts/metricschart.h"
#include "common/overlayrun.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QMenu;

#include <functional>
#include <vector>

namespace cnnlab::ui {

class MetricsChart;
class RunSession;

// The accuracy and loss charts side by side, showing a RunSession's run (live,
// replayed or opened) or, without a session, a run handed in (`cnnlab
// --render`, the report). The panel keeps no copy of a session's run: a replot
// (another x axis, smoothing or overlay) reads the session's record.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    // Series indices, the same in both charts.
    enum Series { Training = 0, Validation = 1, FullValidation = 2, FirstOverlay = 3 };
    // What the x axis counts (TrainingPosition has all four).
    enum class XAxis { Epochs, Steps, Samples, WallTime };

    explicit ChartsPanel(QWidget *parent = nullptr);

    // Shows the session's run from now on; null: none. The previous session
    // is disconnected.
    void setSession(RunSession *session);

    [[nodiscard]] MetricsChart *accuracyChart() const { return m_accuracy; }
    [[nodiscard]] MetricsChart *lossChart() const { return m_loss; }
    [[nodiscard]] QList<MetricsChart *> charts() const { return {m_accuracy, m_loss}; }

    // A panel without a session is fed by hand: these build the run it shows.
    // With a session they do nothing; the session is the run.
    void clear();
    void addStep(const core::StepMetrics &metrics);
    void addEvaluation(const core::EpochMetrics &metrics);
    void addConfigChange(const core::ConfigChange &change);
    void showRecord(const core::RunRecord &record);
    void flush();
    // What is drawn: the session's record, or the run handed in.
    [[nodiscard]] const core::RunRecord &shownRun() const;

    // Overlays stay across clear() (a new live run is drawn next to them).
    void setOverlays(const QList<OverlayRun> &overlays);
    [[nodiscard]] const QList<OverlayRun> &overlays() const { return m_overlays; }

    // How strongly the training curve is smoothed (TrainingCurve: 0 to 0.95).
    [[nodiscard]] double smoothing() const;
    void setSmoothing(double smoothing);
    [[nodiscard]] static QList<double> smoothingChoices();
    [[nodiscard]] static QString smoothingText(double smoothing);
    // View ▸ Training Curve Smoothing: the choices, the current one checked.
    [[nodiscard]] QMenu *smoothingMenu();

    [[nodiscard]] XAxis xAxis() const { return m_xAxis; }
    void setXAxis(XAxis axis);
    [[nodiscard]] static double xValue(const core::TrainingPosition &position, XAxis axis);
    [[nodiscard]] static QString xAxisTitle(XAxis axis);
    [[nodiscard]] static QList<XAxis> xAxes();
    // The Okabe–Ito colours (colour-blind safe) used for overlays, in order;
    // blue and orange, the live run's, come last.

    [[nodiscard]] bool isFullRange() const;
    void setFullRange(bool fullRange);

    // Appended to both chart titles ("Accuracy · REPLAY 10×"), so a replay
    // cannot be mistaken for live training, on screen or in an export.
    void setTitleNote(const QString &note);
    [[nodiscard]] QString titleNote() const { return m_titleNote; }
    // Okabe–Ito colours (safe with every common colour-vision deficiency)
    // instead of the default blue/orange pair.
    [[nodiscard]] bool isColorBlindSafe() const { return m_colorBlindSafe; }
    void setColorBlindSafe(bool safe);
    // Thicker lines and bigger markers (presenter mode).
    void setLineScale(double scale);

    // A note marked at an epoch position (the training coach). Kept with the
    // run, so it survives a replot and moves with the x axis; clear() drops it.
    // `wording` is asked again on a language change, so the marker follows it.
    void addNoteMarker(
        double epochPosition, const std::function<QString()> &wording, MetricsChart::MarkerKind kind);
    void removeNoteMarkers(MetricsChart::MarkerKind kind);

Q_SIGNALS:
    void fullRangeToggled(bool fullRange);
    void xAxisChanged(cnnlab::ui::ChartsPanel::XAxis axis);
    void smoothingChanged(double smoothing);
    void exportRequested(cnnlab::ui::MetricsChart *chart, const QString &format);

protected:
    void changeEvent(QEvent *event) override;

private:
    MetricsChart *createChart();
    void retranslateUi();
    void replot();
    void plotStep(const core::StepMetrics &metrics);
    void plotEvaluation(const core::EpochMetrics &metrics);
    void plotConfigChange(const core::ConfigChange &change);
    void plotOverlays();

    QPointer<RunSession> m_session;
    MetricsChart *m_accuracy = nullptr;
    MetricsChart *m_loss = nullptr;
    void dropNotes();
    // The run handed in when there is no session (never a copy of one).
    core::RunRecord m_ownRun;
    core::TrainingCurve m_trainingCurve;
    QMenu *m_smoothingMenu = nullptr;
    void retranslateSmoothingMenu();
    void describeTrainingCurve();
    QList<OverlayRun> m_overlays;
    struct NoteMarker {
        double epochPosition = 0.0;
        std::function<QString()> wording;
        MetricsChart::MarkerKind kind = MetricsChart::MarkerKind::Warning;
    };
    void rewordMarkers();
    QList<NoteMarker> m_notes;
    XAxis m_xAxis = XAxis::Epochs;
    void plotNote(const NoteMarker &note);
    [[nodiscard]] double xForEpochPosition(double epochPosition) const;
    void applySeriesColors();

    QString m_titleNote;
    bool m_colorBlindSafe = false;
};

} // namespace cnnlab::ui
