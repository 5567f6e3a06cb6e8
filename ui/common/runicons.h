#pragma once

#include <QIcon>
#include <QPalette>

namespace cnnlab::ui {

// Start/Pause/Stop/Reset icons drawn in the palette's text colour. The style's
// standard media icons are black on every theme and vanish on a dark tool bar.
class RunIcons
{
public:
    enum class Kind { Start, Pause, Stop, Reset };
    [[nodiscard]] static QIcon icon(Kind kind, const QPalette &palette);
};

} // namespace cnnlab::ui
