#pragma once

#include <QByteArray>

class QObject;
class QWidget;

namespace cnnlab::ui {

// Persistent texts of objects built once (actions, menus, tool bars, labels,
// tool tips, accessible names) remember their English source and the class
// that translates it, so retranslate() can word them again after a language
// switch. The sources are marked with QT_TR_NOOP in that class, and the
// context is that class's name as lupdate sees it:
//     const TranslatedText text(staticMetaObject.className());
//     text.setText(new QAction(this), QT_TR_NOOP("&Start"));
// Texts worded from state (Pause/Resume, figures) are not for this: their
// owner words them in its own retranslateUi().
class TranslatedText
{
public:
    explicit TranslatedText(const char *context)
        : m_context(context)
    { }

    // Action text, menu title, label text, or a widget's window title (tool bars, docks).
    template<typename T>
    T *setText(T *object, const char *source) const
    {
        remember(object, textKey, source);
        return object;
    }
    void setToolTip(QObject *object, const char *source) const { remember(object, toolTipKey, source); }
    void setAccessibleName(QWidget *widget, const char *source) const;
    void setAccessibleDescription(QWidget *widget, const char *source) const;

    // Words again what `object` remembers, in the current language.
    static void retranslate(QObject *object);
    // `root` and every object below it.
    static void retranslateAll(QObject *root);

private:
    static constexpr const char *textKey = "cnnlabTrText";
    static constexpr const char *toolTipKey = "cnnlabTrTip";
    static constexpr const char *accessibleNameKey = "cnnlabTrAccessibleName";
    static constexpr const char *accessibleDescriptionKey = "cnnlabTrAccessibleDescription";

    void remember(QObject *object, const char *key, const char *source) const;

    QByteArray m_context;
};

} // namespace cnnlab::ui
