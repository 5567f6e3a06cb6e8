#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/textformat.h"

namespace cnnlab::core {

std::string metricsCsv(const RunRecord &record)
{
    std::string out = "epoch,step,samples_seen,seconds,full_validation,train_loss,train_accuracy,val_loss,"
                      "val_accuracy\n";
    for (const EpochMetrics &m : record.history) {
        out += shortestNumber(m.position.epochPosition);
        out += ',' + std::to_string(m.position.step);
        out += ',' + std::to_string(m.position.samplesSeen);
        out += ',' + shortestNumber(m.position.elapsedSeconds);
        out += m.fullValidation ? ",1" : ",0";
        for (const double value : {m.trainLoss, m.trainAccuracy, m.valLoss, m.valAccuracy})
            out += ',' + shortestNumber(value);
        out += '\n';
    }
    return out;
}

Error writeMetricsCsv(const RunRecord &record, const std::string &path)
{
    return writeFileAtomically(path, metricsCsv(record));
}

} // namespace cnnlab::core
