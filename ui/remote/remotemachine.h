#pragma once

#include "cnnlab/core/remotetrainer.h"

#include <QList>
#include <QString>

namespace cnnlab::ui {

// A machine the window can train on through ssh, as set up in Remote Machines.
struct RemoteMachine {
    QString name; // shown in the device list and the status bar
    QString destination; // ssh's destination: an ~/.ssh/config alias, user@host
    QString command; // cnnlab-train there; empty: on its PATH
    double costPerHour = 0.0; // the cost meter's price while it trains

    [[nodiscard]] core::RemoteTarget target() const
    {
        core::RemoteTarget t;
        t.destination = destination.toStdString();
        t.remoteCommand = command.toStdString();
        t.label = name.toStdString();
        return t;
    }
    bool operator==(const RemoteMachine &) const = default;
};

using RemoteMachines = QList<RemoteMachine>;

} // namespace cnnlab::ui
