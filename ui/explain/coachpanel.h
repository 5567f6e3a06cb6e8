#pragma once

#include "cnnlab/core/coach.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace cnnlab::ui {

// The training coach's messages: plain-language notes (overfitting, stalling,
// divergence, the best epoch so far), each with an icon and its epoch. Fed
// with the whole history after every evaluation; a note already shown is not
// repeated, and the best-epoch note is updated in place rather than piling up.
class CoachPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CoachPanel(QWidget *parent = nullptr);
    // Docks start at their content's size hint: wide enough to read.
    [[nodiscard]] QSize sizeHint() const override { return {440, 600}; }

    // Runs core::coachNotes on the history and shows what is new.
    void setHistory(const std::vector<core::EpochMetrics> &history,
        const std::vector<core::StepMetrics> &trainCurve, const core::RunResult *result = nullptr);
    void clear();

    // What is shown, in order (best epoch: the current one).
    [[nodiscard]] const std::vector<core::CoachNote> &notes() const { return m_notes; }
    [[nodiscard]] QStringList noteTexts() const;
    [[nodiscard]] bool hasNote(core::CoachNoteKind kind) const;
    [[nodiscard]] QListWidget *list() const { return m_list; }

Q_SIGNALS:
    // A note appeared (or, for BestEpoch, moved): mark the charts.
    void noteAdded(const cnnlab::core::CoachNote &note);
    void cleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshItems();
    void updatePlaceholder();
    [[nodiscard]] QString itemText(const core::CoachNote &note) const;

    QLabel *m_placeholder = nullptr;
    QListWidget *m_list = nullptr;
    std::vector<core::CoachNote> m_notes; // parallel to the list's items
    std::vector<core::EpochMetrics> m_history; // for the sentences (where the minimum was)
};

} // namespace cnnlab::ui
