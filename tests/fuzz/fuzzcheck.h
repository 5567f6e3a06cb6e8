#pragma once
// A harness's promise check: prints what broke and aborts, so libFuzzer keeps
// the input as a finding (a plain assert would vanish under NDEBUG).
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: promise broken: %s\n", __FILE__, __LINE__, #condition);             \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)
