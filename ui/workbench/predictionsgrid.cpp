#include "predictionsgrid.h"

#include "common/classnames.h"
#include "common/format.h"
#include "run/runsession.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

constexpr int padding = 4;
constexpr int spacing = 6;
constexpr int barHeight = 7;
constexpr int minimumTileWidth = 44;
constexpr int maximumTileWidth = 140;

QFont labelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.15);
    font.setBold(true);
    return font;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

PredictionsGrid::PredictionsGrid(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setPlaceholderCount(32);
}

void PredictionsGrid::setColorBlindSafe(bool safe)
{
    m_colorBlindSafe = safe;
    update();
}

void PredictionsGrid::updateAccessibleText()
{
    // The tiles are painted, so the header sentence is what a screen reader gets.
    setAccessibleName(tr("Sample predictions"));
    setAccessibleDescription(headerText());
}

void PredictionsGrid::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update(); // the header and tool tips are worded when painted
    }
}

void PredictionsGrid::setSession(RunSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session)
        return;
    connect(session, &RunSession::cleared, this, &PredictionsGrid::clear);
    connect(session, &RunSession::started, this,
        [this](const core::RunInfo &info) { setSamples(info.samples, ClassNames::of(info)); });
    connect(session, &RunSession::predictionsReported, this, &PredictionsGrid::setPredictions);
    connect(session, &RunSession::recordOpened, this, [this](const core::RunRecord &record) {
        setSamples(record.samples, ClassNames::of(record.config.dataset));
        setPredictions(record.predictions);
    });
}

void PredictionsGrid::setPlaceholderCount(int count)
{
    m_tiles.assign(std::size_t(std::max(count, 0)), Tile {});
    m_classNames.clear();
    updateGeometry();
    update();
    updateAccessibleText();
}

void PredictionsGrid::setSamples(const std::vector<core::SampleImage> &samples, const QStringList &classNames)
{
    m_classNames = classNames;
    m_tiles.clear();
    m_tiles.reserve(samples.size());
    for (const core::SampleImage &sample : samples) {
        Tile tile;
        tile.label = sample.label;
        if (sample.pixels.size() == 28 * 28) {
            QImage image(28, 28, QImage::Format_Grayscale8);
            for (int y = 0; y < 28; ++y)
                std::copy_n(sample.pixels.data() + y * 28, 28, image.scanLine(y));
            tile.image = image;
        }
        m_tiles.push_back(std::move(tile));
    }
    updateGeometry();
    update();
    updateAccessibleText();
}

void PredictionsGrid::setPredictions(const std::vector<core::Prediction> &predictions)
{
    for (Tile &tile : m_tiles)
        tile.prediction.reset();
    for (const core::Prediction &prediction : predictions)
        if (prediction.sampleIndex >= 0 && prediction.sampleIndex < sampleCount())
            m_tiles[std::size_t(prediction.sampleIndex)].prediction = prediction;
    ++m_updates;
    update();
    updateAccessibleText();
    Q_EMIT predictionsChanged();
}

void PredictionsGrid::clear()
{
    const int count = std::max(sampleCount(), 32);
    m_updates = 0;
    setPlaceholderCount(count);
}

int PredictionsGrid::predictionCount() const
{
    return int(std::count_if(
        m_tiles.begin(), m_tiles.end(), [](const Tile &t) { return t.prediction.has_value(); }));
}

int PredictionsGrid::correctCount() const
{
    return int(std::count_if(m_tiles.begin(), m_tiles.end(),
        [](const Tile &t) { return t.prediction && t.prediction->isCorrect(); }));
}

int PredictionsGrid::shownCount() const
{
    const Geometry g = geometryFor(size());
    int shown = 0;
    for (int i = 0; i < sampleCount(); ++i)
        shown += tileRect(i, g).bottom() < height() && tileRect(i, g).right() < width() ? 1 : 0;
    return shown;
}

int PredictionsGrid::headerHeight() const
{
    return QFontMetrics(labelFont(font())).height() + spacing;
}

