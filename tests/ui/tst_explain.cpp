// The Explain docks: the coach names overfitting in an overfitting run and
// stays quiet about a healthy one; a click on a confusion-matrix cell lists
// exactly that cell's mistakes; the drawing pad predicts a real MNIST digit
// drawn onto it as the model predicts the original; the filters view shows
// 32 filters and 32 + 64 feature maps; the report embeds the charts and the
// configuration, and its PDF is a real multi-page document.

#include "charts/chartspanel.h"
#include "charts/metricschart.h"
#include "common/settings.h"
#include "explain/coachpanel.h"
#include "explain/confusionmatrixview.h"
#include "explain/confusionpanel.h"
#include "explain/digitcanvas.h"
#include "explain/drawpadpanel.h"
#include "explain/explaindocks.h"
#include "explain/filterspanel.h"
#include "explain/mapgrid.h"
#include "explain/mistakeslist.h"
#include "explain/mistakespanel.h"
#include "report/reportwriter.h"
#include "window/mainwindow.h"

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingengine.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace cnnlab;

namespace {

core::EpochMetrics fullPoint(
    int epoch, double trainLoss, double trainAccuracy, double valLoss, double valAccuracy)
{
    core::EpochMetrics m;
    m.position.epoch = epoch - 1;
    m.position.epochPosition = epoch;
    m.position.step = epoch * 100;
    m.fullValidation = true;
    m.trainLoss = trainLoss;
    m.trainAccuracy = trainAccuracy;
    m.valLoss = valLoss;
    m.valAccuracy = valAccuracy;
    m.validationSize = 10000;
    return m;
}

// Six epochs; `overfitting`: validation loss bottoms out at epoch 2 and rises
// by a third while training loss keeps falling (the lab's no-dropout run).
core::RunRecord fixtureRecord(bool overfitting)
{
    core::RunRecord r;
    r.name = overfitting ? "overfitting" : "healthy";
    r.createdAt = "2026-12-01T10:00:00Z";
    r.config.epochs = 6;
    r.config.dropoutEnabled = !overfitting;
    r.deviceName = "CPU (2 threads)";
    r.trainSize = 60000;
    r.validationSize = 10000;
    r.stepsPerEpoch = 1875;
    const double overfitVal[] = {0.045, 0.034, 0.036, 0.040, 0.043, 0.046};
    const double healthyVal[] = {0.060, 0.045, 0.038, 0.034, 0.031, 0.029};
    for (int e = 1; e <= 6; ++e) {
        const double trainLoss = 0.15 / e;
        const double trainAccuracy = overfitting ? 0.95 + 0.008 * e : 0.95 + 0.006 * e;
        const double valAccuracy = overfitting ? 0.985 + 0.001 * std::min(e, 2) : 0.980 + 0.002 * e;
        r.history.push_back(fullPoint(
            e, trainLoss, trainAccuracy, overfitting ? overfitVal[e - 1] : healthyVal[e - 1], valAccuracy));
        for (int k = 0; k < 4; ++k) {
            core::StepMetrics s;
            s.position.epoch = e - 1;
            s.position.epochPosition = e - 1 + 0.25 * (k + 1);
            s.trainLoss = 0.15 / (e - 1 + 0.25 * (k + 1)) * 0.9;
            s.trainAccuracy = trainAccuracy;
            r.trainCurve.push_back(s);
        }
    }
    r.result.status = core::RunStatus::Completed;
    r.result.epochsCompleted = 6;
    r.result.position = r.history.back().position;
    r.result.trainLoss = r.history.back().trainLoss;
    r.result.trainAccuracy = r.history.back().trainAccuracy;
    r.result.valLoss = r.history.back().valLoss;
    r.result.valAccuracy = r.history.back().valAccuracy;
    r.result.trainSeconds = 321;
    return r;
}

core::Misclassified mistake(int index, int trueLabel, int predicted, float confidence)
{
    core::Misclassified m;
    m.datasetIndex = index;
    m.trueLabel = trueLabel;
    m.predictedLabel = predicted;
    m.topClasses = {predicted, trueLabel, (trueLabel + 1) % 10};
    m.topProbabilities = {confidence, (1 - confidence) * 0.8f, (1 - confidence) * 0.1f};
    m.pixels.assign(784, 0);
    for (int i = 0; i < 784; i += 7 + index % 5)
        m.pixels[std::size_t(i)] = 255;
    return m;
}

// 9,800 of 10,000 right; the (4 -> 9), (7 -> 2) and (3 -> 5) cells have kept mistakes.
core::EvaluationDetails fixtureDetails()
{
    core::EvaluationDetails d;
    d.position.epochPosition = 1.0;
    for (int c = 0; c < 10; ++c)
        d.confusion.counts[std::size_t(c)][std::size_t(c)] = 980;
    d.confusion.counts[4][9] = 12;
    d.confusion.counts[7][2] = 5;
    d.confusion.counts[3][5] = 3;
    d.confusion.counts[1][7] = 180; // counted, none kept: the list must stay empty
    int index = 100;
    const float confidences[] = {0.99f, 0.7f, 0.95f, 0.6f, 0.85f, 0.51f, 0.93f, 0.66f};
    for (int i = 0; i < 8; ++i) {
        const int pair = i % 3;
        d.misclassified.push_back(mistake(index++,
            pair == 0       ? 4
                : pair == 1 ? 7
                            : 3,
            pair == 0       ? 9
                : pair == 1 ? 2
                            : 5,
            confidences[i]));
    }
    std::sort(d.misclassified.begin(), d.misclassified.end(),
        [](const auto &a, const auto &b) { return a.confidence() > b.confidence(); });
    return d;
}

bool mnistInstalled()
{
    for (const std::string &dir : core::datasetSearchPath(core::DatasetKind::Mnist))
        if (QFile::exists(QString::fromStdString(dir) + QStringLiteral("/t10k-images-idx3-ubyte"))
            || QFile::exists(QString::fromStdString(dir) + QStringLiteral("/t10k-images-idx3-ubyte.gz")))
            return true;
    return false;
}

int argmax(const std::array<float, 10> &p)
{
    return int(std::max_element(p.begin(), p.end()) - p.begin());
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private:
    // Trained once, shared by the drawing-pad and filter tests.
    std::unique_ptr<core::TrainingEngine> m_engine;
    std::optional<core::Dataset> m_mnist;

    bool trainTinyModel()
    {
        if (m_engine)
            return true;
        if (!mnistInstalled())
            return false;
        core::Expected<core::Dataset> data = core::loadDataset(core::DatasetKind::Mnist);
        if (!data)
            return false;
        m_mnist = std::move(*data);
        core::TrainingConfig config;
        config.trainLimit = 2000;
        config.epochs = 1;
        config.device = "cpu";
        config.validation = core::ValidationSource::Holdout;
        config.holdoutSize = 500;
        config.seed = 7;
        m_engine = std::make_unique<core::TrainingEngine>();
        const core::RunResult result = m_engine->run(config, nullptr);
        return result.status == core::RunStatus::Completed && m_engine->hasInferenceModel();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear();
    }

    void cleanup() { QSettings(QStringLiteral("cnnlab"), QStringLiteral("cnnlab")).clear(); }

    // Issue 15.3: with all five Explain docks open the window grew to
    // 1287x863 on a 1280x800 screen, and the dock tabs read "C…", "Co…".
    void explainDocksFitA1280x800Screen()
    {
        cnnlab::ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QDockWidget *dock : window.explainDocks()->docks())
            dock->show();
        QTest::qWait(50); // the layout settles on the next passes
        QVERIFY2(window.minimumSizeHint().height() <= 800 && window.minimumSizeHint().width() <= 1280,
            qPrintable(QStringLiteral("%1x%2")
                           .arg(window.minimumSizeHint().width())
                           .arg(window.minimumSizeHint().height())));
        window.resize(1280, 800);
        QTRY_COMPARE(window.size(), QSize(1280, 800));
        bool tabs = false;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == QStringLiteral("Coach")) {
                    tabs = true;
                    QCOMPARE(bar->elideMode(), Qt::ElideNone); // whole titles, scrolled if need be
                    QVERIFY(bar->usesScrollButtons());
                }
        }
        QVERIFY(tabs);
        for (QDockWidget *dock : window.explainDocks()->docks())
            dock->hide();
        QTRY_COMPARE(window.size(), QSize(1280, 800)); // and it does not stay grown
    }

    void coachNamesOverfittingAndNotAHealthyRun()
    {
        QTemporaryDir dir;
        const QString overfitPath = dir.filePath(QStringLiteral("overfitting.json"));
        const QString healthyPath = dir.filePath(QStringLiteral("healthy.json"));
        QVERIFY(!core::writeRunRecord(fixtureRecord(true), overfitPath.toStdString()));
        QVERIFY(!core::writeRunRecord(fixtureRecord(false), healthyPath.toStdString()));

        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::CoachPanel *coach = window.explainDocks()->coachPanel();
        QString error;
        QVERIFY2(window.openRunRecord(overfitPath, &error), qPrintable(error));
        QVERIFY(coach->hasNote(core::CoachNoteKind::Overfitting));
        const QStringList texts = coach->noteTexts();
        const auto overfitText = std::find_if(texts.begin(), texts.end(), [](const QString &t) {
            return t.startsWith(QLatin1String("Validation loss has risen since epoch 2"));
        });
        QVERIFY2(overfitText != texts.end(), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(overfitText->contains(QLatin1String("Try dropout")));
        QCOMPARE(coach->list()->count(), int(coach->notes().size()));
        // Marked on both charts, in the warning colour.
        for (ui::MetricsChart *chart : window.chartsPanel()->charts()) {
            const auto &markers = chart->markers();
            QVERIFY(std::any_of(markers.begin(), markers.end(), [](const ui::MetricsChart::Marker &m) {
                return m.kind == ui::MetricsChart::MarkerKind::Warning
                    && m.label == QLatin1String("overfitting");
            }));
        }
        // Fed the same history again, nothing is repeated.
        const int shown = coach->list()->count();
        const core::RunRecord again = fixtureRecord(true);
        coach->setHistory(again.history, again.trainCurve, &again.result);
        QCOMPARE(coach->list()->count(), shown);

        QVERIFY2(window.openRunRecord(healthyPath, &error), qPrintable(error));
        QVERIFY(!coach->hasNote(core::CoachNoteKind::Overfitting));
        QVERIFY(!coach->hasNote(core::CoachNoteKind::Divergence));
        QVERIFY(!coach->hasNote(core::CoachNoteKind::Stalling));
        QVERIFY(coach->hasNote(core::CoachNoteKind::BestEpoch));
        QVERIFY(coach->noteTexts().join(QString()).contains(
            QLatin1String("99.20"))); // epoch 6: 0.980 + 0.002 * 6
        for (ui::MetricsChart *chart : window.chartsPanel()->charts())
            for (const ui::MetricsChart::Marker &m : chart->markers())
                QVERIFY(m.kind != ui::MetricsChart::MarkerKind::Warning);
    }

    void clickingACellListsItsMistakes()
    {
        ui::ConfusionPanel panel;
        panel.resize(700, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const core::EvaluationDetails details = fixtureDetails();
        panel.setDetails(details);
        ui::ConfusionMatrixView *view = panel.matrixView();
        QCOMPARE(view->cellText(4, 9), QStringLiteral("12"));

        const struct {
            int t, p;
        } cells[] = {{4, 9}, {7, 2}, {3, 5}, {1, 7}, {5, 3}};
        for (const auto &cell : cells) {
            const QRect rect = view->cellRect(cell.t, cell.p);
            QVERIFY(view->rect().contains(rect));
            QTest::mouseClick(view, Qt::LeftButton, {}, rect.center());
            QCOMPARE(view->selectedTrueClass(), cell.t);
            QCOMPARE(view->selectedPredictedClass(), cell.p);
            QList<int> expected;
            for (const core::Misclassified &m : details.misclassified)
                if (m.trueLabel == cell.t && m.predictedLabel == cell.p)
                    expected.append(m.datasetIndex);
            QList<int> listed;
            for (int i = 0; i < panel.cellList()->count(); ++i)
                listed.append(panel.cellList()->item(i)->data(Qt::UserRole).toInt());
            QCOMPARE(listed, expected);
        }
        QVERIFY(panel.cellList()->count() == 0); // (5, 3): no mistakes there

        // Row percentages.
        QTest::mouseClick(
            panel.findChild<QWidget *>(QStringLiteral("confusionPercentCheck")), Qt::LeftButton);
        QVERIFY(view->isNormalized());
        QCOMPARE(view->cellText(4, 9), QStringLiteral("1.2")); // 12 of 992

        // The mistakes browser: all of them, most confident first.
        ui::MistakesPanel mistakes;
        mistakes.setDetails(details);
        QCOMPARE(mistakes.list()->count(), int(details.misclassified.size()));
        QCOMPARE(mistakes.list()->item(0)->data(Qt::UserRole).toInt(), 100); // confidence 0.99
        for (int i = 1; i < mistakes.list()->count(); ++i)
            QVERIFY(mistakes.list()->mistakes()[std::size_t(i - 1)].confidence()
                >= mistakes.list()->mistakes()[std::size_t(i)].confidence());
        // Issue 15.8: the top 3 as "class — probability" ("4 1 %" read as 41 %),
        // as in the sample tooltip; the percent never breaks off its number.
        const QString nbsp(QChar(0x00a0));
        QCOMPARE(mistakes.list()->item(0)->text(),
            QStringLiteral("4 → 9\n9 — 99.0%1%\n4 — 0.8%1%\n5 — 0.1%1%").arg(nbsp));
        QVERIFY(mistakes.list()->item(0)->toolTip().contains(QStringLiteral("\n2. 4 — 0.8%1%").arg(nbsp)));
        QCOMPARE(panel.cellList()->count(), 0);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(4, 9).center());
        QVERIFY(panel.cellList()->item(0)->text().contains(QStringLiteral("9 — 99.0%1%").arg(nbsp)));
    }

    void drawPadPredictsADrawnMnistDigit()
    {
        if (!trainTinyModel())
            QSKIP("MNIST is not installed (scripts/fetch-mnist); this test trains on it");
        const core::IdxImages &images = m_mnist->testImages;

        ui::DrawPadPanel pad;
        pad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pad));
        QCOMPARE(pad.predictedClass(), -1); // no model yet
        pad.setEngine(m_engine.get(), false);

        // A digit the model is sure about (the first one), so the comparison
        // is about the pad's pipeline, not a coin flip at a decision boundary.
        int checked = 0;
        for (int index = 0; index < images.count && checked < 3; ++index) {
            std::vector<float> original(784);
            QImage digit(28, 28, QImage::Format_Grayscale8);
            for (int y = 0; y < 28; ++y)
                for (int x = 0; x < 28; ++x) {
                    const std::uint8_t v = images.pixels[std::size_t(index) * 784 + std::size_t(y * 28 + x)];
                    original[std::size_t(y * 28 + x)] = float(v) / 255.0f;
                    digit.scanLine(y)[x] = v;
                }
            const std::array<float, 10> p = m_engine->predict({original}).front();
            if (p[std::size_t(argmax(p))] < 0.9f)
                continue;
            // Drawn ten times larger onto the 280x280 canvas.
            pad.canvas()->setImage(digit.scaled(280, 280, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            QTRY_COMPARE(pad.predictedClass(), argmax(p));
            QCOMPARE(pad.topClasses().size(), std::size_t(3));
            QVERIFY(pad.topClasses()[0].second >= pad.topClasses()[1].second);
            QCOMPARE(pad.networkInput().size(), std::size_t(784));
            ++checked;
        }
        QCOMPARE(checked, 3);

        // Clear, then a stroke with the mouse: ink, and a prediction for it.
        QTest::mouseClick(pad.findChild<QWidget *>(QStringLiteral("drawPadClear")), Qt::LeftButton);
        QVERIFY(pad.canvas()->isEmpty());
        QCOMPARE(pad.predictedClass(), -1);
        const int before = pad.predictionCount();
        QTest::mousePress(pad.canvas(), Qt::LeftButton, {}, QPoint(140, 50));
        for (int y = 60; y <= 230; y += 10)
            QTest::mouseMove(pad.canvas(), QPoint(140, y));
        QTest::mouseRelease(pad.canvas(), Qt::LeftButton, {}, QPoint(140, 230));
        QVERIFY(!pad.canvas()->isEmpty());
        QTRY_VERIFY(pad.predictionCount() > before);
        QVERIFY(pad.predictedClass() >= 0);

        // A saved checkpoint loaded into the pad's own engine predicts the same.
        QTemporaryDir dir;
        const QString checkpoint = dir.filePath(QStringLiteral("checkpoint.pt"));
        QVERIFY(!m_engine->saveCheckpoint(checkpoint.toStdString()));
        const int live = pad.predictedClass();
        ui::DrawPadPanel loaded;
        QString error;
        QVERIFY2(loaded.loadCheckpoint(checkpoint, &error), qPrintable(error));
        QVERIFY(loaded.hasLoadedCheckpoint());
        loaded.canvas()->setImage(pad.canvas()->image());
        QCOMPARE(loaded.predictedClass(), live);
        QVERIFY(!loaded.loadCheckpoint(dir.filePath(QStringLiteral("missing.pt")), &error));
        QVERIFY(!error.isEmpty());
    }

    void filtersAndFeatureMaps()
    {
        if (!trainTinyModel())
            QSKIP("MNIST is not installed (scripts/fetch-mnist); this test trains on it");
        ui::FiltersPanel panel;
        panel.resize(800, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.filtersGrid()->mapCount(), 0); // no model yet

        std::vector<core::SampleImage> samples(2);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            samples[i].label = m_mnist->testLabels.labels[i];
            samples[i].pixels.assign(m_mnist->testImages.pixels.begin() + std::ptrdiff_t(i * 784),
                m_mnist->testImages.pixels.begin() + std::ptrdiff_t((i + 1) * 784));
        }
        panel.setSamples(samples, {});
        panel.setEngine(m_engine.get());
        QCOMPARE(panel.filtersGrid()->mapCount(), 32);
        QCOMPARE(panel.filtersGrid()->mapSide(), 3);
        QCOMPARE(panel.conv1Grid()->mapCount(), 32);
        QCOMPARE(panel.conv1Grid()->mapSide(), 26);
        QCOMPARE(panel.conv2Grid()->mapCount(), 64);
        QCOMPARE(panel.conv2Grid()->mapSide(), 24);
        QCOMPARE(panel.digitCombo()->count(), 3); // two samples and the drawing
        // The diverging scale: negative and positive weights differ in colour.
        QVERIFY(panel.filtersGrid()->colorFor(-1.0f, 1.0f) != panel.filtersGrid()->colorFor(1.0f, 1.0f));
    }

    // Issue 13: another network's first layer and maps, with titles that
    // name them; a one-block network has no second layer to show.
    void filtersFollowTheNetworksShape()
    {
        if (!mnistInstalled())
            QSKIP("MNIST is not installed (scripts/fetch-mnist); this test trains on it");
        core::TrainingConfig config;
        config.convBlocks = 1;
        config.filters = 8;
        config.kernelSize = 5;
        config.trainLimit = 500;
        config.epochs = 1;
        config.device = "cpu";
        config.validation = core::ValidationSource::Holdout;
        config.holdoutSize = 200;
        config.seed = 7;
        core::TrainingEngine engine;
        QCOMPARE(engine.run(config, nullptr).status, core::RunStatus::Completed);

        ui::FiltersPanel panel;
        panel.resize(800, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setEngine(&engine);
        QCOMPARE(panel.filtersGrid()->mapCount(), 8);
        QCOMPARE(panel.filtersGrid()->mapSide(), 5);
        QCOMPARE(panel.conv1Grid()->mapCount(), 8);
        QCOMPARE(panel.conv1Grid()->mapSide(), 24);
        QCOMPARE(panel.conv2Grid()->mapCount(), 0);
        QVERIFY(!panel.conv2Grid()->isVisible());
        const QStringList titles = [&panel] {
            QStringList texts;
            for (const QLabel *label : panel.findChildren<QLabel *>())
                texts << label->text();
            return texts;
        }();
        QVERIFY2(titles.contains(QStringLiteral("First layer: 8 learned 5 × 5 filters")),
            qPrintable(titles.join(QLatin1Char('|'))));
        panel.setEngine(nullptr);
    }

    void reportEmbedsChartsAndConfig()
    {
        core::RunRecord record = fixtureRecord(true);
        record.details = fixtureDetails();
        for (int i = 0; i < 8; ++i) {
            core::SampleImage sample;
            sample.label = i;
            sample.pixels.assign(784, std::uint8_t(i * 30));
            record.samples.push_back(sample);
            core::Prediction p;
            p.sampleIndex = i;
            p.trueLabel = i;
            p.predictedLabel = i == 3 ? 5 : i;
            p.topClasses = {p.predictedLabel, 0, 1};
            p.topProbabilities = {0.9f, 0.05f, 0.01f};
            record.predictions.push_back(p);
        }
        ui::ReportWriter writer(record);
        QTemporaryDir dir;
        const QString htmlPath = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(writer.writeHtml(htmlPath, &error), qPrintable(error));
        QFile html(htmlPath);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(text.contains(QLatin1String("<svg"))); // the charts, inline
        QVERIFY(text.contains(QLatin1String("data:image/png;base64,"))); // the digits
        QVERIFY(text.contains(QLatin1String("<code>learning_rate</code>")));
        QVERIFY(text.contains(QLatin1String("<code>batch_size</code></td><td>32</td>")));
        QVERIFY(text.contains(QLatin1String("Validation loss has risen since epoch 2")));
        QVERIFY(text.contains(QLatin1String("Confusion matrix")));
        QVERIFY(text.contains(QLatin1String(">12</td>"))); // the (4, 9) cell
        QVERIFY(!text.contains(QLatin1String("src=\"http"))); // self-contained
        // Issue 15.8: "4 → 9: 9 — 99.0 %" and "5 — 90.0 %", never "5 90 %" or "(99" / "%)".
        const QString nbsp(QChar(0x00a0));
        QVERIFY(text.contains(QStringLiteral("4 → 9: 9 — 99.0%1%").arg(nbsp)));
        QVERIFY(text.contains(QStringLiteral("<b>5 — 90.0%1%</b>").arg(nbsp)));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d \\d+(\\.\\d)? %"))));

        const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(writer.writePdf(pdfPath, &error), qPrintable(error));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.size() > 20000, qPrintable(QString::number(bytes.size())));
        const int pages = int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r")
            + bytes.count("/Type /Page/") + bytes.count("/Type /Page "));
        QVERIFY2(pages >= 2, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    }
};

QTEST_MAIN(TestExplain)
#include "tst_explain.moc"
