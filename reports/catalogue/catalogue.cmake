# The message catalogue, one JSON file per area (see reports/include/finmech/reports/catalogue.hpp).
# Paths are relative to this folder; include() this file and prefix ${CMAKE_CURRENT_LIST_DIR}.
# Each engineer appends their own area file with a one-line edit.
set(FINMECH_CATALOGUE_FILES
    common.json
    tables.json
    workshop.json
    report.json
    charts.json
    brief.json
    plenary.json
    rules.json
    packages.json
    health.json
    failures.json
)
