#pragma once

#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <utility>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace cnnlab::core {
class TrainingEngine;
}

namespace cnnlab::ui {

class DigitCanvas;

// Draw your own digit: the pad, what the network sees (the drawing made into
// a 28x28 MNIST-style input by core::preprocessDigit) and the model's top
// three classes, updated about ten times a second while drawing.
//
// The model is the window's engine (the live run's inference copy, or the
// last finished run's model) or a checkpoint loaded here into an engine of
// its own; inference runs on the GUI thread, which core allows and which
// takes a millisecond or two for one image.
class DrawPadPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DrawPadPanel(QWidget *parent = nullptr);
    ~DrawPadPanel() override;

    // Not owned; may be null. `live`: a run is in progress (for the caption).
    void setEngine(const core::TrainingEngine *engine, bool live);
    // Loads a finished run's checkpoint.pt; it is used until unloadCheckpoint().
    bool loadCheckpoint(const QString &path, QString *error = nullptr);
    void unloadCheckpoint();
    [[nodiscard]] bool hasLoadedCheckpoint() const { return m_loaded != nullptr; }
    // The model predictions come from now; null when there is none.
    [[nodiscard]] const core::TrainingEngine *currentEngine() const;
    void setClassNames(const QStringList &names);

    [[nodiscard]] DigitCanvas *canvas() const { return m_canvas; }
    // The last preprocessed input (784 values) and its top three (class,
    // probability); empty when the pad is empty or there is no model.
    [[nodiscard]] const std::vector<float> &networkInput() const { return m_input; }
    [[nodiscard]] const std::vector<std::pair<int, float>> &topClasses() const { return m_top; }
    [[nodiscard]] int predictedClass() const { return m_top.empty() ? -1 : m_top.front().first; }
    [[nodiscard]] int predictionCount() const { return m_predictions; }

public Q_SLOTS:
    // Preprocesses and predicts now (the throttle calls it while drawing;
    // the window calls it when the model changed).
    void predictNow();

Q_SIGNALS:
    // The preprocessed drawing changed (the filters view shows its feature maps).
    void drawingChanged(const std::vector<float> &networkInput);
    void modelChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadCheckpointInteractively();
    void updateBars();
    void updateStatus();
    [[nodiscard]] QString className(int label) const;

    DigitCanvas *m_canvas = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_load = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_topTitle = nullptr;
    std::array<QLabel *, 3> m_barLabels {};
    std::array<QProgressBar *, 3> m_bars {};
    QLabel *m_status = nullptr;
    QTimer *m_throttle = nullptr;

    const core::TrainingEngine *m_engine = nullptr;
    bool m_live = false;
    std::unique_ptr<core::TrainingEngine> m_loaded;
    QString m_loadedName;
    QStringList m_classNames;
    std::vector<float> m_input;
    std::vector<std::pair<int, float>> m_top;
    int m_predictions = 0;
};

} // namespace cnnlab::ui
