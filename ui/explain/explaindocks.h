#pragma once

#include "run/metatypes.h"
#include "run/runstate.h"

#include "cnnlab/core/coach.h"
#include "cnnlab/core/evaluationdetails.h"
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
class RunSession;

// The "Explain" side of the workbench: the coach, the confusion matrix, the
// mistakes browser, the drawing pad and the filters view as dock widgets, and
// the report export. They show the session's run, whatever its source (live,
// replay, opened record): the docks connect to the session themselves.
class ExplainDocks : public QObject
{
    Q_OBJECT
public:
    ExplainDocks(QMainWindow *window, RunSession *session, ChartsPanel *charts);
    ~ExplainDocks() override;

    // The "Explain" menu (dock toggles, the report); created once.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *exportReportAction() const { return m_exportReport; }

    // Before the controller shuts down: its engine goes with its thread.
    void detachEngine();

    // The run a report is written for (RunSession::currentRecord()).
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
    void connectSession();
    // A whole record (`path`: its run.json, to find checkpoint.pt beside it).
    void showRecord(const core::RunRecord &record, const QString &path);
    void clear();
    void useSourceEngine(bool live);
    void setClassNames(const QStringList &names);
    void markNote(const core::CoachNote &note);
    void handleStateChanged(RunState state);
    void handleStarted(const core::RunInfo &info);
    void handleEvaluation(const core::EpochMetrics &metrics);
    void handleDetails(const core::EvaluationDetails &details);
    void handleFinished(const core::RunResult &result);
    void exportReportInteractively();

    QMainWindow *m_window = nullptr;
    RunSession *m_session = nullptr;
    ChartsPanel *m_charts = nullptr;
    CoachPanel *m_coach = nullptr;
    ConfusionPanel *m_confusion = nullptr;
    MistakesPanel *m_mistakes = nullptr;
    DrawPadPanel *m_drawPad = nullptr;
    FiltersPanel *m_filters = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_menu = nullptr;
    QAction *m_exportReport = nullptr;

    bool m_engineDetached = false;
};

} // namespace cnnlab::ui
