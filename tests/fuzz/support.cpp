// What the fuzzed parser sources need from core's LibTorch side: the library
// versions a new RunRecorder stamps (devices.cpp, which needs LibTorch).
#include "cnnlab/core/devices.h"

namespace cnnlab::core {

std::vector<std::pair<std::string, std::string>> libraryVersions()
{
    return {{"fuzz", "1"}};
}

} // namespace cnnlab::core
