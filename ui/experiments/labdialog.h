#pragma once

#include "cnnlab/core/experimentplan.h"

#include "cluster/runtarget.h"
#include "planestimate.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace cnnlab::ui {

class RunTargetPicker;

// "Reproduce the lab": how many seeds, epochs and images; the plan is
// core::labPlan (baseline, dropout, batch 1000, lr 0.01 per seed).
class LabDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LabDialog(QWidget *parent = nullptr);

    // Where the runs go (Run on: this machine, a remote machine, a Slurm cluster).
    void setRemoteMachines(const QStringList &names);
    [[nodiscard]] RunTarget runTarget() const;
    void setRunTarget(const RunTarget &target);

    [[nodiscard]] int seeds() const;
    void setSeeds(int seeds);
    [[nodiscard]] int epochs() const;
    void setEpochs(int epochs);
    [[nodiscard]] int trainLimit() const; // 0: all 60,000
    void setTrainLimit(int limit);

    // The plan on this machine: device, threads and data folder come from `machine`.
    [[nodiscard]] std::vector<core::PlannedRun> plan(const core::TrainingConfig &machine) const;
    // For the duration estimate: this machine's settings and measured speed.
    void setEstimateBasis(
        const core::TrainingConfig &machine, const std::optional<PlanEstimate::Speed> &speed);
    [[nodiscard]] QString summaryText() const;
    // Epochs the quick subset starts with (10 on 10,000 images is a long wait for a demo).
    static constexpr int quickEpochs = 3;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    QLabel *m_intro = nullptr;
    QLabel *m_seedsLabel = nullptr;
    QLabel *m_epochsLabel = nullptr;
    QLabel *m_subsetLabel = nullptr;
    QSpinBox *m_seeds = nullptr;
    QSpinBox *m_epochs = nullptr;
    QComboBox *m_subset = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    RunTargetPicker *m_target = nullptr;
    core::TrainingConfig m_machine;
    std::optional<PlanEstimate::Speed> m_speed;
    bool m_epochsEdited = false; // the teacher typed epochs: the subset no longer changes them
    bool m_settingEpochs = false;
};

} // namespace cnnlab::ui
