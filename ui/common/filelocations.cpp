#include "filelocations.h"

#include "cnnlab/core/runstore.h"

#include <QDir>
#include <QStandardPaths>

namespace cnnlab::ui::FileLocations {

QString runsFolder()
{
    const QString root = QString::fromStdString(core::RunStore::defaultRoot());
    if (!root.isEmpty() && QDir().mkpath(root))
        return root;
    return documentsFolder();
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace cnnlab::ui::FileLocations
