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
    auto result = std::make_shared<core::Error>();
    QThread *thread = QThread::create([kind, explicitDir, result] {
        const auto loaded = core::loadDataset(kind, explicitDir);
        if (!loaded)
            *result = loaded.error();
    });
    m_thread = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, result] {
        if (*result && result->code != core::ErrorCode::DatasetMissing)
            Q_EMIT damaged(*result);
        Q_EMIT finished();
    });
    thread->start();
}

} // namespace cnnlab::ui