PredictionsGrid::Geometry PredictionsGrid::geometryFor(QSize area) const
{
    // The largest tiles with which every sample fits into `area`: the window
    // (through a splitter) decides how much room the grid gets, the grid makes
    // the digits as big as that room allows.
    const int count = std::max(sampleCount(), 1);
    const int labelHeight = QFontMetrics(labelFont(font())).height();
    const int extra = padding + 3 + labelHeight + barHeight; // tile height minus tile width
    const int available = std::max(area.height() - headerHeight(), 0);
    Geometry best;
    best.columns = count;
    best.rows = 1;
    best.tile = QSize(minimumTileWidth, minimumTileWidth + extra);
    int bestWidth = 0;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        int tileWidth = std::min((area.width() - (columns - 1) * spacing) / columns, maximumTileWidth);
        const int heightLimit = (available - (rows - 1) * spacing) / rows - extra;
        tileWidth = std::min(tileWidth, heightLimit);
        if (tileWidth > bestWidth) {
            bestWidth = tileWidth;
            best.columns = columns;
            best.rows = rows;
            best.tile = QSize(tileWidth, tileWidth + extra);
        }
    }
    if (bestWidth < minimumTileWidth) {
        // Too little room: keep the digits readable and let them be clipped
        // rather than shrink them to specks.
        best.columns = std::max(1, std::min(count, (area.width() + spacing) / (minimumTileWidth + spacing)));
        best.rows = (count + best.columns - 1) / best.columns;
        best.tile = QSize(minimumTileWidth, minimumTileWidth + extra);
    }
    return best;
}

QSize PredictionsGrid::sizeHint() const
{
    const int tile = 80;
    const int extra = QFontMetrics(labelFont(font())).height() + barHeight + padding + 3;
    return QSize(16 * tile + 15 * spacing, headerHeight() + 2 * (tile + extra) + spacing);
}

QSize PredictionsGrid::minimumSizeHint() const
{
    const int extra = QFontMetrics(labelFont(font())).height() + barHeight + padding + 3;
    return QSize(8 * minimumTileWidth + 7 * spacing, headerHeight() + minimumTileWidth + extra);
}

QRect PredictionsGrid::tileRect(int index, const Geometry &g) const
{
    const int row = index / g.columns;
    const int column = index % g.columns;
    // Centre the grid horizontally when tiles hit their maximum size.
    const int gridWidth = g.columns * g.tile.width() + (g.columns - 1) * spacing;
    const int left = std::max(0, (width() - gridWidth) / 2);
    return QRect(left + column * (g.tile.width() + spacing),
        headerHeight() + row * (g.tile.height() + spacing), g.tile.width(), g.tile.height());
}

QString PredictionsGrid::className(int label) const
{
    if (label >= 0 && label < m_classNames.size())
        return m_classNames[label];
    return QString::number(label);
}

QString PredictionsGrid::headerText() const
{
    if (m_tiles.empty() || m_tiles.front().image.isNull())
        return tr("Sample predictions — appear when training starts");
    const int predicted = predictionCount();
    if (predicted == 0)
        return tr("Sample predictions — waiting for the first evaluation");
    const int shown = shownCount();
    if (shown < sampleCount()) {
        // "32 of 32 correct" over 26 visible digits was a claim about digits
        // nobody could see: count the visible ones and say where the rest are.
        const Geometry g = geometryFor(size());
        int shownPredicted = 0, shownCorrect = 0;
        for (int i = 0; i < sampleCount(); ++i) {
            const QRect r = tileRect(i, g);
            if (r.bottom() >= height() || r.right() >= width() || !m_tiles[std::size_t(i)].prediction)
                continue;
            ++shownPredicted;
            shownCorrect += m_tiles[std::size_t(i)].prediction->isCorrect() ? 1 : 0;
        }
        return tr("Sample predictions — %1 of %2 shown correct (%3 more hidden: enlarge this panel)")
            .arg(shownCorrect)
            .arg(shownPredicted)
            .arg(sampleCount() - shown);
    }
    return tr("Sample predictions — %1 of %2 correct").arg(correctCount()).arg(predicted);
}

void PredictionsGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    QColor good = dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    QColor bad = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    if (m_colorBlindSafe) {
        good = dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
        bad = dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);
    }
    const QColor neutral = pal.color(QPalette::Mid);

    const QFont bold = labelFont(font());
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(
        QRect(0, 0, width(), headerHeight() - spacing), Qt::AlignLeft | Qt::AlignVCenter, headerText());

    const Geometry g = geometryFor(size());
    const QFontMetrics metrics(bold);
    for (int i = 0; i < sampleCount(); ++i) {
        const Tile &tile = m_tiles[std::size_t(i)];
        const QRect rect = tileRect(i, g);
        const QColor frame = tile.prediction ? (tile.prediction->isCorrect() ? good : bad) : neutral;

        painter.setPen(QPen(frame, tile.prediction ? 3 : 1));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 5, 5);

        const int side = rect.width() - 2 * padding;
        const QRect imageRect(rect.left() + padding, rect.top() + padding, side, side);
        const QRect labelRect(rect.left() + padding, imageRect.bottom() + 3, side, metrics.height());
        const QRect barRect(rect.left() + padding, labelRect.bottom() + 1, side, barHeight);

        if (tile.image.isNull()) {
            painter.fillRect(imageRect, pal.color(QPalette::AlternateBase));
            painter.setPen(neutral);
            QFont big = bold;
            big.setPointSizeF(bold.pointSizeF() * 1.8);
            painter.setFont(big);
            painter.drawText(imageRect, Qt::AlignCenter, QStringLiteral("?"));
            painter.setFont(bold);
            continue;
        }
        // MNIST stores ink as bright on black. On a light palette show dark ink
        // on white, like the handwriting it was; on a dark palette as stored.
        QImage image = tile.image;
        if (!dark)
            image.invertPixels();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // crisp pixels, honest data
        painter.drawImage(imageRect, image);

        if (!tile.prediction) {
            painter.setPen(neutral);
            painter.drawText(labelRect, Qt::AlignCenter, QStringLiteral("?"));
            continue;
        }
        const core::Prediction &p = *tile.prediction;
        // Only the verdict: the image itself shows what the true class is, and
        // the frame colour says whether the model agreed (the tooltip has both).
        const QString text = className(p.predictedLabel);
        painter.setPen(p.isCorrect() ? pal.color(QPalette::Text) : bad);
        painter.drawText(
            labelRect, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, labelRect.width()));

        const double confidence = std::clamp(double(p.topProbabilities[0]), 0.0, 1.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::AlternateBase));
        painter.drawRoundedRect(barRect, 2, 2);
        painter.setBrush(p.isCorrect() ? good : bad);
        painter.drawRoundedRect(
            QRect(barRect.topLeft(), QSize(int(std::lround(barRect.width() * confidence)), barRect.height())),
            2, 2);
    }
}

QString PredictionsGrid::tooltipFor(int index) const
{
    const Tile &tile = m_tiles[std::size_t(index)];
    if (tile.image.isNull())
        return tr("Sample digits appear when training starts.");
    if (!tile.prediction)
        return tr("True class: %1<br>No prediction yet.").arg(className(tile.label).toHtmlEscaped());
    const core::Prediction &p = *tile.prediction;
    QString text
        = tr("True class: <b>%1</b><br>Predicted: <b>%2</b>")
              .arg(className(p.trueLabel).toHtmlEscaped(), className(p.predictedLabel).toHtmlEscaped());
    for (std::size_t k = 0; k < p.topClasses.size(); ++k)
        text += tr("<br>%1. %2 — %3")
                    .arg(k + 1)
                    .arg(className(p.topClasses[k]).toHtmlEscaped(),
                        Format::percent(p.topProbabilities[k], 1));
    return text;
}

bool PredictionsGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Geometry g = geometryFor(size());
        for (int i = 0; i < sampleCount(); ++i) {
            if (tileRect(i, g).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tooltipFor(i), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cnnlab::ui
