#include "confusionmatrixview.h"

#include "common/format.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cnnlab::ui {

namespace {

constexpr int classes = 10;

QColor blend(const QColor &from, const QColor &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
        float(from.greenF() + (to.greenF() - from.greenF()) * t),
        float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    const double luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("confusionMatrixView"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
    retranslateUi();
}

void ConfusionMatrixView::retranslateUi()
{
    setAccessibleName(tr("Confusion matrix"));
    setAccessibleDescription(
        tr("Rows: true class. Columns: predicted class. Click a cell to see its images."));
    update();
}

void ConfusionMatrixView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConfusionMatrixView::setMatrix(const core::ConfusionMatrix &matrix)
{
    m_matrix = matrix;
    update();
}

void ConfusionMatrixView::setClassNames(const QStringList &names)
{
    m_classNames = names;
    updateGeometry();
    update();
}

void ConfusionMatrixView::setNormalized(bool normalized)
{
    if (m_normalized == normalized)
        return;
    m_normalized = normalized;
    update();
}

void ConfusionMatrixView::clear()
{
    m_matrix = {};
    m_selectedTrue = m_selectedPredicted = -1;
    update();
}

void ConfusionMatrixView::setSelectedCell(int trueClass, int predictedClass)
{
    m_selectedTrue = trueClass;
    m_selectedPredicted = predictedClass;
    update();
}

QString ConfusionMatrixView::className(int index) const
{
    if (index >= 0 && index < m_classNames.size())
        return m_classNames[index];
    return QString::number(index);
}

ConfusionMatrixView::Layout ConfusionMatrixView::layoutFor(QSize area) const
{
    Layout l;
    l.headerFont = font();
    l.headerFont.setBold(true); // measured as drawn: bold digits are wider
    const QFontMetrics metrics(l.headerFont);
    // Rows are labelled "3 cat"; columns by index only, so long Fashion-MNIST
    // names do not crowd the header (the tooltip has them).
    int labelWidth = 0;
    for (int c = 0; c < classes; ++c) {
        const bool named = c < m_classNames.size() && m_classNames[c] != QString::number(c);
        labelWidth = std::max(labelWidth,
            metrics.horizontalAdvance(
                named ? QStringLiteral("%1 %2").arg(c).arg(className(c)) : className(c)));
    }
    l.rowHeaderWidth = labelWidth + metrics.height() + 16; // + the rotated "true class" title
    l.rowLabels = QRect(metrics.height() + 8, 0, labelWidth + 4, 0);
    l.headerHeight = 2 * metrics.height() + 8;
    const int accuracyWidth = QFontMetrics(font()).horizontalAdvance(QStringLiteral("100.0 %")) + 16;
    const int availableWidth = area.width() - l.rowHeaderWidth - accuracyWidth - 12;
    const int availableHeight = area.height() - l.headerHeight - 4;
    l.cell = std::max(18, std::min(availableWidth, availableHeight) / classes);
    l.grid = QRect(l.rowHeaderWidth, l.headerHeight, l.cell * classes, l.cell * classes);
    l.accuracyColumn = QRect(l.grid.right() + 9, l.grid.top(), accuracyWidth, l.grid.height());

    // The largest font (a third of the cell, at most a little above the
    // text size) at which every count fits; below 7 px, counts go compact.
    const auto widest = [this](const QFont &f, bool compact) {
        const QFontMetricsF m(f);
        qreal w = 0;
        if (!m_matrix.isEmpty())
            for (int t = 0; t < classes; ++t)
                for (int p = 0; p < classes; ++p)
                    w = std::max(w, m.horizontalAdvance(cellText(t, p, compact)));
        return w;
    };
    const qreal room = l.cell - 4;
    l.cellFont = font();
    int pixels = std::clamp(l.cell / 3, 7, QFontInfo(font()).pixelSize() + 4);
    for (;; --pixels) {
        l.cellFont.setPixelSize(pixels);
        if (pixels <= 7 || widest(l.cellFont, false) <= room)
            break;
    }
    l.compact = widest(l.cellFont, false) > room;
    return l;
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predictedClass) const
{
    return cellRect(layoutFor(size()), trueClass, predictedClass);
}

QRect ConfusionMatrixView::cellRect(const Layout &l, int trueClass, int predictedClass)
{
    return QRect(l.grid.left() + predictedClass * l.cell, l.grid.top() + trueClass * l.cell, l.cell, l.cell);
}

QSize ConfusionMatrixView::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int cell = metrics.horizontalAdvance(QStringLiteral("1000")) + 14;
    const Layout l = layoutFor(QSize(4000, 4000));
    return QSize(l.rowHeaderWidth + cell * classes + l.accuracyColumn.width() + 12,
        l.headerHeight + cell * classes + 4);
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    const Layout l = layoutFor(QSize(0, 0));
    return QSize(
        l.rowHeaderWidth + 18 * classes + l.accuracyColumn.width() + 12, l.headerHeight + 18 * classes);
}

QString ConfusionMatrixView::cellText(int t, int p, bool compact) const
{
    const std::int64_t count = m_matrix.counts[std::size_t(t)][std::size_t(p)];
    if (compact && !m_normalized && count >= 1000)
        //: A count in thousands in a small confusion-matrix cell ("1.1k" for 1,135)
        return tr("%1k").arg(QLocale().toString(double(count) / 1000.0, 'f', count < 9950 ? 1 : 0));
    if (m_normalized) {
        if (m_matrix.rowTotal(t) == 0)
            return QStringLiteral("–");
        const double percent = 100.0 * m_matrix.rowFraction(t, p);
        if (count == 0)
            return QStringLiteral("0");
        // Small mistakes stay visible: 0.3 rather than 0.
        return QLocale().toString(percent, 'f', percent < 9.95 ? 1 : 0);
    }
    return QLocale().toString(qlonglong(count));
}

QColor ConfusionMatrixView::cellColor(int t, int p) const
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = isDark(pal);
    const double fraction = m_matrix.rowFraction(t, p);
    if (t == p) {
        const QColor full = dark ? QColor(0x43, 0xa0, 0x47) : QColor(0x1b, 0x5e, 0x20);
        return blend(base, full, 0.15 + 0.85 * fraction);
    }
    if (m_matrix.counts[std::size_t(t)][std::size_t(p)] == 0)
        return base;
    // Mistakes are rare (a few %): a square-root scale makes 1 % visible and
    // 20 % loud.
    const QColor full = dark ? QColor(0xff, 0x70, 0x43) : QColor(0xd8, 0x43, 0x15);
    return blend(base, full, 0.18 + 0.82 * std::sqrt(std::min(1.0, fraction / 0.25)));
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const Layout l = layoutFor(size());
    const QFontMetrics metrics(l.headerFont);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor gridLine = pal.color(QPalette::Mid);

