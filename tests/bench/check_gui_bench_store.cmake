# Runs cnnlab-gui-bench (one short round) with a throw-away data home that
# holds MNIST the way a user's does ($XDG_DATA_HOME/cnnlab/datasets/mnist) and
# fails if the benchmark wrote anything into that home's run store.
#   cmake -DBENCH=<cnnlab-gui-bench> -DWORK=<scratch dir> -P check_gui_bench_store.cmake
# Exit code 77 (skipped) when no MNIST is installed on this machine.
set(mnist "")
foreach(candidate "$ENV{CNNLAB_DATA_DIR}/mnist" "$ENV{CNNLAB_DATA_DIR}" "$ENV{XDG_DATA_HOME}/cnnlab/datasets/mnist"
    "$ENV{HOME}/.local/share/cnnlab/datasets/mnist" "/usr/share/datasets/mnist")
  if(NOT mnist AND (EXISTS "${candidate}/train-images-idx3-ubyte.gz" OR EXISTS "${candidate}/train-images-idx3-ubyte"))
    set(mnist "${candidate}")
  endif()
endforeach()
if(NOT mnist)
  message("no MNIST installed: skipped")
  cmake_language(EXIT 77)
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/home" "${WORK}/data/cnnlab/datasets")
file(CREATE_LINK "${mnist}" "${WORK}/data/cnnlab/datasets/mnist" SYMBOLIC)

execute_process(
  COMMAND ${CMAKE_COMMAND} -E env --unset=CNNLAB_DATA_DIR "HOME=${WORK}/home" "XDG_DATA_HOME=${WORK}/data"
    QT_QPA_PLATFORM=offscreen "${BENCH}" --rounds 1 --train-limit 320
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cnnlab-gui-bench failed (${rc})")
endif()
if(NOT out MATCHES "median: GUI")
  message(FATAL_ERROR "cnnlab-gui-bench printed no result")
endif()
# The window did save its runs (so without the temporary store they would
# have landed in the user's).
if(NOT out MATCHES "runs the window saved to the temporary store: [1-9]")
  message(FATAL_ERROR "the benchmark's window saved no run: this check would prove nothing")
endif()
file(GLOB_RECURSE written "${WORK}/data/cnnlab/runs/*")
file(GLOB_RECURSE homeWritten "${WORK}/home/.local/share/cnnlab/runs/*")
if(written OR homeWritten)
  message(FATAL_ERROR "cnnlab-gui-bench wrote into the user's run store: ${written} ${homeWritten}")
endif()
file(REMOVE_RECURSE "${WORK}")
