#pragma once

#include "cnnlab/core/devices.h"
#include "cnnlab/core/serveprotocol.h"
#include "cnnlab/core/trainingengine.h"

#include <QComboBox>
#include <QString>
#include <QStringList>

#include <vector>

namespace cnnlab::ui {

// Where a run trains: this machine's devices, then each remote machine from
// Settings ("gpu-box — automatic" until it is probed, then one entry per
// device found there). The device id is the chosen machine's own.
class DeviceCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit DeviceCombo(QWidget *parent = nullptr);

    void setLocalDevices(const std::vector<core::DeviceInfo> &devices);
    void setRemoteMachines(const QStringList &names);
    // What a probe found on `machine`.
    void setRemoteDevices(const QString &machine, const std::vector<core::RemoteDevice> &devices);

    [[nodiscard]] QString device() const; // "auto", "cpu", "cuda:0"
    [[nodiscard]] QString machine() const; // the remote machine's name; empty: this one
    void select(const QString &machine, const QString &device);

    void retranslateUi();

Q_SIGNALS:
    // The user picked an entry of a remote machine (probe it).
    void remoteMachineChosen(const QString &machine);

private:
    struct Remote {
        QString name;
        std::vector<core::RemoteDevice> devices; // empty: not probed yet
    };
    void rebuild();

    std::vector<core::DeviceInfo> m_local;
    std::vector<Remote> m_remotes;
};

} // namespace cnnlab::ui
