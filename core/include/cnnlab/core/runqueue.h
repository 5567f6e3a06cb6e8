#pragma once

#include "cnnlab/core/experimentplan.h"

#include <optional>
#include <string>
#include <vector>

namespace cnnlab::core {

// A queue of planned runs executed one at a time on one device (the lab plan,
// a sweep). Pure bookkeeping: the front end starts each run and reports back.
// Stopping a run keeps it (and the rest) in the queue; pausing the queue keeps
// the current run going but starts no new one.
class RunQueue
{
public:
    enum class EntryState { Pending, Running, Completed, Stopped, Diverged, Failed };
    struct Entry {
        PlannedRun run;
        EntryState state = EntryState::Pending;
        std::string recordPath; // where its run record was saved, once finished
        double finalValAccuracy = 0.0;
    };

    void enqueue(const std::vector<PlannedRun> &runs);
    void clear(); // drops every entry that is not running

    // The next pending entry to start (marks it Running), or none if the queue
    // is paused, empty, or a run is already running.
    std::optional<int> startNext();
    // The running entry ended. A Stopped entry goes back to Pending (it runs
    // again when the queue continues) and pauses the queue.
    void finishCurrent(EntryState state, const std::string &recordPath = {}, double finalValAccuracy = 0.0);

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    [[nodiscard]] bool isIdle() const; // nothing running and nothing pending
    [[nodiscard]] std::optional<int> currentIndex() const;
    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int doneCount() const; // completed, diverged or failed

private:
    std::vector<Entry> m_entries;
    bool m_paused = false;
};

} // namespace cnnlab::core
