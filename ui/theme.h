#pragma once

#include <QPalette>
#include <QString>

namespace cnnlab::ui {

// Light and dark palettes for projectors and dim rooms. "light" and "dark"
// use the Fusion style, which honours a palette on every platform; "system"
// gives back the style and palette the application started with.
class Theme
{
public:
    static QStringList names(); // "system", "light", "dark"
    static void apply(const QString &name);
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
};

} // namespace cnnlab::ui
