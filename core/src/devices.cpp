#include "cnnlab/core/devices.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>
#include <torch/version.h>
#include <zlib.h>

#include <thread>

#ifdef CNNLAB_HAVE_CUDART
#include <cuda_runtime_api.h>
#endif

namespace cnnlab::core {

std::vector<DeviceInfo> availableDevices()
{
    std::vector<DeviceInfo> devices;
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    devices.push_back({"cpu", "CPU (" + std::to_string(cores) + " cores)", 0});
    // The device list comes from LibTorch at run time: a CPU-only LibTorch
    // reports none, a CUDA one every visible GPU.
    const auto count = static_cast<int>(torch::cuda::device_count());
    for (int i = 0; i < count; ++i) {
        DeviceInfo device {"cuda:" + std::to_string(i), "CUDA GPU " + std::to_string(i)};
#ifdef CNNLAB_HAVE_CUDART
        cudaDeviceProp properties {};
        if (cudaGetDeviceProperties(&properties, i) == cudaSuccess) {
            device.name = properties.name;
            device.memoryBytes = properties.totalGlobalMem;
        }
#endif
        devices.push_back(device);
    }
    return devices;
}

std::vector<std::pair<std::string, std::string>> libraryVersions()
{
    // In name order: the order a record reads back in.
    return {
        {"compiler",
#if defined(__clang__)
            "clang " __clang_version__
#elif defined(__GNUC__)
            "gcc " __VERSION__
#else
            "unknown"
#endif
        },
        {"cuda_available", torch::cuda::is_available() ? "yes" : "no"},
        {"libtorch", TORCH_VERSION},
        {"nlohmann_json",
            std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR)
                + "." + std::to_string(NLOHMANN_JSON_VERSION_PATCH)},
        {"zlib", zlibVersion()},
    };
}

} // namespace cnnlab::core
