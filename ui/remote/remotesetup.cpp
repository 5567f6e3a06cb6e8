#include "remotesetup.h"

#include "devicecombo.h"
#include "remotemachinesdialog.h"
#include "remoteprobe.h"

#include "common/errortext.h"
#include "common/format.h"
#include "common/messagebanner.h"
#include "common/settings.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

#include <algorithm>

namespace cnnlab::ui {

namespace {

QStringList namesOf(const RemoteMachines &machines)
{
    QStringList names;
    for (const RemoteMachine &machine : machines)
        names << machine.name;
    return names;
}

} // namespace

RemoteSetup::RemoteSetup(Settings &settings, DeviceCombo *devices, MessageBanner *banner, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_devices(devices)
    , m_banner(banner)
    , m_window(window)
    , m_manage(new QAction(window))
    , m_probe(new RemoteProbe(this))
    , m_machines(settings.remoteMachines())
{
    m_manage->setObjectName(QStringLiteral("remoteMachinesAction"));
    m_devices->setRemoteMachines(namesOf(m_machines));
    connect(m_manage, &QAction::triggered, this, &RemoteSetup::manage);
    connect(m_devices, &DeviceCombo::remoteMachineChosen, this, &RemoteSetup::probe);
    connect(m_probe, &RemoteProbe::probed, this, &RemoteSetup::handleProbed);
    connect(m_probe, &RemoteProbe::probeFailed, this, [this](const QString &, const core::Error &error) {
        m_banner->showMessage(MessageBanner::Level::Error, ErrorText::describe(error));
    });
    connect(
        m_probe, &RemoteProbe::copyProgress, this, [this](const QString &name, qint64 sent, qint64 total) {
            m_banner->showMessage(MessageBanner::Level::Information,
                tr("Copying MNIST to %1: %2 of %3 MB…")
                    .arg(name, Format::integer(int(sent >> 20)), Format::integer(int(total >> 20))));
        });
    connect(m_probe, &RemoteProbe::copyFinished, this, &RemoteSetup::handleCopied);
    retranslateUi();
}

std::optional<RemoteMachine> RemoteSetup::chosenMachine() const
{
    return machine(m_devices->machine());
}

std::optional<RemoteMachine> RemoteSetup::machine(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    for (const RemoteMachine &machine : m_machines)
        if (machine.name == name)
            return machine;
    return std::nullopt;
}

double RemoteSetup::costPerHour(const QString &name, double fallback) const
{
    const std::optional<RemoteMachine> found = machine(name);
    return found && found->costPerHour > 0 ? found->costPerHour : fallback;
}

void RemoteSetup::retranslateUi()
{
    m_manage->setText(tr("Remote &Machines…"));
    m_manage->setToolTip(tr("Machines to train on through ssh: a GPU server, a cloud instance"));
    m_devices->retranslateUi();
}

void RemoteSetup::manage()
{
    RemoteMachinesDialog dialog(m_machines, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_machines = dialog.machines();
    m_settings.setRemoteMachines(m_machines);
    m_devices->setRemoteMachines(namesOf(m_machines));
    Q_EMIT machinesChanged();
}

void RemoteSetup::probe(const QString &name)
{
    const std::optional<RemoteMachine> found = machine(name);
    if (!found)
        return;
    m_banner->showMessage(MessageBanner::Level::Information, tr("Connecting to %1…").arg(found->name));
    m_probe->probe(*found);
}

void RemoteSetup::handleProbed(const QString &name, const core::ServeHello &hello)
{
    m_devices->setRemoteDevices(name, hello.devices);
    const bool mnist
        = std::find(hello.datasets.begin(), hello.datasets.end(), "mnist") != hello.datasets.end();
    m_banner->showMessage(mnist ? MessageBanner::Level::Information : MessageBanner::Level::Warning,
        tr("%1 is ready: %2").arg(name, describeHello(hello)));
    if (mnist)
        return;
    const std::optional<RemoteMachine> found = machine(name);
    if (!found)
        return;
    const auto answer = QMessageBox::question(m_window, tr("Copy MNIST to %1?").arg(name),
        tr("%1 has no MNIST yet. Copy this machine's verified copy there (about 55 MB over ssh)? "
           "It is checked against its SHA-256 checksums there.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        m_probe->copyDataset(*found);
}

void RemoteSetup::handleCopied(const QString &name, const core::Error &error)
{
    if (error) {
        m_banner->showMessage(MessageBanner::Level::Error, ErrorText::describe(error));
        return;
    }
    m_banner->showMessage(
        MessageBanner::Level::Information, tr("MNIST is installed on %1 and verified.").arg(name));
}

} // namespace cnnlab::ui
