#include "filelocations.h"

#include "cnnlab/core/runstore.h"

#include <QCoreApplication>
#include <QDateTime>
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

QString stampedFileName(const QString &what, const QString &suffix)
{
    return QStringLiteral("cnnlab-%1-%2.%3")
        .arg(what, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), suffix);
}

QString exportedMessage(const QString &path)
{
    return QCoreApplication::translate("cnnlab::ui::FileLocations", "Exported %1")
        .arg(QDir::toNativeSeparators(path));
}

QString savedMessage(const QString &path)
{
    return QCoreApplication::translate("cnnlab::ui::FileLocations", "Saved %1")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace cnnlab::ui::FileLocations
