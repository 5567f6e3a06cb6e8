#pragma once

#include "cnnlab/core/dataset.h"
#include "cnnlab/core/runinfo.h"

#include <QStringList>

#include <string>
#include <vector>

namespace cnnlab::ui::ClassNames {

// Core's class names ("0".."9", "T-shirt/top"…) as Qt strings.
[[nodiscard]] QStringList of(const std::vector<std::string> &names);
[[nodiscard]] QStringList of(core::DatasetKind kind);
// What a run reported, or its dataset's names when it reported none.
[[nodiscard]] QStringList of(const core::RunInfo &info);

} // namespace cnnlab::ui::ClassNames
