#include "devicecombo.h"

#include "remotemachinesdialog.h"

#include <QSignalBlocker>

namespace cnnlab::ui {

namespace {

constexpr int machineRole = Qt::UserRole + 1;

} // namespace

DeviceCombo::DeviceCombo(QWidget *parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::activated, this, [this] {
        if (!machine().isEmpty())
            Q_EMIT remoteMachineChosen(machine());
    });
}

void DeviceCombo::setLocalDevices(const std::vector<core::DeviceInfo> &devices)
{
    m_local = devices;
    rebuild();
}

void DeviceCombo::setRemoteMachines(const QStringList &names)
{
    std::vector<Remote> remotes;
    for (const QString &name : names) {
        Remote remote {name, {}};
        for (const Remote &known : m_remotes)
            if (known.name == name)
                remote.devices = known.devices;
        remotes.push_back(remote);
    }
    m_remotes = remotes;
    rebuild();
}

void DeviceCombo::setRemoteDevices(const QString &machine, const std::vector<core::RemoteDevice> &devices)
{
    for (Remote &remote : m_remotes)
        if (remote.name == machine)
            remote.devices = devices;
    rebuild();
}

QString DeviceCombo::device() const
{
    const QString id = currentData().toString();
    return id.isEmpty() ? QStringLiteral("auto") : id;
}

QString DeviceCombo::machine() const
{
    return currentData(machineRole).toString();
}

void DeviceCombo::select(const QString &machine, const QString &device)
{
    int fallback = -1;
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, machineRole).toString() != machine)
            continue;
        if (itemData(i).toString() == device) {
            setCurrentIndex(i);
            return;
        }
        if (fallback < 0 && !itemData(i).toString().isEmpty())
            fallback = i;
    }
    setCurrentIndex(fallback >= 0 ? fallback : 0);
}

void DeviceCombo::rebuild()
{
    const QString keptMachine = machine();
    const QString keptDevice = device();
    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(QString(), QStringLiteral("auto"));
        for (const core::DeviceInfo &d : m_local) {
            const QString id = QString::fromStdString(d.id);
            const QString name = QString::fromStdString(d.name);
            addItem(name.isEmpty() ? id : name, id);
            setItemData(count() - 1, id, Qt::ToolTipRole);
        }
        for (const Remote &remote : m_remotes) {
            insertSeparator(count());
            addItem(QString(), QStringLiteral("auto"));
            setItemData(count() - 1, remote.name, machineRole);
            for (const core::RemoteDevice &d : remote.devices) {
                addItem(
                    remote.name + QStringLiteral(" — ") + describeDevice(d), QString::fromStdString(d.id));
                setItemData(count() - 1, remote.name, machineRole);
                setItemData(count() - 1, QString::fromStdString(d.id), Qt::ToolTipRole);
            }
        }
        retranslateUi();
        select(keptMachine, keptDevice);
    }
    if (machine() != keptMachine || device() != keptDevice)
        Q_EMIT currentIndexChanged(currentIndex());
}

void DeviceCombo::retranslateUi()
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString() != QLatin1String("auto"))
            continue;
        const QString machine = itemData(i, machineRole).toString();
        if (machine.isEmpty()) {
            setItemText(i, tr("Automatic"));
            setItemData(i, tr("The first GPU if there is one, else the CPU"), Qt::ToolTipRole);
        } else {
            setItemText(i, tr("%1 — automatic (remote)").arg(machine));
            setItemData(i,
                tr("Trains on %1 through ssh: its first GPU if it has one, else its CPU").arg(machine),
                Qt::ToolTipRole);
        }
    }
}

} // namespace cnnlab::ui
