# Fails on any clang-format drift in the project's C++ sources.
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
  "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
  "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp"
  "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/tests/*.cpp")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${sources}
                RESULT_VARIABLE rc ERROR_VARIABLE drift)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "clang-format drift (run clang-format -i on these):\n${drift}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted")
