#pragma once

#include "cnnlab/core/coach.h"
#include "cnnlab/core/metrics.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QString>

#include <vector>

namespace cnnlab::ui {

// The coach's notes (core::CoachNote, codes and figures) in words a class
// understands, a short label for the chart marker, and an icon per kind.
class CoachText
{
    Q_DECLARE_TR_FUNCTIONS(CoachText)
public:
    // `history` (the run's evaluations) names the epoch where validation loss
    // bottomed out; without it the sentence is less specific.
    [[nodiscard]] static QString describe(
        const core::CoachNote &note, const std::vector<core::EpochMetrics> &history = {});
    [[nodiscard]] static QString markerLabel(const core::CoachNote &note);
    [[nodiscard]] static QString kindName(core::CoachNoteKind kind);
    // A filled circle with a symbol, in the kind's colour for `palette`.
    [[nodiscard]] static QIcon icon(core::CoachNoteKind kind, const QPalette &palette);
    [[nodiscard]] static QColor color(core::CoachNoteKind kind, const QPalette &palette);
    // Warnings are marked in orange on the charts, the best epoch in green.
    [[nodiscard]] static bool isWarning(core::CoachNoteKind kind)
    {
        return kind != core::CoachNoteKind::BestEpoch;
    }
};

} // namespace cnnlab::ui