    // Axis titles.
    painter.setFont(l.headerFont);
    painter.setPen(text);
    painter.drawText(QRect(l.grid.left(), 0, l.grid.width(), metrics.height() + 2), Qt::AlignCenter,
        tr("predicted class"));
    painter.drawText(
        QRect(l.accuracyColumn.left() - 4, 0, l.accuracyColumn.width() + 8, metrics.height() + 2),
        Qt::AlignCenter, tr("correct"));
    painter.save();
    painter.translate(metrics.height() / 2 + 2, l.grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-l.grid.height() / 2, -metrics.height() / 2, l.grid.height(), metrics.height()),
        Qt::AlignCenter, tr("true class"));
    painter.restore();

    // Headers.
    for (int c = 0; c < classes; ++c) {
        const QRect column(l.grid.left() + c * l.cell, metrics.height() + 4, l.cell, metrics.height() + 2);
        painter.drawText(column, Qt::AlignCenter, QString::number(c));
        const bool named = c < m_classNames.size() && m_classNames[c] != QString::number(c);
        const QRect row(l.rowLabels.left(), l.grid.top() + c * l.cell, l.rowLabels.width(), l.cell);
        painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter,
            named ? QStringLiteral("%1 %2").arg(c).arg(className(c)) : className(c));
    }
    painter.setFont(font());

    // Cells.
    painter.setFont(l.cellFont);
    for (int t = 0; t < classes; ++t) {
        for (int p = 0; p < classes; ++p) {
            const QRect cell = cellRect(l, t, p);
            const QColor fill = cellColor(t, p);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(gridLine, 0.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
            if (m_matrix.isEmpty())
                continue;
            const bool zero = m_matrix.counts[std::size_t(t)][std::size_t(p)] == 0;
            QColor ink = textOn(fill);
            if (zero)
                ink = pal.color(QPalette::PlaceholderText);
            painter.setPen(ink);
            painter.drawText(cell, Qt::AlignCenter, cellText(t, p, l.compact));
        }
        // Per-class accuracy: the diagonal over the row, with a bar.
        const QRect row(l.accuracyColumn.left(), l.grid.top() + t * l.cell, l.accuracyColumn.width(), l.cell);
        if (m_matrix.rowTotal(t) > 0) {
            const double accuracy = m_matrix.classAccuracy(t);
            const QRect bar = row.adjusted(0, l.cell - std::max(4, l.cell / 6) - 2, 0, -2);
            painter.fillRect(bar, pal.color(QPalette::AlternateBase));
            painter.fillRect(
                QRect(bar.topLeft(), QSize(int(bar.width() * accuracy), bar.height())), cellColor(t, t));
            painter.setPen(text);
            painter.setFont(font()); // the column was measured in it
            painter.drawText(row.adjusted(0, 0, 0, -std::max(4, l.cell / 6)), Qt::AlignCenter,
                Format::percent(accuracy, 1));
            painter.setFont(l.cellFont);
        }
    }
    if (m_selectedTrue >= 0 && m_selectedPredicted >= 0) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(l, m_selectedTrue, m_selectedPredicted).adjusted(1, 1, -1, -1));
    }
    if (m_matrix.isEmpty()) {
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.fillRect(l.grid.adjusted(l.cell, l.grid.height() / 2 - metrics.height(), -l.cell,
                             -l.grid.height() / 2 + metrics.height()),
            pal.color(QPalette::Base));
        painter.drawText(l.grid, Qt::AlignCenter | Qt::TextWordWrap,
            tr("Appears after the first full evaluation (end of epoch 1)"));
    }
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent *event)
{
    const Layout l = layoutFor(size());
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || !l.grid.contains(pos)) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int p = std::clamp((pos.x() - l.grid.left()) / l.cell, 0, classes - 1);
    const int t = std::clamp((pos.y() - l.grid.top()) / l.cell, 0, classes - 1);
    setSelectedCell(t, p);
    Q_EMIT cellClicked(t, p);
}

