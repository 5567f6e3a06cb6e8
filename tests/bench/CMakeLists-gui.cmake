# cnnlab-gui-bench: how the GUI behaves while it trains (figures, not a test):
# lateness of a 10 ms timer on the GUI thread (p50/p99/max) and the training
# throughput inside the window next to the headless engine on the same config,
# measured alternately in the same process. Included from CMakeLists.txt.
if(TARGET cnnlab::ui)
  add_executable(cnnlab-gui-bench ${CMAKE_CURRENT_LIST_DIR}/guibench.cpp)
  target_link_libraries(cnnlab-gui-bench PRIVATE cnnlab::ui cnnlab::options)
endif()

# A benchmark never writes into the user's run history (issue 9).
if(TARGET cnnlab-gui-bench)
  add_test(NAME gui_bench_private_store COMMAND ${CMAKE_COMMAND} -DBENCH=$<TARGET_FILE:cnnlab-gui-bench>
    -DWORK=${CMAKE_CURRENT_BINARY_DIR}/gui_bench_store -P ${CMAKE_CURRENT_LIST_DIR}/check_gui_bench_store.cmake)
  set_tests_properties(gui_bench_private_store PROPERTIES LABELS bench TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
