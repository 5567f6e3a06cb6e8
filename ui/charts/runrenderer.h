#pragma once

#include "cnnlab/core/runrecord.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace cnnlab::ui {

// `cnnlab --render RUN.json --out FILE`: the accuracy and loss charts of a
// run record, side by side, without showing a window. The output format
// follows the suffix (.png at 2x, .svg, .pdf; .csv writes core's metrics table).
class RunRenderer
{
    Q_DECLARE_TR_FUNCTIONS(RunRenderer)
public:
    // Size of each chart in logical pixels (the PNG is twice as large).
    static constexpr QSize defaultChartSize {900, 560};

    // On failure returns false and a one-line message in `error`.
    static bool renderFile(
        const QString &runPath, const QString &outPath, QString *error, QSize chartSize = defaultChartSize);
    static bool render(const core::RunRecord &record, const QString &outPath, QString *error,
        QSize chartSize = defaultChartSize);
};

} // namespace cnnlab::ui