void ConfusionMatrixView::keyPressEvent(QKeyEvent *event)
{
    // Arrow keys move the selection; Enter opens it, like a click.
    int t = std::max(m_selectedTrue, 0);
    int p = std::max(m_selectedPredicted, 0);
    switch (event->key()) {
    case Qt::Key_Left: p = std::max(p - 1, 0); break;
    case Qt::Key_Right: p = std::min(p + 1, classes - 1); break;
    case Qt::Key_Up: t = std::max(t - 1, 0); break;
    case Qt::Key_Down: t = std::min(t + 1, classes - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: Q_EMIT cellClicked(t, p); return;
    default: QWidget::keyPressEvent(event); return;
    }
    setSelectedCell(t, p);
    Q_EMIT cellClicked(t, p);
}

bool ConfusionMatrixView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Layout l = layoutFor(size());
        if (l.grid.contains(help->pos()) && !m_matrix.isEmpty()) {
            const int p = std::clamp((help->pos().x() - l.grid.left()) / l.cell, 0, classes - 1);
            const int t = std::clamp((help->pos().y() - l.grid.top()) / l.cell, 0, classes - 1);
            const std::int64_t count = m_matrix.counts[std::size_t(t)][std::size_t(p)];
            const QString tip = t == p
                ? tr("%1 of %2 images of “%3” recognised (%4)")
                      .arg(Format::integer(count), Format::integer(m_matrix.rowTotal(t)), className(t),
                          Format::percent(m_matrix.rowFraction(t, p), 1))
                : tr("%1 images of “%2” taken for “%3” (%4 of that class). Click to see them.")
                      .arg(Format::integer(count), className(t), className(p),
                          Format::percent(m_matrix.rowFraction(t, p), 1));
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace cnnlab::ui
