#pragma once

#include "remotemachine.h"

#include "cnnlab/core/error.h"
#include "cnnlab/core/serveprotocol.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cnnlab::ui {

class RemoteProbe;

// Train ▸ Remote Machines…: the machines a run can train on through ssh
// (name, ssh destination, optional remote command, price per hour), each
// testable on the spot ("Test Connection" says what it found there, or why
// it could not reach it).
class RemoteMachinesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemoteMachinesDialog(const RemoteMachines &machines, QWidget *parent = nullptr);

    // Rows with a name and a destination; names made unique.
    [[nodiscard]] RemoteMachines machines() const;

private:
    void addRow(const RemoteMachine &machine);
    void testSelected();
    void showProbed(const QString &machine, const core::ServeHello &hello);
    void showFailed(const QString &machine, const core::Error &error);
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    RemoteProbe *m_probe = nullptr;
};

// "NVIDIA H100 (80 GB) · CPU (16 cores); MNIST there" — what a hello says, for people.
QString describeHello(const core::ServeHello &hello);
// "NVIDIA H100 (80 GB)": a remote device's name and, when known, its memory.
QString describeDevice(const core::RemoteDevice &device);

} // namespace cnnlab::ui
