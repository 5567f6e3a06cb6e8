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

    // "lr 0.001 → 0.01", the marker label of a mid-run change.
    static QString changeLabel(const core::ConfigChange &change);

Q_SIGNALS:
    void fullRangeToggled(bool fullRange);
    void exportRequested(cnnlab::ui::MetricsChart *chart, const QString &format);

private:
    MetricsChart *createChart();

    MetricsChart *m_accuracy = nullptr;
    MetricsChart *m_loss = nullptr;
};

} // namespace cnnlab::ui
