// cnnlab: the desktop workbench, and `cnnlab --render RUN.json --out FILE`
// for chart images of a recorded run without a display.

#include "charts/runrenderer.h"
#include "common/errortext.h"
#include "common/languagemanager.h"
#include "window/mainwindow.h"

#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <optional>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], name, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
            return true;
    return false;
}

// In --render mode stderr carries exactly one line on failure; Qt's own
// chatter (XDG_RUNTIME_DIR, offscreen plugin notes) would bury it.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

void printError(const QString &message)
{
    std::fprintf(stderr, "cnnlab: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    // --render must work over ssh and in CI: choose the offscreen platform
    // before QApplication picks one (unless the caller chose one explicitly).
    const bool rendering = hasArgument(argc, argv, "--render");
    if (rendering && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (rendering)
        qInstallMessageHandler(quietMessageHandler);

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cnnlab"));
    QCoreApplication::setApplicationName(QStringLiteral("cnnlab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CNNLAB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("cnnlab"));
    // The desktop entry's id (packaging/), so docks match the window to its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.cnnlab.CnnLab"));
    Q_INIT_RESOURCE(cnnlab);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/cnnlab/cnnlab.svg")));
    // The language chosen last time (View ▸ Language), else the system's.
    cnnlab::ui::LanguageManager::instance()->setLanguage(cnnlab::ui::LanguageManager::savedLanguage(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Train the lab's CNN on MNIST live, in front of a class."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(QStringLiteral("dataset"),
        QCoreApplication::translate("main", "Dataset: mnist or fashion-mnist."), QStringLiteral("name"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
        QCoreApplication::translate("main", "Device: auto, cpu, cuda or cuda:N."), QStringLiteral("device"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QCoreApplication::translate("main", "Start with the configuration of a run record (run.json)."),
        QStringLiteral("file"));
    const QCommandLineOption renderOption(QStringLiteral("render"),
        QCoreApplication::translate("main", "Render the accuracy and loss charts of a run record and exit."),
        QStringLiteral("run.json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("main", "Output of --render: a .png, .svg, .pdf or .csv file."),
        QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate(
            "main", "Interface language: en, de, es or zh_CN (default: as last chosen, else the system's)."),
        QStringLiteral("code"));
    parser.addOption(languageOption);
    parser.addOptions({datasetOption, deviceOption, configOption, renderOption, outOption});
    parser.process(app);
    if (parser.isSet(languageOption)
        && !cnnlab::ui::LanguageManager::instance()->setLanguage(parser.value(languageOption), false)) {
        printError(QCoreApplication::translate("main", "unknown language “%1” (use en, de, es or zh_CN)")
                       .arg(parser.value(languageOption)));
        return 2;
    }

    if (parser.isSet(renderOption)) {
        if (!parser.isSet(outOption)) {
            printError(
                QCoreApplication::translate("main", "--render needs --out FILE (.png, .svg, .pdf or .csv)"));
            return 2;
        }
        QString error;
        if (!cnnlab::ui::RunRenderer::renderFile(
                parser.value(renderOption), parser.value(outOption), &error)) {
            printError(error);
            return 1;
        }
        return 0;
    }
    if (parser.isSet(outOption))
        printError(QCoreApplication::translate("main", "--out is only used with --render; ignored"));

    cnnlab::ui::MainWindow window;
    cnnlab::core::TrainingConfig config = window.currentConfig();
    QString configError;
    if (parser.isSet(configOption)) {
        // A whole run.json (cnnlab-train's or a saved GUI run), or just its
        // "config" object.
        const QString path = parser.value(configOption);
        const auto record = cnnlab::core::readRunRecord(path.toStdString());
        if (record) {
            config = record->config;
        } else {
            QFile file(path);
            std::optional<cnnlab::core::TrainingConfig> bare;
            if (file.open(QIODevice::ReadOnly))
                if (auto parsed = cnnlab::core::configFromJson(file.readAll().toStdString()))
                    bare = *parsed;
            if (bare)
                config = *bare;
            else
                configError = QCoreApplication::translate("main", "Cannot use the configuration in “%1”: %2")
                                  .arg(path, cnnlab::ui::ErrorText::describe(record.error()));
        }
    }
    if (parser.isSet(datasetOption)) {
        if (!cnnlab::core::parseDataset(parser.value(datasetOption).toStdString(), config.dataset)) {
            printError(
                QCoreApplication::translate("main", "unknown dataset “%1” (use mnist or fashion-mnist)")
                    .arg(parser.value(datasetOption)));
            return 2;
        }
    }
    if (parser.isSet(deviceOption)) {
        config.device = parser.value(deviceOption).toStdString();
        if (const cnnlab::core::Error error = cnnlab::core::validate(config);
            error && error.path == "device") {
            printError(cnnlab::ui::ErrorText::describe(error));
            return 2;
        }
    }
    window.setConfig(config);
    if (!configError.isEmpty()) {
        printError(configError);
        window.showError(configError);
    }
    window.show();
    // Once the window is up: offer to download or locate MNIST if it is missing.
    QTimer::singleShot(0, &window, [&window] { window.offerDatasetSetup(); });
    return app.exec();
}
