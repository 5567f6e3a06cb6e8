#pragma once

#include <QImage>
#include <QPointF>
#include <QWidget>

#include <vector>

namespace cnnlab::ui {

// A 280x280 pad to draw a digit on with the mouse, a pen or a finger: a round
// brush, ink stored as a grey image (0 = paper, 255 = full ink) the size of
// the pad, ten times the 28x28 the network sees.
class DigitCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr int side = 280;

    explicit DigitCanvas(QWidget *parent = nullptr);

    // Ink in [0, 1], row-major, side x side (what core::preprocessDigit takes).
    [[nodiscard]] std::vector<float> ink() const;
    [[nodiscard]] const QImage &image() const { return m_ink; }
    // Replaces the drawing (scaled to side x side; grey levels are ink).
    void setImage(const QImage &image);
    [[nodiscard]] bool isEmpty() const { return m_empty; }
    [[nodiscard]] double brushWidth() const { return m_brushWidth; }
    void setBrushWidth(double width) { m_brushWidth = width; }

    // One stroke, in canvas coordinates (tests and touch use the same path).
    void beginStroke(const QPointF &point);
    void continueStroke(const QPointF &point);
    void endStroke();

    [[nodiscard]] QSize sizeHint() const override { return QSize(side, side); }
    [[nodiscard]] QSize minimumSizeHint() const override { return QSize(side, side); }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();
    void strokeFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QPointF toCanvas(const QPointF &widgetPoint) const;
    [[nodiscard]] QRect canvasRect() const;
    void drawSegment(const QPointF &from, const QPointF &to);
    void retranslateUi();

    QImage m_ink; // Format_Grayscale8, side x side
    QPointF m_last;
    bool m_drawing = false;
    bool m_empty = true;
    double m_brushWidth = 22.0; // ~2.2 MNIST pixels once scaled: MNIST's stroke width
};

} // namespace cnnlab::ui
