#pragma once

#include "remotemachine.h"

#include "cnnlab/core/error.h"
#include "cnnlab/core/serveprotocol.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace cnnlab::ui {

class DeviceCombo;
class MessageBanner;
class RemoteProbe;
class Settings;

// Remote machines in the window: Run ▸ Remote Machines… edits them (kept in
// Settings), the device chooser lists them, and choosing one probes it: its
// GPUs join the list, an unreachable machine gets its reason in the banner,
// a machine without MNIST is offered this machine's verified copy.
class RemoteSetup : public QObject
{
    Q_OBJECT
public:
    RemoteSetup(Settings &settings, DeviceCombo *devices, MessageBanner *banner, QWidget *window);

    [[nodiscard]] QAction *manageAction() const { return m_manage; }
    // The machine the device chooser points at; nullopt: this one.
    [[nodiscard]] std::optional<RemoteMachine> chosenMachine() const;
    [[nodiscard]] std::optional<RemoteMachine> machine(const QString &name) const;
    // Its price per hour when set (> 0), else `fallback` (the cost meter's).
    [[nodiscard]] double costPerHour(const QString &name, double fallback) const;

    void retranslateUi();

Q_SIGNALS:
    void machinesChanged();

private:
    void manage();
    void probe(const QString &name);
    void handleProbed(const QString &name, const core::ServeHello &hello);
    void handleCopied(const QString &name, const core::Error &error);

    Settings &m_settings;
    DeviceCombo *m_devices;
    MessageBanner *m_banner;
    QWidget *m_window;
    QAction *m_manage;
    RemoteProbe *m_probe;
    RemoteMachines m_machines;
};

} // namespace cnnlab::ui
