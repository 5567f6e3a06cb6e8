#pragma once

#include "cnnlab/core/evaluationdetails.h"

#include <QFont>
#include <QStringList>
#include <QWidget>

namespace cnnlab::ui {

// A 10x10 confusion matrix (rows: true class, columns: predicted class) with
// a per-class accuracy column. Counts, or row-normalised percentages; the
// diagonal shades green, mistakes orange-red, both blended from the palette's
// base colour so the scale reads on light and dark themes. Click a cell to
// see its images (cellClicked).
class ConfusionMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setMatrix(const core::ConfusionMatrix &matrix);
    [[nodiscard]] const core::ConfusionMatrix &matrix() const { return m_matrix; }
    void setClassNames(const QStringList &names);
    [[nodiscard]] bool isNormalized() const { return m_normalized; }
    void setNormalized(bool normalized);
    void clear();

    // The selected (true, predicted) cell; (-1, -1) when none.
    void setSelectedCell(int trueClass, int predictedClass);
    [[nodiscard]] int selectedTrueClass() const { return m_selectedTrue; }
    [[nodiscard]] int selectedPredictedClass() const { return m_selectedPredicted; }

    // Where the cell is drawn now (tests click there).
    [[nodiscard]] QRect cellRect(int trueClass, int predictedClass) const;
    // `compact`: thousands as "1.1k", when even the smallest font would clip "1,135".
    [[nodiscard]] QString cellText(int trueClass, int predictedClass, bool compact = false) const;

    // Where everything is drawn for a widget of `size`, and in which fonts:
    // the cell font shrinks until the widest count fits its cell.
    struct Layout {
        QRect grid; // the 10x10 cells
        int cell = 0;
        int rowHeaderWidth = 0;
        int headerHeight = 0;
        QRect accuracyColumn;
        QRect rowLabels; // left and width of the row labels ("3", "3 cat")
        QFont headerFont; // titles and row/column labels
        QFont cellFont;
        bool compact = false;
    };
    [[nodiscard]] Layout layoutFor(QSize size) const;
    // Measuring the fonts is not free: paint lays out once and asks this.
    [[nodiscard]] static QRect cellRect(const Layout &layout, int trueClass, int predictedClass);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellClicked(int trueClass, int predictedClass);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QString className(int index) const;
    [[nodiscard]] QColor cellColor(int trueClass, int predictedClass) const;
    void retranslateUi();

    core::ConfusionMatrix m_matrix;
    QStringList m_classNames;
    bool m_normalized = false;
    int m_selectedTrue = -1;
    int m_selectedPredicted = -1;
};

} // namespace cnnlab::ui
