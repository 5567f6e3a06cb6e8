#include "runicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cnnlab::ui {

namespace {

QPixmap draw(RunIcons::Kind kind, const QColor &color, int side, qreal ratio)
{
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(side / 24.0, side / 24.0); // drawn on a 24x24 grid
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    switch (kind) {
    case RunIcons::Kind::Start: {
        QPainterPath path;
        path.moveTo(6, 4);
        path.lineTo(20, 12);
        path.lineTo(6, 20);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case RunIcons::Kind::Pause:
        p.drawRoundedRect(QRectF(5, 4, 5, 16), 1, 1);
        p.drawRoundedRect(QRectF(14, 4, 5, 16), 1, 1);
        break;
    case RunIcons::Kind::Stop: p.drawRoundedRect(QRectF(5, 5, 14, 14), 2, 2); break;
    case RunIcons::Kind::Reset: {
        QPen pen(color, 2.6, Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(4.5, 4.5, 15, 15), 60 * 16, 285 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        QPainterPath head;
        head.moveTo(13.5, 1.5);
        head.lineTo(19.5, 5.5);
        head.lineTo(13.5, 9.5);
        head.closeSubpath();
        p.drawPath(head);
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon RunIcons::icon(Kind kind, const QPalette &palette)
{
    QIcon icon;
    const QColor normal = kind == Kind::Start ? QColor(0x2e, 0x9d, 0x42)
        : kind == Kind::Stop                  ? QColor(0xd3, 0x3b, 0x3b)
                                              : palette.color(QPalette::Active, QPalette::ButtonText);
    const QColor disabled = palette.color(QPalette::Disabled, QPalette::ButtonText);
    for (int side : {16, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            icon.addPixmap(draw(kind, normal, side, ratio), QIcon::Normal);
            icon.addPixmap(draw(kind, disabled, side, ratio), QIcon::Disabled);
        }
    }
    return icon;
}

} // namespace cnnlab::ui
