#include "languagemanager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

namespace cnnlab::ui {

namespace {

constexpr auto settingsKey = "ui/language";

// The languages with a complete translation (translations/CMakeLists.txt).
const QStringList &translatedCodes()
{
    static const QStringList codes = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")};
    return codes;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager *LanguageManager::instance()
{
    // Parented to the application so it goes away with it.
    static LanguageManager *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    QList<Language> list;
    list.append({QString(), QString()}); // "System": worded by the menu
    list.append({QStringLiteral("en"), QStringLiteral("English")});
    for (const QString &code : translatedCodes()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == QLatin1String("zh_CN"))
            name = QStringLiteral("简体中文");
        else if (!name.isEmpty())
            name[0] = name[0].toUpper();
        list.append({code, name});
    }
    return list;
}

QStringList LanguageManager::searchPath()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../share/cnnlab/translations")),
        QStringLiteral(":/i18n")};
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

// The translation to show for a code: itself, or for "" the system's UI
// language when cnnlab has it (zh_TW falls back to English, not zh_CN).
QString LanguageManager::resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString normalized = QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const QString &candidate : translatedCodes())
            if (normalized == candidate || normalized.section(QLatin1Char('_'), 0, 0) == candidate)
                return candidate;
        if (normalized.startsWith(QLatin1String("zh_Hans")) || normalized == QLatin1String("zh"))
            return QStringLiteral("zh_CN");
        if (normalized.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code, bool persist)
{
    if (!code.isEmpty() && code != QLatin1String("en") && !translatedCodes().contains(code))
        return false;
    const QString effective = resolve(code);

    auto *appTranslator = new QTranslator(this);
    auto *qtTranslator = new QTranslator(this);
    if (effective == QLatin1String("en")) {
        // English needs only its plural forms ("1 run", "2 runs").
        bool loaded = false;
        for (const QString &dir : searchPath())
            if ((loaded = appTranslator->load(QStringLiteral("cnnlab_en"), dir)))
                break;
        if (!loaded) {
            delete appTranslator;
            appTranslator = nullptr;
        }
        delete qtTranslator;
        qtTranslator = nullptr;
    } else {
        bool loaded = false;
        for (const QString &dir : searchPath()) {
            if (appTranslator->load(QStringLiteral("cnnlab_") + effective, dir)) {
                loaded = true;
                break;
            }
        }
        if (!loaded) {
            delete appTranslator;
            delete qtTranslator;
            return false;
        }
        // Qt's own strings (standard buttons, file dialogs); optional.
        if (!qtTranslator->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qtTranslator;
            qtTranslator = nullptr;
        }
    }

    for (QTranslator *old : {m_appTranslator, m_qtTranslator}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            old->deleteLater();
        }
    }
    m_appTranslator = appTranslator;
    m_qtTranslator = qtTranslator;
    // Numbers and dates follow the chosen language; "System" keeps the system's.
    // Set before the translators go in, so every retranslation sees it; and
    // given to the open windows, whose widgets (spin boxes) keep the locale
    // they were created with otherwise.
    QLocale::setDefault(code.isEmpty()         ? QLocale::system()
            : effective == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : QLocale(effective));
    for (QWidget *window : QApplication::topLevelWidgets())
        window->setLocale(QLocale());
    // Installing (or removing) sends every widget QEvent::LanguageChange.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator);
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator);

    m_language = code;
    const bool changed = m_effective != effective;
    m_effective = effective;
    if (persist)
        QSettings().setValue(QLatin1String(settingsKey), code);
    if (changed)
        Q_EMIT languageChanged(m_effective);
    return true;
}

} // namespace cnnlab::ui
