#pragma once

#include "cnnlab/core/runrecord.h"

#include <QColor>
#include <QList>
#include <QString>

namespace cnnlab::ui {

// A saved run drawn next to the live one: its validation curve on both
// charts. Chosen in the Runs panel, drawn by the charts.
struct OverlayRun {
    QString name; // the legend entry
    QColor color;
    core::RunRecord record;
};

// Overlay colours in the order runs are checked: Okabe & Ito (2008), safe with
// colour-vision deficiencies.
[[nodiscard]] QList<QColor> overlayPalette();

} // namespace cnnlab::ui
