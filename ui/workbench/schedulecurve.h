#pragma once

#include "cnnlab/core/trainingconfig.h"

#include <QWidget>

namespace cnnlab::ui {

// A thumbnail of the learning-rate schedule over the run (rate against
// epochs, scaled to its peak), drawn beside the schedule's choice so a class
// sees a step decay's stairs or one-cycle's warm-up before pressing Start.
class ScheduleCurve : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleCurve(QWidget *parent = nullptr);

    void setConfig(const core::TrainingConfig &config);
    // The rates drawn, left to right, each divided by the largest.
    [[nodiscard]] const QList<double> &shape() const { return m_shape; }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_shape;
};

} // namespace cnnlab::ui
