# memviz_warnings: an interface target every memviz target links PRIVATE for its warning flags.
add_library(memviz_warnings INTERFACE)
target_compile_options(memviz_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${MEMVIZ_WERROR}>:-Werror>)
add_library(memviz::warnings ALIAS memviz_warnings)

# memviz_add_library(NAME folder SOURCES ... DEPS ...): one static library per src/ folder.
function(memviz_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(memviz_${name} STATIC ${ARG_SOURCES})
  add_library(memviz::${name} ALIAS memviz_${name})
  target_include_directories(memviz_${name} PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>)
  target_link_libraries(memviz_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE memviz::warnings ${ARG_PRIVATE_DEPS})
endfunction()

# memviz_add_test(NAME SOURCES ... DEPS ...): one Catch2 binary registered with CTest.
function(memviz_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} Catch2::Catch2WithMain memviz::warnings)
  target_compile_definitions(${name} PRIVATE MEMVIZ_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  if(MEMVIZ_SANITIZE)
    # The printf formatter hands glibc's own output for unknown conversions ("%y") to the host snprintf on
    # purpose; ASan's printf interceptor would warn about those formats on stderr.
    catch_discover_tests(${name} PROPERTIES ENVIRONMENT "ASAN_OPTIONS=check_printf=0:detect_leaks=1")
  else()
    catch_discover_tests(${name})
  endif()
endfunction()
