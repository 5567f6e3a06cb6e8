#pragma once

#include <QString>
#include <QWidget>

#include <vector>

namespace cnnlab::ui {

// A grid of small square maps (filters or feature maps), each enlarged with
// crisp pixels. Diverging: blue for negative, white/black for zero, red for
// positive, one scale for all maps (filters: the sign matters). Sequential:
// each map from 0 (background) to its own maximum (ReLU activations: where
// each filter responds).
class MapGrid : public QWidget
{
    Q_OBJECT
public:
    enum class Scale { Diverging, Sequential };

    explicit MapGrid(QWidget *parent = nullptr);

    void setMaps(const std::vector<std::vector<float>> &maps, int side, Scale scale);
    void clear();
    void setColumns(int columns);
    void setPlaceholder(const QString &text);
    [[nodiscard]] int mapCount() const { return int(m_maps.size()); }
    [[nodiscard]] int mapSide() const { return m_side; }
    [[nodiscard]] QRect mapRect(int index) const;
    // The colour a value gets (tests, the legend).
    [[nodiscard]] QColor colorFor(float value, float scale) const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] int tileSize(int width) const;
    void rebuildImages();

    std::vector<std::vector<float>> m_maps;
    std::vector<QImage> m_images;
    int m_side = 0;
    int m_columns = 8;
    Scale m_scale = Scale::Sequential;
    QString m_placeholder;
};

} // namespace cnnlab::ui
