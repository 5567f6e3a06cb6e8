// Presenter mode: F11 toggles full screen, 1.6x text, thick chart lines and
// (by default) hides the advanced controls; Esc leaves it only when nothing
// runs; its options persist; the keyboard-shortcut list documents it.

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/theme.h"
#include "window/mainwindow.h"
#include "workbench/controlspanel.h"
#include "workbench/predictionsgrid.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using cnnlab::ui::ChartsPanel;
using cnnlab::ui::MainWindow;

class TestPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
    }

    void cleanup()
    {
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
        cnnlab::ui::Theme::apply(QStringLiteral("system"));
    }

    void f11TogglesFullScreenFontsLinesAndControls()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const double baseFont = QApplication::font().pointSizeF();
        auto *chart = window.chartsPanel()->accuracyChart();
        const double baseLine = chart->lineWidth(ChartsPanel::Training);
        const double baseMarker = chart->markerSize(ChartsPanel::Validation);
        QVERIFY(baseLine > 0);
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->isVisible());
        auto *runsDock = window.findChild<QDockWidget *>(QStringLiteral("runsDock"));
        auto *coachDock = window.findChild<QDockWidget *>(QStringLiteral("coachDock"));
        QVERIFY(runsDock && coachDock);
        runsDock->show();
        coachDock->hide();

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isPresenterMode());
        // The charts get the room: docks step aside...
        QVERIFY(!runsDock->isVisible());
        QVERIFY(!coachDock->isVisible());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QCOMPARE(QApplication::font().pointSizeF(), baseFont * MainWindow::presenterTextFactor);
        QCOMPARE(chart->lineWidth(ChartsPanel::Training), baseLine * MainWindow::presenterLineScale);
        QVERIFY(chart->markerSize(ChartsPanel::Validation) > baseMarker);
        QCOMPARE(window.chartsPanel()->lossChart()->lineWidth(ChartsPanel::Training),
            baseLine * MainWindow::presenterLineScale);

        // The lesson's controls stay; the advanced ones hide.
        for (const char *name :
            {"learningRateSlider", "batchSlider", "batchSpin", "epochsSpin", "dropoutCheck"})
            QVERIFY2(window.findChild<QWidget *>(QLatin1String(name))->isVisible(), name);
        for (const char *name :
            {"seedEdit", "deviceCombo", "validationCombo", "subsetCombo", "optimizerCombo", "costSpin"})
            QVERIFY2(!window.findChild<QWidget *>(QLatin1String(name))->isVisible(), name);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("startAction"))->isEnabled());

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!window.isPresenterMode());
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QCOMPARE(QApplication::font().pointSizeF(), baseFont);
        QCOMPARE(chart->lineWidth(ChartsPanel::Training), baseLine);
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("costSpin"))->isVisible());
        // ...and come back as they were.
        QVERIFY(runsDock->isVisible());
        QVERIFY(!coachDock->isVisible());
    }

    void escapeLeavesWhenNothingRuns()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPresenterMode(true);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("leavePresenterAction"))->isEnabled());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("stopAction"))->shortcut().isEmpty());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenterMode());
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        // Outside presenter mode Esc is Stop's again.
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("stopAction"))->shortcut(),
            QKeySequence(Qt::Key_Escape));
    }

    void escapeStopsAnActiveReplayInsteadOfLeaving()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPresenterMode(true);
        window.setReplaySpeed(1);
        QVERIFY(window.startReplay(QStringLiteral(CNNLAB_SOURCE_DIR "/tests/fixtures/run-small.json")));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("leavePresenterAction"))->isEnabled());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isReplaying());
        QVERIFY(window.isPresenterMode()); // the first Esc stopped, it did not leave
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isPresenterMode());
    }

    void optionsPersistAndApply()
    {
        {
            MainWindow window;
            window.setPresenterHidesAdvanced(false);
            window.setPresenterHighContrast(true);
            window.setColorBlindSafe(true);
            window.setPresenterMode(true);
            QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->isVisibleTo(&window));
            QCOMPARE(cnnlab::ui::Theme::current(), QStringLiteral("high-contrast"));
            QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
            QVERIFY(window.chartsPanel()->isColorBlindSafe());
            QVERIFY(window.predictionsGrid()->isColorBlindSafe());
            window.setPresenterMode(false);
            QCOMPARE(cnnlab::ui::Theme::current(), QStringLiteral("system"));
        }
        MainWindow again;
        QVERIFY(!again.isPresenterMode()); // the mode itself always starts off
        QVERIFY(again.findChild<QAction *>(QStringLiteral("presenterHighContrastAction"))->isChecked());
        QVERIFY(!again.findChild<QAction *>(QStringLiteral("presenterHideAdvancedAction"))->isChecked());
        QVERIFY(again.findChild<QAction *>(QStringLiteral("colorBlindAction"))->isChecked());
        QVERIFY(again.chartsPanel()->isColorBlindSafe());
        // Okabe–Ito blue for training on a light palette, sky blue on dark.
        const QColor training = again.chartsPanel()->accuracyChart()->seriesColor(ChartsPanel::Training);
        QVERIFY(training == QColor(0x00, 0x72, 0xb2) || training == QColor(0x56, 0xb4, 0xe9));
    }

    void sliderShortcutsStepTheControls()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const double lr = window.currentConfig().learningRate;
        const int batch = window.currentConfig().batchSize;
        const bool dropout = window.currentConfig().dropoutEnabled;
        QTest::keyClick(&window, Qt::Key_Up, Qt::ControlModifier);
        QVERIFY(window.currentConfig().learningRate > lr);
        QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(window.currentConfig().learningRate < lr);
        QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(window.currentConfig().batchSize, batch * 2);
        QTest::keyClick(&window, Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(window.currentConfig().batchSize, batch / 2);
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.currentConfig().dropoutEnabled, !dropout);
    }

    void shortcutListDocumentsTheKeys()
    {
        MainWindow window;
        const QString text = window.keyboardShortcutsText();
        for (const QString &key :
            {QStringLiteral("F11"), QStringLiteral("Space"), QStringLiteral("Esc"), QStringLiteral("Ctrl+Up"),
                QStringLiteral("Ctrl+Left"), QStringLiteral("Ctrl+R"), QStringLiteral("Ctrl+Shift+O")})
            QVERIFY2(text.contains(key), qPrintable(key));
        QVERIFY(text.contains(QStringLiteral("presenter mode")));
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
