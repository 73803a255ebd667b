#include "finmech/host/workshop_session.hpp"

#include <algorithm>
#include <set>

#include "finmech/host/appraisal.hpp"
#include "finmech/host/input_error.hpp"
#include "finmech/host/sha256.hpp"

namespace finmech::host {

std::string session_id(const Scenario& scenario, const std::vector<std::string>& criteria,
                       const std::vector<std::string>& mechanisms,
                       const std::vector<std::string>& groups) {
    nlohmann::json scored = nlohmann::json::array();
    for (const MechanismEntry& m : scenario.mechanisms)
        scored.push_back({{"plugin", m.plugin}, {"label", m.label}, {"parameters", m.parameters}});
    const nlohmann::json identity{{"scenario", scored},
                                  {"criteria", criteria},
                                  {"mechanisms", mechanisms},
                                  {"groups", groups}};
    return sha256_hex(identity.dump()).substr(0, 16);
}

WorkshopSession plan_workshop(const Scenario& scenario, const Evaluation& evaluation,
                              const std::vector<std::string>& groups) {
    WorkshopSession session;
    session.scenario = scenario.file;
    std::set<std::string> seen;
    for (const std::string& group : groups) {
        if (group.empty() || group.find(',') != std::string::npos)
            throw InputError("command line", "--group-names",
                             "expected group names that are not empty and hold no comma; found \"" +
                                 group + "\"");
        if (!seen.insert(group).second)
            throw InputError("command line", "--group-names", "group \"" + group + "\" appears twice");
        session.groups.push_back(group);
    }
    // read_scenario() refuses a label used twice: sheets and reports name options by label.
    for (const MechanismEntry& m : scenario.mechanisms) session.mechanisms.push_back(m.label);

    // The criteria as appraise() reads them; groups judge those some mechanism has no model for,
    // and those the criterion says workshops judge.
    const std::vector<criteria::Criterion> defaults = default_criteria();
    const auto judged = [&](const std::vector<criteria::Criterion>& candidates) {
        std::vector<criteria::Criterion> out;
        for (const auto& c : candidates)
            if (c.judged_in_workshop ||
                std::any_of(evaluation.mechanisms.begin(), evaluation.mechanisms.end(),
                            [&](const MechanismResult& m) { return !modelled_draws(m, c); }))
                out.push_back(c);
        return out;
    };
    session.weighed = listed_criteria(scenario, defaults).value_or(defaults);
    session.criteria = judged(session.weighed);
    if (session.criteria.empty()) session.criteria = judged(defaults);
    if (session.criteria.empty())
        throw InputError(scenario.file, "/decision/criteria",
                         "every criterion is modelled for every mechanism: nothing for the groups "
                         "to judge");
    std::vector<std::string> ids;
    for (const auto& c : session.criteria) {
        ids.push_back(c.id);
        // `evaluate --judged` adds the workshop's criteria to the decision's: weigh them too.
        if (std::none_of(session.weighed.begin(), session.weighed.end(),
                         [&](const auto& w) { return w.id == c.id; }))
            session.weighed.push_back(c);
    }
    session.id = session_id(scenario, ids, session.mechanisms, session.groups);
    return session;
}

}  // namespace finmech::host
