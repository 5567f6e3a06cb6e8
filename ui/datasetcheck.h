#pragma once

#include "cnnlab/core/error.h"
#include "cnnlab/core/trainingconfig.h"
#include "metatypes.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace cnnlab::ui {

// Reads the configured dataset once, off the GUI thread, the way Start will
// (core::loadDataset): a damaged set is reported when the window opens, not
// only when the class presses Start. A missing set is the set-up dialog's
// business and is not reported here.
class DatasetCheck : public QObject
{
    Q_OBJECT
public:
    explicit DatasetCheck(QObject *parent = nullptr);
    ~DatasetCheck() override; // waits for a check still reading (under a second)

    void start(core::DatasetKind kind, const std::string &explicitDir);
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void damaged(const cnnlab::core::Error &error);
    void finished();

private:
    QPointer<QThread> m_thread;
};

} // namespace cnnlab::ui
