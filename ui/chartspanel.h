#pragma once

#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/runrecord.h"

#include <QList>
#include <QWidget>

namespace cnnlab::ui {

class MetricsChart;

// The accuracy and loss charts side by side, fed with core's reports (live)
// or a whole RunRecord (a saved run, `cnnlab --render`).
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    // Series indices, the same in both charts.
    enum Series { Training = 0, Validation = 1, FullValidation = 2 };

    explicit ChartsPanel(QWidget *parent = nullptr);

    [[nodiscard]] MetricsChart *accuracyChart() const { return m_accuracy; }
    [[nodiscard]] MetricsChart *lossChart() const { return m_loss; }
    [[nodiscard]] QList<MetricsChart *> charts() const { return {m_accuracy, m_loss}; }

    void clear();
    void addStep(const core::StepMetrics &metrics);
    void addEvaluation(const core::EpochMetrics &metrics);
    void addConfigChange(const core::ConfigChange &change);
    void showRecord(const core::RunRecord &record);
    void flush();

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

    // "lr 0.001 → 0.01", the marker label of a mid-run change.
    static QString changeLabel(const core::ConfigChange &change);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void fullRangeToggled(bool fullRange);
    void exportRequested(cnnlab::ui::MetricsChart *chart, const QString &format);

private:
    MetricsChart *createChart();
    void retranslateUi();
    void applySeriesColors();

    MetricsChart *m_accuracy = nullptr;
    MetricsChart *m_loss = nullptr;
    QString m_titleNote;
    bool m_colorBlindSafe = false;
};

} // namespace cnnlab::ui
