#pragma once

#include "cnnlab/core/error.h"

#include <optional>
#include <utility>

namespace cnnlab::core {

// A value or an Error (std::expected is C++23; this is the part we need).
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    { }
    Expected(Error error)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

    [[nodiscard]] const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace cnnlab::core
