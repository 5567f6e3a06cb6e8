#include "datasetcheck.h"

#include "cnnlab/core/dataset.h"

#include <QThread>

#include <memory>

namespace cnnlab::ui {

DatasetCheck::DatasetCheck(QObject *parent)
    : QObject(parent)
{ }

DatasetCheck::~DatasetCheck()
{
    if (m_thread)
        m_thread->wait();
}

bool DatasetCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DatasetCheck::start(core::DatasetKind kind, const std::string &explicitDir)
{
    if (isRunning())
        return;
    struct Result {
        core::Error error;
        std::string directory;
    };
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([kind, explicitDir, result] {
        const auto loaded = core::loadDataset(kind, explicitDir);
        if (loaded)
            result->directory = loaded->directory;
        else
            result->error = loaded.error();
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] {
        if (result->error && result->error.code != core::ErrorCode::DatasetMissing)
            Q_EMIT damaged(result->error);
        Q_EMIT finished(result->error, QString::fromStdString(result->directory));
    });
    thread->start();
}

} // namespace cnnlab::ui
