#pragma once

#include "runtarget.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace cnnlab::ui {

// "Run on: this machine · <machine> · Slurm cluster through <machine>", with
// the Slurm fields (partition, GPUs per task, time limit, shared folder) shown
// when a cluster is chosen. Part of the Lab and Sweep dialogs.
class RunTargetPicker : public QWidget
{
    Q_OBJECT
public:
    explicit RunTargetPicker(QWidget *parent = nullptr);

    void setMachines(const QStringList &names);
    [[nodiscard]] RunTarget target() const;
    void setTarget(const RunTarget &target);
    // Why the target cannot be used as entered (empty: it can).
    [[nodiscard]] QString problem() const;

Q_SIGNALS:
    void targetChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateVisibility();

    QComboBox *m_where = nullptr;
    QLabel *m_whereLabel = nullptr;
    QWidget *m_slurm = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_partition = nullptr;
    QSpinBox *m_gpus = nullptr;
    QLineEdit *m_time = nullptr;
    QLabel *m_problem = nullptr;
    QStringList m_machines;
};

} // namespace cnnlab::ui
