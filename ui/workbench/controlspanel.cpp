#include "controlspanel.h"

#include "common/formrows.h"

#include "remote/devicecombo.h"
#include "run/runsession.h"

#include "common/format.h"
#include "controlscales.h"
#include "networkcontrols.h"
#include "optimizercontrols.h"
#include "regularizationcontrols.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace cnnlab::ui {

namespace {

constexpr double maximumDropout = 0.9;

QDoubleSpinBox *dropoutSpin(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.0, maximumDropout);
    spin->setSingleStep(0.05);
    spin->setDecimals(2);
    spin->setKeyboardTracking(false); // one change per finished edit, not per keystroke
    return spin;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets, int stretchIndex = 0)
{
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget *widget : widgets)
        layout->addWidget(widget, i++ == stretchIndex ? 1 : 0);
    return container;
}

} // namespace

ControlsPanel::ControlsPanel(QWidget *parent)
    : QWidget(parent)
{
    buildUi();
    setDevices(core::availableDevices());
    core::TrainingConfig defaults;
    core::presetConfig("lab-defaults", defaults);
    setConfig(defaults);
}

void ControlsPanel::buildUi()
{
    // ---- Model -------------------------------------------------------------
    auto *model = new QGroupBox(this);
    m_modelBox = model;
    m_dropout = new QCheckBox(model);
    m_dropout->setObjectName(QStringLiteral("dropoutCheck"));
    m_convDropout = dropoutSpin(model);
    m_convDropout->setObjectName(QStringLiteral("convDropoutSpin"));
    m_denseDropout = dropoutSpin(model);
    m_denseDropout->setObjectName(QStringLiteral("denseDropoutSpin"));
    auto *modelForm = new QFormLayout(model);
    modelForm->addRow(m_dropout);
    m_modelForm = modelForm;
    FormRows::addLabelled(modelForm, m_convDropout);
    FormRows::addLabelled(modelForm, m_denseDropout);
    // Dropout first: it is the lab's lesson, and Tab starts there.
    m_network = new NetworkControls(modelForm, model);

    // ---- Training ----------------------------------------------------------
    auto *training = new QGroupBox(this);
    m_trainingBox = training;
    m_learningRateSlider = new QSlider(Qt::Horizontal, training);
    m_learningRateSlider->setObjectName(QStringLiteral("learningRateSlider"));
    m_learningRateSlider->setRange(0, scales::learningRateStops - 1);
    m_learningRateSlider->setPageStep(int(scales::learningRateMantissas.size()));
    m_learningRateSlider->setTickPosition(QSlider::TicksBelow);
    m_learningRateSlider->setTickInterval(int(scales::learningRateMantissas.size())); // one tick per decade
    // Only a released handle counts: dragging across the scale mid-run would
    // otherwise send (and mark) a dozen learning-rate changes.
    m_learningRateSlider->setTracking(false);
    m_learningRateLabel = new QLabel(training);
    m_learningRateLabel->setObjectName(QStringLiteral("learningRateLabel"));
    m_learningRateLabel->setMinimumWidth(
        m_learningRateLabel->fontMetrics().horizontalAdvance(QStringLiteral("0.000015")) + 8);
    m_learningRateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont valueFont = m_learningRateLabel->font();
    valueFont.setBold(true);
    m_learningRateLabel->setFont(valueFont);

    m_batchSlider = new QSlider(Qt::Horizontal, training);
    m_batchSlider->setObjectName(QStringLiteral("batchSlider"));
    m_batchSlider->setRange(scales::batchMinLog2, scales::batchMaxLog2);
    m_batchSlider->setPageStep(1);
    m_batchSlider->setTickPosition(QSlider::TicksBelow);
    m_batchSlider->setTickInterval(1);
    m_batchSlider->setTracking(false);
    m_batchSpin = new QSpinBox(training);
    m_batchSpin->setObjectName(QStringLiteral("batchSpin"));
    m_batchSpin->setRange(1, scales::fullTrainingSetSize);
    m_batchSpin->setKeyboardTracking(false);
    m_updatesLabel = new QLabel(training);
    m_updatesLabel->setObjectName(QStringLiteral("updatesLabel"));
    m_updatesLabel->setWordWrap(true);
    m_batchHint = new QLabel(training);
    m_batchHint->setObjectName(QStringLiteral("batchHint"));
    m_batchHint->setWordWrap(true);
    m_batchHint->hide();
    m_oversizeHint = new QLabel(training);
    m_oversizeHint->setObjectName(QStringLiteral("batchOversizeHint"));
    m_oversizeHint->setWordWrap(true);
    m_oversizeHint->hide();

    m_epochs = new QSpinBox(training);
    m_epochs->setObjectName(QStringLiteral("epochsSpin"));
    m_epochs->setRange(1, 1000);
    m_epochs->setKeyboardTracking(false);
    m_optimizer = new QComboBox(training);
    m_optimizer->setObjectName(QStringLiteral("optimizerCombo"));
    m_optimizer->addItem(QString(), int(core::OptimizerKind::Adam));
    m_optimizer->addItem(QString(), int(core::OptimizerKind::Sgd));
    m_optimizer->addItem(QString(), int(core::OptimizerKind::AdamW));
    m_optimizer->addItem(QString(), int(core::OptimizerKind::RMSprop));
    m_seed = new QLineEdit(training);
    m_seed->setObjectName(QStringLiteral("seedEdit"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), m_seed));

    auto *trainingForm = new QFormLayout(training);
    trainingForm->setRowWrapPolicy(QFormLayout::WrapAllRows); // sliders need the whole width
    // Labels of slider rows name the slider (their buddy), not the row's container.
    auto *learningRateTitle = new QLabel(training);
    m_learningRateTitle = learningRateTitle;
    learningRateTitle->setBuddy(m_learningRateSlider);
    trainingForm->addRow(learningRateTitle, row(training, {m_learningRateSlider, m_learningRateLabel}));
    auto *batchTitle = new QLabel(training);
    m_batchTitle = batchTitle;
    batchTitle->setBuddy(m_batchSlider);
    trainingForm->addRow(batchTitle, row(training, {m_batchSlider, m_batchSpin}));
    trainingForm->addRow(m_batchHint);
    trainingForm->addRow(m_oversizeHint);
    trainingForm->addRow(m_updatesLabel);
    auto *smallForm = new QFormLayout;
    m_smallForm = smallForm;
    FormRows::addLabelled(smallForm, m_optimizer);
    m_optimizerDetails = new OptimizerControls(smallForm, training);
    FormRows::addLabelled(smallForm, m_epochs);
    FormRows::addLabelled(smallForm, m_seed);
    trainingForm->addRow(smallForm);

    m_regularization = new RegularizationControls(this);

    // ---- Data --------------------------------------------------------------
    auto *data = new QGroupBox(this);
    m_dataBox = data;
    m_dataset = new QComboBox(data);
    m_dataset->setObjectName(QStringLiteral("datasetCombo"));
    m_dataset->addItem(QString(), int(core::DatasetKind::Mnist));
    m_dataset->addItem(QString(), int(core::DatasetKind::FashionMnist));
    m_validation = new QComboBox(data);
    m_validation->setObjectName(QStringLiteral("validationCombo"));
    m_validation->addItem(QString(), int(core::ValidationSource::TestSet));
    m_validation->addItem(QString(), int(core::ValidationSource::Holdout));
    m_subset = new QComboBox(data);
    m_subset->setObjectName(QStringLiteral("subsetCombo"));
    m_subset->addItem(QString(), 0); // "All (N)", worded by updateUpdatesLabel()
    for (int n : {1000, 5000, 10000, 20000})
        m_subset->addItem(Format::integer(n), n);
    m_device = new DeviceCombo(data);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setMinimumContentsLength(12);
    auto *dataForm = new QFormLayout(data);
    m_dataForm = dataForm;
    FormRows::addLabelled(dataForm, m_dataset);
    FormRows::addLabelled(dataForm, m_validation);
    FormRows::addLabelled(dataForm, m_subset);
    FormRows::addLabelled(dataForm, m_device);

    // ---- Cost --------------------------------------------------------------
    auto *cost = new QGroupBox(this);
    m_costBox = cost;
    m_costPerHour = new QDoubleSpinBox(cost);
    m_costPerHour->setObjectName(QStringLiteral("costSpin"));
    m_costPerHour->setRange(0.0, 1000.0);
    m_costPerHour->setDecimals(2);
    m_costPerHour->setSingleStep(0.1);
    m_costPerHour->setKeyboardTracking(false);
    auto *costForm = new QFormLayout(cost);
    m_costForm = costForm;
    FormRows::addLabelled(costForm, m_costPerHour);

    m_labDefaults = new QPushButton(this);
    m_labDefaults->setObjectName(QStringLiteral("labDefaultsButton"));

    m_liveHint = new QLabel(this);
    m_liveHint->setWordWrap(true);
    m_liveHint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(model);
    layout->addWidget(training);
    layout->addWidget(m_regularization->box());
    layout->addWidget(data);
    layout->addWidget(cost);
    layout->addWidget(m_labDefaults);
    layout->addWidget(m_liveHint);
    layout->addStretch(1);

    m_fixedDuringRun = m_network->fields() + m_optimizerDetails->fields() + m_regularization->fields();
    m_fixedDuringRun
        += {m_epochs, m_optimizer, m_seed, m_dataset, m_validation, m_subset, m_device, m_labDefaults};

    // Space is the presenter's Start/Pause key. A click on the dropout toggle
    // or a slider must not keep the keyboard focus, or the next Space would
    // flip dropout instead of pausing; reached with Tab, they keep Space (see
    // eventFilter) for keyboard users.
    for (QWidget *widget : {static_cast<QWidget *>(m_dropout), static_cast<QWidget *>(m_learningRateSlider),
             static_cast<QWidget *>(m_batchSlider), static_cast<QWidget *>(m_labDefaults)})
        widget->setFocusPolicy(Qt::TabFocus);
    m_dropout->installEventFilter(this);
    m_labDefaults->installEventFilter(this);
    // The mouse wheel scrolls the panel: a combo box, spin box or slider that
    // passes under the pointer must not change (Validation flipping to Held
    // out). Only one the user clicked into or tabbed to takes the wheel.
    for (QWidget *field : findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)
            || qobject_cast<QAbstractSlider *>(field)) {
            if (field->focusPolicy() == Qt::WheelFocus)
                field->setFocusPolicy(Qt::StrongFocus);
            field->installEventFilter(this);
        }
    }

    // ---- Behaviour ---------------------------------------------------------
    connect(m_dropout, &QCheckBox::toggled, this, [this] {
        updateDropoutEnabled();
        emitDropout();
    });
    connect(m_convDropout, &QDoubleSpinBox::valueChanged, this, &ControlsPanel::emitDropout);
    connect(m_denseDropout, &QDoubleSpinBox::valueChanged, this, &ControlsPanel::emitDropout);

    connect(m_learningRateSlider, &QSlider::sliderMoved, this, [this](int index) {
        m_learningRateLabel->setText(Format::learningRate(scales::learningRateAt(index)));
    });
    connect(m_learningRateSlider, &QSlider::valueChanged, this,
        [this](int index) { setLearningRate(scales::learningRateAt(index), true); });

    connect(m_batchSlider, &QSlider::sliderMoved, this, [this](int log2) {
        const QSignalBlocker blocker(m_batchSpin);
        m_batchSpin->setValue(scales::batchSizeAt(log2));
        updateUpdatesLabel();
    });
    connect(m_batchSlider, &QSlider::valueChanged, this,
        [this](int log2) { setBatchSize(scales::batchSizeAt(log2), true); });
    connect(m_batchSpin, &QSpinBox::valueChanged, this, [this](int value) { setBatchSize(value, true); });
    if (auto *batchEdit = m_batchSpin->findChild<QLineEdit *>())
        connect(
            batchEdit, &QLineEdit::textEdited, this, [this](const QString &text) { m_typedBatch = text; });
    connect(m_batchSpin, &QSpinBox::editingFinished, this, &ControlsPanel::explainRejectedBatch);

    for (QComboBox *combo :
        {m_optimizer, m_dataset, m_validation, m_subset, static_cast<QComboBox *>(m_device)})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateUpdatesLabel();
            if (!m_updating)
                Q_EMIT configEdited();
        });
    connect(m_epochs, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            Q_EMIT configEdited();
    });
    connect(m_seed, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT configEdited();
    });
    connect(m_network, &NetworkControls::edited, this, &ControlsPanel::configEdited);
    connect(m_optimizerDetails, &OptimizerControls::edited, this, &ControlsPanel::configEdited);
    connect(m_regularization, &RegularizationControls::edited, this, &ControlsPanel::configEdited);
    // The schedule's curve, SGD's rows and weight decay's wording follow the rest.
    connect(this, &ControlsPanel::configEdited, this, &ControlsPanel::followConfig);
    connect(m_labDefaults, &QPushButton::clicked, this, &ControlsPanel::restoreLabDefaults);
    connect(m_costPerHour, &QDoubleSpinBox::valueChanged, this, &ControlsPanel::costPerHourChanged);

    setUpTabOrder();
    retranslateUi();
}

