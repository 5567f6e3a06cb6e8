# Feature switches and the one INTERFACE target every cnnlab target links for
# language level, warnings and Qt hygiene defines.
option(CNNLAB_BUILD_GUI "Build the Qt 6 desktop workbench (needs Qt 6 Widgets + Charts)" ON)
option(CNNLAB_BUILD_TESTS "Build the Qt Test suites and benchmarks" ON)
# AddressSanitizer + UndefinedBehaviorSanitizer for every cnnlab target
# (tests/sanitize/run builds core, the CLI and their tests this way).
option(CNNLAB_SANITIZE "Build with ASan + UBSan" OFF)
add_feature_info(GUI CNNLAB_BUILD_GUI "the cnnlab desktop workbench")
add_feature_info(Tests CNNLAB_BUILD_TESTS "Qt Test suites (need Qt 6 Test) and tests/bench")

add_library(cnnlab_options INTERFACE)
add_library(cnnlab::options ALIAS cnnlab_options)
target_compile_features(cnnlab_options INTERFACE cxx_std_20)
target_compile_options(cnnlab_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic>)
# LibTorch defines `slots` as an identifier; Qt must not turn it into a keyword.
target_compile_definitions(cnnlab_options INTERFACE
  QT_NO_KEYWORDS
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CNNLAB_SANITIZE)
  target_compile_options(cnnlab_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(cnnlab_options INTERFACE -fsanitize=address,undefined)
endif()

set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
include(GNUInstallDirs)
# Both programs land in build/bin, where the scripts and the README expect them.
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
