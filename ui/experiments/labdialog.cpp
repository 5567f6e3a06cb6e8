#include "labdialog.h"

#include "cluster/runtargetpicker.h"

#include "common/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cnnlab::ui {

LabDialog::LabDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("labDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_seeds = new QSpinBox(this);
    m_seeds->setObjectName(QStringLiteral("labSeedsSpin"));
    m_seeds->setRange(1, 5);
    m_seeds->setValue(3);
    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("labEpochsSpin"));
    m_epochs->setRange(1, 100);
    m_epochs->setValue(10);
    m_subset = new QComboBox(this);
    m_subset->setObjectName(QStringLiteral("labSubsetCombo"));
    m_subset->addItem(QString(), 0);
    m_subset->addItem(QString(), 10000);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_seedsLabel = new QLabel(this);
    m_epochsLabel = new QLabel(this);
    m_subsetLabel = new QLabel(this);
    m_seedsLabel->setBuddy(m_seeds);
    m_epochsLabel->setBuddy(m_epochs);
    m_subsetLabel->setBuddy(m_subset);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_seeds, &QSpinBox::valueChanged, this, &LabDialog::updateSummary);
    connect(m_epochs, &QSpinBox::valueChanged, this, [this] {
        m_epochsEdited = m_epochsEdited || !m_settingEpochs;
        updateSummary();
    });
    connect(m_subset, &QComboBox::currentIndexChanged, this, [this] {
        // The quick subset is for a short demonstration: fewer epochs too,
        // unless the teacher chose the epochs.
        if (!m_epochsEdited) {
            m_settingEpochs = true;
            m_epochs->setValue(trainLimit() > 0 ? quickEpochs : 10);
            m_settingEpochs = false;
        }
        updateSummary();
    });

    auto *form = new QFormLayout;
    form->addRow(m_seedsLabel, m_seeds);
    form->addRow(m_epochsLabel, m_epochs);
    form->addRow(m_subsetLabel, m_subset);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    m_target = new RunTargetPicker(this);
    connect(m_target, &RunTargetPicker::targetChanged, this, &LabDialog::updateSummary);
    layout->addWidget(m_target);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    retranslateUi();
    setMinimumWidth(460);
}

void LabDialog::retranslateUi()
{
    setWindowTitle(tr("Reproduce the Lab"));
    m_intro->setText(tr("Trains the lab's four configurations — no dropout, dropout, batch size 1000 and "
                        "learning rate 0.01 — once per seed, one after the other, then judges each of the "
                        "lab's claims against the noise between seeds."));
    m_seedsLabel->setText(tr("&Seeds per configuration:"));
    m_epochsLabel->setText(tr("&Epochs:"));
    m_subsetLabel->setText(tr("Training &images:"));
    m_seeds->setAccessibleName(tr("Seeds per configuration"));
    m_seeds->setToolTip(tr("More seeds tell a real difference from luck; 3 is a good start"));
    m_epochs->setAccessibleName(tr("Epochs"));
    m_subset->setAccessibleName(tr("Training images"));
    m_subset->setItemText(0, tr("All 60,000 (the lab)"));
    m_subset->setItemText(1, tr("Quick: the first 10,000"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue Runs"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Queue the lab's runs"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateSummary();
}

void LabDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LabDialog::updateSummary()
{
    const int runs = 4 * seeds();
    QString text = tr("%n run(s) of %1 epoch(s) each.", nullptr, runs).arg(epochs());
    // Another machine's speed is not this one's: estimated only here.
    if (!m_target || m_target->target().kind == RunTarget::Kind::Local)
        text += QLatin1Char(' ') + PlanEstimate::text(plan(m_machine), m_speed);
    m_summary->setText(text);
    if (m_target)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target->problem().isEmpty());
}

int LabDialog::seeds() const
{
    return m_seeds->value();
}

void LabDialog::setSeeds(int seeds)
{
    m_seeds->setValue(seeds);
}

int LabDialog::epochs() const
{
    return m_epochs->value();
}

void LabDialog::setEpochs(int epochs)
{
    m_epochsEdited = true; // chosen: the subset keeps it
    m_epochs->setValue(epochs);
}

int LabDialog::trainLimit() const
{
    return m_subset->currentData().toInt();
}

void LabDialog::setTrainLimit(int limit)
{
    m_subset->setCurrentIndex(std::max(0, m_subset->findData(limit)));
}

std::vector<core::PlannedRun> LabDialog::plan(const core::TrainingConfig &machine) const
{
    core::TrainingConfig overrides = machine;
    overrides.epochs = epochs();
    overrides.trainLimit = trainLimit();
    return core::labPlan(seeds(), overrides, {"epochs", "train_limit", "device", "threads", "data_dir"});
}

} // namespace cnnlab::ui

namespace cnnlab::ui {

void LabDialog::setRemoteMachines(const QStringList &names)
{
    m_target->setMachines(names);
}

void LabDialog::setEstimateBasis(
    const core::TrainingConfig &machine, const std::optional<PlanEstimate::Speed> &speed)
{
    m_machine = machine;
    m_speed = speed;
    updateSummary();
}

QString LabDialog::summaryText() const
{
    return m_summary->text();
}

RunTarget LabDialog::runTarget() const
{
    return m_target->target();
}

void LabDialog::setRunTarget(const RunTarget &target)
{
    m_target->setTarget(target);
}

} // namespace cnnlab::ui
