#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace cnnlab::ui {

class PresenterMode;
class RunControl;
class Settings;

// View ▸ Larger/Smaller/Normal Text, Language and Theme: how the whole
// application looks, persisted. The text scale is the desktop's font scaled
// (a projector in a big room wants 150 %), times presenter mode's factor.
class AppearanceMenu : public QObject
{
    Q_OBJECT
public:
    AppearanceMenu(QObject *parent, Settings &settings, PresenterMode *presenter, RunControl *control);

    void addTo(QMenu *view);
    // The saved text scale and theme.
    void restore();
    // The system language's words and the current language's check.
    void retranslateUi();

    [[nodiscard]] double textScale() const { return m_textScale; }
    // Clamped to 0.7–2.5; applied at once.
    void setTextScale(double scale);

private:
    void addLanguageMenu(QMenu *view);
    void addThemeMenu(QMenu *view);

    Settings &m_settings;
    PresenterMode *m_presenter = nullptr;
    RunControl *m_control = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    double m_textScale = 1.0;
};

} // namespace cnnlab::ui
