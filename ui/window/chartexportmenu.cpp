#include "chartexportmenu.h"

#include "charts/chartexport.h"
#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/filelocations.h"
#include "common/settings.h"
#include "common/translatedtext.h"
#include "window/runcontrol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>

namespace cnnlab::ui {

namespace {

// The menu's words keep the window's translation context.
const TranslatedText windowText("cnnlab::ui::MainWindow");

} // namespace

ChartExportMenu::ChartExportMenu(
    QMainWindow *window, ChartsPanel *charts, Settings &settings, RunControl *control)
    : QObject(window)
    , m_window(window)
    , m_charts(charts)
    , m_settings(settings)
    , m_control(control)
{
    setObjectName(QStringLiteral("chartExportMenu"));
    connect(m_charts, &ChartsPanel::exportRequested, this, &ChartExportMenu::exportInteractively);
}

void ChartExportMenu::addTo(QMenu *file)
{
    QMenu *exportMenu = windowText.setText(
        file->addMenu(QString()), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const struct {
        const char *title;
        MetricsChart *chart;
    } targets[] = {
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Accuracy Chart"), m_charts->accuracyChart()},
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Loss Chart"), m_charts->lossChart()},
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Both Charts"), nullptr},
    };
    const struct {
        const char *title;
        const char *format;
    } formats[] = {
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "PNG Image…"), "png"},
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "SVG Drawing…"), "svg"},
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "PDF Document…"), "pdf"},
        {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "CSV Data…"), "csv"},
    };
    for (const auto &target : targets) {
        QMenu *sub = windowText.setText(exportMenu->addMenu(QString()), target.title);
        MetricsChart *chart = target.chart;
        for (const auto &format : formats) {
            const QString suffix = QLatin1String(format.format);
            windowText.setText(sub->addAction(QString(), this,
                                   [this, chart, suffix] { exportInteractively(chart, suffix); }),
                format.title);
        }
        if (chart) {
            sub->addSeparator();
            windowText.setText(sub->addAction(QString(), chart, &MetricsChart::copyToClipboard),
                QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "Copy Image"));
        }
    }
}

double ChartExportMenu::scale() const
{
    return std::max<qreal>(2.0, 2.0 * m_window->devicePixelRatioF());
}

bool ChartExportMenu::exportChart(MetricsChart *chart, const QString &path, QString *error)
{
    return ChartExport::write({chart}, path, error, scale());
}

bool ChartExportMenu::exportBothCharts(const QString &path, QString *error)
{
    return ChartExport::write(m_charts->charts(), path, error, scale());
}

void ChartExportMenu::exportInteractively(MetricsChart *chart, const QString &format)
{
    const ChartExport::Format kind = ChartExport::formatForPath(QStringLiteral("x.") + format);
    const QString what = chart == m_charts->accuracyChart() ? QStringLiteral("accuracy")
        : chart == m_charts->lossChart()                    ? QStringLiteral("loss")
                                                            : QStringLiteral("charts");
    const QString suggested
        = QDir(m_settings.exportDirectory()).filePath(FileLocations::stampedFileName(what, format));
    QString path = QFileDialog::getSaveFileName(m_window,
        QCoreApplication::translate("cnnlab::ui::MainWindow", "Export Chart"), suggested,
        ChartExport::filter(kind));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    m_settings.setExportDirectory(QFileInfo(path).absolutePath());
    QString error;
    const bool ok = chart ? exportChart(chart, path, &error) : exportBothCharts(path, &error);
    if (!ok)
        m_control->showError(error);
    else
        m_window->statusBar()->showMessage(FileLocations::exportedMessage(path), 5000);
}

} // namespace cnnlab::ui
