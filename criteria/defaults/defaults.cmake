# The default criteria, one JSON file each, in the order a brief lists them. Paths are relative
# to this folder; include() this file and prefix ${CMAKE_CURRENT_LIST_DIR}.
set(FINMECH_DEFAULT_CRITERIA_FILES
    revenue_potential.json
    political_feasibility.json
    administrative_feasibility.json
    sustainability.json
    stability.json
    vertical_equity.json
    horizontal_equity.json
)
