#include "settingswording.h"

#include "common/format.h"

namespace cnnlab::ui {

QStringList SettingsWording::beyondLab(const core::TrainingConfig &config)
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
    if (config.optimizer == core::OptimizerKind::AdamW || config.optimizer == core::OptimizerKind::RMSprop)
        parts << QString::fromLatin1(core::optimizerName(config.optimizer));
    if (config.schedule != lab.schedule)
        parts << tr("%1 schedule").arg(QString::fromLatin1(core::scheduleName(config.schedule)));
    if (config.weightDecay > 0)
        parts << (config.optimizer == core::OptimizerKind::AdamW ? tr("weight decay %1") : tr("L2 %1"))
                     .arg(Format::plain(config.weightDecay));
    if (config.l1 > 0)
        parts << tr("L1 %1").arg(Format::plain(config.l1));
    if (config.labelSmoothing > 0)
        parts << tr("label smoothing %1").arg(Format::plain(config.labelSmoothing));
    if (config.augmentShift > 0)
        parts << tr("shift %1 px").arg(config.augmentShift);
    if (config.augmentRotate > 0)
        parts << tr("rotate %1°").arg(Format::plain(config.augmentRotate));
    if (config.earlyStopPatience > 0)
        parts << tr("early stop %1").arg(config.earlyStopPatience);
    return parts;
}

} // namespace cnnlab::ui
