#include "charts/charttext.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

QList<QGraphicsTextItem *> visibleTextItems(QChart *chart)
{
    QList<QGraphicsTextItem *> items;
    if (!chart || !chart->scene())
        return items;
    for (QGraphicsItem *item : chart->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            items.append(text);
    return items;
}

bool isInside(const QGraphicsItem *item, const QGraphicsItem *ancestor)
{
    for (const QGraphicsItem *p = item; p; p = p->parentItem())
        if (p == ancestor)
            return true;
    return false;
}

QString axisTitle(QChart *chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    return axes.isEmpty() ? QString() : axes.first()->titleText();
}

} // namespace

bool ChartText::isCut(const QString &shown)
{
    return shown.endsWith(QLatin1String("...")) || shown.endsWith(QChar(0x2026));
}

QList<ChartText::Cut> ChartText::cutTexts(QChart *chart)
{
    QList<Cut> cuts;
    if (!chart)
        return cuts;
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    if (chart->legend() && chart->legend()->layout())
        chart->legend()->layout()->activate();
    const QString title = chart->title();
    const QString xTitle = axisTitle(chart, Qt::Horizontal);
    QStringList labels; // the legend's entries in full
    for (QLegendMarker *marker : chart->legend()->markers())
        if (marker->isVisible())
            labels.append(marker->label());
    for (QGraphicsTextItem *item : visibleTextItems(chart)) {
        const QString shown = item->toPlainText();
        // With no room even for "...", Qt Charts draws a stub ("'"): any
        // legend text that is not an entry's whole name was cut.
        // A legend wider than its room is clipped (and scrolls) rather than cut.
        const QRectF legendBox = chart->legend()->sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
        if (isInside(item, chart->legend())
            && (!labels.contains(shown) || !legendBox.contains(item->sceneBoundingRect()))) {
            cuts.append(Cut {Part::Legend, shown});
            continue;
        }
        if (!isCut(shown))
            continue;
        QString stem = shown;
        while (stem.endsWith(QLatin1Char('.')) || stem.endsWith(QChar(0x2026)))
            stem.chop(1);
        Cut cut {Part::Other, shown};
        if (isInside(item, chart->legend()))
            cut.part = Part::Legend;
        else if (std::abs(item->rotation()) > 1.0)
            cut.part = Part::YTitle;
        else if (!xTitle.isEmpty() && xTitle.startsWith(stem))
            cut.part = Part::XTitle;
        else if (title.startsWith(stem))
            cut.part = Part::Title;
        cuts.append(cut);
    }
    return cuts;
}

int ChartText::labelsThatFit(qreal length, const QFont &font)
{
    // Qt Charts hides a vertical label whose box touches the previous one;
    // a label and a half of space each keeps all of them.
    const qreal each = QFontMetricsF(font).height() * 1.5;
    return std::max(2, int(std::floor(length / std::max<qreal>(each, 1.0))) + 1);
}

} // namespace cnnlab::ui
