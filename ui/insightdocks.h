#pragma once

#include "metatypes.h"
#include "runstate.h"

#include "cnnlab/core/coach.h"
#include "cnnlab/core/insight.h"
#include "cnnlab/core/runrecord.h"

#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace cnnlab::ui {

class ChartsPanel;
class CoachPanel;
class ConfusionPanel;
class DrawPadPanel;
class FiltersPanel;
class MistakesPanel;
class TrainingController;

// The "Explain" side of the workbench: the coach, the confusion matrix, the
// mistakes browser, the drawing pad and the filters view as dock widgets, fed
// by the controller's reports (live) or by an opened run record, and the
// report export. Kept apart from MainWindow so the window only creates it,
// hands it opened records and calls clear() on Reset.
class InsightDocks : public QObject
{
    Q_OBJECT
public:
    InsightDocks(QMainWindow *window, TrainingController *controller, ChartsPanel *charts);
    ~InsightDocks() override;

    // The "Explain" menu (dock toggles, the report); created once.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *exportReportAction() const { return m_exportReport; }

    // An opened run record (`path`: its run.json, to find checkpoint.pt beside it).
    void showRecord(const core::RunRecord &record, const QString &path = {});
    void clear();
    // Before the controller shuts down: its engine goes with its thread.
    void detachEngine();

    // The run a report is written for: the finished run, the opened record or,
    // mid-run, what has been reported so far. Empty when there is nothing.
    [[nodiscard]] std::optional<core::RunRecord> currentRecord() const;
    bool exportReport(const QString &path, QString *error = nullptr) const; // .html or .pdf

    [[nodiscard]] CoachPanel *coachPanel() const { return m_coach; }
    [[nodiscard]] ConfusionPanel *confusionPanel() const { return m_confusion; }
    [[nodiscard]] MistakesPanel *mistakesPanel() const { return m_mistakes; }
    [[nodiscard]] DrawPadPanel *drawPadPanel() const { return m_drawPad; }
    [[nodiscard]] FiltersPanel *filtersPanel() const { return m_filters; }
    [[nodiscard]] QList<QDockWidget *> docks() const { return m_docks; }

Q_SIGNALS:
    // A failed export, worded for the user (the window shows it in its banner).
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDockWidget *addDock(QWidget *content, const QString &objectName, Qt::DockWidgetArea area);
    void unelideTabs();
    void retranslateUi();
    void connectController();
    void setClassNames(const QStringList &names);
    void markNote(const core::CoachNote &note);
    void handleStateChanged(RunState state);
    void handleStarted(const core::RunInfo &info);
    void handleEvaluation(const core::EpochMetrics &metrics);
    void handleDetails(const core::EvaluationDetails &details);
    void handleFinished(const core::RunResult &result);
    void exportReportInteractively();

    QMainWindow *m_window = nullptr;
    TrainingController *m_controller = nullptr;
    ChartsPanel *m_charts = nullptr;
    CoachPanel *m_coach = nullptr;
    ConfusionPanel *m_confusion = nullptr;
    MistakesPanel *m_mistakes = nullptr;
    DrawPadPanel *m_drawPad = nullptr;
    FiltersPanel *m_filters = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_menu = nullptr;
    QAction *m_exportReport = nullptr;

    // The live run so far, collected the way the worker's recorder does (the
    // controller keeps only the finished record); empty before a run starts.
    std::optional<core::RunRecorder> m_live;
    std::optional<core::RunRecord> m_opened; // a record opened from a file
    bool m_engineDetached = false;
};

} // namespace cnnlab::ui
