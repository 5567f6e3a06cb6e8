#pragma once

#include "cnnlab/core/devices.h"
#include "cnnlab/core/trainingconfig.h"
#include "cnnlab/core/trainingengine.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace cnnlab::ui {

class DeviceCombo;
class NetworkControls;
class OptimizerControls;
class RegularizationControls;
class RunSession;

// Every knob of a run. config() is exactly what Start hands to the engine;
// settings the panel has no control for (data directory, threads, momentum,
// evaluation cadence) pass through unchanged from the last setConfig().
class ControlsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ControlsPanel(QWidget *parent = nullptr);

    [[nodiscard]] core::TrainingConfig config() const;
    void setConfig(const core::TrainingConfig &config);
    // core::presetConfig("lab-defaults"), keeping the chosen device and data directory.
    void restoreLabDefaults();

    // Offered devices; defaults to core::availableDevices().
    void setDevices(const std::vector<core::DeviceInfo> &devices);
    // The device chooser, remote machines included (config().device is the
    // chosen machine's own device id; deviceChooser()->machine() names it).
    [[nodiscard]] DeviceCombo *deviceChooser() const { return m_device; }
    // The network's shape (conv blocks, filters, kernel, dense units,
    // activation, batch norm) and its size.
    [[nodiscard]] NetworkControls *networkControls() const { return m_network; }

    // Follows the session's run (none: stops following): the user's mid-run
    // edits go to the session, which hands them to a source that trains; the
    // panel locks what a run cannot change while one is active, is read-only
    // during a replay and shows the training-set size the run reports.
    void setSession(RunSession *session);

    // While a run is active only learning rate, dropout and batch size stay
    // editable: the engine can change those mid-run.
    void setRunning(bool running);
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The training-set size the engine reported (RunInfo::trainSize); -1
    // returns to the estimate from the controls.
    void setReportedTrainingSize(int size);

    [[nodiscard]] double costPerHour() const;
    void setCostPerHour(double dollars);

    // Presenter mode shows only what the lesson is about: dropout, learning
    // rate, batch size and epochs. Seed, optimizer, validation, subset, device
    // and the cost meter hide (and keep their values).
    [[nodiscard]] bool isAdvancedVisible() const { return m_advancedVisible; }
    void setAdvancedVisible(bool visible);

    // Keyboard steps (Ctrl+Up/Down, Ctrl+Left/Right, Ctrl+D): act as the user
    // moving the slider, so a running engine gets the change too.
    void stepLearningRate(int stops);
    void stepBatchSize(int doublings);
    void toggleDropout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // Any change, by the user or setConfig().
    void configEdited();
    // User edits of the settings the engine accepts mid-run.
    void learningRateEdited(double learningRate);
    void dropoutEdited(bool enabled, double convRate, double denseRate);
    void batchSizeEdited(int batchSize);
    void costPerHourChanged(double dollars);

private:
    void buildUi();
    void setLearningRate(double learningRate, bool fromUser);
    void setBatchSize(int batchSize, bool fromUser);
    void updateDropoutEnabled();
    void updateUpdatesLabel();
    void selectData(QComboBox *combo, const QVariant &value, const QString &textIfMissing);
    void emitDropout();
    void retranslateUi();
    void retranslateAccessibility();
    void setUpTabOrder();

    void followState();

    QPointer<RunSession> m_session;
    core::TrainingConfig m_base;
    double m_learningRate = 1e-3;
    bool m_running = false;
    int m_reportedTrainingSize = -1;
    bool m_updating = false; // inside setConfig: no "edited" signals

    NetworkControls *m_network = nullptr;
    OptimizerControls *m_optimizerDetails = nullptr; // momentum, Nesterov, schedule
    RegularizationControls *m_regularization = nullptr;
    void followConfig();
    QCheckBox *m_dropout = nullptr;
    QDoubleSpinBox *m_convDropout = nullptr;
    QDoubleSpinBox *m_denseDropout = nullptr;
    QSlider *m_batchSlider = nullptr;
    QSpinBox *m_batchSpin = nullptr;
    QLabel *m_updatesLabel = nullptr;
    // Says why a typed batch size was not taken (0, or more than the training set).
    QLabel *m_batchHint = nullptr;
    QLabel *m_oversizeHint = nullptr; // a batch larger than the training set
    QString m_typedBatch;
    void explainRejectedBatch();
    QSlider *m_learningRateSlider = nullptr;
    QLabel *m_learningRateLabel = nullptr;
    QSpinBox *m_epochs = nullptr;
    QComboBox *m_optimizer = nullptr;
    QLineEdit *m_seed = nullptr;
    DeviceCombo *m_device = nullptr;
    QComboBox *m_dataset = nullptr;
    QComboBox *m_validation = nullptr;
    QComboBox *m_subset = nullptr;
    QPushButton *m_labDefaults = nullptr;
    QDoubleSpinBox *m_costPerHour = nullptr;
    QLabel *m_liveHint = nullptr;
    QList<QWidget *> m_fixedDuringRun;
    QGroupBox *m_modelBox = nullptr;
    QGroupBox *m_trainingBox = nullptr;
    QGroupBox *m_dataBox = nullptr;
    QFormLayout *m_modelForm = nullptr;
    QFormLayout *m_costForm = nullptr;
    QLabel *m_learningRateTitle = nullptr;
    QLabel *m_batchTitle = nullptr;
    QFormLayout *m_smallForm = nullptr;
    QFormLayout *m_dataForm = nullptr;
    QWidget *m_costBox = nullptr;
    bool m_advancedVisible = true;
};

} // namespace cnnlab::ui
