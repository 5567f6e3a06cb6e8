// cnnlab-ui-shot: a developer tool, not a test. Opens the main window at a
// given size and theme, optionally trains for a few seconds (with a mid-run
// learning-rate change, to show a marker), and saves QWidget::grab() of the
// window. Used for the README screenshot and for checking the layout under
// Xvfb or the offscreen platform.
//
//   cnnlab-ui-shot --size 1280x800 --theme dark --train 6 --subset 5000 --out shot.png

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/languagemanager.h"
#include "common/theme.h"
#include "experiments/experimentscontroller.h"
#include "experiments/runspanel.h"
#include "run/trainingcontroller.h"
#include "window/mainwindow.h"
#include "workbench/controlscales.h"
#include "workbench/controlspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // never read or write the user's settings
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size WxH."),
        QStringLiteral("size"), QStringLiteral("1280x800"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QStringLiteral("system, light or dark."),
        QStringLiteral("theme"), QStringLiteral("light"));
    const QCommandLineOption trainOption(QStringLiteral("train"),
        QStringLiteral("Seconds of training (0: none)."), QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption subsetOption(QStringLiteral("subset"), QStringLiteral("Training images."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption epochsOption(
        QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption lrChangeOption(QStringLiteral("lr-change"),
        QStringLiteral("Change the learning rate to this value halfway."), QStringLiteral("lr"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("PNG to write."),
        QStringLiteral("file"), QStringLiteral("shot.png"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("CPU threads (0: all)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOption(threadsOption);
    const QCommandLineOption recordOption(QStringLiteral("record"),
        QStringLiteral("Train to the end (changing the learning rate to --lr-change after the second "
                       "evaluation), save the run record here, then take the screenshot."),
        QStringLiteral("run.json"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"), QStringLiteral("Batch size."), QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption holdoutOption(QStringLiteral("holdout"),
        QStringLiteral("Validate on a hold-out of this size."), QStringLiteral("n"));
    parser.addOptions({recordOption, batchOption, holdoutOption});
    const QCommandLineOption presenterOption(QStringLiteral("presenter"), QStringLiteral("Presenter mode."));
    const QCommandLineOption contrastOption(
        QStringLiteral("high-contrast"), QStringLiteral("High contrast while presenting."));
    const QCommandLineOption replayOption(QStringLiteral("replay"),
        QStringLiteral("Replay this run.json at --replay-speed and grab after --train seconds."),
        QStringLiteral("run.json"));
    const QCommandLineOption replaySpeedOption(QStringLiteral("replay-speed"),
        QStringLiteral("Replay speed."), QStringLiteral("x"), QStringLiteral("10"));
    parser.addOptions({presenterOption, contrastOption, replayOption, replaySpeedOption});
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("Interface language (en, de, es, zh_CN)."), QStringLiteral("code"));
    const QCommandLineOption docksOption(QStringLiteral("docks"),
        QStringLiteral("Show these dock widgets (object names, comma-separated; 'all' for every one)."),
        QStringLiteral("names"));
    parser.addOptions({languageOption, docksOption});
    const QCommandLineOption overlayOption(
        QStringLiteral("overlay-all"), QStringLiteral("Tick every run in the history (overlays)."));
    const QCommandLineOption xAxisOption(QStringLiteral("x-axis"),
        QStringLiteral(
            "Switch the x axis before the shot: epochs, steps, samples or seconds (prints the time "
            "the switch took)."),
        QStringLiteral("axis"));
    parser.addOptions({overlayOption, xAxisOption});
    parser.addOptions(
        {sizeOption, themeOption, trainOption, subsetOption, epochsOption, lrChangeOption, outOption});
    parser.process(app);

    cnnlab::ui::Theme::apply(parser.value(themeOption));
    if (parser.isSet(languageOption))
        cnnlab::ui::LanguageManager::instance()->setLanguage(parser.value(languageOption), false);
    cnnlab::ui::MainWindow window;
    if (parser.isSet(docksOption)) {
        const QStringList names = parser.value(docksOption).split(QLatin1Char(','));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (names.contains(QStringLiteral("all")) || names.contains(dock->objectName()))
                dock->show();
    }
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();

    cnnlab::core::TrainingConfig config = window.currentConfig();
    config.trainLimit = parser.value(subsetOption).toInt();
    config.epochs = parser.value(epochsOption).toInt();
    config.threads = parser.value(threadsOption).toInt();
    config.batchSize = parser.value(batchOption).toInt();
    if (parser.isSet(holdoutOption)) {
        config.validation = cnnlab::core::ValidationSource::Holdout;
        config.holdoutSize = parser.value(holdoutOption).toInt();
    }
    window.setConfig(config);

    window.setPresenterHighContrast(parser.isSet(contrastOption));
    if (parser.isSet(presenterOption))
        window.setPresenterMode(true);

    const double seconds = parser.value(trainOption).toDouble();
    auto grabAndQuit = [&] {
        if (parser.isSet(overlayOption)) {
            cnnlab::ui::RunsPanel *runs = window.experiments()->runsPanel();
            for (int row = 0; row < runs->rowCount(); ++row)
                runs->setChecked(runs->idAt(row), true);
        }
        if (parser.isSet(xAxisOption)) {
            const QStringList keys = {QStringLiteral("epochs"), QStringLiteral("steps"),
                QStringLiteral("samples"), QStringLiteral("seconds")};
            const int index = std::max(0, int(keys.indexOf(parser.value(xAxisOption))));
            QElapsedTimer timer;
            timer.start();
            window.chartsPanel()->setXAxis(cnnlab::ui::ChartsPanel::xAxes().value(index));
            QCoreApplication::processEvents();
            std::fprintf(stderr, "x axis switch to %s: %lld ms\n", keys[index].toLocal8Bit().constData(),
                qlonglong(timer.elapsed()));
        }
        window.chartsPanel()->flush();
        if (!window.grab().save(parser.value(outOption))) {
            std::fprintf(stderr, "cannot write %s\n", parser.value(outOption).toLocal8Bit().constData());
            app.exit(1);
            return;
        }
        if (window.controller()->runInfo())
            std::fprintf(stderr, "%s\n",
                window.findChild<QLabel *>(QStringLiteral("speedLabel"))->text().toLocal8Bit().constData());
        app.exit(0);
    };
    auto changeLearningRate = [&] {
        // Through the slider, as a presenter would: the panel shows it too.
        auto *slider = window.controlsPanel()->findChild<QSlider *>(QStringLiteral("learningRateSlider"));
        slider->setValue(
            cnnlab::ui::scales::nearestLearningRateIndex(parser.value(lrChangeOption).toDouble()));
    };
    if (parser.isSet(replayOption)) {
        window.setReplaySpeed(parser.value(replaySpeedOption).toDouble());
        QTimer::singleShot(300, &window, [&] {
            QString error;
            if (!window.startReplay(parser.value(replayOption), &error))
                std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
        });
        QTimer::singleShot(int(seconds * 1000) + 300, &window, grabAndQuit);
    } else if (parser.isSet(recordOption)) {
        int evaluations = 0;
        QObject::connect(window.controller(), &cnnlab::ui::TrainingController::evaluated, &window, [&] {
            if (++evaluations == 2 && parser.isSet(lrChangeOption))
                changeLearningRate();
        });
        QObject::connect(window.controller(), &cnnlab::ui::TrainingController::finished, &window, [&] {
            QString error;
            if (!window.saveRunRecord(parser.value(recordOption), &error))
                std::fprintf(stderr, "%s\n", error.toLocal8Bit().constData());
            QTimer::singleShot(300, &window, grabAndQuit);
        });
        QTimer::singleShot(300, &window, &cnnlab::ui::MainWindow::startRun);
    } else if (seconds > 0) {
        QTimer::singleShot(300, &window, &cnnlab::ui::MainWindow::startRun);
        if (parser.isSet(lrChangeOption)) {
            QTimer::singleShot(int(seconds * 1000 * 0.55), &window, changeLearningRate);
        }
        QTimer::singleShot(int(seconds * 1000) + 300, &window, grabAndQuit);
    } else {
        QTimer::singleShot(800, &window, grabAndQuit);
    }
    const int rc = app.exec();
    window.close();
    return rc;
}
