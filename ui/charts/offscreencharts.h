#pragma once

#include "cnnlab/core/runrecord.h"

#include <QList>
#include <QSize>

#include <memory>

namespace cnnlab::ui {

class ChartsPanel;
class MetricsChart;

// A record's accuracy and loss charts, laid out without a window (the
// offscreen platform under `cnnlab --render`, or inside a report), so they
// have their real size and layout before they are painted. One place for
// `cnnlab --render` and the report to draw a run.
class OffscreenCharts
{
public:
    enum class Colours {
        Screen, // the application's palette
        Print, // light, whatever the theme: a report is printed
    };

    // Each chart `chartSize` logical pixels, side by side.
    OffscreenCharts(const core::RunRecord &record, QSize chartSize, Colours colours = Colours::Screen);
    ~OffscreenCharts();
    OffscreenCharts(const OffscreenCharts &) = delete;
    OffscreenCharts &operator=(const OffscreenCharts &) = delete;

    [[nodiscard]] ChartsPanel *panel() const { return m_panel.get(); }
    [[nodiscard]] QList<MetricsChart *> charts() const;
    // Draws what is pending (titles, markers added since): call before exporting.
    void settle();

private:
    std::unique_ptr<ChartsPanel> m_panel;
};

} // namespace cnnlab::ui
