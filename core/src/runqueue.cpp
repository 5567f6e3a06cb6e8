#include "cnnlab/core/runqueue.h"

#include <algorithm>

namespace cnnlab::core {

void RunQueue::enqueue(const std::vector<PlannedRun> &runs)
{
    for (const PlannedRun &run : runs) {
        Entry entry;
        entry.run = run;
        m_entries.push_back(std::move(entry));
    }
}

void RunQueue::clear()
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                        [](const Entry &entry) { return entry.state != EntryState::Running; }),
        m_entries.end());
}

std::optional<int> RunQueue::startNext()
{
    if (m_paused || currentIndex())
        return std::nullopt;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].state == EntryState::Pending) {
            m_entries[i].state = EntryState::Running;
            return int(i);
        }
    }
    return std::nullopt;
}

void RunQueue::finishCurrent(EntryState state, const std::string &recordPath, double finalValAccuracy)
{
    const std::optional<int> current = currentIndex();
    if (!current)
        return;
    Entry &entry = m_entries[std::size_t(*current)];
    if (state == EntryState::Stopped || state == EntryState::Pending || state == EntryState::Running) {
        // A stopped run is not done: it starts again, from scratch, when the queue continues.
        entry.state = EntryState::Pending;
        entry.recordPath.clear();
        entry.finalValAccuracy = 0.0;
        m_paused = true;
        return;
    }
    entry.state = state;
    entry.recordPath = recordPath;
    entry.finalValAccuracy = finalValAccuracy;
}

void RunQueue::setPaused(bool paused)
{
    m_paused = paused;
}

bool RunQueue::isIdle() const
{
    return !currentIndex() && pendingCount() == 0;
}

std::optional<int> RunQueue::currentIndex() const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].state == EntryState::Running)
            return int(i);
    return std::nullopt;
}

int RunQueue::pendingCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
        [](const Entry &entry) { return entry.state == EntryState::Pending; }));
}

int RunQueue::doneCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &entry) {
        return entry.state == EntryState::Completed || entry.state == EntryState::Diverged
            || entry.state == EntryState::Failed;
    }));
}

} // namespace cnnlab::core
