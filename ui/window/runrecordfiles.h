#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

namespace cnnlab::ui {

class RunActions;
class RunControl;
class TrainingController;

// File ▸ Open Run Record, Save Run Record and Replay Run: the file dialogs,
// and saving the last finished run as run.json. Opening and replaying go
// through RunControl, which shows the record in the session.
class RunRecordFiles : public QObject
{
    Q_OBJECT
public:
    RunRecordFiles(
        QMainWindow *window, RunActions *actions, RunControl *control, TrainingController *controller);

    // The last finished run, as run.json at `path` (named after the file
    // when it has no name of its own).
    bool saveRunRecord(const QString &path, QString *error = nullptr);

private:
    [[nodiscard]] QString askForRunRecord(const QString &title);
    void openInteractively();
    void saveInteractively();
    void replayInteractively();

    QMainWindow *m_window = nullptr;
    RunControl *m_control = nullptr;
    TrainingController *m_controller = nullptr;
};

} // namespace cnnlab::ui
