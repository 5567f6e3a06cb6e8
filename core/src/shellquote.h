#pragma once

// 'text' for a POSIX shell (a remote login shell, a job script): spaces and
// quotes in paths survive. Private to core.

#include <string>

namespace cnnlab::core {

inline std::string shellQuoted(const std::string &text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace cnnlab::core
