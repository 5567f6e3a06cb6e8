// Every interactive widget of the main window, its docks and its dialogs has
// an accessible name (or a buddy label), so a screen reader can say what it
// is; the controls' tab order runs top to bottom. The walk is generic: docks
// and dialogs added later are covered without changing this file.

#include "window/mainwindow.h"
#include "workbench/controlspanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using cnnlab::ui::MainWindow;

namespace {

// Parts of Qt's composite widgets (a spin box's line edit, a combo box's
// popup list, a scroll area's bars, the tool bar's extension button) are
// named by their owner, not by us.
bool isQtInternal(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
        if (p->objectName().startsWith(QLatin1String("qt_scrollarea_hcontainer"))
            || p->objectName().startsWith(QLatin1String("qt_scrollarea_vcontainer")))
            return true;
    }
    // A scroll area's viewport takes focus for its view.
    if (auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        area && area->viewport() == widget)
        return true;
    // A table's or tree's headers and corner button: the view (which must have
    // a name) exposes them as its own column headers.
    if (qobject_cast<const QAbstractItemView *>(widget->parentWidget())
        && (qobject_cast<const QHeaderView *>(widget)
            || qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0))
        return true;
    // Tabs of tabified docks: QMainWindow's own tab bar, named by the dock titles.
    if (qobject_cast<const QTabBar *>(widget) && qobject_cast<const QMainWindow *>(widget->parentWidget()))
        return true;
    return false;
}

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QGraphicsView *>(w) || qobject_cast<const QTabBar *>(w)
        || (w->focusPolicy() & Qt::TabFocus);
}

QString describe(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        QString part = QString::fromLatin1(p->metaObject()->className());
        if (!p->objectName().isEmpty())
            part += QLatin1Char('#') + p->objectName();
        parts.prepend(part);
    }
    return parts.join(QStringLiteral(" > "));
}

// The widgets a screen reader could not name.
QStringList unnamed(const QWidget *root)
{
    QHash<const QWidget *, bool> buddied;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->buddy() && !label->text().isEmpty())
            buddied.insert(label->buddy(), true);
    QStringList offenders;
    QList<const QWidget *> widgets = {root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : std::as_const(widgets)) {
        if (!isInteractive(w) || isQtInternal(w))
            continue;
        if (!w->accessibleName().trimmed().isEmpty() || buddied.contains(w))
            continue;
        // A label that takes focus (selectable text) is read by its text.
        if (auto *label = qobject_cast<const QLabel *>(w); label && !label->text().isEmpty())
            continue;
        offenders.append(describe(w));
    }
    return offenders;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
    }

    void everyInteractiveWidgetHasAName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The docks and dialogs reachable from the window: children of it, or
        // top-level windows (dialogs created with it as parent are found by
        // findChildren; parentless ones among the top-level widgets).
        QList<const QWidget *> roots = {&window};
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top != &window && qobject_cast<QDialog *>(top))
                roots.append(top);
        QStringList offenders;
        for (const QWidget *root : std::as_const(roots))
            offenders += unnamed(root);
        QVERIFY2(offenders.isEmpty(),
            qPrintable(QStringLiteral("no accessible name or buddy label:\n  ")
                + offenders.join(QStringLiteral("\n  "))));
    }

    void theWalkCatchesAnUnnamedWidget()
    {
        // The check itself must be able to fail.
        QWidget root;
        auto *button = new QAbstractSpinBox(&root);
        QCOMPARE(unnamed(&root).size(), 1);
        button->setAccessibleName(QStringLiteral("Named"));
        QVERIFY(unnamed(&root).isEmpty());
        auto *edit = new QLineEdit(&root);
        QCOMPARE(unnamed(&root).size(), 1);
        auto *label = new QLabel(QStringLiteral("&Name:"), &root);
        label->setBuddy(edit);
        QVERIFY(unnamed(&root).isEmpty());
    }

    void controlsTabOrderRunsTopToBottom()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        cnnlab::ui::ControlsPanel *panel = window.controlsPanel();
        auto *first = panel->findChild<QWidget *>(QStringLiteral("dropoutCheck"));
        QVERIFY(first);
        QList<QWidget *> chain;
        QWidget *w = first;
        do {
            if (panel->isAncestorOf(w) && w->isVisible() && (w->focusPolicy() & Qt::TabFocus)
                && !isQtInternal(w))
                chain.append(w);
            w = w->nextInFocusChain();
        } while (w && w != first && chain.size() < 100);
        QVERIFY(chain.size() >= 10);
        for (qsizetype i = 1; i < chain.size(); ++i) {
            const QPoint a = chain[i - 1]->mapTo(panel, QPoint(0, 0));
            const QPoint b = chain[i]->mapTo(panel, QPoint(0, 0));
            // Down the panel; on one row, left to right.
            QVERIFY2(b.y() > a.y() + 2 || (qAbs(b.y() - a.y()) <= chain[i]->height() && b.x() > a.x()),
                qPrintable(QStringLiteral("%1 comes before %2 in the tab order")
                               .arg(describe(chain[i - 1]), describe(chain[i]))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
