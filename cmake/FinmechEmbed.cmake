# finmech_embed(<function> <output.cpp> <files...>): compiles the files' text into the program.
function(finmech_embed function output)
    list(JOIN ARGN "|" inputs)
    add_custom_command(
        OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${output}" "-DFUNCTION=${function}"
                "-DINPUTS=${inputs}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        DEPENDS ${ARGN} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        COMMENT "Embedding ${function}"
        VERBATIM)
endfunction()
