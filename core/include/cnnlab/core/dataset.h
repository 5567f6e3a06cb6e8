#pragma once

#include "cnnlab/core/expected.h"
#include "cnnlab/core/idxfile.h"
#include "cnnlab/core/trainingconfig.h"

#include <string>
#include <vector>

namespace cnnlab::core {

// A train/test pair as found on disk.
struct Dataset {
    DatasetKind kind = DatasetKind::Mnist;
    std::string directory;
    IdxImages trainImages;
    IdxLabels trainLabels;
    IdxImages testImages;
    IdxLabels testLabels;
    std::vector<std::string> classNames;
};

std::vector<std::string> classNames(DatasetKind kind);

// Directories searched, in order: `explicitDir` (the --data-dir flag), then
// $CNNLAB_DATA_DIR, then <each XDG data dir>/cnnlab/datasets/<name>, then
// Debian's /usr/share/datasets/<name>.
std::vector<std::string> datasetSearchPath(DatasetKind kind, const std::string &explicitDir = {});

// Finds and loads both halves. A missing dataset is ErrorCode::DatasetMissing
// with `detail` naming the command that installs it.
Expected<Dataset> loadDataset(DatasetKind kind, const std::string &explicitDir = {});

// Where loadDataset would load from (the first directory holding all four
// files), without reading them: cheap enough for a first-start check. Same
// DatasetMissing error as loadDataset.
Expected<std::string> findDataset(DatasetKind kind, const std::string &explicitDir = {});

// Where cnnlab installs a dataset for this user:
// $XDG_DATA_HOME/cnnlab/datasets/<name> (default ~/.local/share/...); empty
// when neither XDG_DATA_HOME nor HOME is usable.
std::string userDatasetDirectory(DatasetKind kind);

// The command a person runs to install a dataset ("scripts/fetch-mnist", ...).
std::string installHint(DatasetKind kind);

} // namespace cnnlab::core
