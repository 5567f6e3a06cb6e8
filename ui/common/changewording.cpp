#include "common/changewording.h"

#include "format.h"

namespace cnnlab::ui {

QString ChangeWording::label(const core::ConfigChange &change)
{
    const QString from = Format::coreValue(change.oldValue);
    const QString to = Format::coreValue(change.newValue);
    if (change.parameter == "learning_rate")
        return tr("lr %1 → %2").arg(from, to);
    if (change.parameter == "batch_size")
        return tr("batch %1 → %2").arg(from, to);
    if (change.parameter == "dropout")
        return tr("dropout %1 → %2").arg(from, to);
    return tr("%1 %2 → %3").arg(QString::fromStdString(change.parameter), from, to);
}

} // namespace cnnlab::ui
