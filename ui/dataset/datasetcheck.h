#pragma once

#include "cnnlab/core/error.h"
#include "cnnlab/core/trainingconfig.h"
#include "run/metatypes.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace cnnlab::ui {

// Reads a dataset once, off the GUI thread, the way Start will
// (core::loadDataset; 55 MB of IDX files take a moment). The window uses it
// so a damaged set is reported when it opens, not only at Start; the set-up
// dialog uses it to check a folder the teacher chose.
class DatasetCheck : public QObject
{
    Q_OBJECT
public:
    explicit DatasetCheck(QObject *parent = nullptr);
    ~DatasetCheck() override; // waits for a check still reading (under a second)

    void start(core::DatasetKind kind, const std::string &explicitDir);
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    // Every check ends here: `directory` is where it was read from (empty
    // with an error).
    void finished(const cnnlab::core::Error &error, const QString &directory);
    // An error other than DatasetMissing (a missing set is the set-up
    // dialog's business).
    void damaged(const cnnlab::core::Error &error);

private:
    QPointer<QThread> m_thread;
};

} // namespace cnnlab::ui
