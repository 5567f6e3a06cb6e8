#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace cnnlab::ui {

class ChartsPanel;
class MetricsChart;
class RunControl;
class Settings;

// File ▸ Export: either chart or both as PNG (2× for slides), SVG, PDF or
// CSV, or copied; also what a chart's context menu asks for. Remembers the
// folder last exported to.
class ChartExportMenu : public QObject
{
    Q_OBJECT
public:
    ChartExportMenu(QMainWindow *window, ChartsPanel *charts, Settings &settings, RunControl *control);

    // The Export submenu, added to `file`.
    void addTo(QMenu *file);

    // Without asking (File ▸ Export asks for the file name, then calls these).
    bool exportChart(MetricsChart *chart, const QString &path, QString *error = nullptr);
    bool exportBothCharts(const QString &path, QString *error = nullptr);

private:
    void exportInteractively(MetricsChart *chart, const QString &format); // chart null: both
    [[nodiscard]] double scale() const;

    QMainWindow *m_window = nullptr;
    ChartsPanel *m_charts = nullptr;
    Settings &m_settings;
    RunControl *m_control = nullptr;
};

} // namespace cnnlab::ui