void ControlsPanel::retranslateUi()
{
    const auto setRowLabel = &FormRows::setLabelText;
    m_modelBox->setTitle(tr("Model"));
    m_dropout->setText(tr("Dr&opout"));
    m_dropout->setToolTip(tr("Randomly silence units while training (the lab's regularisation). "
                             "Applies immediately, also during a run."));
    m_convDropout->setToolTip(tr("Dropout rate after the convolution and max-pool block"));
    m_denseDropout->setToolTip(tr("Dropout rate after the dense layer"));
    setRowLabel(m_modelForm, m_convDropout, tr("After &convolutions:"));
    setRowLabel(m_modelForm, m_denseDropout, tr("After de&nse layer:"));
    m_network->retranslateUi();

    m_trainingBox->setTitle(tr("Training"));
    m_learningRateTitle->setText(tr("&Learning rate:"));
    m_batchTitle->setText(tr("&Batch size:"));
    m_learningRateSlider->setToolTip(tr("Learning rate on a logarithmic scale, 0.00001 to 0.1. "
                                        "Applies immediately, also during a run."));
    m_batchSlider->setToolTip(
        tr("Batch size in powers of two, 8 to 4096. During a run it applies at the next epoch."));
    m_batchSpin->setToolTip(tr("Any batch size from 1 to 60,000"));
    m_updatesLabel->setToolTip(
        tr("How many times the weights are updated in one pass over the training set. "
           "Batch 32 and batch 1000 do very different amounts of learning per epoch."));
    m_optimizer->setItemText(0, tr("Adam"));
    m_optimizer->setItemText(1, tr("SGD with momentum"));
    m_optimizer->setItemText(2, tr("AdamW"));
    m_optimizer->setItemText(3, tr("RMSprop"));
    m_optimizerDetails->retranslateUi();
    m_regularization->retranslateUi();
    m_seed->setToolTip(tr("Random seed: the same seed and settings give the same run on the same device"));
    setRowLabel(m_smallForm, m_optimizer, tr("Optimi&zer:"));
    setRowLabel(m_smallForm, m_epochs, tr("&Epochs:"));
    setRowLabel(m_smallForm, m_seed, tr("&Seed:"));

    m_dataBox->setTitle(tr("Data and device"));
    m_dataset->setItemText(0, tr("MNIST digits"));
    m_dataset->setItemText(1, tr("Fashion-MNIST"));
    m_validation->setItemText(0, tr("Test set"));
    m_validation->setItemText(1, tr("Held out"));
    m_validation->setItemData(
        0, tr("The 10,000 test images (what the lab called validation)"), Qt::ToolTipRole);
    m_validation->setItemData(1, tr("The last 10,000 training images, never trained on"), Qt::ToolTipRole);
    m_subset->setToolTip(tr("Train on the first N images only, for quick demonstrations"));
    m_device->retranslateUi();
    setRowLabel(m_dataForm, m_dataset, tr("D&ataset:"));
    setRowLabel(m_dataForm, m_validation, tr("Valida&tion:"));
    setRowLabel(m_dataForm, m_subset, tr("Trainin&g images:"));
    setRowLabel(m_dataForm, m_device, tr("Dev&ice:"));

    static_cast<QGroupBox *>(m_costBox)->setTitle(tr("Cost meter"));
    m_costPerHour->setPrefix(tr("$"));
    m_costPerHour->setSuffix(tr(" per hour"));
    m_costPerHour->setToolTip(tr("Price of the machine per hour. $3.06 is the on-demand price of the "
                                 "AWS p3.2xlarge the lab used."));
    setRowLabel(m_costForm, m_costPerHour, tr("&Machine price:"));

    m_labDefaults->setText(tr("Lab &Defaults"));
    m_labDefaults->setToolTip(tr("The lab's reference configuration: dropout 0.25/0.5, Adam, learning rate "
                                 "0.001, batch 32, 10 epochs, seed 42, all 60,000 images"));
    m_liveHint->setText(tr("During a run: learning rate and dropout apply immediately, batch size at the "
                           "next epoch."));
    retranslateAccessibility();
    // Numbers in the language's own form (0,001 in German, 0.001 again in English).
    m_learningRateLabel->setText(Format::learningRate(m_learningRate));
    updateUpdatesLabel();
}

