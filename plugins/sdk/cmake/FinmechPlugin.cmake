# finmech_add_plugin(<id> <sources>... [CHECK_SCENARIO <scenario.json>])
#
# Builds the mechanism plugin <id> as <id>.so: a MODULE with hidden visibility, an export map
# that exports finmech_plugin_entry alone, and --no-undefined so a missing symbol fails the link
# rather than the workshop. Registers the ctest "<id>.conformance", which runs
# `finmech check <id>.so` (descriptor sane, defaults in range, evaluation with defaults finite and
# deterministic, out-of-range input refused) on CHECK_SCENARIO's context, or on the embedded
# default scenario's. The plugin installs into the finmech plugin folder of the install prefix.
#
# Expects FINMECH_PLUGIN_EXPORT_MAP and the targets finmech::sdk and finmech::finmech; the
# finmech source tree and find_package(finmech) both provide them.
function(finmech_add_plugin id)
    cmake_parse_arguments(ARG "" "CHECK_SCENARIO" "" ${ARGN})
    if(NOT id MATCHES "^[a-z][a-z0-9_]*$")
        message(FATAL_ERROR "finmech_add_plugin: id '${id}' must be snake_case")
    endif()
    add_library(${id} MODULE ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${id} PRIVATE finmech::sdk)
    set_target_properties(${id} PROPERTIES
        PREFIX ""
        CXX_VISIBILITY_PRESET hidden
        C_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LINK_DEPENDS "${FINMECH_PLUGIN_EXPORT_MAP}")
    if(FINMECH_PLUGIN_OUTPUT_DIR)
        set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${FINMECH_PLUGIN_OUTPUT_DIR}")
    endif()
    target_link_options(${id} PRIVATE
        LINKER:--no-undefined LINKER:--version-script=${FINMECH_PLUGIN_EXPORT_MAP})
    install(TARGETS ${id} LIBRARY DESTINATION "${FINMECH_PLUGIN_INSTALL_DIR}")

    set(scenario_option "")
    if(ARG_CHECK_SCENARIO)
        get_filename_component(scenario "${ARG_CHECK_SCENARIO}" ABSOLUTE)
        set(scenario_option --scenario "${scenario}")
    endif()
    add_test(NAME ${id}.conformance
             COMMAND finmech::finmech check $<TARGET_FILE:${id}> ${scenario_option})
endfunction()
