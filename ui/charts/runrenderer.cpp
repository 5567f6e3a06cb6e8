#include "runrenderer.h"

#include "charts/chartexport.h"
#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "charts/offscreencharts.h"
#include "common/errortext.h"

#include <QFileInfo>

namespace cnnlab::ui {

bool RunRenderer::renderFile(const QString &runPath, const QString &outPath, QString *error, QSize chartSize)
{
    const core::Expected<core::RunRecord> record = core::readRunRecord(runPath.toStdString());
    if (!record) {
        if (error)
            *error
                = tr("Cannot read the run record “%1”: %2").arg(runPath, ErrorText::describe(record.error()));
        return false;
    }
    return render(*record, outPath, error, chartSize);
}

bool RunRenderer::render(
    const core::RunRecord &record, const QString &outPath, QString *error, QSize chartSize)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (record.history.empty() && record.trainCurve.empty())
        return fail(tr("The run record has no metrics to draw."));

    const ChartExport::Format format = ChartExport::formatForPath(outPath);
    if (format == ChartExport::Format::Unknown)
        return fail(tr("Choose an output file ending in .png, .svg, .pdf or .csv (got “%1”).").arg(outPath));
    if (format == ChartExport::Format::Csv) {
        // The full table (steps, samples, seconds) rather than just the plotted points.
        const core::Error written = core::writeMetricsCsv(record, outPath.toStdString());
        if (written)
            return fail(ErrorText::describe(written));
        return true;
    }

    OffscreenCharts offscreen(record, chartSize);
    if (!record.name.empty()) {
        const QString name = QString::fromStdString(record.name);
        offscreen.panel()->accuracyChart()->setTitle(tr("Accuracy — %1").arg(name));
        offscreen.panel()->lossChart()->setTitle(tr("Loss — %1").arg(name));
    }
    offscreen.settle();
    QString message;
    if (!ChartExport::write(offscreen.charts(), outPath, &message, 2.0))
        return fail(message);
    return true;
}

} // namespace cnnlab::ui
