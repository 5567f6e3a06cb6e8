#pragma once

#include <QString>

// Where file dialogs start, one rule for the whole window (they opened in the
// folder cnnlab was launched from, or in the last chart-export folder).
namespace cnnlab::ui::FileLocations {

// The run store (run.json and checkpoint.pt of every saved run): where runs
// are opened, replayed and checkpoints loaded from. Created if missing.
QString runsFolder();

// The user's documents folder (home if there is none): where records,
// comparisons and reports are saved for someone else.
QString documentsFolder();

} // namespace cnnlab::ui::FileLocations
