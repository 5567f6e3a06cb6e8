// Digit preprocessing: a drawing becomes an MNIST-style 28x28 input. Real test
// digits, enlarged and moved on a big canvas, come back where MNIST had them.
#include "cnnlab/core/dataset.h"
#include "cnnlab/core/digitpreprocess.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace cnnlab::core;

namespace {

struct Box {
    int left = 0, top = 0, right = -1, bottom = -1;
    [[nodiscard]] int width() const { return right - left + 1; }
    [[nodiscard]] int height() const { return bottom - top + 1; }
    [[nodiscard]] bool isEmpty() const { return right < left; }
};

Box inkBox(const std::vector<float> &image, int width, int height)
{
    Box box {width, height, -1, -1};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (image[std::size_t(y * width + x)] > 0.0f) {
                box.left = std::min(box.left, x);
                box.right = std::max(box.right, x);
                box.top = std::min(box.top, y);
                box.bottom = std::max(box.bottom, y);
            }
    return box;
}

// `digit` (28x28) enlarged `scale` times (each pixel a scale x scale block) at (x, y) on a canvas.
std::vector<float> onCanvas(
    const std::vector<float> &digit, int scale, int x, int y, int width, int height, float ink = 1.0f)
{
    std::vector<float> canvas(std::size_t(width * height), 0.0f);
    for (int row = 0; row < 28 * scale; ++row)
        for (int column = 0; column < 28 * scale; ++column)
            canvas[std::size_t((y + row) * width + x + column)]
                = ink * digit[std::size_t((row / scale) * 28 + column / scale)];
    return canvas;
}

// Normalised correlation of a and b with b shifted by (dx, dy); the best over shifts of up to 1 pixel.
double bestCorrelation(const std::vector<float> &a, const std::vector<float> &b)
{
    double best = -1.0;
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            double ab = 0, aa = 0, bb = 0;
            for (int y = 0; y < 28; ++y) {
                for (int x = 0; x < 28; ++x) {
                    const int sx = x + dx, sy = y + dy;
                    const double va = a[std::size_t(y * 28 + x)];
                    const double vb
                        = sx >= 0 && sx < 28 && sy >= 0 && sy < 28 ? b[std::size_t(sy * 28 + sx)] : 0.0;
                    ab += va * vb;
                    aa += va * va;
                    bb += vb * vb;
                }
            }
            if (aa > 0 && bb > 0)
                best = std::max(best, ab / std::sqrt(aa * bb));
        }
    }
    return best;
}

} // namespace

class TestDigitPreprocess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void centreOfMassOfPixels();
    void emptyCanvas();
    void wideStrokeKeepsAspect();
    void faintStrokesSurvive();
    void realDigitsComeBack();
};

void TestDigitPreprocess::centreOfMassOfPixels()
{
    std::vector<float> image(10 * 8, 0.0f);
    image[5 * 10 + 3] = 1.0f;
    auto [x, y] = centreOfMass(image, 10, 8);
    QCOMPARE(x, 3.0);
    QCOMPARE(y, 5.0);
    image[1 * 10 + 7] = 3.0f; // clamped to full ink: the two weigh the same
    std::tie(x, y) = centreOfMass(image, 10, 8);
    QCOMPARE(x, 5.0);
    QCOMPARE(y, 3.0);
    std::tie(x, y) = centreOfMass(std::vector<float>(28 * 28, 0.0f), 28, 28);
    QCOMPARE(x, 13.5); // empty: the centre
    QCOMPARE(y, 13.5);
}

void TestDigitPreprocess::emptyCanvas()
{
    const std::vector<float> zeros(784, 0.0f);
    QVERIFY(preprocessDigit(std::vector<float>(300 * 200, 0.0f), 300, 200) == zeros);
    QVERIFY(preprocessDigit({}, 0, 0) == zeros);
    QVERIFY(preprocessDigit({1.0f}, 5, 5) == zeros); // too small for its size: nothing read out of bounds
}

