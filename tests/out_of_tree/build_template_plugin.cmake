# Script mode: installs the build in BUILD_DIR into WORK_DIR/prefix, copies the installed plugin
# template, builds it with find_package(finmech), runs its conformance test, and checks the
# installed finmech loads it and evaluates the template's scenario.
cmake_minimum_required(VERSION 3.25)

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "failed (${status}): ${ARGN}\n${out}\n${err}")
    endif()
    set(output "${out}" PARENT_SCOPE)
endfunction()

set(prefix "${WORK_DIR}/prefix")
set(plugin "${WORK_DIR}/my_levy")
file(REMOVE_RECURSE "${WORK_DIR}")

run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
file(COPY "${prefix}/share/finmech/plugin-template/" DESTINATION "${plugin}")
run("${CMAKE_COMMAND}" -S "${plugin}" -B "${plugin}/build" -G "${GENERATOR}"
    "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release)
run("${CMAKE_COMMAND}" --build "${plugin}/build")
run("${CMAKE_CTEST_COMMAND}" --test-dir "${plugin}/build" --output-on-failure)
message(STATUS "conformance of the out-of-tree plugin:\n${output}")

run("${prefix}/bin/finmech" --plugins "${plugin}/build" plugins --json)
string(JSON count LENGTH "${output}" plugins)
set(ids "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON id GET "${output}" plugins ${i} id)
    list(APPEND ids "${id}")
endforeach()
if(NOT "example_unit_levy" IN_LIST ids OR NOT "telecom_levy" IN_LIST ids)
    message(FATAL_ERROR "the installed finmech did not load both plugins: ${ids}\n${output}")
endif()

run("${prefix}/bin/finmech" --plugins "${plugin}/build" evaluate "${plugin}/scenario.json" --json)
string(JSON mechanism GET "${output}" mechanisms 0 plugin)
if(NOT mechanism STREQUAL "example_unit_levy")
    message(FATAL_ERROR "the template's scenario was not evaluated: ${output}")
endif()
message(STATUS "out-of-tree plugin built, checked, loaded and evaluated: ${ids}")
