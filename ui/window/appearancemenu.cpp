#include "appearancemenu.h"

#include "common/languagemanager.h"
#include "common/settings.h"
#include "common/theme.h"
#include "common/translatedtext.h"
#include "window/presentermode.h"
#include "window/runcontrol.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>

#include <algorithm>
#include <iterator>

namespace cnnlab::ui {

namespace {

// The menu's words keep the window's translation context.
const TranslatedText windowText("cnnlab::ui::MainWindow");

} // namespace

AppearanceMenu::AppearanceMenu(
    QObject *parent, Settings &settings, PresenterMode *presenter, RunControl *control)
    : QObject(parent)
    , m_settings(settings)
    , m_presenter(presenter)
    , m_control(control)
{
    setObjectName(QStringLiteral("appearanceMenu"));
}

void AppearanceMenu::addTo(QMenu *view)
{
    QAction *larger
        = windowText.setText(view->addAction(QString(), this, [this] { setTextScale(m_textScale * 1.15); }),
            QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Larger Text"));
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *smaller
        = windowText.setText(view->addAction(QString(), this, [this] { setTextScale(m_textScale / 1.15); }),
            QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "S&maller Text"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction *normal = windowText.setText(view->addAction(QString(), this, [this] { setTextScale(1.0); }),
        QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Normal Text Size"));
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    addLanguageMenu(view);
    addThemeMenu(view);
}

void AppearanceMenu::addLanguageMenu(QMenu *view)
{
    QMenu *languages = windowText.setText(
        view->addMenu(QString()), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        // Each language in its own words, so anyone can find theirs.
        QAction *action = languages->addAction(language.code.isEmpty()
                ? QCoreApplication::translate("cnnlab::ui::MainWindow", "&System Language")
                : language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language-")
            + (language.code.isEmpty() ? QStringLiteral("system") : language.code));
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (!LanguageManager::instance()->setLanguage(action->data().toString()))
            m_control->showError(QCoreApplication::translate(
                "cnnlab::ui::MainWindow", "The translation for this language could not be loaded."));
        retranslateUi(); // also when the effective language did not change (checks)
    });
}

void AppearanceMenu::addThemeMenu(QMenu *view)
{
    QMenu *theme
        = windowText.setText(view->addMenu(QString()), QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QStringList names = Theme::names();
    const char *const titles[] = {QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&System"),
        QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Light"),
        QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&Dark"),
        QT_TRANSLATE_NOOP("cnnlab::ui::MainWindow", "&High Contrast")};
    for (qsizetype i = 0; i < names.size() && i < qsizetype(std::size(titles)); ++i) {
        QAction *action = windowText.setText(theme->addAction(QString()), titles[i]);
        action->setCheckable(true);
        action->setData(names[i]);
        action->setObjectName(QStringLiteral("theme-") + names[i]);
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_presenter->forgetThemeBefore(); // an explicit choice wins over presenter mode's
        Theme::apply(action->data().toString());
        m_settings.setTheme(action->data().toString());
    });
}

void AppearanceMenu::restore()
{
    setTextScale(m_settings.textScale());
    const QString theme = m_settings.theme();
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme);
    if (theme != QLatin1String("system"))
        Theme::apply(theme);
}

void AppearanceMenu::retranslateUi()
{
    if (!m_languageGroup)
        return;
    const QString current = LanguageManager::instance()->language();
    for (QAction *action : m_languageGroup->actions()) {
        if (action->data().toString().isEmpty())
            action->setText(QCoreApplication::translate("cnnlab::ui::MainWindow", "&System Language"));
        action->setChecked(action->data().toString() == current);
    }
}

void AppearanceMenu::setTextScale(double scale)
{
    // The desktop's font as the application started, scaled.
    static const QFont base = QApplication::font();
    m_textScale = std::clamp(scale, 0.7, 2.5);
    QFont font = base;
    font.setPointSizeF(
        base.pointSizeF() * m_textScale * (m_presenter->isActive() ? PresenterMode::textFactor : 1.0));
    QApplication::setFont(font);
}

} // namespace cnnlab::ui