void TestDigitPreprocess::wideStrokeKeepsAspect()
{
    // A 100 x 10 bar: 20 pixels wide, 2 high, its centre within half a pixel of (14, 14).
    const int width = 300, height = 200;
    std::vector<float> canvas(std::size_t(width * height), 0.0f);
    for (int y = 150; y < 160; ++y)
        for (int x = 20; x < 120; ++x)
            canvas[std::size_t(y * width + x)] = 1.0f;
    const auto out = preprocessDigit(canvas, width, height);
    const Box box = inkBox(out, 28, 28);
    QCOMPARE(box.width(), 20);
    QCOMPARE(box.height(), 2);
    const auto [cx, cy] = centreOfMass(out, 28, 28);
    QVERIFY2(std::abs(cx - 14.0) <= 0.5 && std::abs(cy - 14.0) <= 0.5,
        qPrintable(QStringLiteral("%1 %2").arg(cx).arg(cy)));
    QCOMPARE(*std::max_element(out.begin(), out.end()), 1.0f);
}

void TestDigitPreprocess::faintStrokesSurvive()
{
    // A thin, light stroke: one canvas pixel wide at 30 % ink, 200 pixels long.
    const int width = 240, height = 240;
    std::vector<float> canvas(std::size_t(width * height), 0.0f);
    for (int y = 20; y < 220; ++y)
        canvas[std::size_t(y * width + 100 + (y - 20) / 20)] = 0.3f;
    const auto out = preprocessDigit(canvas, width, height);
    const Box box = inkBox(out, 28, 28);
    QCOMPARE(box.height(), 20);
    QVERIFY(!box.isEmpty());
    // Averaged with the background it would be ~3 % ink; stretched back, it reaches full ink.
    QCOMPARE(*std::max_element(out.begin(), out.end()), 1.0f);
    double ink = 0;
    for (const float v : out)
        ink += v;
    QVERIFY2(ink > 10.0, qPrintable(QString::number(ink)));
}

void TestDigitPreprocess::realDigitsComeBack()
{
    const auto data = loadDataset(DatasetKind::Mnist);
    if (!data)
        QSKIP("MNIST is not installed: run scripts/fetch-mnist (or set CNNLAB_DATA_DIR)");
    const IdxImages &images = data->testImages;
    QVERIFY(images.count >= 100);

    int compared = 0;
    const int width = 260, height = 230;
    for (int i = 0; i < 100; ++i) {
        std::vector<float> digit(784);
        for (int p = 0; p < 784; ++p)
            digit[std::size_t(p)] = images.pixels[std::size_t(i) * 784 + std::size_t(p)] / 255.0f;
        // Enlarged 3, 5 or 7 times, at a different place each time, sometimes faint.
        const int scale = 3 + 2 * (i % 3);
        const int x = (i * 37) % (width - 28 * scale + 1);
        const int y = (i * 53) % (height - 28 * scale + 1);
        const float ink = i % 4 == 0 ? 0.5f : 1.0f;
        const auto out = preprocessDigit(onCanvas(digit, scale, x, y, width, height, ink), width, height);

        const QByteArray where = "test digit " + QByteArray::number(i);
        const Box box = inkBox(out, 28, 28);
        QVERIFY2(std::max(box.width(), box.height()) == 20, where.constData());
        const auto [ox, oy] = centreOfMass(digit, 28, 28);
        const auto [px, py] = centreOfMass(out, 28, 28);
        QVERIFY2(std::abs(px - ox) <= 1.0 && std::abs(py - oy) <= 1.0,
            qPrintable(QStringLiteral("%1: centre (%2, %3), MNIST's (%4, %5)")
                           .arg(QString::fromLatin1(where))
                           .arg(px)
                           .arg(py)
                           .arg(ox)
                           .arg(oy)));
        // Where MNIST's own box is 20 pixels, the digit comes back pixel for pixel (up to a 1-pixel shift).
        const Box original = inkBox(digit, 28, 28);
        if (std::max(original.width(), original.height()) == 20) {
            const double correlation = bestCorrelation(digit, out);
            QVERIFY2(correlation > 0.99,
                qPrintable(
                    QStringLiteral("%1: correlation %2").arg(QString::fromLatin1(where)).arg(correlation)));
            ++compared;
        }
    }
    QVERIFY2(compared >= 50, qPrintable(QString::number(compared)));
}

QTEST_GUILESS_MAIN(TestDigitPreprocess)
#include "tst_digitpreprocess.moc"
