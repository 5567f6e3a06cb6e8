#include "sweepheatmap.h"

#include "common/format.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

SweepHeatmap::SweepHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

void SweepHeatmap::setTitle(const QString &title)
{
    m_title = title;
    updateAccessibleText();
    update();
}

void SweepHeatmap::setAxes(const std::vector<double> &learningRates, const std::vector<int> &batchSizes)
{
    m_rates = learningRates;
    m_batches = batchSizes;
    m_values.clear();
    m_outcomes.clear();
    updateAccessibleText();
    updateGeometry();
    update();
}

void SweepHeatmap::setValue(int rateIndex, int batchIndex, double accuracy)
{
    m_values.insert(qMakePair(rateIndex, batchIndex), accuracy);
    updateAccessibleText();
    update();
}

void SweepHeatmap::setOutcome(int rateIndex, int batchIndex, const QString &outcome)
{
    m_outcomes.insert(qMakePair(rateIndex, batchIndex), outcome);
    updateAccessibleText();
    update();
}

QString SweepHeatmap::emptyCellText(int rateIndex, int batchIndex) const
{
    return m_outcomes.value(qMakePair(rateIndex, batchIndex), tr("not yet"));
}

void SweepHeatmap::clearValues()
{
    m_values.clear();
    m_outcomes.clear();
    updateAccessibleText();
    update();
}

std::optional<double> SweepHeatmap::value(int rateIndex, int batchIndex) const
{
    const auto it = m_values.constFind(qMakePair(rateIndex, batchIndex));
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QColor SweepHeatmap::scaleColor(double t)
{
    // Five stops of viridis: readable in grey and with colour-vision deficiencies.
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
        QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
        float(a.greenF() + (b.greenF() - a.greenF()) * f), float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QSize SweepHeatmap::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(QStringLiteral("0.0003")) + 24
            + int(std::max<std::size_t>(1, m_batches.size()))
                * fm.horizontalAdvance(QStringLiteral(" 99.99 % ")),
        fm.height() * 4 + int(std::max<std::size_t>(1, m_rates.size())) * (fm.height() * 2 + 8));
}

QSize SweepHeatmap::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(fm.horizontalAdvance(QStringLiteral("0.0003")) + 24
            + int(std::max<std::size_t>(1, m_batches.size()))
                * fm.horizontalAdvance(QStringLiteral("99.9 %")),
        fm.height() * 4 + int(std::max<std::size_t>(1, m_rates.size())) * (fm.height() + 6));
}

void SweepHeatmap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

void SweepHeatmap::updateAccessibleText()
{
    setAccessibleName(m_title.isEmpty() ? tr("Sweep heat map") : m_title);
    QStringList cells;
    for (int r = 0; r < rateCount(); ++r)
        for (int b = 0; b < batchCount(); ++b)
            if (const auto v = value(r, b); v || m_outcomes.contains(qMakePair(r, b)))
                cells << tr("lr %1, batch %2: %3")
                             .arg(Format::learningRate(m_rates[std::size_t(r)]))
                             .arg(m_batches[std::size_t(b)])
                             .arg(v ? Format::percent(*v) : emptyCellText(r, b));
    setAccessibleDescription(cells.isEmpty() ? tr("No results yet") : cells.join(QStringLiteral("; ")));
}

