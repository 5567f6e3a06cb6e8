#pragma once

#include <QPalette>
#include <QString>

namespace cnnlab::ui {

// Light, dark and high-contrast palettes for projectors and dim rooms.
// "light", "dark" and "high-contrast" use the Fusion style, which honours a
// palette on every platform; "system" gives back the style the application
// started with and the platform's palette, following the desktop's light/dark
// setting as it changes (QStyleHints::colorScheme, Qt 6.5+; older Qt follows
// the platform theme's palette).
class Theme
{
public:
    static QStringList names(); // "system", "light", "dark", "high-contrast"
    static void apply(const QString &name);
    // The name last applied ("system" before any).
    [[nodiscard]] static QString current();
    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();
    // White on black, yellow highlights: for washed-out projectors and low vision.
    [[nodiscard]] static QPalette highContrastPalette();
    // Whether the desktop asks for a dark appearance.
    [[nodiscard]] static bool systemPrefersDark();
};

} // namespace cnnlab::ui
