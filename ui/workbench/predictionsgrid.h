#pragma once

#include "cnnlab/core/metrics.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

namespace cnnlab::ui {

class RunSession;

// The fixed sample digits (RunInfo::samples), enlarged, each with the model's
// current verdict: predicted label, a confidence bar, green when right and red
// when wrong. Painted by hand: 32 tiles redrawn a few times per epoch are far
// cheaper as one widget than as 32 label/progress-bar groups.
class PredictionsGrid : public QWidget
{
    Q_OBJECT
public:
    explicit PredictionsGrid(QWidget *parent = nullptr);

    // Shows the session's run from now on (its samples and predictions);
    // null: none. The previous session is disconnected.
    void setSession(RunSession *session);

    // Placeholder tiles ("?") until a run reports its samples.
    void setPlaceholderCount(int count);
    void setSamples(const std::vector<core::SampleImage> &samples, const QStringList &classNames);
    void setPredictions(const std::vector<core::Prediction> &predictions);
    void clear();

    [[nodiscard]] int sampleCount() const { return int(m_tiles.size()); }
    [[nodiscard]] int predictionCount() const;
    [[nodiscard]] int correctCount() const;
    // Tiles that fit whole into the widget now (the rest are cut off when the
    // panel is too small); the heading counts only these, or says so.
    [[nodiscard]] int shownCount() const;
    [[nodiscard]] QString headingText() const { return headerText(); }
    [[nodiscard]] int updateCount() const { return m_updates; }

    // Blue/vermillion (Okabe–Ito) instead of green/red for right/wrong.
    [[nodiscard]] bool isColorBlindSafe() const { return m_colorBlindSafe; }
    void setColorBlindSafe(bool safe);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void predictionsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Tile {
        QImage image; // null: placeholder
        int label = -1;
        std::optional<core::Prediction> prediction;
    };
    struct Geometry {
        int columns = 1;
        int rows = 1;
        QSize tile;
    };

    [[nodiscard]] Geometry geometryFor(QSize area) const;
    [[nodiscard]] QRect tileRect(int index, const Geometry &geometry) const;
    [[nodiscard]] QString className(int label) const;
    [[nodiscard]] QString tooltipFor(int index) const;
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] QString headerText() const;
    void updateAccessibleText();

    QPointer<RunSession> m_session;
    std::vector<Tile> m_tiles;
    QStringList m_classNames;
    int m_updates = 0;
    bool m_colorBlindSafe = false;
};

} // namespace cnnlab::ui
