#include "remotemachinesdialog.h"

#include "remoteprobe.h"

#include "common/errortext.h"
#include "common/format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cnnlab::ui {

namespace {

enum Column { NameColumn, DestinationColumn, CommandColumn, CostColumn, ColumnCount };

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

QString describeDevice(const core::RemoteDevice &device)
{
    QString text = QString::fromStdString(device.name);
    if (device.memoryBytes > 0) // rounded to whole GiB, as GPU vendors label them
        text += RemoteMachinesDialog::tr(" (%1 GB)")
                    .arg(Format::integer(int((device.memoryBytes + (1ULL << 29)) >> 30)));
    return text;
}

QString describeHello(const core::ServeHello &hello)
{
    QStringList devices;
    for (const core::RemoteDevice &device : hello.devices)
        devices << describeDevice(device);
    const bool mnist
        = std::find(hello.datasets.begin(), hello.datasets.end(), "mnist") != hello.datasets.end();
    return RemoteMachinesDialog::tr("%1 (cnnlab %2): %3. %4")
        .arg(QString::fromStdString(hello.host), QString::fromStdString(hello.version),
            devices.join(QStringLiteral(" · ")),
            mnist ? RemoteMachinesDialog::tr("MNIST is installed there.")
                  : RemoteMachinesDialog::tr("MNIST is not installed there yet."));
}

RemoteMachinesDialog::RemoteMachinesDialog(const RemoteMachines &machines, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_probe(new RemoteProbe(this))
{
    setObjectName(QStringLiteral("remoteMachinesDialog"));
    setWindowTitle(tr("Remote Machines"));
    auto *intro
        = new QLabel(tr("Train on another machine through ssh: a school GPU server or a cloud instance "
                        "with cnnlab installed. cnnlab uses your ssh setup (~/.ssh/config aliases, keys, "
                        "agent) and never asks for a password: test the connection in a terminal first "
                        "(ssh DESTINATION). Nothing keeps running there after a run ends."),
            this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("remoteMachinesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("SSH destination"), tr("cnnlab-train there (optional)"), tr("$ per hour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const RemoteMachine &machine : machines)
        addRow(machine);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addRemoteButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRemoteButton"));
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testRemoteButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("remoteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_remove);
    row->addStretch();
    row->addWidget(m_test);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 360);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow(RemoteMachine {tr("gpu-server"), QString(), QString(), 0.0});
        m_table->selectRow(m_table->rowCount() - 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, DestinationColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateButtons();
    });
    connect(m_test, &QPushButton::clicked, this, &RemoteMachinesDialog::testSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RemoteMachinesDialog::updateButtons);
    connect(m_probe, &RemoteProbe::probed, this, &RemoteMachinesDialog::showProbed);
    connect(m_probe, &RemoteProbe::probeFailed, this, &RemoteMachinesDialog::showFailed);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void RemoteMachinesDialog::addRow(const RemoteMachine &machine)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(machine.name));
    m_table->setItem(row, DestinationColumn, new QTableWidgetItem(machine.destination));
    m_table->setItem(row, CommandColumn, new QTableWidgetItem(machine.command));
    auto *cost = new QTableWidgetItem;
    cost->setData(Qt::EditRole, machine.costPerHour);
    m_table->setItem(row, CostColumn, cost);
    updateButtons();
}

RemoteMachines RemoteMachinesDialog::machines() const
{
    RemoteMachines machines;
    QSet<QString> names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        RemoteMachine machine;
        machine.name = cell(m_table, row, NameColumn);
        machine.destination = cell(m_table, row, DestinationColumn);
        machine.command = cell(m_table, row, CommandColumn);
        const QTableWidgetItem *cost = m_table->item(row, CostColumn);
        machine.costPerHour = cost ? std::max(0.0, cost->data(Qt::EditRole).toDouble()) : 0.0;
        if (machine.destination.isEmpty())
            continue;
        if (machine.name.isEmpty())
            machine.name = machine.destination;
        const QString base = machine.name;
        for (int i = 2; names.contains(machine.name); ++i)
            machine.name = QStringLiteral("%1 (%2)").arg(base).arg(i);
        names.insert(machine.name);
        machines.append(machine);
    }
    return machines;
}

void RemoteMachinesDialog::testSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    RemoteMachine machine;
    machine.name = cell(m_table, row, NameColumn);
    machine.destination = cell(m_table, row, DestinationColumn);
    machine.command = cell(m_table, row, CommandColumn);
    if (machine.destination.isEmpty()) {
        m_status->setText(tr("Enter the ssh destination first (an alias from ~/.ssh/config, or user@host)."));
        return;
    }
    m_status->setText(tr("Connecting to %1…").arg(machine.destination));
    m_test->setEnabled(false);
    m_probe->probe(machine);
}

void RemoteMachinesDialog::showProbed(const QString &, const core::ServeHello &hello)
{
    m_status->setText(tr("Connected. %1").arg(describeHello(hello)));
    updateButtons();
}

void RemoteMachinesDialog::showFailed(const QString &, const core::Error &error)
{
    m_status->setText(ErrorText::describe(error));
    updateButtons();
}

void RemoteMachinesDialog::updateButtons()
{
    if (!m_remove)
        return; // rows added while the dialog is built
    const bool selected = m_table->currentRow() >= 0;
    m_remove->setEnabled(selected);
    m_test->setEnabled(selected && !m_probe->isBusy());
}

} // namespace cnnlab::ui
