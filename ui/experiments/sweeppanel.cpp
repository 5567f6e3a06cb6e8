#include "sweeppanel.h"

#include "common/format.h"
#include "queuepanel.h"
#include "sweepheatmap.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cnnlab::ui {

SweepPanel::SweepPanel(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("sweepTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *maps = new QWidget(this);
    m_heatmapLayout = new QHBoxLayout(maps);
    m_heatmapLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(maps);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    retranslateUi();
}

void SweepPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Learning rate"), tr("Batch"), tr("Dropout"), tr("Epochs"), tr("State"), tr("Val. acc.")});
    m_table->setAccessibleName(tr("Sweep results"));
    setEntries(m_entries);
}

void SweepPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SweepPanel::setEntries(const std::vector<core::RunQueue::Entry> &entries)
{
    m_entries = entries;
    std::vector<double> rates;
    std::vector<int> batches;
    std::vector<bool> dropouts;
    for (const core::RunQueue::Entry &e : entries) {
        const core::TrainingConfig &c = e.run.config;
        if (std::find(rates.begin(), rates.end(), c.learningRate) == rates.end())
            rates.push_back(c.learningRate);
        if (std::find(batches.begin(), batches.end(), c.batchSize) == batches.end())
            batches.push_back(c.batchSize);
        if (std::find(dropouts.begin(), dropouts.end(), c.dropoutEnabled) == dropouts.end())
            dropouts.push_back(c.dropoutEnabled);
    }
    std::sort(rates.begin(), rates.end());
    std::sort(batches.begin(), batches.end());

    m_table->setRowCount(int(entries.size()));
    int done = 0;
    for (int row = 0; row < int(entries.size()); ++row) {
        const core::RunQueue::Entry &e = entries[std::size_t(row)];
        const core::TrainingConfig &c = e.run.config;
        const bool completed = e.state == core::RunQueue::EntryState::Completed;
        // Diverged and failed runs are done too: they will not run again.
        done += completed || e.state == core::RunQueue::EntryState::Diverged
                || e.state == core::RunQueue::EntryState::Failed
            ? 1
            : 0;
        const QStringList cells = {Format::learningRate(c.learningRate), QString::number(c.batchSize),
            c.dropoutEnabled ? tr("on") : tr("off"), QString::number(c.epochs),
            QueuePanel::stateText(e.state), completed ? Format::percent(e.finalValAccuracy) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column != 2 && column != 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }

    // One heat map per dropout setting; rebuilt only when the settings change.
    while (m_heatmaps.size() > qsizetype(dropouts.size()))
        delete m_heatmaps.takeLast();
    while (m_heatmaps.size() < qsizetype(dropouts.size())) {
        auto *map = new SweepHeatmap(this);
        map->setObjectName(QStringLiteral("sweepHeatmap%1").arg(m_heatmaps.size()));
        m_heatmapLayout->addWidget(map, 1);
        m_heatmaps.append(map);
    }
    for (int i = 0; i < int(dropouts.size()); ++i) {
        SweepHeatmap *map = m_heatmaps[i];
        map->setTitle(dropouts[std::size_t(i)] ? tr("Validation accuracy, with dropout")
                                               : tr("Validation accuracy, without dropout"));
        map->setAxes(rates, batches);
        // With several epoch counts, a cell shows its longest completed run.
        std::vector<int> cellEpochs(rates.size() * batches.size(), 0);
        for (const core::RunQueue::Entry &e : entries) {
            const core::TrainingConfig &c = e.run.config;
            if (c.dropoutEnabled != dropouts[std::size_t(i)])
                continue;
            const int r = int(std::find(rates.begin(), rates.end(), c.learningRate) - rates.begin());
            const int b = int(std::find(batches.begin(), batches.end(), c.batchSize) - batches.begin());
            // A run that ended without a figure says so (a diverged lr 5 is a
            // result of the sweep, not a cell still to come).
            if (e.state == core::RunQueue::EntryState::Diverged
                || e.state == core::RunQueue::EntryState::Failed)
                map->setOutcome(r, b, QueuePanel::stateText(e.state));
            if (e.state != core::RunQueue::EntryState::Completed)
                continue;
            int &best = cellEpochs[std::size_t(r) * batches.size() + std::size_t(b)];
            if (c.epochs >= best) {
                best = c.epochs;
                map->setValue(r, b, e.finalValAccuracy);
            }
        }
    }
    m_summary->setText(entries.empty() ? tr("No sweep yet: Experiments ▸ Sweep… queues one.")
                                       : tr("%1 of %2 runs done.").arg(done).arg(entries.size()));
}

QString SweepPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace cnnlab::ui
