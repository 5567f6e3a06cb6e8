#include "runtargetpicker.h"

#include "cnnlab/core/clusterplan.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cnnlab::ui {

namespace {

constexpr int kindRole = Qt::UserRole;
constexpr int machineRole = Qt::UserRole + 1;

} // namespace

RunTargetPicker::RunTargetPicker(QWidget *parent)
    : QWidget(parent)
    , m_where(new QComboBox(this))
    , m_slurm(new QWidget(this))
    , m_folder(new QLineEdit(m_slurm))
    , m_partition(new QLineEdit(m_slurm))
    , m_gpus(new QSpinBox(m_slurm))
    , m_time(new QLineEdit(m_slurm))
{
    setObjectName(QStringLiteral("runTargetPicker"));
    m_where->setObjectName(QStringLiteral("runOnCombo"));
    m_folder->setObjectName(QStringLiteral("slurmFolderEdit"));
    m_partition->setObjectName(QStringLiteral("slurmPartitionEdit"));
    m_gpus->setObjectName(QStringLiteral("slurmGpusSpin"));
    m_time->setObjectName(QStringLiteral("slurmTimeEdit"));
    m_gpus->setRange(0, 16);
    m_form = new QFormLayout(m_slurm);
    m_form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : std::initializer_list<QWidget *> {m_folder, m_partition, m_gpus, m_time}) {
        auto *label = new QLabel(m_slurm);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto *where = new QFormLayout;
    where->setContentsMargins(0, 0, 0, 0);
    m_whereLabel = new QLabel(this);
    m_whereLabel->setBuddy(m_where);
    where->addRow(m_whereLabel, m_where);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(where);
    layout->addWidget(m_slurm);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("runTargetProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    setMachines({});
    connect(m_where, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT targetChanged();
    });
    for (QLineEdit *edit : {m_folder, m_partition, m_time})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateVisibility();
            Q_EMIT targetChanged();
        });
    connect(m_gpus, &QSpinBox::valueChanged, this, &RunTargetPicker::targetChanged);
    retranslateUi();
}

void RunTargetPicker::setMachines(const QStringList &names)
{
    m_machines = names;
    const RunTarget kept = m_where->count() > 0 ? target() : RunTarget {};
    m_where->clear();
    m_where->addItem(QString(), int(RunTarget::Kind::Local));
    for (const QString &name : names) {
        m_where->addItem(QString(), int(RunTarget::Kind::Remote));
        m_where->setItemData(m_where->count() - 1, name, machineRole);
        m_where->addItem(QString(), int(RunTarget::Kind::Slurm));
        m_where->setItemData(m_where->count() - 1, name, machineRole);
    }
    retranslateUi();
    setTarget(kept);
}

RunTarget RunTargetPicker::target() const
{
    RunTarget t;
    t.kind = RunTarget::Kind(m_where->currentData(kindRole).toInt());
    t.machine = m_where->currentData(machineRole).toString();
    t.folder = m_folder->text().trimmed();
    t.partition = m_partition->text().trimmed();
    t.gpusPerTask = m_gpus->value();
    t.timeLimit = m_time->text().trimmed();
    return t;
}

void RunTargetPicker::setTarget(const RunTarget &target)
{
    for (int i = 0; i < m_where->count(); ++i)
        if (m_where->itemData(i, kindRole).toInt() == int(target.kind)
            && m_where->itemData(i, machineRole).toString() == target.machine)
            m_where->setCurrentIndex(i);
    m_folder->setText(target.folder);
    m_partition->setText(target.partition);
    m_gpus->setValue(target.gpusPerTask);
    m_time->setText(target.timeLimit);
    updateVisibility();
}

QString RunTargetPicker::problem() const
{
    const RunTarget t = target();
    if (t.kind != RunTarget::Kind::Slurm)
        return {};
    if (t.folder.isEmpty() || !t.folder.startsWith(QLatin1Char('/')))
        return tr("Give the cluster's shared folder as an absolute path (home or scratch, where the compute "
                  "nodes see it too).");
    if (!t.timeLimit.isEmpty() && !core::isSlurmTime(t.timeLimit.toStdString()))
        return tr("Write the time limit as HH:MM:SS.");
    return {};
}

void RunTargetPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunTargetPicker::retranslateUi()
{
    for (int i = 0; i < m_where->count(); ++i) {
        const QString machine = m_where->itemData(i, machineRole).toString();
        switch (RunTarget::Kind(m_where->itemData(i, kindRole).toInt())) {
        case RunTarget::Kind::Local: m_where->setItemText(i, tr("This machine")); break;
        case RunTarget::Kind::Remote:
            m_where->setItemText(i, tr("%1, one run after another").arg(machine));
            break;
        case RunTarget::Kind::Slurm:
            m_where->setItemText(i, tr("Slurm cluster through %1").arg(machine));
            break;
        }
    }
    m_whereLabel->setText(tr("R&un on:"));
    const auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_folder, tr("Shared folder:"));
    setLabel(m_partition, tr("Partition:"));
    setLabel(m_gpus, tr("GPUs per task:"));
    setLabel(m_time, tr("Time limit:"));
    m_folder->setPlaceholderText(tr("/home/you/cnnlab-runs (seen by every node)"));
    m_partition->setPlaceholderText(tr("the cluster's default"));
    m_time->setPlaceholderText(tr("HH:MM:SS (the partition's default)"));
    m_gpus->setSpecialValueText(tr("none"));
    m_where->setToolTip(tr("Remote machines and clusters are set up in Run ▸ Remote Machines…"));
}

void RunTargetPicker::updateVisibility()
{
    const bool slurm = target().kind == RunTarget::Kind::Slurm;
    const bool changed = m_slurm->isVisibleTo(this) != slurm;
    m_slurm->setVisible(slurm);
    m_problem->setText(problem());
    m_problem->setVisible(!m_problem->text().isEmpty());
    if (QWidget *dialog = window(); changed && dialog != this && dialog->isVisible())
        dialog->adjustSize(); // room for the Slurm fields, or back
}

} // namespace cnnlab::ui
