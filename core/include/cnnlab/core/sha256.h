#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cnnlab::core {

// SHA-256 (FIPS 180-4), small and dependency-free: core checks downloaded
// datasets against pinned checksums without pulling in OpenSSL.
class Sha256
{
public:
    using Digest = std::array<std::uint8_t, 32>;

    Sha256();
    void update(const void *data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    // Ends the message; the object must not be updated afterwards.
    [[nodiscard]] Digest finish();

    // Lower-case hex, as sha256sum prints it.
    [[nodiscard]] static std::string toHex(const Digest &digest);
    [[nodiscard]] static std::string hexOf(const void *data, std::size_t size);

private:
    void compress(const std::uint8_t *block);

    std::array<std::uint32_t, 8> m_state {};
    std::array<std::uint8_t, 64> m_buffer {};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; // bytes so far
};

} // namespace cnnlab::core
