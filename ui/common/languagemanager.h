#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace cnnlab::ui {

// Which language the interface speaks. Installs cnnlab's translation and Qt's
// own (standard dialogs, context menus) for the chosen language; Qt then sends
// every widget a QEvent::LanguageChange and each retranslates itself, so the
// language switches at run time without restarting or losing a run.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language {
        QString code; // "" = follow the system, "en", "de", "es", "zh_CN"
        QString nativeName; // in its own language ("Deutsch"), never translated
    };

    static LanguageManager *instance();

    // Follow the system first, then English, then every complete translation.
    [[nodiscard]] static QList<Language> languages();

    // The chosen code ("" = system) and the language actually shown.
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString effectiveLanguage() const { return m_effective; }

    // Switches the interface; false (and no change) for an unknown code or a
    // translation that cannot be loaded. Remembered in QSettings when `persist`.
    bool setLanguage(const QString &code, bool persist = true);
    // The language saved by an earlier setLanguage (or "" = system).
    [[nodiscard]] static QString savedLanguage();

    // Where a translation file is looked for, in order: next to an installed
    // program (../share/cnnlab/translations), then the copy compiled in (:/i18n).
    [[nodiscard]] static QStringList searchPath();

Q_SIGNALS:
    void languageChanged(const QString &effectiveLanguage);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    [[nodiscard]] static QString resolve(const QString &code);

    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_language;
    QString m_effective = QStringLiteral("en");
};

} // namespace cnnlab::ui
