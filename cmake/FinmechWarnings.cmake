# finmech_warnings: an INTERFACE target that project targets link PRIVATE to get the same
# warning set; plugins built out of tree do not see it.
add_library(finmech_warnings INTERFACE)
target_compile_options(finmech_warnings INTERFACE
    $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>
    $<$<COMPILE_LANG_AND_ID:C,GNU,Clang>:-Wall -Wextra -Wpedantic>)
