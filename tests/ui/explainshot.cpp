// cnnlab-explain-shot: a developer tool, not a test. Trains a short run in
// the main window, then saves QWidget::grab() of the window with each Explain
// dock in front (coach, confusion matrix with a cell's mistakes, mistakes,
// drawing pad with a real MNIST digit drawn on it, filters), and the run's
// report as HTML and PDF. For checking the docks' layout by eye.
//
//   cnnlab-explain-shot --subset 3000 --epochs 2 --theme light --out-dir shots

#include "common/theme.h"
#include "explain/confusionpanel.h"
#include "explain/digitcanvas.h"
#include "explain/drawpadpanel.h"
#include "explain/explaindocks.h"
#include "explain/filterspanel.h"
#include "run/trainingcontroller.h"
#include "window/mainwindow.h"

#include "cnnlab/core/dataset.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
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
    const QCommandLineOption subsetOption(QStringLiteral("subset"), QStringLiteral("Training images."),
        QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption epochsOption(
        QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption outOption(QStringLiteral("out-dir"), QStringLiteral("Folder for the PNGs."),
        QStringLiteral("dir"), QStringLiteral("."));
    parser.addOptions({sizeOption, themeOption, subsetOption, epochsOption, outOption});
    parser.process(app);

    cnnlab::ui::Theme::apply(parser.value(themeOption));
    cnnlab::ui::MainWindow window;
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    cnnlab::core::TrainingConfig config = window.currentConfig();
    config.trainLimit = parser.value(subsetOption).toInt();
    config.epochs = parser.value(epochsOption).toInt();
    config.validation = cnnlab::core::ValidationSource::Holdout;
    config.holdoutSize = 2000;
    config.dropoutEnabled = false;
    window.setConfig(config);

    const QDir out(parser.value(outOption));
    cnnlab::ui::ExplainDocks *explain = window.explainDocks();
    auto grab = [&](const QString &dockName, const QString &file) {
        for (QDockWidget *dock : explain->docks())
            if (dock->objectName() == dockName) {
                dock->show();
                dock->raise();
            }
        QApplication::processEvents();
        QApplication::processEvents();
        window.grab().save(out.filePath(file));
        std::fprintf(stderr, "wrote %s\n", qPrintable(out.filePath(file)));
    };
    QObject::connect(window.controller(), &cnnlab::ui::TrainingController::finished, &window, [&] {
        QTimer::singleShot(300, &window, [&] {
            grab(QStringLiteral("coachDock"), QStringLiteral("coach.png"));
            // The most frequent confusion.
            const auto &counts = explain->confusionPanel()->details().confusion.counts;
            int bestT = 0, bestP = 1;
            for (int t = 0; t < 10; ++t)
                for (int p = 0; p < 10; ++p)
                    if (t != p
                        && counts[std::size_t(t)][std::size_t(p)]
                            > counts[std::size_t(bestT)][std::size_t(bestP)]) {
                        bestT = t;
                        bestP = p;
                    }
            explain->confusionPanel()->showCell(bestT, bestP);
            grab(QStringLiteral("confusionDock"), QStringLiteral("confusion.png"));
            grab(QStringLiteral("mistakesDock"), QStringLiteral("mistakes.png"));
            // A real test digit, drawn ten times larger.
            const auto data = cnnlab::core::loadDataset(cnnlab::core::DatasetKind::Mnist);
            if (data) {
                QImage digit(28, 28, QImage::Format_Grayscale8);
                for (int y = 0; y < 28; ++y)
                    for (int x = 0; x < 28; ++x)
                        digit.scanLine(y)[x] = data->testImages.pixels[std::size_t(3 * 784 + y * 28 + x)];
                explain->drawPadPanel()->canvas()->setImage(digit.scaled(280, 280));
            }
            grab(QStringLiteral("drawPadDock"), QStringLiteral("drawpad.png"));
            grab(QStringLiteral("filtersDock"), QStringLiteral("filters.png"));
            QString error;
            if (!explain->exportReport(out.filePath(QStringLiteral("report.html")), &error)
                || !explain->exportReport(out.filePath(QStringLiteral("report.pdf")), &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
            app.exit(0);
        });
    });
    QTimer::singleShot(300, &window, &cnnlab::ui::MainWindow::startRun);
    const int rc = app.exec();
    window.close();
    return rc;
}
