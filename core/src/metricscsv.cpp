#include "cnnlab/core/runrecord.h"

#include <charconv>
#include <cmath>

namespace cnnlab::core {

namespace {

std::string formatCsvNumber(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value); // shortest round-trip form
    return std::string(text, result.ptr);
}

} // namespace

std::string metricsCsv(const RunRecord &record)
{
    std::string out = "epoch,step,samples_seen,seconds,full_validation,train_loss,train_accuracy,val_loss,"
                      "val_accuracy\n";
    for (const EpochMetrics &m : record.history) {
        out += formatCsvNumber(m.position.epochPosition);
        out += ',' + std::to_string(m.position.step);
        out += ',' + std::to_string(m.position.samplesSeen);
        out += ',' + formatCsvNumber(m.position.elapsedSeconds);
        out += m.fullValidation ? ",1" : ",0";
        for (const double value : {m.trainLoss, m.trainAccuracy, m.valLoss, m.valAccuracy})
            out += ',' + formatCsvNumber(value);
        out += '\n';
    }
    return out;
}

Error writeMetricsCsv(const RunRecord &record, const std::string &path)
{
    return writeFileAtomically(path, metricsCsv(record));
}

} // namespace cnnlab::core
