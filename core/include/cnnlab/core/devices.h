#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// What this machine and this build offer: the devices a run can train on and
// the library versions a run record names.
namespace cnnlab::core {

struct DeviceInfo {
    std::string id; // "cpu", "cuda:0", ...
    std::string name; // human readable
    std::uint64_t memoryBytes = 0; // a GPU's memory when the CUDA runtime says; else 0
};
// CPU plus every CUDA device LibTorch reports at run time.
std::vector<DeviceInfo> availableDevices();

// Library versions for run records ("libtorch": "1.13.0", ...).
std::vector<std::pair<std::string, std::string>> libraryVersions();

} // namespace cnnlab::core
