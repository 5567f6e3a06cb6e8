// `cnnlab --render RUN.json --out FILE` on the fixture run record (written by
// the GUI: 1000 MNIST images, 2 epochs, a learning-rate change), both through
// RunRenderer and through the real executable in a separate process.

#include "charts/runrenderer.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using cnnlab::ui::RunRenderer;

namespace {

const QString fixture = QStringLiteral(CNNLAB_SOURCE_DIR "/tests/fixtures/run-small.json");
const QString executable = QStringLiteral(CNNLAB_BINARY_DIR "/bin/cnnlab");

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rendersTheFixture()
    {
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(QStringLiteral("run.png"));
        QVERIFY2(RunRenderer::renderFile(fixture, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        // Two charts side by side at twice their logical size.
        QVERIFY(image.width() >= 4 * RunRenderer::defaultChartSize.width());
        QVERIFY(image.height() >= 2 * RunRenderer::defaultChartSize.height());

        const QString svg = dir.filePath(QStringLiteral("run.svg"));
        QVERIFY2(RunRenderer::renderFile(fixture, svg, &error), qPrintable(error));
        QVERIFY(QSvgRenderer(svg).isValid());
        // The learning-rate change of the fixture is labelled in the drawing.
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("lr 0.001"));

        const QString csv = dir.filePath(QStringLiteral("run.csv"));
        QVERIFY2(RunRenderer::renderFile(fixture, csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("epoch,"));
        QVERIFY(!csvFile.readLine().isEmpty());
    }

    void badRecordsFailWithAMessage()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!RunRenderer::renderFile(
            dir.filePath(QStringLiteral("missing.json")), dir.filePath(QStringLiteral("out.png")), &error));
        QVERIFY(error.contains(QLatin1String("missing.json")));
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"version\": 1, \"history\": [");
        broken.close();
        QVERIFY(!RunRenderer::renderFile(broken.fileName(), dir.filePath(QStringLiteral("out.png")), &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.png"))));
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void commandLine()
    {
        QFETCH(QString, suffix);
        if (!QFile::exists(executable))
            QSKIP("the cnnlab executable is not built");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("chart.") + suffix);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --render must choose offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(executable, {QStringLiteral("--render"), fixture, QStringLiteral("--out"), out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (suffix == QLatin1String("png"))
            QVERIFY(head.startsWith("\x89PNG"));
        else if (suffix == QLatin1String("pdf"))
            QVERIFY(head.startsWith("%PDF"));
        else
            QVERIFY(QSvgRenderer(out).isValid());
    }

    void commandLineBadRecord()
    {
        if (!QFile::exists(executable))
            QSKIP("the cnnlab executable is not built");
        QTemporaryDir dir;
        QProcess process;
        process.start(executable,
            {QStringLiteral("--render"), QStringLiteral(CNNLAB_SOURCE_DIR "/CMakeLists.txt"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.exitCode() != 0);
        const QByteArray err = process.readAllStandardError().trimmed();
        QVERIFY2(err.startsWith("cnnlab: "), err.constData());
        QCOMPARE(err.count('\n'), 0); // one line
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
