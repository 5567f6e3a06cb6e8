#pragma once

#include "cnnlab/core/runqueue.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace cnnlab::ui {

class SweepHeatmap;

// A sweep's results as they come in: a table of every run and a heat map of
// validation accuracy (learning rate x batch size), one per dropout setting.
class SweepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SweepPanel(QWidget *parent = nullptr);

    void setEntries(const std::vector<core::RunQueue::Entry> &entries);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QList<SweepHeatmap *> heatmaps() const { return m_heatmaps; }
    [[nodiscard]] QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QHBoxLayout *m_heatmapLayout = nullptr;
    QList<SweepHeatmap *> m_heatmaps;
    std::vector<core::RunQueue::Entry> m_entries;
};

} // namespace cnnlab::ui