SweepHeatmap::Layout SweepHeatmap::layoutFor(QSize size) const
{
    Layout l;
    const QFontMetrics fm(font());
    const int margin = 6;
    const int titleHeight = fm.height() + 6;
    l.labelWidth = fm.horizontalAdvance(tr("lr"));
    for (double rate : m_rates)
        l.labelWidth = std::max(l.labelWidth, fm.horizontalAdvance(Format::learningRate(rate)));
    l.labelWidth += 10;
    const int bottomHeight = fm.height() * 2 + 8;
    l.grid = QRect(margin + l.labelWidth, margin + titleHeight, size.width() - 2 * margin - l.labelWidth,
        size.height() - 2 * margin - titleHeight - bottomHeight);
    if (m_rates.empty() || m_batches.empty() || l.grid.width() < 10 || l.grid.height() < 10)
        return l;
    l.cellWidth = double(l.grid.width()) / double(m_batches.size());
    l.cellHeight = double(l.grid.height()) / double(m_rates.size());
    const auto cellBox = [&l](int r, int b) {
        return QRectF(l.grid.left() + b * l.cellWidth + 1, l.grid.top() + r * l.cellHeight + 1,
            l.cellWidth - 2, l.cellHeight - 2);
    };

    // The widest figure at the widget's bold font, else smaller (to 70 %),
    // else with fewer decimals.
    const qreal room = l.cellWidth - 8;
    l.valueFont = font();
    l.valueFont.setBold(true);
    const qreal full = l.valueFont.pointSizeF();
    const auto widest = [this](const QFont &f, int decimals) {
        const QFontMetricsF metrics(f);
        qreal w = 0;
        for (double v : m_values)
            w = std::max(w, metrics.horizontalAdvance(Format::percent(v, decimals)));
        return w;
    };
    for (l.decimals = 2; l.decimals >= 0; --l.decimals) {
        l.valueFont.setPointSizeF(full);
        while (widest(l.valueFont, l.decimals) > room && l.valueFont.pointSizeF() > full * 0.7)
            l.valueFont.setPointSizeF(std::max(full * 0.7, l.valueFont.pointSizeF() * 0.92));
        if (widest(l.valueFont, l.decimals) <= room || l.decimals == 0)
            break;
    }
    // Outcomes wrap onto two lines; a long word ("abgebrochen") shrinks instead.
    l.emptyFont = font();
    const auto emptyFits = [&](const QFont &f) {
        const QFontMetricsF metrics(f);
        for (int r = 0; r < rateCount(); ++r)
            for (int b = 0; b < batchCount(); ++b)
                if (!value(r, b)) {
                    const QRectF box = cellBox(r, b).adjusted(2, 2, -2, -2);
                    const QRectF need
                        = metrics.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, emptyCellText(r, b));
                    if (need.width() > box.width() + 0.5 || need.height() > box.height() + 0.5)
                        return false;
                }
        return true;
    };
    while (!emptyFits(l.emptyFont) && l.emptyFont.pointSizeF() > full * 0.7)
        l.emptyFont.setPointSizeF(std::max(full * 0.7, l.emptyFont.pointSizeF() * 0.92));

    for (int r = 0; r < rateCount(); ++r)
        for (int b = 0; b < batchCount(); ++b) {
            const std::optional<double> v = value(r, b);
            l.cells.append(v ? CellText {cellBox(r, b), Format::percent(*v, l.decimals), false}
                             : CellText {cellBox(r, b), emptyCellText(r, b), true});
        }
    return l;
}

void SweepHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const int margin = 6;
    p.setPen(pal.color(QPalette::Text));
    p.setFont(bold);
    p.drawText(QRect(margin, margin, width() - 2 * margin, fm.height() + 6), Qt::AlignLeft | Qt::AlignVCenter,
        m_title);
    p.setFont(font());

    const Layout l = layoutFor(size());
    if (l.cells.isEmpty())
        return;
    double lo = 1.0, hi = 0.0;
    for (double v : std::as_const(m_values)) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double span = hi - lo;
    for (int r = 0; r < rateCount(); ++r) {
        p.setPen(pal.color(QPalette::Text));
        p.setFont(font());
        p.drawText(QRectF(margin, l.grid.top() + r * l.cellHeight, l.labelWidth - 8, l.cellHeight),
            Qt::AlignRight | Qt::AlignVCenter, Format::learningRate(m_rates[std::size_t(r)]));
        for (int b = 0; b < batchCount(); ++b) {
            const CellText &cell = l.cells[r * batchCount() + b];
            const std::optional<double> v = value(r, b);
            if (!v) {
                p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(cell.box, 3, 3);
                const bool ended = m_outcomes.contains(qMakePair(r, b));
                p.setPen(ended ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
                p.setFont(l.emptyFont);
                p.drawText(cell.box.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap, cell.text);
                continue;
            }
            const double t = span > 1e-12 ? (*v - lo) / span : 1.0;
            const QColor color = scaleColor(t);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawRoundedRect(cell.box, 3, 3);
            p.setPen(color.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
            p.setFont(l.valueFont);
            p.drawText(cell.box, Qt::AlignCenter, cell.text);
        }
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::Text));
    for (int b = 0; b < batchCount(); ++b)
        p.drawText(QRectF(l.grid.left() + b * l.cellWidth, l.grid.bottom() + 2, l.cellWidth, fm.height() + 2),
            Qt::AlignCenter, QString::number(m_batches[std::size_t(b)]));
    p.drawText(QRectF(l.grid.left(), l.grid.bottom() + fm.height() + 4, l.grid.width(), fm.height() + 2),
        Qt::AlignCenter, tr("batch size →"));
    p.drawText(QRectF(margin, l.grid.bottom() + 2, l.labelWidth - 8, fm.height() + 2),
        Qt::AlignRight | Qt::AlignVCenter, tr("lr ↓"));
}

} // namespace cnnlab::ui
