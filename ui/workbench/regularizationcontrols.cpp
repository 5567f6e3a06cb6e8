#include "regularizationcontrols.h"

#include "common/formrows.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>

namespace cnnlab::ui {

namespace {

QDoubleSpinBox *rateSpin(QWidget *parent, const char *name, double maximum, int decimals, double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0.0, maximum);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false); // one change per finished edit
    return spin;
}

} // namespace

RegularizationControls::RegularizationControls(QWidget *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("regularizationControls"));
    m_box = new QGroupBox(parent);
    m_box->setObjectName(QStringLiteral("regularizationBox"));
    m_form = new QFormLayout(m_box);
    m_weightDecay = rateSpin(m_box, "weightDecaySpin", 1.0, 5, 0.0001);
    m_l1 = rateSpin(m_box, "l1Spin", 1.0, 5, 0.00001);
    m_labelSmoothing = rateSpin(m_box, "labelSmoothingSpin", 0.5, 2, 0.05);
    m_rotate = rateSpin(m_box, "augmentRotateSpin", 20.0, 0, 5.0);
    for (QDoubleSpinBox *spin : {m_weightDecay, m_l1, m_labelSmoothing}) {
        addRow(spin);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RegularizationControls::handleEdit);
    }
    m_shift = new QSpinBox(m_box);
    m_shift->setObjectName(QStringLiteral("augmentShiftSpin"));
    m_shift->setRange(0, 4);
    m_patience = new QSpinBox(m_box);
    m_patience->setObjectName(QStringLiteral("earlyStopSpin"));
    m_patience->setRange(0, 1000);
    for (QSpinBox *spin : {m_shift, m_patience}) {
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &RegularizationControls::handleEdit);
    }
    addRow(m_shift);
    addRow(m_rotate);
    connect(m_rotate, &QDoubleSpinBox::valueChanged, this, &RegularizationControls::handleEdit);
    addRow(m_patience);
    retranslateUi();
}

void RegularizationControls::addRow(QWidget *field)
{
    FormRows::addLabelled(m_form, field);
}

void RegularizationControls::retranslateUi()
{
    m_box->setTitle(tr("Regularization"));
    auto setRowLabel
        = [this](QWidget *field, const QString &text) { FormRows::setLabelText(m_form, field, text); };
    setRowLabel(m_weightDecay, tr("Weight decay (L2):"));
    setRowLabel(m_l1, tr("L1 penalty:"));
    setRowLabel(m_labelSmoothing, tr("Label smoothing:"));
    setRowLabel(m_shift, tr("Shift images:"));
    setRowLabel(m_rotate, tr("Rotate images:"));
    setRowLabel(m_patience, tr("Early-stop patience:"));
    m_shift->setSuffix(tr(" px"));
    m_rotate->setSuffix(tr("°"));
    m_shift->setSpecialValueText(tr("Off"));
    m_rotate->setSpecialValueText(tr("Off"));
    m_patience->setSpecialValueText(tr("Off"));
    m_patience->setSuffix(tr(" epochs"));
    m_shift->setToolTip(tr("Data augmentation: move each training image by up to this many pixels, "
                           "a new random shift every batch, so the network cannot memorize positions"));
    m_rotate->setToolTip(tr("Data augmentation: turn each training image by up to this many degrees"));
    m_patience->setToolTip(tr("Stop when the validation loss has not improved for this many epochs, and "
                              "keep the weights of the best epoch"));
    m_shift->setAccessibleName(tr("Augmentation shift"));
    m_rotate->setAccessibleName(tr("Augmentation rotation"));
    m_patience->setAccessibleName(tr("Early-stopping patience"));
    m_weightDecay->setToolTip(m_decoupled
            ? tr("AdamW's decoupled weight decay: each step shrinks every weight a little, apart from the "
                 "gradient (nothing is added to the loss). 0 turns it off.")
            : tr("An L2 penalty on the weights added to the loss, as Keras' kernel regularizer: large "
                 "weights cost more, so the network stays simpler. 0 turns it off."));
    m_l1->setToolTip(tr("An L1 penalty on the weights added to the loss: it pushes many weights to exactly "
                        "zero. 0 turns it off."));
    m_labelSmoothing->setToolTip(tr("Train against slightly softened targets (the right class gets a "
                                    "little less than 100 %), so the network is less overconfident"));
    m_weightDecay->setAccessibleName(tr("Weight decay"));
    m_l1->setAccessibleName(tr("L1 penalty"));
    m_labelSmoothing->setAccessibleName(tr("Label smoothing"));
}

void RegularizationControls::setConfig(const core::TrainingConfig &config)
{
    m_updating = true;
    m_weightDecay->setValue(config.weightDecay);
    m_l1->setValue(config.l1);
    m_labelSmoothing->setValue(config.labelSmoothing);
    m_shift->setValue(config.augmentShift);
    m_rotate->setValue(config.augmentRotate);
    m_patience->setValue(config.earlyStopPatience);
    m_updating = false;
    follow(config);
}

void RegularizationControls::readInto(core::TrainingConfig &config) const
{
    config.weightDecay = m_weightDecay->value();
    config.l1 = m_l1->value();
    config.labelSmoothing = m_labelSmoothing->value();
    config.augmentShift = m_shift->value();
    config.augmentRotate = m_rotate->value();
    config.earlyStopPatience = m_patience->value();
}

void RegularizationControls::follow(const core::TrainingConfig &config)
{
    const bool decoupled = config.optimizer == core::OptimizerKind::AdamW;
    if (decoupled == m_decoupled)
        return;
    m_decoupled = decoupled;
    retranslateUi();
}

QList<QWidget *> RegularizationControls::fields() const
{
    return {m_weightDecay, m_l1, m_labelSmoothing, m_shift, m_rotate, m_patience};
}

void RegularizationControls::setEnabled(bool enabled)
{
    for (QWidget *field : fields())
        field->setEnabled(enabled);
}

void RegularizationControls::handleEdit()
{
    if (!m_updating)
        Q_EMIT edited();
}

} // namespace cnnlab::ui
