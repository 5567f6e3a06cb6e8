// The controls panel: every slider and toggle changes the config that Start
// hands to the engine, and the "updates per epoch" figure is right.

#include "common/messagebanner.h"
#include "window/mainwindow.h"
#include "workbench/controlscales.h"
#include "workbench/controlspanel.h"
#include "workbench/schedulecurve.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using cnnlab::core::TrainingConfig;
using cnnlab::ui::ControlsPanel;
namespace scales = cnnlab::ui::scales;

class TestControlsPanel : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(ControlsPanel &panel, const char *name)
    {
        T *widget = panel.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear(); // a known start
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void defaultsAreTheLabDefaults()
    {
        ControlsPanel panel;
        TrainingConfig expected;
        QVERIFY(cnnlab::core::presetConfig("lab-defaults", expected));
        const TrainingConfig c = panel.config();
        QCOMPARE(c.learningRate, expected.learningRate);
        QCOMPARE(c.batchSize, expected.batchSize);
        QCOMPARE(c.epochs, expected.epochs);
        QCOMPARE(c.dropoutEnabled, expected.dropoutEnabled);
        QCOMPARE(c.convDropout, expected.convDropout);
        QCOMPARE(c.denseDropout, expected.denseDropout);
        QCOMPARE(c.seed, expected.seed);
        QCOMPARE(c.trainLimit, 0);
        QVERIFY(!cnnlab::core::validate(c));
    }

    void dropoutToggleAndRates()
    {
        ControlsPanel panel;
        panel.show();
        QSignalSpy edited(&panel, &ControlsPanel::dropoutEdited);
        auto *toggle = child<QCheckBox>(panel, "dropoutCheck");
        QVERIFY(toggle->isChecked());
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QCOMPARE(panel.config().dropoutEnabled, false);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).toBool(), false);
        QVERIFY(!child<QDoubleSpinBox>(panel, "convDropoutSpin")->isEnabled());

        toggle->setChecked(true);
        auto *conv = child<QDoubleSpinBox>(panel, "convDropoutSpin");
        auto *dense = child<QDoubleSpinBox>(panel, "denseDropoutSpin");
        QCOMPARE(conv->maximum(), 0.9);
        conv->setValue(0.4);
        dense->setValue(0.7);
        QCOMPARE(panel.config().convDropout, 0.4);
        QCOMPARE(panel.config().denseDropout, 0.7);
        QCOMPARE(edited.last().at(2).toDouble(), 0.7);
        conv->setValue(2.0); // clamped to the lab's range
        QCOMPARE(panel.config().convDropout, 0.9);
    }

    void learningRateSliderIsLogarithmic()
    {
        ControlsPanel panel;
        QSignalSpy edited(&panel, &ControlsPanel::learningRateEdited);
        auto *slider = child<QSlider>(panel, "learningRateSlider");
        auto *label = child<QLabel>(panel, "learningRateLabel");
        QCOMPARE(scales::learningRateAt(slider->minimum()), 1e-5);
        QCOMPARE(scales::learningRateAt(slider->maximum()), 0.1);
        QCOMPARE(label->text(), QStringLiteral("0.001"));

        slider->setValue(scales::nearestLearningRateIndex(0.01));
        QCOMPARE(panel.config().learningRate, 0.01);
        QCOMPARE(label->text(), QStringLiteral("0.01"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).toDouble(), 0.01);

        // One keyboard step is one stop on the ladder, in plain notation.
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(panel.config().learningRate, 0.007);
        QCOMPARE(label->text(), QStringLiteral("0.007"));
        slider->setValue(slider->minimum());
        QCOMPARE(label->text(), QStringLiteral("0.00001"));

        // A value off the ladder (from a loaded config) is kept exactly.
        TrainingConfig c = panel.config();
        c.learningRate = 0.00042;
        panel.setConfig(c);
        QCOMPARE(panel.config().learningRate, 0.00042);
        QCOMPARE(label->text(), QStringLiteral("0.00042"));
    }

    void batchSliderAndSpinBox()
    {
        ControlsPanel panel;
        QSignalSpy edited(&panel, &ControlsPanel::batchSizeEdited);
        auto *slider = child<QSlider>(panel, "batchSlider");
        auto *spin = child<QSpinBox>(panel, "batchSpin");
        auto *updates = child<QLabel>(panel, "updatesLabel");
        QCOMPARE(scales::batchSizeAt(slider->minimum()), 8);
        QCOMPARE(scales::batchSizeAt(slider->maximum()), 4096);
        QVERIFY(updates->text().contains(QStringLiteral("1,875")));

        slider->setValue(10); // 1024
        QCOMPARE(panel.config().batchSize, 1024);
        QCOMPARE(spin->value(), 1024);
        QCOMPARE(edited.last().at(0).toInt(), 1024);
        QVERIFY(updates->text().contains(QStringLiteral("<b>58</b>")));

        spin->setValue(1000); // any value, not only powers of two
        QCOMPARE(panel.config().batchSize, 1000);
        QCOMPARE(slider->value(), 10); // nearest power of two
        QVERIFY2(updates->text().contains(QStringLiteral("<b>60</b>")), qPrintable(updates->text()));

        // The figure follows the training subset too: 32 vs 1000 made visible.
        auto *subset = child<QComboBox>(panel, "subsetCombo");
        subset->setCurrentIndex(subset->findData(5000));
        QCOMPARE(panel.config().trainLimit, 5000);
        QVERIFY(updates->text().contains(QStringLiteral("<b>5</b>")));
    }

    // Issue 15.10: a typed batch size of 0 was put back to 32 without a word.
    void rejectedBatchSizeIsExplained()
    {
        ControlsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *spin = child<QSpinBox>(panel, "batchSpin");
        auto *hint = child<QLabel>(panel, "batchHint");
        QVERIFY(!hint->isVisible());
        spin->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(spin->hasFocus());
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("0"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(panel.config().batchSize, 32); // kept...
        QVERIFY(hint->isVisible()); // ...and said why
        QVERIFY2(hint->text().contains(QStringLiteral("Batch size 0 is not possible"))
                && hint->text().contains(QStringLiteral("60,000"))
                && hint->text().contains(QStringLiteral("Kept 32")),
            qPrintable(hint->text()));
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("64"));
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(panel.config().batchSize, 64);
        QVERIFY(!hint->isVisible());
    }

    // Issue 15.10: batch 20,000 on 10,000 images was accepted without a word
    // and trained one long step per epoch with nothing moving.
    void batchLargerThanTheTrainingSetIsExplained()
    {
        ControlsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *hint = child<QLabel>(panel, "batchOversizeHint");
        QVERIFY(!hint->isVisible());
        auto *subset = child<QComboBox>(panel, "subsetCombo");
        subset->setCurrentIndex(subset->findData(10000));
        child<QSpinBox>(panel, "batchSpin")->setValue(20000);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("20,000"))
                && hint->text().contains(QStringLiteral("10,000")),
            qPrintable(hint->text()));
        QVERIFY(child<QLabel>(panel, "updatesLabel")->text().contains(QStringLiteral("<b>1</b>")));
        child<QSpinBox>(panel, "batchSpin")->setValue(1000);
        QVERIFY(!hint->isVisible());
        child<QSpinBox>(panel, "batchSpin")->setValue(20000);
        QVERIFY(hint->isVisible());
        subset->setCurrentIndex(0); // all 60,000 (50,000 with a hold-out): the batch fits again
        QVERIFY(!hint->isVisible());
    }

    void updatesPerEpochArithmetic()
    {
        QCOMPARE(scales::updatesPerEpoch(60000, 32), 1875);
        QCOMPARE(scales::updatesPerEpoch(60000, 1000), 60);
        QCOMPARE(scales::updatesPerEpoch(1000, 64), 15); // the partial batch is dropped
        QCOMPARE(scales::imagesSkippedPerEpoch(1000, 64), 40);
        QCOMPARE(scales::updatesPerEpoch(1000, 4096), 1);
        TrainingConfig c;
        c.validation = cnnlab::core::ValidationSource::Holdout;
        QCOMPARE(scales::trainingSetSize(c), 50000);
        c.trainLimit = 1000;
        QCOMPARE(scales::trainingSetSize(c), 1000);
    }

    void otherControls()
    {
        ControlsPanel panel;
        child<QSpinBox>(panel, "epochsSpin")->setValue(3);
        QCOMPARE(panel.config().epochs, 3);
        auto *optimizer = child<QComboBox>(panel, "optimizerCombo");
        optimizer->setCurrentIndex(optimizer->findData(int(cnnlab::core::OptimizerKind::Sgd)));
        QCOMPARE(panel.config().optimizer, cnnlab::core::OptimizerKind::Sgd);
        auto *seed = child<QLineEdit>(panel, "seedEdit");
        seed->clear();
        QTest::keyClicks(seed, QStringLiteral("12345678901234"));
        QCOMPARE(panel.config().seed, std::uint64_t(12345678901234ULL));
        auto *dataset = child<QComboBox>(panel, "datasetCombo");
        dataset->setCurrentIndex(dataset->findData(int(cnnlab::core::DatasetKind::FashionMnist)));
        QCOMPARE(panel.config().dataset, cnnlab::core::DatasetKind::FashionMnist);
        auto *validation = child<QComboBox>(panel, "validationCombo");
        validation->setCurrentIndex(validation->findData(int(cnnlab::core::ValidationSource::Holdout)));
        QCOMPARE(panel.config().validation, cnnlab::core::ValidationSource::Holdout);
        auto *device = child<QComboBox>(panel, "deviceCombo");
        QVERIFY(device->count() >= 2); // automatic + the CPU at least
        QCOMPARE(device->itemData(0).toString(), QStringLiteral("auto"));
        const int cpu = device->findData(QStringLiteral("cpu"));
        QVERIFY(cpu > 0);
        QVERIFY(!device->itemText(cpu).isEmpty());
        device->setCurrentIndex(cpu);
        QCOMPARE(panel.config().device, std::string("cpu"));

        // Lab defaults restores the lab's configuration, keeping the device.
        QTest::mouseClick(child<QPushButton>(panel, "labDefaultsButton"), Qt::LeftButton);
        const TrainingConfig c = panel.config();
        QCOMPARE(c.epochs, 10);
        QCOMPARE(c.optimizer, cnnlab::core::OptimizerKind::Adam);
        QCOMPARE(c.seed, std::uint64_t(42));
        QCOMPARE(c.dataset, cnnlab::core::DatasetKind::Mnist);
        QCOMPARE(c.validation, cnnlab::core::ValidationSource::TestSet);
        QCOMPARE(c.device, std::string("cpu"));
    }

    void setConfigRoundTripsWithoutEditSignals()
    {
        ControlsPanel panel;
        QSignalSpy lr(&panel, &ControlsPanel::learningRateEdited);
        QSignalSpy batch(&panel, &ControlsPanel::batchSizeEdited);
        QSignalSpy dropout(&panel, &ControlsPanel::dropoutEdited);
        TrainingConfig c;
        c.learningRate = 0.003;
        c.batchSize = 777;
        c.epochs = 4;
        c.seed = 7;
        c.dropoutEnabled = false;
        c.trainLimit = 1234; // not in the list: added, not replaced
        c.threads = 1; // no control: passes through
        panel.setConfig(c);
        const TrainingConfig back = panel.config();
        QCOMPARE(back.learningRate, 0.003);
        QCOMPARE(back.batchSize, 777);
        QCOMPARE(back.epochs, 4);
        QCOMPARE(back.seed, std::uint64_t(7));
        QCOMPARE(back.dropoutEnabled, false);
        QCOMPARE(back.trainLimit, 1234);
        QCOMPARE(back.threads, 1);
        QCOMPARE(lr.count() + batch.count() + dropout.count(), 0);
    }

    // Issue 15.9: scrolling the panel with the wheel changed whatever combo
    // box passed under the pointer (Validation -> Held out). A field takes the
    // wheel only when it has the focus; otherwise the panel scrolls.
    void wheelScrollsThePanelNotTheFieldUnderThePointer()
    {
        QScrollArea area;
        auto *panel = new ControlsPanel;
        area.setWidget(panel);
        area.setWidgetResizable(true);
        auto *validation = child<QComboBox>(*panel, "validationCombo");
        panel->adjustSize();
        const int bottom = validation->mapTo(panel, QPoint(0, validation->height())).y();
        area.resize(400, bottom + 20);
        QVERIFY(panel->sizeHint().height() > bottom + 100); // the panel continues below
        area.show();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        QScrollBar *bar = area.verticalScrollBar();

        auto wheel = [](QWidget *field) {
            const QPointF at = QPointF(field->rect().center());
            QWheelEvent event(at, QPointF(field->mapToGlobal(at.toPoint())), QPoint(), QPoint(0, -120),
                Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(field, &event);
        };
        const TrainingConfig before = panel->config();
        const QList<QWidget *> fields
            = {validation, child<QComboBox>(*panel, "optimizerCombo"), child<QSpinBox>(*panel, "epochsSpin"),
                child<QSpinBox>(*panel, "batchSpin"), child<QSlider>(*panel, "learningRateSlider"),
                child<QSlider>(*panel, "batchSlider"), child<QDoubleSpinBox>(*panel, "convDropoutSpin")};
        for (QWidget *field : fields) {
            bar->setValue(0);
            area.ensureWidgetVisible(field);
            const int scrolled = bar->value();
            QVERIFY(scrolled < bar->maximum());
            wheel(field);
            QVERIFY2(bar->value() > scrolled, qPrintable(field->objectName())); // the panel scrolled
        }
        const TrainingConfig after = panel->config();
        QCOMPARE(after.validation, before.validation);
        QCOMPARE(after.optimizer, before.optimizer);
        QCOMPARE(after.epochs, before.epochs);
        QCOMPARE(after.batchSize, before.batchSize);
        QCOMPARE(after.learningRate, before.learningRate);
        QCOMPARE(after.convDropout, before.convDropout);

        // Clicked into (focused), the field takes the wheel.
        bar->setValue(0);
        validation->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(validation->hasFocus());
        wheel(validation);
        QCOMPARE(panel->config().validation, cnnlab::core::ValidationSource::Holdout);
        QCOMPARE(bar->value(), 0);
    }

    void spaceIsStartUnlessAButtonHasTheFocus()
    {
        cnnlab::ui::MainWindow window;
        TrainingConfig c = window.currentConfig();
        c.quickEvaluationSize = 0; // invalid: a triggered Start shows an error instead of training
        window.setConfig(c);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(
            QFile::exists(QStringLiteral(":/cnnlab/cnnlab.svg"))); // resources linked from the static library
        QVERIFY(!window.windowIcon().isNull());
        auto *toggle = window.findChild<QCheckBox *>(QStringLiteral("dropoutCheck"));
        const bool dropout = toggle->isChecked();

        // A click does not leave the focus on the toggle: Space still means Start.
        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(!toggle->hasFocus());
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(toggle->isChecked(), !dropout);
        QVERIFY(
            window.banner()->text().contains(QLatin1String("quick evaluation size"))); // Start was triggered

        // Reached with the keyboard, the toggle keeps its Space.
        window.banner()->dismiss();
        toggle->setFocus(Qt::TabFocusReason);
        QTest::keyClick(toggle, Qt::Key_Space);
        QCOMPARE(toggle->isChecked(), dropout);
        QVERIFY(window.banner()->text().isEmpty());
        QCOMPARE(window.state(), cnnlab::ui::RunState::Idle);
    }

    void runningLocksWhatTheEngineCannotChange()
    {
        ControlsPanel panel;
        panel.setRunning(true);
        QVERIFY(!child<QComboBox>(panel, "datasetCombo")->isEnabled());
        QVERIFY(!child<QSpinBox>(panel, "epochsSpin")->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "labDefaultsButton")->isEnabled());
        QVERIFY(child<QSlider>(panel, "learningRateSlider")->isEnabled());
        QVERIFY(child<QSlider>(panel, "batchSlider")->isEnabled());
        QVERIFY(child<QCheckBox>(panel, "dropoutCheck")->isEnabled());
        panel.setRunning(false);
        QVERIFY(child<QComboBox>(panel, "datasetCombo")->isEnabled());
    }

    // Issue 13: the network's shape is a knob; its size follows every change,
    // it is locked while a run is active, and Lab Defaults restores the lab's
    // network exactly.
    void networkKnobsShowTheModelSize()
    {
        ControlsPanel panel;
        auto *size = child<QLabel>(panel, "modelSizeLabel");
        const QString lab = QLocale().toString(1199882);
        QVERIFY2(size->text().startsWith(lab), qPrintable(size->text()));
        QSignalSpy edited(&panel, &ControlsPanel::configEdited);

        child<QSpinBox>(panel, "convBlocksSpin")->setValue(1);
        auto *batchNorm = child<QCheckBox>(panel, "batchNormCheck");
        batchNorm->setChecked(true);
        QVERIFY(edited.count() >= 2);
        TrainingConfig c = panel.config();
        QCOMPARE(c.convBlocks, 1);
        QVERIFY(c.batchNorm);
        // conv 1->32 (320) + BN (64), pool to 13x13x32 = 5408, dense 128
        // (692,352) + BN (256), output 1,290.
        QCOMPARE(size->text().section(QLatin1Char(' '), 0, 0), QLocale().toString(694282));

        auto *activation = child<QComboBox>(panel, "activationCombo");
        activation->setCurrentIndex(activation->findData(int(cnnlab::core::Activation::Sigmoid)));
        auto *kernel = child<QComboBox>(panel, "kernelCombo");
        kernel->setCurrentIndex(kernel->findData(5));
        c = panel.config();
        QCOMPARE(c.activation, cnnlab::core::Activation::Sigmoid);
        QCOMPARE(c.kernelSize, 5);

        panel.setRunning(true);
        QVERIFY(!child<QSpinBox>(panel, "convBlocksSpin")->isEnabled());
        QVERIFY(!batchNorm->isEnabled());
        panel.setRunning(false);

        panel.restoreLabDefaults();
        const TrainingConfig back = panel.config();
        const TrainingConfig reference;
        QCOMPARE(back.convBlocks, reference.convBlocks);
        QCOMPARE(back.filters, reference.filters);
        QCOMPARE(back.kernelSize, reference.kernelSize);
        QCOMPARE(back.denseUnits, reference.denseUnits);
        QCOMPARE(back.activation, reference.activation);
        QCOMPARE(back.batchNorm, false);
        QVERIFY2(size->text().startsWith(lab), qPrintable(size->text()));
    }

    // Issue 13: optimizer details, schedule and regularization round-trip
    // through the panel; SGD's rows show for SGD only; weight decay says which
    // L2 it is; the schedule's curve follows the choice.
    void lessonKnobsRoundTrip()
    {
        ControlsPanel panel;
        panel.show();
        TrainingConfig c;
        c.optimizer = cnnlab::core::OptimizerKind::Sgd;
        c.momentum = 0.8;
        c.nesterov = true;
        c.schedule = cnnlab::core::LrSchedule::Step;
        c.weightDecay = 0.0005;
        c.l1 = 0.00001;
        c.labelSmoothing = 0.1;
        c.augmentShift = 2;
        c.augmentRotate = 10;
        c.earlyStopPatience = 3;
        panel.setConfig(c);
        const TrainingConfig back = panel.config();
        QCOMPARE(back.optimizer, cnnlab::core::OptimizerKind::Sgd);
        QCOMPARE(back.momentum, 0.8);
        QCOMPARE(back.nesterov, true);
        QCOMPARE(back.schedule, cnnlab::core::LrSchedule::Step);
        QCOMPARE(back.weightDecay, 0.0005);
        QCOMPARE(back.l1, 0.00001);
        QCOMPARE(back.labelSmoothing, 0.1);
        QCOMPARE(back.augmentShift, 2);
        QCOMPARE(back.augmentRotate, 10.0);
        QCOMPARE(back.earlyStopPatience, 3);
        QVERIFY(!cnnlab::core::validate(back));

        auto *momentum = child<QDoubleSpinBox>(panel, "momentumSpin");
        QVERIFY(momentum->isVisible());
        auto *optimizer = child<QComboBox>(panel, "optimizerCombo");
        auto *weightDecay = child<QDoubleSpinBox>(panel, "weightDecaySpin");
        const QString penalty = weightDecay->toolTip();
        optimizer->setCurrentIndex(optimizer->findData(int(cnnlab::core::OptimizerKind::AdamW)));
        QVERIFY(!momentum->isVisible());
        QVERIFY(weightDecay->toolTip() != penalty); // decoupled decay, not a loss term

        auto *curve = panel.findChild<cnnlab::ui::ScheduleCurve *>(QStringLiteral("scheduleCurve"));
        QVERIFY(curve);
        const QList<double> stairs = curve->shape();
        QVERIFY(stairs.first() > stairs.last()); // step decay falls
        auto *schedule = child<QComboBox>(panel, "scheduleCombo");
        schedule->setCurrentIndex(schedule->findData(int(cnnlab::core::LrSchedule::Constant)));
        QVERIFY(curve->shape().first() == curve->shape().last());
        schedule->setCurrentIndex(schedule->findData(int(cnnlab::core::LrSchedule::OneCycle)));
        QVERIFY(curve->shape().first() < 0.5); // warm-up starts low

        panel.setRunning(true);
        QVERIFY(!weightDecay->isEnabled());
        QVERIFY(!schedule->isEnabled());
        panel.setRunning(false);
        panel.restoreLabDefaults();
        const TrainingConfig lab = panel.config();
        QCOMPARE(lab.weightDecay, 0.0);
        QCOMPARE(lab.augmentShift, 0);
        QCOMPARE(lab.earlyStopPatience, 0);
        QCOMPARE(lab.schedule, cnnlab::core::LrSchedule::Constant);
        QCOMPARE(lab.optimizer, cnnlab::core::OptimizerKind::Adam);
    }
};

QTEST_MAIN(TestControlsPanel)
#include "tst_controlspanel.moc"
