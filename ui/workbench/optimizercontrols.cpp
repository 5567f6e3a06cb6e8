#include "optimizercontrols.h"

#include "common/formrows.h"

#include "workbench/schedulecurve.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace cnnlab::ui {

OptimizerControls::OptimizerControls(QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_form(form)
{
    setObjectName(QStringLiteral("optimizerControls"));
    m_momentum = new QDoubleSpinBox(parent);
    m_momentum->setObjectName(QStringLiteral("momentumSpin"));
    m_momentum->setRange(0.0, 0.99);
    m_momentum->setSingleStep(0.05);
    m_momentum->setDecimals(2);
    m_momentum->setKeyboardTracking(false);
    m_nesterov = new QCheckBox(parent);
    m_nesterov->setObjectName(QStringLiteral("nesterovCheck"));
    m_nesterov->setFocusPolicy(Qt::TabFocus); // Space stays the presenter's Start key
    m_schedule = new QComboBox(parent);
    m_schedule->setObjectName(QStringLiteral("scheduleCombo"));
    for (const core::LrSchedule schedule : {core::LrSchedule::Constant, core::LrSchedule::Step,
             core::LrSchedule::Cosine, core::LrSchedule::OneCycle})
        m_schedule->addItem(QString(), int(schedule));
    m_curve = new ScheduleCurve(parent);

    m_scheduleRow = new QWidget(parent);
    auto *scheduleLayout = new QHBoxLayout(m_scheduleRow);
    scheduleLayout->setContentsMargins(0, 0, 0, 0);
    scheduleLayout->addWidget(m_schedule, 1);
    scheduleLayout->addWidget(m_curve);

    FormRows::addLabelled(m_form, m_momentum);
    m_form->addRow(m_nesterov);
    FormRows::addLabelled(m_form, m_scheduleRow)->setBuddy(m_schedule);

    connect(m_momentum, &QDoubleSpinBox::valueChanged, this, &OptimizerControls::handleEdit);
    connect(m_nesterov, &QCheckBox::toggled, this, &OptimizerControls::handleEdit);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &OptimizerControls::handleEdit);
    retranslateUi();
}

void OptimizerControls::retranslateUi()
{
    FormRows::setLabelText(m_form, m_momentum, tr("Momentum:"));
    FormRows::setLabelText(m_form, m_scheduleRow, tr("Schedule:"));
    m_nesterov->setText(tr("Nesterov momentum"));
    m_schedule->setItemText(0, tr("Constant"));
    m_schedule->setItemText(1, tr("Step decay"));
    m_schedule->setItemText(2, tr("Cosine"));
    m_schedule->setItemText(3, tr("One-cycle (warm-up)"));
    m_momentum->setToolTip(tr("SGD's momentum: how much of the last step carries into the next"));
    m_nesterov->setToolTip(tr("Look ahead along the momentum before taking the gradient"));
    m_schedule->setToolTip(tr("How the learning rate moves over the run: constant (the lab), halved every "
                              "few epochs, a cosine down to zero, or one cycle that warms up first"));
    m_curve->setToolTip(tr("The learning rate over the run, from the first epoch to the last"));
    m_momentum->setAccessibleName(tr("Momentum"));
    m_nesterov->setAccessibleName(tr("Nesterov momentum"));
    m_schedule->setAccessibleName(tr("Learning-rate schedule"));
    m_curve->setAccessibleName(tr("Learning-rate schedule curve"));
}

void OptimizerControls::setConfig(const core::TrainingConfig &config)
{
    m_updating = true;
    m_momentum->setValue(config.momentum);
    m_nesterov->setChecked(config.nesterov);
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(int(config.schedule))));
    m_updating = false;
    follow(config);
}

void OptimizerControls::readInto(core::TrainingConfig &config) const
{
    config.momentum = m_momentum->value();
    config.nesterov = m_nesterov->isChecked();
    config.schedule = core::LrSchedule(m_schedule->currentData().toInt());
}

void OptimizerControls::follow(const core::TrainingConfig &config)
{
    m_sgd = config.optimizer == core::OptimizerKind::Sgd;
    setVisible(m_visible);
    m_curve->setConfig(config);
}

QList<QWidget *> OptimizerControls::fields() const
{
    return {m_momentum, m_nesterov, m_schedule};
}

void OptimizerControls::setEnabled(bool enabled)
{
    for (QWidget *field : fields())
        field->setEnabled(enabled);
    m_curve->setEnabled(enabled);
}

void OptimizerControls::setVisible(bool visible)
{
    m_visible = visible;
    m_form->setRowVisible(m_momentum, visible && m_sgd);
    m_form->setRowVisible(m_nesterov, visible && m_sgd);
    m_form->setRowVisible(m_scheduleRow, visible);
}

void OptimizerControls::handleEdit()
{
    if (!m_updating)
        Q_EMIT edited();
}

} // namespace cnnlab::ui
