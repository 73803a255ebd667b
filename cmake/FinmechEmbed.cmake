# finmech_embed(<function> <output.cpp> [PART <part>] <files...>): compiles the files' text into
# the program as finmech::<part>::<function>(), declared in finmech/<part>/embedded_files.hpp
# (part: host unless given).
function(finmech_embed function output)
    set(part host)
    set(files ${ARGN})
    if(ARGV2 STREQUAL "PART")
        set(part "${ARGV3}")
        list(REMOVE_AT files 0 1)
    endif()
    list(JOIN files "|" inputs)
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${output}" "-DFUNCTION=${function}" "-DPART=${part}"
                "-DINPUTS=${inputs}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        COMMENT "Embedding ${function}"
        VERBATIM)
endfunction()
