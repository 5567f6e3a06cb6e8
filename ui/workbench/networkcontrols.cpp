#include "networkcontrols.h"

#include "common/formrows.h"

#include "common/format.h"

#include "cnnlab/core/modelshape.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace cnnlab::ui {

namespace {

QComboBox *numberCombo(QWidget *parent, std::initializer_list<int> values)
{
    auto *combo = new QComboBox(parent);
    for (const int value : values)
        combo->addItem(Format::integer(value), value);
    return combo;
}

void select(QComboBox *combo, int value)
{
    int index = combo->findData(value);
    if (index < 0) {
        // A loaded config keeps its own value visible rather than silently changed.
        combo->addItem(Format::integer(value), value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

NetworkControls::NetworkControls(QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_form(form)
{
    setObjectName(QStringLiteral("networkControls"));
    m_blocks = new QSpinBox(parent);
    m_blocks->setObjectName(QStringLiteral("convBlocksSpin"));
    m_blocks->setRange(1, 3);
    m_blocks->setKeyboardTracking(false);
    m_filters = numberCombo(parent, {8, 16, 32, 64, 128});
    m_filters->setObjectName(QStringLiteral("filtersCombo"));
    m_kernel = new QComboBox(parent);
    m_kernel->setObjectName(QStringLiteral("kernelCombo"));
    m_kernel->addItem(QString(), 3);
    m_kernel->addItem(QString(), 5);
    m_dense = numberCombo(parent, {16, 32, 64, 128, 256, 512});
    m_dense->setObjectName(QStringLiteral("denseUnitsCombo"));
    m_activation = new QComboBox(parent);
    m_activation->setObjectName(QStringLiteral("activationCombo"));
    m_activation->addItem(QStringLiteral("ReLU"), int(core::Activation::Relu));
    m_activation->addItem(QStringLiteral("tanh"), int(core::Activation::Tanh));
    m_activation->addItem(QStringLiteral("sigmoid"), int(core::Activation::Sigmoid));
    m_batchNorm = new QCheckBox(parent);
    m_batchNorm->setObjectName(QStringLiteral("batchNormCheck"));
    // Space is the presenter's Start key: a clicked check box must not keep it.
    m_batchNorm->setFocusPolicy(Qt::TabFocus);
    m_size = new QLabel(parent);
    m_size->setObjectName(QStringLiteral("modelSizeLabel"));
    m_size->setWordWrap(true);

    for (QWidget *field : {static_cast<QWidget *>(m_blocks), static_cast<QWidget *>(m_filters),
             static_cast<QWidget *>(m_kernel), static_cast<QWidget *>(m_dense),
             static_cast<QWidget *>(m_activation)}) {
        FormRows::addLabelled(m_form, field);
    }
    m_form->addRow(m_batchNorm);
    m_form->addRow(m_size);

    connect(m_blocks, &QSpinBox::valueChanged, this, &NetworkControls::handleEdit);
    for (QComboBox *combo : {m_filters, m_kernel, m_dense, m_activation})
        connect(combo, &QComboBox::currentIndexChanged, this, &NetworkControls::handleEdit);
    connect(m_batchNorm, &QCheckBox::toggled, this, &NetworkControls::handleEdit);
    retranslateUi();
}

void NetworkControls::retranslateUi()
{
    auto setRowLabel
        = [this](QWidget *field, const QString &text) { FormRows::setLabelText(m_form, field, text); };
    // Mnemonics only where a letter is free of the panel's and the menu bar's.
    setRowLabel(m_blocks, tr("Conv blocks:"));
    setRowLabel(m_filters, tr("Filters:"));
    setRowLabel(m_kernel, tr("&Kernel:"));
    setRowLabel(m_dense, tr("Dense &units:"));
    setRowLabel(m_activation, tr("Activation:"));
    m_kernel->setItemText(0, tr("3 × 3"));
    m_kernel->setItemText(1, tr("5 × 5"));
    m_batchNorm->setText(tr("Batch normalization"));

    m_blocks->setToolTip(tr("Convolution layers before the max-pool: the lab has two"));
    m_filters->setToolTip(
        tr("Filters of the first convolution; each further block doubles them (the lab: 32, 64)"));
    m_kernel->setToolTip(tr("Size of each convolution's window"));
    m_dense->setToolTip(tr("Units of the dense layer before the output (the lab: 128)"));
    m_activation->setToolTip(tr("ReLU trains deep networks well; with tanh or sigmoid the gradient fades "
                                "through the layers (the vanishing-gradient lesson)"));
    m_batchNorm->setToolTip(tr("Normalize each layer's outputs over the batch: trains faster and takes "
                               "higher learning rates"));
    m_size->setToolTip(tr("Trainable weights, and the arithmetic of one image's forward pass (one "
                          "multiply-add counts as two operations)"));
    const struct {
        QWidget *widget;
        QString name;
    } names[] = {{m_blocks, tr("Convolution blocks")}, {m_filters, tr("Filters of the first block")},
        {m_kernel, tr("Kernel size")}, {m_dense, tr("Dense units")}, {m_activation, tr("Activation")},
        {m_batchNorm, tr("Batch normalization")}, {m_size, tr("Model size")}};
    for (const auto &item : names)
        item.widget->setAccessibleName(item.name);
    updateSize();
}

void NetworkControls::setEnabled(bool enabled)
{
    for (QWidget *field : fields())
        field->setEnabled(enabled);
}

void NetworkControls::setVisible(bool visible)
{
    for (QWidget *field : fields())
        m_form->setRowVisible(field, visible);
    m_form->setRowVisible(m_size, visible);
}

void NetworkControls::setConfig(const core::TrainingConfig &config)
{
    m_updating = true;
    m_blocks->setValue(config.convBlocks);
    select(m_filters, config.filters);
    select(m_kernel, config.kernelSize);
    select(m_dense, config.denseUnits);
    select(m_activation, int(config.activation));
    m_batchNorm->setChecked(config.batchNorm);
    m_updating = false;
    updateSize();
}

void NetworkControls::readInto(core::TrainingConfig &config) const
{
    config.convBlocks = m_blocks->value();
    config.filters = m_filters->currentData().toInt();
    config.kernelSize = m_kernel->currentData().toInt();
    config.denseUnits = m_dense->currentData().toInt();
    config.activation = core::Activation(m_activation->currentData().toInt());
    config.batchNorm = m_batchNorm->isChecked();
}

void NetworkControls::handleEdit()
{
    updateSize();
    if (!m_updating)
        Q_EMIT edited();
}

QList<QWidget *> NetworkControls::fields() const
{
    return {m_blocks, m_filters, m_kernel, m_dense, m_activation, m_batchNorm};
}

QString NetworkControls::sizeText() const
{
    return m_size->text();
}

void NetworkControls::updateSize()
{
    core::TrainingConfig config;
    readInto(config);
    const core::ModelShape shape = core::modelShape(config);
    //: Model size: %1 trainable parameters, %2 million floating-point operations per image
    m_size->setText(
        tr("%1 parameters · %2 million FLOPs per image")
            .arg(Format::integer(shape.parameters), QLocale().toString(double(shape.flops) / 1e6, 'f', 1)));
}

} // namespace cnnlab::ui
