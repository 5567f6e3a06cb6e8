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

// "cnnlab-<what>-20261204-185500.<suffix>": the file name an export dialog
// suggests, so repeated exports of one lesson never overwrite each other.
QString stampedFileName(const QString &what, const QString &suffix);

// The status-bar line after a file was written: "Exported /path/file.png".
QString exportedMessage(const QString &path);
// The one after a run record was saved: "Saved /path/run.json".
QString savedMessage(const QString &path);

} // namespace cnnlab::ui::FileLocations
