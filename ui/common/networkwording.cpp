#include "networkwording.h"

#include "common/format.h"

namespace cnnlab::ui {

QStringList NetworkWording::parts(const core::TrainingConfig &config)
{
    const core::TrainingConfig lab;
    QStringList parts;
    if (config.convBlocks != lab.convBlocks)
        parts << tr("%n conv block(s)", nullptr, config.convBlocks);
    if (config.filters != lab.filters)
        parts << tr("%1 filters").arg(Format::integer(config.filters));
    if (config.kernelSize != lab.kernelSize)
        parts << tr("%1×%1 kernels").arg(config.kernelSize);
    if (config.denseUnits != lab.denseUnits)
        parts << tr("dense %1").arg(Format::integer(config.denseUnits));
    if (config.activation != lab.activation)
        parts << QString::fromLatin1(core::activationName(config.activation));
    if (config.batchNorm)
        parts << tr("batch norm");
    return parts;
}

} // namespace cnnlab::ui
