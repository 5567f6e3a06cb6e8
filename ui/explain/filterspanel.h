#pragma once

#include "cnnlab/core/metrics.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace cnnlab::core {
class TrainingEngine;
}

namespace cnnlab::ui {

class MapGrid;

// Inside the network: the first layer's 32 learned 3x3 filters, and for a
// chosen digit (a sample digit or the drawn one) the 32 conv1 and 64 conv2
// feature maps. Recomputed only while visible (one forward pass each time).
class FiltersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FiltersPanel(QWidget *parent = nullptr);

    void setEngine(const core::TrainingEngine *engine); // not owned; may be null
    void setSamples(const std::vector<core::SampleImage> &samples, const QStringList &classNames);
    void setDrawnDigit(const std::vector<float> &networkInput); // 784 values
    // The chosen digit: index into the samples, or samples.size() for the drawing.
    void setCurrentDigit(int index);
    void clear();

    [[nodiscard]] MapGrid *filtersGrid() const { return m_filters; }
    [[nodiscard]] MapGrid *conv1Grid() const { return m_conv1; }
    [[nodiscard]] MapGrid *conv2Grid() const { return m_conv2; }
    [[nodiscard]] QComboBox *digitCombo() const { return m_digit; }

public Q_SLOTS:
    // The model changed (an evaluation, a loaded checkpoint): recompute.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void rebuildDigitCombo();
    [[nodiscard]] std::vector<float> currentInput() const;
    void compute();

    const core::TrainingEngine *m_engine = nullptr;
    std::vector<core::SampleImage> m_samples;
    QStringList m_classNames;
    std::vector<float> m_drawn;
    bool m_dirty = true;

    // What the shown model has (the lab's network until one is shown): the
    // titles name its counts and sizes.
    struct Shape {
        int filters = 32;
        int kernelSize = 3;
        int conv1Size = 26;
        int conv2Maps = 64;
        int conv2Size = 24;
    };
    Shape m_shape;
    void wordTitles();
    QLabel *m_filtersTitle = nullptr;
    QLabel *m_filtersCaption = nullptr;
    MapGrid *m_filters = nullptr;
    QLabel *m_digitLabel = nullptr;
    QComboBox *m_digit = nullptr;
    QLabel *m_input = nullptr;
    QLabel *m_conv1Title = nullptr;
    MapGrid *m_conv1 = nullptr;
    QLabel *m_conv2Title = nullptr;
    MapGrid *m_conv2 = nullptr;
};

} // namespace cnnlab::ui
