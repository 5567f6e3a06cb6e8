#pragma once

// run.json's pieces, one JSON object per value type, written and read by
// runrecord.cpp (a whole record) and serveprotocol.cpp (one event per line):
// a step reported over ssh and a step stored in run.json are the same object.
// Private to core.

#include "cnnlab/core/evaluationdetails.h"
#include "cnnlab/core/metrics.h"
#include "cnnlab/core/runinfo.h"
#include "cnnlab/core/runrecord.h"
#include "cnnlab/core/trainingconfig.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace cnnlab::core::recordjson {

// Ordered, so run.json reads top to bottom in the order it is written.
using Json = nlohmann::ordered_json;
// Reading uses the sorted map: ordered_json finds a key by linear search, so a
// hostile record with 100,000 keys in one object parsed in quadratic time.
using InJson = nlohmann::json;

inline constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

// The record's status words; runStatusName() (runinfo.h) is defined from this
// table below, so the record and the API can never disagree.
inline constexpr std::pair<RunStatus, const char *> statusNames[] = {
    {RunStatus::Completed, "completed"},
    {RunStatus::Stopped, "stopped"},
    {RunStatus::Diverged, "diverged"},
    {RunStatus::Failed, "failed"},
};

// ---------------------------------------------------------------- writing

Json number(double value);
Json number(float value);
Json configJson(const TrainingConfig &c);
Json historyJson(const EpochMetrics &m);
Json stepJson(const StepMetrics &m);
Json changeJson(const ConfigChange &c);
Json threadChangeJson(const ThreadChange &c);
Json sampleJson(const SampleImage &s);
Json predictionJson(const Prediction &p);
Json positionJson(const TrainingPosition &p);
Json finalJson(const RunResult &r);
Json detailsJson(const EvaluationDetails &d);
Json recordJson(const RunRecord &r); // the whole run.json document

// ---------------------------------------------------------------- reading

// Thrown inside runRecordFromJson only; never leaves this file.
struct ParseFailure {
    std::string detail;
};

[[noreturn]] inline void fail(const std::string &where, const std::string &what)
{
    throw ParseFailure {where.empty() ? what : where + ": " + what};
}

inline std::string at(const std::string &path, const char *key)
{
    return path.empty() ? std::string(key) : path + "." + key;
}

inline std::string at(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

// A JSON object with the path that led to it, for error messages.
class Node
{
public:
    Node(const InJson &json, std::string path)
        : m_json(json)
        , m_path(std::move(path))
    {
        if (!m_json.is_object())
            fail(m_path, "expected object");
    }

    [[nodiscard]] bool has(const char *key) const { return m_json.contains(key); }

    [[nodiscard]] const InJson &required(const char *key) const
    {
        const auto it = m_json.find(key);
        if (it == m_json.end())
            fail(at(m_path, key), "missing");
        return *it;
    }

    [[nodiscard]] Node object(const char *key) const { return Node(required(key), at(m_path, key)); }

    [[nodiscard]] const InJson &array(const char *key, bool optional = false) const
    {
        static const InJson empty = InJson::array();
        if (optional && !has(key))
            return empty;
        const InJson &value = required(key);
        if (!value.is_array())
            fail(at(m_path, key), "expected array");
        return value;
    }

    [[nodiscard]] double real(const char *key) const { return toReal(required(key), at(m_path, key)); }

    template<typename Int>
    [[nodiscard]] Int integer(const char *key) const
    {
        return toInteger<Int>(required(key), at(m_path, key));
    }

    template<typename Int>
    [[nodiscard]] Int integer(const char *key, Int fallback) const
    {
        return has(key) ? integer<Int>(key) : fallback;
    }

    [[nodiscard]] bool boolean(const char *key) const
    {
        const InJson &value = required(key);
        if (!value.is_boolean())
            fail(at(m_path, key), "expected boolean");
        return value.get<bool>();
    }

    [[nodiscard]] bool boolean(const char *key, bool fallback) const
    {
        return has(key) ? boolean(key) : fallback;
    }

    [[nodiscard]] double real(const char *key, double fallback) const
    {
        return has(key) ? real(key) : fallback;
    }

    [[nodiscard]] std::string string(const char *key) const
    {
        const InJson &value = required(key);
        if (!value.is_string())
            fail(at(m_path, key), "expected string");
        return value.get<std::string>();
    }

    [[nodiscard]] std::string string(const char *key, const std::string &fallback) const
    {
        return has(key) ? string(key) : fallback;
    }

    [[nodiscard]] const std::string &path() const { return m_path; }

    static double toReal(const InJson &value, const std::string &where)
    {
        if (value.is_null())
            return notANumber; // how non-finite numbers are written
        if (!value.is_number())
            fail(where, "expected number");
        return value.get<double>();
    }

    template<typename Int>
    static Int toInteger(const InJson &value, const std::string &where)
    {
        using Limits = std::numeric_limits<Int>;
        if (value.is_number_unsigned()) {
            if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(Limits::max()))
                fail(where, "out of range");
            return static_cast<Int>(value.get<std::uint64_t>());
        }
        if (value.is_number_integer()) {
            const auto v = value.get<std::int64_t>();
            if (v < 0) {
                if constexpr (std::is_unsigned_v<Int>)
                    fail(where, "out of range");
                else if (v < static_cast<std::int64_t>(Limits::min()))
                    fail(where, "out of range");
            } else if (static_cast<std::uint64_t>(v) > static_cast<std::uint64_t>(Limits::max())) {
                fail(where, "out of range");
            }
            return static_cast<Int>(v);
        }
        if (value.is_number_float()) {
            // 64.0 from a tool that writes every number as a double is still 64.
            const double v = value.get<double>();
            if (!(std::isfinite(v) && v == std::floor(v)))
                fail(where, "expected integer");
            if (v < static_cast<double>(Limits::min()) || v >= std::ldexp(1.0, Limits::digits))
                fail(where, "out of range");
            return static_cast<Int>(v);
        }
        fail(where, value.is_number() ? "expected integer" : "expected number");
    }

private:
    const InJson &m_json;
    std::string m_path;
};

TrainingConfig readConfig(const Node &n);
EpochMetrics readHistoryPoint(const Node &n);
// `stepsPerEpoch`: the record's, for steps written before they carried their own.
StepMetrics readStep(const Node &n, std::int64_t stepsPerEpoch);
ConfigChange readChange(const Node &n);
ThreadChange readThreadChange(const Node &n);
SampleImage readSample(const Node &n);
Prediction readPrediction(const Node &n);
TrainingPosition readPosition(const Node &p);
RunResult readFinal(const Node &n);
EvaluationDetails readDetails(const Node &n);
RunRecord readRecord(const InJson &document); // throws ParseFailure
// errorCodeName()'s inverse; Internal for a name this build does not know.
ErrorCode errorCodeFromName(const std::string &name);

template<typename T, typename Convert>
std::vector<T> readList(const Node &parent, const char *key, bool optional, Convert convert)
{
    const InJson &array = parent.array(key, optional);
    std::vector<T> items;
    items.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i)
        items.push_back(convert(Node(array[i], at(at(parent.path(), key), i))));
    return items;
}

} // namespace cnnlab::core::recordjson
