#include "schedulecurve.h"

#include "cnnlab/core/lrschedule.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cnnlab::ui {

namespace {

constexpr int samples = 64;

} // namespace

ScheduleCurve::ScheduleCurve(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scheduleCurve"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setConfig(core::TrainingConfig());
}

QSize ScheduleCurve::sizeHint() const
{
    return {fontMetrics().height() * 4, fontMetrics().height() + 8};
}

void ScheduleCurve::setConfig(const core::TrainingConfig &config)
{
    QList<double> rates;
    const double epochs = std::max(1, config.epochs);
    for (int i = 0; i < samples; ++i)
        rates << core::scheduledLearningRate(config, epochs * i / (samples - 1));
    const double peak = *std::max_element(rates.begin(), rates.end());
    for (double &rate : rates)
        rate = peak > 0 ? rate / peak : 0.0;
    if (rates == m_shape)
        return;
    m_shape = rates;
    update();
}

void ScheduleCurve::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_shape.isEmpty())
        return;
    QPainterPath path;
    for (qsizetype i = 0; i < m_shape.size(); ++i) {
        const QPointF point(area.left() + area.width() * double(i) / double(m_shape.size() - 1),
            area.bottom() - area.height() * m_shape[i]);
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    const QColor ink = isEnabled() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    painter.setPen(QPen(ink, 1.6));
    painter.drawPath(path);
}

} // namespace cnnlab::ui
