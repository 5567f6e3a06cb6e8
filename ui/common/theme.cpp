#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace cnnlab::ui {

namespace {

struct Original {
    QString styleName;
    QPalette palette;
    bool saved = false;
    QString current = QStringLiteral("system");
    bool followingSystem = false;
};

Original &original()
{
    static Original value;
    return value;
}

} // namespace

QStringList Theme::names()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
        QStringLiteral("high-contrast")};
}

QString Theme::current()
{
    return original().current;
}

bool Theme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    const Original &o = original();
    const QPalette palette = o.saved ? o.palette : QApplication::palette();
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Theme::highContrastPalette()
{
    QPalette p;
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xeb, 0x3b);
    const QColor disabled(0xa0, 0xa0, 0xa0);
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    p.setColor(QPalette::Dark, white);
    p.setColor(QPalette::Shadow, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x80, 0xd8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x15, 0x65, 0xc0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x15, 0x65, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa4, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x47, 0x4b));
    p.setColor(QPalette::Mid, QColor(0x6a, 0x6d, 0x72));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x42, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x82, 0xb8, 0xf5));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(0x2b, 0x2d, 0x30));
    return p;
}

void Theme::apply(const QString &name)
{
    Original &o = original();
    if (!o.saved) {
        o.styleName = QApplication::style()->name();
        o.palette = QApplication::palette();
        o.saved = true;
    }
    o.current = names().contains(name) ? name : QStringLiteral("system");
    const auto useFusion = [] {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    };
    if (o.current == QLatin1String("light") || o.current == QLatin1String("dark")) {
        useFusion();
        QApplication::setPalette(o.current == QLatin1String("dark") ? darkPalette() : lightPalette());
        return;
    }
    if (o.current == QLatin1String("high-contrast")) {
        useFusion();
        QApplication::setPalette(highContrastPalette());
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Follow the desktop when it switches between light and dark while we run.
    if (!o.followingSystem) {
        o.followingSystem = true;
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (Theme::current() == QLatin1String("system"))
                Theme::apply(QStringLiteral("system"));
        });
    }
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    const bool paletteIsDark = o.palette.color(QPalette::Window).lightness() < 128;
    if (scheme != Qt::ColorScheme::Unknown && (scheme == Qt::ColorScheme::Dark) != paletteIsDark) {
        // The platform style did not follow the desktop (Fusion, Windows): our
        // own palette for the scheme the desktop asks for.
        useFusion();
        QApplication::setPalette(scheme == Qt::ColorScheme::Dark ? darkPalette() : lightPalette());
        return;
    }
#endif
    if (QApplication::style()->name().compare(o.styleName, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(o.styleName));
    // A palette with nothing set resolves to the platform's, and keeps
    // following it when the platform theme changes.
    QApplication::setPalette(QPalette());
}

} // namespace cnnlab::ui
