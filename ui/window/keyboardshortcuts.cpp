#include "keyboardshortcuts.h"

#include "common/translatedtext.h"
#include "workbench/controlspanel.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

#include <functional>

namespace cnnlab::ui {

KeyboardShortcuts::KeyboardShortcuts(QWidget *window, ControlsPanel *controls)
    : QObject(window)
    , m_window(window)
    , m_controls(controls)
{
    setObjectName(QStringLiteral("keyboardShortcuts"));
    const TranslatedText text(staticMetaObject.className());
    const struct {
        const char *text;
        QKeySequence key;
        std::function<void()> step;
    } steps[] = {
        {QT_TR_NOOP("&Increase Learning Rate"), QKeySequence(Qt::CTRL | Qt::Key_Up),
            [this] { m_controls->stepLearningRate(1); }},
        {QT_TR_NOOP("&Decrease Learning Rate"), QKeySequence(Qt::CTRL | Qt::Key_Down),
            [this] { m_controls->stepLearningRate(-1); }},
        {QT_TR_NOOP("Lar&ger Batch"), QKeySequence(Qt::CTRL | Qt::Key_Right),
            [this] { m_controls->stepBatchSize(1); }},
        {QT_TR_NOOP("S&maller Batch"), QKeySequence(Qt::CTRL | Qt::Key_Left),
            [this] { m_controls->stepBatchSize(-1); }},
        {QT_TR_NOOP("Toggle Dr&opout"), QKeySequence(Qt::CTRL | Qt::Key_D),
            [this] { m_controls->toggleDropout(); }},
    };
    for (const auto &step : steps) {
        auto *action = text.setText(new QAction(m_window), step.text);
        action->setShortcut(step.key);
        connect(action, &QAction::triggered, this, step.step);
        m_steps.append(action);
    }
    m_showAction = text.setText(new QAction(m_window), QT_TR_NOOP("&Keyboard Shortcuts"));
    m_showAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_showAction->setShortcut(QKeySequence::HelpContents);
    connect(m_showAction, &QAction::triggered, this, &KeyboardShortcuts::show);
}

void KeyboardShortcuts::addTo(QMenu *runMenu, QMenu *helpMenu)
{
    runMenu->addSeparator();
    for (QAction *step : std::as_const(m_steps))
        runMenu->addAction(step);
    helpMenu->insertAction(helpMenu->actions().value(0), m_showAction);
}

void KeyboardShortcuts::setStepsEnabled(bool enabled)
{
    for (QAction *step : std::as_const(m_steps))
        step->setEnabled(enabled);
}

QString KeyboardShortcuts::text() const
{
    QList<QPair<QString, QString>> rows = {
        {QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText),
            tr("Start; while running: pause or resume")},
        {QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
            tr("Stop the run or replay; in presenter mode with nothing running: leave presenter mode")},
    };
    QStringList seen;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (m_stateDependent.contains(action) || action->shortcut().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        const QString key = keys.join(tr(" or "));
        if (seen.contains(key))
            continue;
        seen.append(key);
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("…"));
        rows.append({key, text});
    }
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto &[key, text] : std::as_const(rows))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), text.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void KeyboardShortcuts::show()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), text(), QMessageBox::Close, m_window);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace cnnlab::ui
