#include "clusterpanel.h"

#include "clusterjob.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cnnlab::ui {

namespace {

QString stateText(const ClusterTask &task)
{
    if (task.slurm == QLatin1String("PENDING"))
        return ClusterPanel::tr("Waiting in Slurm's queue");
    if (task.slurm == QLatin1String("RUNNING") || task.slurm == QLatin1String("COMPLETING"))
        return ClusterPanel::tr("Running");
    if (!task.slurm.isEmpty())
        return task.slurm.toLower();
    if (task.state == QLatin1String("completed"))
        return ClusterPanel::tr("Finished");
    if (task.state == QLatin1String("stopped"))
        return ClusterPanel::tr("Stopped");
    if (task.state == QLatin1String("diverged"))
        return ClusterPanel::tr("Diverged");
    if (task.state == QLatin1String("failed"))
        return ClusterPanel::tr("Failed");
    if (task.state == QLatin1String("started"))
        return ClusterPanel::tr("Started, no result yet");
    return ClusterPanel::tr("Not started");
}

} // namespace

ClusterPanel::ClusterPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("clusterTasks"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    retranslateUi();
}

void ClusterPanel::setJob(ClusterJob *job)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    if (m_job) {
        connect(m_job, &ClusterJob::tasksChanged, this, &ClusterPanel::refresh);
        connect(m_job, &ClusterJob::submitted, this, &ClusterPanel::refresh);
        connect(m_job, &QObject::destroyed, this, [this] {
            m_job = nullptr;
            refresh();
        });
    }
    refresh();
}

QString ClusterPanel::summary() const
{
    return m_summary->text();
}

void ClusterPanel::refresh()
{
    m_list->clear();
    if (!m_job) {
        m_summary->setText(tr("No cluster job. Reproduce the Lab or Sweep with “Run on: Slurm cluster” "
                              "sends one (set the cluster's login node up in Run ▸ Remote Machines…)."));
        return;
    }
    int ended = 0;
    for (const ClusterTask &task : m_job->tasks()) {
        auto *item = new QTreeWidgetItem(m_list, {task.name, stateText(task), task.reason});
        item->setData(0, Qt::UserRole, task.index);
        ended += task.slurm.isEmpty() && task.state != QLatin1String("missing")
            && task.state != QLatin1String("started");
    }
    if (m_job->jobId().isEmpty())
        m_summary->setText(tr("Submitting to Slurm on %1…").arg(m_job->machine().name));
    else
        m_summary->setText(tr("Slurm job %1 on %2 (%3): %4 of %5 tasks ended, %6 runs in the history")
                               .arg(m_job->jobId(), m_job->machine().name, m_job->folder())
                               .arg(ended)
                               .arg(m_job->tasks().size())
                               .arg(m_job->arrivedCount()));
}

void ClusterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClusterPanel::retranslateUi()
{
    m_list->setHeaderLabels({tr("Run"), tr("State"), tr("Why")});
    m_list->setAccessibleName(tr("Tasks of the cluster job"));
    refresh();
}

} // namespace cnnlab::ui
