#include "cnnlab/core/runfiles.h"

#include <filesystem>

namespace cnnlab::core {

RunFilesErrors saveRunFiles(
    const Trainer &trainer, bool withCheckpoint, RunRecord &record, const std::string &directory)
{
    const std::filesystem::path dir(directory);
    RunFilesErrors errors;
    record.checkpoint.clear();
    if (withCheckpoint && trainer.hasModel()) {
        errors.checkpoint = trainer.saveCheckpoint((dir / checkpointFileName).string());
        if (!errors.checkpoint)
            record.checkpoint = checkpointFileName;
    }
    errors.record = writeRunRecord(record, (dir / "run.json").string());
    return errors;
}

} // namespace cnnlab::core
