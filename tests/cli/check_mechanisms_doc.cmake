# Script mode: cmake -DFINMECH=<finmech> -DDOC=<docs/mechanisms.md> -P check_mechanisms_doc.cmake
# Fails when the committed reference differs from what the plugins' descriptors say now.
execute_process(COMMAND "${FINMECH}" --lang en describe --markdown
                OUTPUT_VARIABLE generated RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "finmech describe --markdown failed (${status})")
endif()
file(READ "${DOC}" committed)
if(NOT generated STREQUAL committed)
    message(FATAL_ERROR "docs/mechanisms.md is out of date with the plugins' descriptors: "
                        "run scripts/update-docs and commit the result")
endif()
