#include "mapgrid.h"

#include "common/digitimage.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

constexpr int gap = 4;

QColor mix(const QColor &a, const QColor &b, float t)
{
    t = std::clamp(t, 0.0f, 1.0f);
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

MapGrid::MapGrid(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void MapGrid::setMaps(const std::vector<std::vector<float>> &maps, int side, Scale scale)
{
    m_maps = maps;
    m_side = side;
    m_scale = scale;
    rebuildImages();
    updateGeometry();
    update();
}

void MapGrid::clear()
{
    m_maps.clear();
    m_images.clear();
    updateGeometry();
    update();
}

void MapGrid::setColumns(int columns)
{
    m_columns = std::max(1, columns);
    updateGeometry();
    update();
}

void MapGrid::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QColor MapGrid::colorFor(float value, float scale) const
{
    const bool dark = DigitImage::isDark(palette());
    const QColor zero = dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
    if (!std::isfinite(value) || scale <= 0)
        return zero;
    if (m_scale == Scale::Diverging) {
        // Blue-white-red (on dark: blue-black-orange), symmetric around 0.
        const QColor negative = dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
        const QColor positive = dark ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28);
        const float t = value / scale;
        return t < 0 ? mix(zero, negative, -t) : mix(zero, positive, t);
    }
    const QColor full = dark ? QColor(0xff, 0xe0, 0x82) : QColor(0x1a, 0x23, 0x7e);
    return mix(zero, full, value / scale);
}

void MapGrid::rebuildImages()
{
    m_images.clear();
    if (m_side <= 0)
        return;
    float global = 0.0f;
    for (const std::vector<float> &map : m_maps)
        for (float v : map)
            if (std::isfinite(v))
                global = std::max(global, std::abs(v));
    for (const std::vector<float> &map : m_maps) {
        QImage image(m_side, m_side, QImage::Format_RGB32);
        float scale = global;
        if (m_scale == Scale::Sequential) {
            scale = 0.0f;
            for (float v : map)
                if (std::isfinite(v))
                    scale = std::max(scale, v);
        }
        for (int y = 0; y < m_side; ++y)
            for (int x = 0; x < m_side; ++x) {
                const std::size_t i = std::size_t(y) * std::size_t(m_side) + std::size_t(x);
                image.setPixelColor(x, y, colorFor(i < map.size() ? map[i] : 0.0f, scale));
            }
        m_images.push_back(image);
    }
}

int MapGrid::tileSize(int width) const
{
    return std::max(8, (width - (m_columns - 1) * gap) / m_columns);
}

int MapGrid::heightForWidth(int width) const
{
    const int count = std::max(mapCount(), m_columns);
    const int rows = (count + m_columns - 1) / m_columns;
    return rows * tileSize(width) + (rows - 1) * gap;
}

QSize MapGrid::sizeHint() const
{
    const int width = m_columns * 48 + (m_columns - 1) * gap;
    return QSize(width, heightForWidth(width));
}

QSize MapGrid::minimumSizeHint() const
{
    const int width = m_columns * 16 + (m_columns - 1) * gap;
    return QSize(width, heightForWidth(width));
}

QRect MapGrid::mapRect(int index) const
{
    const int tile = tileSize(width());
    const int row = index / m_columns;
    const int column = index % m_columns;
    return QRect(column * (tile + gap), row * (tile + gap), tile, tile);
}

void MapGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    if (m_images.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // crisp pixels, honest data
    for (int i = 0; i < int(m_images.size()); ++i) {
        const QRect r = mapRect(i);
        painter.drawImage(r, m_images[std::size_t(i)]);
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    }
}

bool MapGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < mapCount(); ++i)
            if (mapRect(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tr("Filter %1").arg(i + 1), this);
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cnnlab::ui
