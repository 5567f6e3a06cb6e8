#include "translatedtext.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QVariant>

namespace cnnlab::ui {

namespace {

// Each remembered text is stored as "context\nsource": the context a class
// name, the source an English text without a line break of its own at the start.
QString translatedProperty(const QObject *object, const char *key, bool *found)
{
    const QVariant value = object->property(key);
    *found = value.isValid();
    if (!*found)
        return {};
    const QByteArray stored = value.toByteArray();
    const qsizetype split = stored.indexOf('\n');
    return QCoreApplication::translate(stored.left(split).constData(), stored.mid(split + 1).constData());
}

} // namespace

void TranslatedText::remember(QObject *object, const char *key, const char *source) const
{
    QByteArray stored = m_context;
    stored.append('\n').append(source);
    object->setProperty(key, stored);
    retranslate(object);
}

void TranslatedText::setAccessibleName(QWidget *widget, const char *source) const
{
    remember(widget, accessibleNameKey, source);
}

void TranslatedText::setAccessibleDescription(QWidget *widget, const char *source) const
{
    remember(widget, accessibleDescriptionKey, source);
}

void TranslatedText::retranslate(QObject *object)
{
    bool found = false;
    const QString text = translatedProperty(object, textKey, &found);
    if (found) {
        if (auto *action = qobject_cast<QAction *>(object))
            action->setText(text);
        else if (auto *menu = qobject_cast<QMenu *>(object))
            menu->setTitle(text);
        else if (auto *label = qobject_cast<QLabel *>(object))
            label->setText(text);
        else if (auto *widget = qobject_cast<QWidget *>(object))
            widget->setWindowTitle(text);
    }
    const QString tip = translatedProperty(object, toolTipKey, &found);
    if (found) {
        if (auto *action = qobject_cast<QAction *>(object))
            action->setToolTip(tip);
        else if (auto *widget = qobject_cast<QWidget *>(object))
            widget->setToolTip(tip);
    }
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return;
    if (const QString name = translatedProperty(object, accessibleNameKey, &found); found)
        widget->setAccessibleName(name);
    if (const QString description = translatedProperty(object, accessibleDescriptionKey, &found); found)
        widget->setAccessibleDescription(description);
}

void TranslatedText::retranslateAll(QObject *root)
{
    retranslate(root);
    for (QObject *object : root->findChildren<QObject *>())
        retranslate(object);
}

} // namespace cnnlab::ui
