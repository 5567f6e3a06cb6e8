# cnnlab-gui-bench: how the GUI behaves while it trains (figures, not a test):
# lateness of a 10 ms timer on the GUI thread (p50/p99/max) and the training
# throughput inside the window next to the headless engine on the same config,
# measured alternately in the same process. Included from CMakeLists.txt.
if(TARGET cnnlab::ui)
  add_executable(cnnlab-gui-bench ${CMAKE_CURRENT_LIST_DIR}/guibench.cpp)
  target_link_libraries(cnnlab-gui-bench PRIVATE cnnlab::ui cnnlab::options)
endif()
