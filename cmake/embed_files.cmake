# Script mode: cmake -DOUTPUT=<file.cpp> "-DINPUTS=<a.json|b.json>" -P embed_files.cmake
# Writes a C++ source defining finmech::host::embedded_scenarios(): each input's stem and text.
# INPUTS is '|'-separated because a ';' list does not survive add_custom_command intact.
string(REPLACE "|" ";" inputs "${INPUTS}")
set(body "")
foreach(input IN LISTS inputs)
    get_filename_component(name "${input}" NAME_WE)
    file(READ "${input}" text)
    string(APPEND body "        {\"${name}\", R\"finmech_embedded(${text})finmech_embedded\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from scenarios/ by cmake/embed_files.cmake; do not edit.
#include \"finmech/host/embedded_scenarios.hpp\"

namespace finmech::host {

std::span<const EmbeddedScenario> embedded_scenarios() {
    static const EmbeddedScenario scenarios[] = {
${body}    };
    return scenarios;
}

}  // namespace finmech::host
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
