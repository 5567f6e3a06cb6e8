#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QWidget>

#include <optional>
#include <vector>

namespace cnnlab::ui {

// Validation accuracy over learning rate (rows) x batch size (columns),
// painted by hand (a grid of labelled cells in a colour-blind-safe sequential
// scale) rather than with a chart library: every cell carries its number, so
// the colour only repeats what the text says.
class SweepHeatmap : public QWidget
{
    Q_OBJECT
public:
    explicit SweepHeatmap(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    [[nodiscard]] QString title() const { return m_title; }
    void setAxes(const std::vector<double> &learningRates, const std::vector<int> &batchSizes);
    // Cells without a value are drawn as "not yet", or with their outcome.
    void setValue(int rateIndex, int batchIndex, double accuracy);
    // A cell whose run ended without a figure ("diverged", "failed"); a value
    // set for the same cell wins.
    void setOutcome(int rateIndex, int batchIndex, const QString &outcome);
    void clearValues();
    [[nodiscard]] std::optional<double> value(int rateIndex, int batchIndex) const;
    // What a cell without a value reads: its outcome, else "not yet".
    [[nodiscard]] QString emptyCellText(int rateIndex, int batchIndex) const;
    [[nodiscard]] int rateCount() const { return int(m_rates.size()); }
    [[nodiscard]] int batchCount() const { return int(m_batches.size()); }
    // The cell colour for `t` in [0, 1] (dark blue to yellow, like viridis).
    [[nodiscard]] static QColor scaleColor(double t);

    // Each cell's text as painted: its box, words and font. The font shrinks
    // (and then the decimals go) until the widest cell text fits its box, so
    // no figure is clipped ("6.43 %" for 96.43 %).
    struct CellText {
        QRectF box;
        QString text;
        bool wraps = false; // "not yet", "diverged": may take two lines
    };
    struct Layout {
        QRect grid;
        int labelWidth = 0;
        double cellWidth = 0;
        double cellHeight = 0;
        QFont valueFont;
        QFont emptyFont;
        int decimals = 2;
        QList<CellText> cells;
    };
    [[nodiscard]] Layout layoutFor(QSize size) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();

    QString m_title;
    std::vector<double> m_rates;
    std::vector<int> m_batches;
    QHash<QPair<int, int>, double> m_values;
    QHash<QPair<int, int>, QString> m_outcomes;
};

} // namespace cnnlab::ui