void ControlsPanel::setUpTabOrder()
{
    // Top to bottom as laid out (the optimizer row comes before epochs, which
    // creation order would not give).
    QList<QWidget *> order = {m_dropout, m_convDropout, m_denseDropout};
    order += m_network->fields();
    order += {m_learningRateSlider, m_batchSlider, m_batchSpin, m_optimizer};
    order += m_optimizerDetails->fields();
    order += {m_epochs, m_seed};
    order += m_regularization->fields();
    order += {m_dataset, m_validation, m_subset, m_device, m_costPerHour, m_labDefaults};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ControlsPanel::retranslateAccessibility()
{
    // What a screen reader announces; the visible labels stay short.
    const struct {
        QWidget *widget;
        QString name;
        QString description;
    } items[] = {
        {m_dropout, tr("Dropout"), tr("Turns dropout on or off; applies immediately, also during a run")},
        {m_convDropout, tr("Dropout after convolutions"), tr("Dropout rate after the convolution block")},
        {m_denseDropout, tr("Dropout after dense layer"), tr("Dropout rate after the dense layer")},
        {m_learningRateSlider, tr("Learning rate"),
            tr("Logarithmic scale from 0.00001 to 0.1. Ctrl+Up and Ctrl+Down change it by one step.")},
        {m_learningRateLabel, tr("Learning rate value"), QString()},
        {m_batchSlider, tr("Batch size"),
            tr("Powers of two from 8 to 4096. Ctrl+Right and Ctrl+Left double or halve it.")},
        {m_batchSpin, tr("Batch size value"), tr("Any batch size from 1 to 60,000")},
        {m_updatesLabel, tr("Updates per epoch"), QString()},
        {m_optimizer, tr("Optimizer"), tr("Adam, SGD with momentum, AdamW or RMSprop")},
        {m_epochs, tr("Epochs"), tr("Passes over the training set")},
        {m_seed, tr("Random seed"), tr("The same seed and settings give the same run on the same device")},
        {m_dataset, tr("Dataset"), tr("MNIST digits or Fashion-MNIST")},
        {m_validation, tr("Validation data"), tr("Where validation accuracy is measured")},
        {m_subset, tr("Training images"), tr("Train on the first N images only")},
        {m_device, tr("Device"), tr("Where the model trains")},
        {m_costPerHour, tr("Machine price per hour"), tr("Used by the cost meter in the status bar")},
        {m_labDefaults, tr("Lab defaults"), tr("Restores the lab's reference configuration")},
    };
    for (const auto &item : items) {
        item.widget->setAccessibleName(item.name);
        item.widget->setAccessibleDescription(item.description);
    }
}

void ControlsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ControlsPanel::setAdvancedVisible(bool visible)
{
    m_advancedVisible = visible;
    m_network->setVisible(visible);
    m_optimizerDetails->setVisible(visible);
    m_regularization->box()->setVisible(visible);
    for (QWidget *field : {static_cast<QWidget *>(m_optimizer), static_cast<QWidget *>(m_seed)})
        m_smallForm->setRowVisible(field, visible);
    for (QWidget *field : {static_cast<QWidget *>(m_validation), static_cast<QWidget *>(m_subset),
             static_cast<QWidget *>(m_device)})
        m_dataForm->setRowVisible(field, visible);
    m_costBox->setVisible(visible);
}

void ControlsPanel::stepLearningRate(int stops)
{
    m_learningRateSlider->setValue(m_learningRateSlider->value() + stops);
}

void ControlsPanel::stepBatchSize(int doublings)
{
    m_batchSlider->setValue(m_batchSlider->value() + doublings);
}

void ControlsPanel::toggleDropout()
{
    m_dropout->toggle();
}

bool ControlsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *field = qobject_cast<QWidget *>(watched);
        if (field && !field->hasFocus()) {
            // The scroll area around the panel scrolls instead (sent to its
            // scroll bar: Qt does not pass a synthesized wheel event on).
            for (QWidget *w = field->parentWidget(); w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                    QCoreApplication::sendEvent(area->verticalScrollBar(), event);
                    return true;
                }
            }
            event->ignore(); // no scroll area: on to the parent
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            event->accept(); // the focused button gets its Space, not the window's shortcut
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

core::TrainingConfig ControlsPanel::config() const
{
    core::TrainingConfig c = m_base;
    m_network->readInto(c);
    m_optimizerDetails->readInto(c);
    m_regularization->readInto(c);
    c.dropoutEnabled = m_dropout->isChecked();
    c.convDropout = m_convDropout->value();
    c.denseDropout = m_denseDropout->value();
    c.learningRate = m_learningRate;
    c.batchSize = m_batchSpin->value();
    c.epochs = m_epochs->value();
    c.optimizer = core::OptimizerKind(m_optimizer->currentData().toInt());
    bool ok = false;
    const qulonglong seed = m_seed->text().toULongLong(&ok);
    c.seed = ok ? seed : m_base.seed;
    c.device = m_device->device().toStdString();
    c.dataset = core::DatasetKind(m_dataset->currentData().toInt());
    c.validation = core::ValidationSource(m_validation->currentData().toInt());
    c.trainLimit = m_subset->currentData().toInt();
    return c;
}

void ControlsPanel::setConfig(const core::TrainingConfig &config)
{
    m_updating = true;
    m_base = config;
    m_network->setConfig(config);
    m_optimizerDetails->setConfig(config);
    m_regularization->setConfig(config);
    {
        const QSignalBlocker b1(m_dropout), b2(m_convDropout), b3(m_denseDropout);
        m_dropout->setChecked(config.dropoutEnabled);
        // Core accepts up to 0.95; the controls offer the lab's 0..0.9 but a
        // loaded config keeps its own value visible rather than silently clamped.
        m_convDropout->setMaximum(std::max(maximumDropout, config.convDropout));
        m_denseDropout->setMaximum(std::max(maximumDropout, config.denseDropout));
        m_convDropout->setValue(config.convDropout);
        m_denseDropout->setValue(config.denseDropout);
    }
    updateDropoutEnabled();
    setLearningRate(config.learningRate, false);
    setBatchSize(config.batchSize, false);
    {
        const QSignalBlocker b(m_epochs);
        m_epochs->setValue(config.epochs);
    }
    m_seed->setText(QString::number(qulonglong(config.seed)));
    selectData(m_optimizer, int(config.optimizer), QString());
    selectData(m_dataset, int(config.dataset), QString());
    selectData(m_validation, int(config.validation), QString());
    selectData(m_subset, config.trainLimit, Format::integer(config.trainLimit));
    if (m_device->device() != QString::fromStdString(config.device))
        m_device->select(m_device->machine(), QString::fromStdString(config.device));
    m_updating = false;
    updateUpdatesLabel();
    Q_EMIT configEdited();
}

void ControlsPanel::followConfig()
{
    const core::TrainingConfig current = config();
    m_optimizerDetails->follow(current);
    m_regularization->follow(current);
}

void ControlsPanel::restoreLabDefaults()
{
    core::TrainingConfig defaults;
    core::presetConfig("lab-defaults", defaults);
    // The lab's model and schedule, but not its hardware: keep what this
    // machine was set up with.
    const core::TrainingConfig current = config();
    defaults.device = current.device;
    defaults.dataDir = current.dataDir;
    defaults.threads = current.threads;
    setConfig(defaults);
}

void ControlsPanel::setDevices(const std::vector<core::DeviceInfo> &devices)
{
    m_device->setLocalDevices(devices);
}

void ControlsPanel::setRunning(bool running)
{
    m_running = running;
    for (QWidget *widget : std::as_const(m_fixedDuringRun))
        widget->setEnabled(!running);
    m_liveHint->setEnabled(running);
    if (!running)
        m_reportedTrainingSize = -1;
    updateUpdatesLabel();
}

void ControlsPanel::setSession(RunSession *session)
{
    if (m_session) {
        m_session->disconnect(this);
        disconnect(m_session);
    }
    m_session = session;
    if (!session)
        return;
    connect(this, &ControlsPanel::learningRateEdited, session, &RunSession::setLearningRate);
    connect(this, &ControlsPanel::dropoutEdited, session, &RunSession::setDropout);
    connect(this, &ControlsPanel::batchSizeEdited, session, &RunSession::setBatchSize);
    connect(session, &RunSession::stateChanged, this, &ControlsPanel::followState);
    connect(session, &RunSession::started, this,
        [this](const core::RunInfo &info) { setReportedTrainingSize(info.trainSize); });
    followState();
}

void ControlsPanel::followState()
{
    const bool active = m_session->isActive();
    setRunning(active);
    // A replay is not steered: the controls keep the next live run's settings.
    setEnabled(!(active && m_session->isReplay()));
}

void ControlsPanel::setReportedTrainingSize(int size)
{
    m_reportedTrainingSize = size;
    updateUpdatesLabel();
}

double ControlsPanel::costPerHour() const
{
    return m_costPerHour->value();
}

void ControlsPanel::setCostPerHour(double dollars)
{
    m_costPerHour->setValue(dollars);
}

void ControlsPanel::setLearningRate(double learningRate, bool fromUser)
{
    const bool changed = learningRate != m_learningRate;
    m_learningRate = learningRate;
    {
        // The handle snaps to the nearest stop; the value stays exactly what was set.
        const QSignalBlocker blocker(m_learningRateSlider);
        m_learningRateSlider->setValue(scales::nearestLearningRateIndex(learningRate));
    }
    m_learningRateLabel->setText(Format::learningRate(learningRate));
    if (fromUser && changed && !m_updating) {
        Q_EMIT learningRateEdited(learningRate);
        Q_EMIT configEdited();
    }
}

void ControlsPanel::setBatchSize(int batchSize, bool fromUser)
{
    {
        const QSignalBlocker b1(m_batchSpin), b2(m_batchSlider);
        m_batchSpin->setValue(batchSize);
        m_batchSlider->setValue(scales::nearestBatchLog2(batchSize));
    }
    updateUpdatesLabel();
    if (fromUser && !m_updating) {
        Q_EMIT batchSizeEdited(m_batchSpin->value());
        Q_EMIT configEdited();
    }
}

// The spin box quietly puts the last value back when a typed one is out of
// range (0, or 100,000): say so, and why.
void ControlsPanel::explainRejectedBatch()
{
    const QString typed = m_typedBatch.trimmed();
    m_typedBatch.clear();
    bool ok = false;
    const qlonglong value = QLocale().toLongLong(typed, &ok);
    if (!typed.isEmpty() && ok && (value < m_batchSpin->minimum() || value > m_batchSpin->maximum())) {
        m_batchHint->setText(tr("Batch size %1 is not possible: a batch holds 1 to %2 images (the "
                                "training set). Kept %3.")
                                 .arg(Format::integer(value), Format::integer(m_batchSpin->maximum()),
                                     Format::integer(m_batchSpin->value())));
        m_batchHint->show();
    } else if (!typed.isEmpty()) {
        m_batchHint->hide();
    }
}

void ControlsPanel::updateDropoutEnabled()
{
    m_convDropout->setEnabled(m_dropout->isChecked());
    m_denseDropout->setEnabled(m_dropout->isChecked());
}

void ControlsPanel::emitDropout()
{
    if (m_updating)
        return;
    Q_EMIT dropoutEdited(m_dropout->isChecked(), m_convDropout->value(), m_denseDropout->value());
    Q_EMIT configEdited();
}

void ControlsPanel::updateUpdatesLabel()
{
    const core::TrainingConfig c = config();
    const int size = m_reportedTrainingSize >= 0 ? m_reportedTrainingSize : scales::trainingSetSize(c);
    const qint64 updates = scales::updatesPerEpoch(size, c.batchSize);
    QString text = tr("<b>%Ln</b> update(s) per epoch<br>%1 images ÷ batch %2", nullptr,
        int(std::min<qint64>(updates, std::numeric_limits<int>::max())))
                       .arg(Format::integer(size), Format::integer(c.batchSize));
    if (const int skipped = scales::imagesSkippedPerEpoch(size, c.batchSize); skipped > 0)
        text += tr(", left over: %1").arg(Format::integer(skipped));
    m_updatesLabel->setText(text);
    // Batch 20,000 on 10,000 images trains one huge step per epoch (nothing
    // moves on the charts for a long while): say so before Start.
    const bool oversize = size > 0 && c.batchSize > size;
    if (oversize)
        m_oversizeHint->setText(tr("Batch %1 is larger than the %2 training images: each step uses all %2, "
                                   "so an epoch is a single update and the charts move only once per epoch.")
                                    .arg(Format::integer(c.batchSize), Format::integer(size)));
    m_oversizeHint->setVisible(oversize);
    m_subset->setItemText(0, tr("All (%1)").arg(Format::integer(scales::trainingSetSize([&] {
        core::TrainingConfig all = c;
        all.trainLimit = 0;
        return all;
    }()))));
}

void ControlsPanel::selectData(QComboBox *combo, const QVariant &value, const QString &textIfMissing)
{
    const QSignalBlocker blocker(combo);
    int index = combo->findData(value);
    if (index < 0 && !textIfMissing.isEmpty()) {
        combo->addItem(textIfMissing, value); // a loaded config's value is shown, never replaced
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace cnnlab::ui
