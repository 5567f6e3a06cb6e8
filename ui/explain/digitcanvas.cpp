#include "digitcanvas.h"

#include "common/digitimage.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTouchEvent>

namespace cnnlab::ui {

DigitCanvas::DigitCanvas(QWidget *parent)
    : QWidget(parent)
    , m_ink(side, side, QImage::Format_Grayscale8)
{
    setObjectName(QStringLiteral("digitCanvas"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(side, side);
    setCursor(Qt::CrossCursor);
    m_ink.fill(0);
    retranslateUi();
}

void DigitCanvas::retranslateUi()
{
    setAccessibleName(tr("Drawing pad"));
    setToolTip(tr("Draw a digit with the mouse, a pen or a finger"));
}

void DigitCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

std::vector<float> DigitCanvas::ink() const
{
    std::vector<float> values(std::size_t(side) * side);
    for (int y = 0; y < side; ++y) {
        const uchar *line = m_ink.constScanLine(y);
        for (int x = 0; x < side; ++x)
            values[std::size_t(y) * side + std::size_t(x)] = float(line[x]) / 255.0f;
    }
    return values;
}

void DigitCanvas::setImage(const QImage &image)
{
    m_ink = image.convertToFormat(QImage::Format_Grayscale8)
                .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    m_empty = true;
    for (int y = 0; y < side && m_empty; ++y) {
        const uchar *line = m_ink.constScanLine(y);
        for (int x = 0; x < side; ++x)
            if (line[x] != 0) {
                m_empty = false;
                break;
            }
    }
    update();
    Q_EMIT changed();
    Q_EMIT strokeFinished();
}

void DigitCanvas::clear()
{
    m_ink.fill(0);
    m_empty = true;
    m_drawing = false;
    update();
    Q_EMIT changed();
    Q_EMIT strokeFinished();
}

void DigitCanvas::drawSegment(const QPointF &from, const QPointF &to)
{
    QPainter painter(&m_ink);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(Qt::white, m_brushWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    if (from == to)
        painter.drawPoint(from); // a dot: a round cap makes it a disc
    else
        painter.drawLine(from, to);
    painter.end();
    m_empty = false;
    update();
    Q_EMIT changed();
}

void DigitCanvas::beginStroke(const QPointF &point)
{
    m_drawing = true;
    m_last = point;
    drawSegment(point, point);
}

void DigitCanvas::continueStroke(const QPointF &point)
{
    if (!m_drawing)
        return;
    drawSegment(m_last, point);
    m_last = point;
}

void DigitCanvas::endStroke()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT strokeFinished();
}

QRect DigitCanvas::canvasRect() const
{
    return QRect(QPoint(0, 0), QSize(side, side));
}

QPointF DigitCanvas::toCanvas(const QPointF &widgetPoint) const
{
    return widgetPoint; // the widget is exactly the canvas (fixed size)
}

void DigitCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.drawImage(canvasRect(), DigitImage::forPalette(m_ink, pal));
    // A guide: the 20x20 box MNIST centres its digits in.
    QPen guide(pal.color(QPalette::Mid), 1, Qt::DotLine);
    painter.setPen(guide);
    painter.drawRect(QRectF(40, 40, 200, 200));
    painter.setPen(QPen(pal.color(QPalette::Dark), 1));
    painter.drawRect(canvasRect().adjusted(0, 0, -1, -1));
}

void DigitCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        beginStroke(toCanvas(event->position()));
}

void DigitCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        continueStroke(toCanvas(event->position()));
}

void DigitCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        endStroke();
}

bool DigitCanvas::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        // One finger draws; a touch screen sends no mouse events we rely on.
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &point = touch->points().first();
        const QPointF pos = toCanvas(point.position());
        if (event->type() == QEvent::TouchBegin)
            beginStroke(pos);
        else if (event->type() == QEvent::TouchUpdate)
            continueStroke(pos);
        else {
            continueStroke(pos);
            endStroke();
        }
        event->accept();
        return true;
    }
    default: break;
    }
    return QWidget::event(event);
}

} // namespace cnnlab::ui
