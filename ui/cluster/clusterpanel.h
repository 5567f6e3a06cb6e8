#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cnnlab::ui {

class ClusterJob;

// The Cluster dock: the job array's tasks with their Slurm states (pending,
// running) and outcomes, refreshed as the login node reports them.
class ClusterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterPanel(QWidget *parent = nullptr);

    // The job shown; null: none. The view connects itself to it.
    void setJob(ClusterJob *job);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    ClusterJob *m_job = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace cnnlab::ui
