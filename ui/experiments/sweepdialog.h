#pragma once

#include "cnnlab/core/experimentplan.h"

#include "cluster/runtarget.h"
#include "planestimate.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cnnlab::ui {

class RunTargetPicker;

// A grid of runs: lists of learning rates, batch sizes and epochs, dropout on
// and/or off. The plan is core::sweepPlan over the current settings.
class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SweepDialog(QWidget *parent = nullptr);

    // Where the runs go (Run on: this machine, a remote machine, a Slurm cluster).
    void setRemoteMachines(const QStringList &names);
    [[nodiscard]] RunTarget runTarget() const;
    void setRunTarget(const RunTarget &target);

    // None while a list does not parse (the OK button is off then too).
    [[nodiscard]] std::optional<core::SweepSpec> spec() const;
    void setLists(const QString &learningRates, const QString &batchSizes, const QString &epochs);
    void setDropout(bool on, bool off);
    // For the duration estimate: the settings the sweep varies and this
    // machine's measured speed.
    void setEstimateBasis(const core::TrainingConfig &base, const std::optional<PlanEstimate::Speed> &speed);
    [[nodiscard]] QString summaryText() const;

    // "0.001, 0.01 0.1" -> numbers; none if anything is not a number in range.
    [[nodiscard]] static std::optional<std::vector<double>> parseRates(const QString &text);
    [[nodiscard]] static std::optional<std::vector<int>> parseIntegers(
        const QString &text, int minimum, int maximum);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    QLabel *m_intro = nullptr;
    QLabel *m_ratesLabel = nullptr;
    QLabel *m_batchesLabel = nullptr;
    QLabel *m_epochsLabel = nullptr;
    QLineEdit *m_rates = nullptr;
    QLineEdit *m_batches = nullptr;
    QLineEdit *m_epochs = nullptr;
    QCheckBox *m_dropoutOn = nullptr;
    QCheckBox *m_dropoutOff = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    RunTargetPicker *m_target = nullptr;
    core::TrainingConfig m_base;
    std::optional<PlanEstimate::Speed> m_speed;
};

} // namespace cnnlab::ui
