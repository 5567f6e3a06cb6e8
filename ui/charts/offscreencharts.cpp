#include "offscreencharts.h"

#include "charts/chartspanel.h"
#include "charts/metricschart.h"

#include <QCoreApplication>
#include <QPalette>

namespace cnnlab::ui {

OffscreenCharts::OffscreenCharts(const core::RunRecord &record, QSize chartSize, Colours colours)
    : m_panel(std::make_unique<ChartsPanel>())
{
    m_panel->setAttribute(Qt::WA_DontShowOnScreen);
    if (colours == Colours::Print)
        m_panel->setPalette(QPalette(Qt::white));
    m_panel->resize(chartSize.width() * 2 + 6, chartSize.height());
    m_panel->show();
    m_panel->showRecord(record);
}

OffscreenCharts::~OffscreenCharts() = default;

QList<MetricsChart *> OffscreenCharts::charts() const
{
    return m_panel->charts();
}

void OffscreenCharts::settle()
{
    m_panel->flush();
    QCoreApplication::processEvents();
}

} // namespace cnnlab::ui
