// Packages on a small case solved by hand: four options of three sources, two criteria.
//   a1, a2  variants of source A: net 10 and 20 a year; feasibility 4 and 2, equity 2 and 3
//   b       source B, net 10 a year, feasibility 5, equity 5; taxes base "x", as a2 does
//   c       source C, breaks a binding rule
// Compatible packages: {a1}, {a2}, {b}, {a1, b}. With equal weights, value = 0.5 (f - 1) / 4 +
// 0.5 (e - 1) / 4, feasibility the weakest member's and equity the yield-weighted mean:
//   {a1} 0.5,  {a2} 0.375,  {b} 1,  {a1, b}: f 4, e (10 x 2 + 10 x 5) / 20 = 3.5, so 0.6875.
#include <gtest/gtest.h>

#include <algorithm>

#include <finmech/host/input_error.hpp>
#include <finmech/host/packages.hpp>

namespace {

using namespace finmech::host;
using finmech::criteria::PackageAggregation;

class Packages : public testing::Test {
protected:
    void SetUp() override {
        scenario_.file = "s.json";
        evaluation_.years = {2024, 2025};
        // 1 % of the financing gap per unit of net revenue, every year.
        evaluation_.expressions.available = {{"percent_financing_gap", "%", {1.0, 1.0}}};
        add("a1", "/mechanisms/0", 10, 4, 2, {});
        add("a2", "/mechanisms/0", 20, 2, 3, {"x"});
        add("b", "/mechanisms/1", 10, 5, 5, {"x"});
        add("c", "/mechanisms/2", 30, 5, 5, {});
        RuleCheck broken;
        broken.rule.kind = "binding";
        broken.rule.name = {"règle", "a rule"};
        broken.broken_share = 1.0;
        evaluation_.mechanisms[3].rules = {broken};
        for (const char* id : {"feasibility", "equity"}) {
            finmech::criteria::Criterion c;
            c.id = id;
            c.package = std::string(id) == "feasibility" ? PackageAggregation::weakest_member
                                                        : PackageAggregation::yield_weighted;
            appraisal_.criteria.push_back(c);
        }
        appraisal_.weights.values = Eigen::Vector2d(0.5, 0.5);
    }

    void add(const char* label, const char* source, double net, double feasibility,
             double equity, std::vector<std::string> bases) {
        MechanismEntry entry;
        entry.label = label;
        entry.pointer = source;
        scenario_.mechanisms.push_back(entry);
        MechanismResult m;
        m.label = label;
        m.source = source;
        m.bases = std::move(bases);
        m.net_revenue.mean = {net, net};
        m.net_variance = {1.0, 1.0};
        evaluation_.mechanisms.push_back(m);
        appraisal_.scores.push_back({score(feasibility), score(equity)});
    }

    static CriterionScore score(double value) {
        CriterionScore s;
        s.provenance = Provenance::judged;
        s.draws = {value};
        s.mean = value;
        return s;
    }

    void kakwani(std::size_t option, double index) {
        Incidence incidence;
        incidence.household_share = 1.0;  // households pay it
        incidence.kakwani_index = index;
        evaluation_.mechanisms[option].incidence = incidence;
    }

    // Every option yields its mean in each of 4 draws.
    OptionDraws constant_draws() const {
        return [this](std::size_t i) {
            const auto& mean = evaluation_.mechanisms[i].net_revenue.mean;
            std::vector<double> draws;
            for (int d = 0; d < 4; ++d) draws.insert(draws.end(), mean.begin(), mean.end());
            return draws;
        };
    }

    static std::vector<std::size_t> members(const std::optional<Package>& p) {
        return p ? p->members : std::vector<std::size_t>{};
    }

    Scenario scenario_;
    Evaluation evaluation_;
    Appraisal appraisal_;
};

TEST_F(Packages, EnumeratesExactlyTheCompatiblePackages) {
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    std::vector<std::vector<std::size_t>> found;
    for (const Package& p : space.enumerate()) found.push_back(p.members);
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, (std::vector<std::vector<std::size_t>>{{0}, {0, 2}, {1}, {2}}));
}

TEST_F(Packages, SaysWhyOptionsCannotGoTogether) {
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    EXPECT_EQ(space.incompatibility({0, 1}),
              "'a1' and 'a2' are variants of one source; a package holds one");
    EXPECT_EQ(space.incompatibility({1, 2}),
              "'a2' and 'b' both tax x: their yields overlap and cannot be added");
    EXPECT_EQ(space.incompatibility({3}), "'c' is not admissible: it breaks a rule");
    EXPECT_EQ(space.incompatibility({0, 2}), "");
}

TEST_F(Packages, ScoresAndValuesAsWorkedByHand) {
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    const Package pair = space.score({2, 0});
    EXPECT_EQ(pair.members, (std::vector<std::size_t>{0, 2}));
    EXPECT_DOUBLE_EQ(pair.scores[0], 4.0);
    EXPECT_DOUBLE_EQ(pair.scores[1], 3.5);
    EXPECT_DOUBLE_EQ(pair.value, 0.6875);
    EXPECT_EQ(pair.net_mean, (std::vector<double>{20, 20}));
    EXPECT_DOUBLE_EQ(pair.gap_share, 0.20);  // 20 x 1 % a year
    EXPECT_DOUBLE_EQ(space.score({0}).value, 0.5);
    EXPECT_DOUBLE_EQ(space.score({1}).value, 0.375);
}

TEST_F(Packages, TheBestHasTheHighestValueUnderTheTargets) {
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    EXPECT_EQ(members(choose_package(space, {}, constant_draws()).best),
              (std::vector<std::size_t>{2}));
    // 15 % of the gap: b alone covers 10 %, a1 and b 20 %, a2 alone 20 % but a lower value.
    PackageTargets gap;
    gap.gap_share = 0.15;
    const PackageChoice choice = choose_package(space, gap, constant_draws());
    EXPECT_EQ(members(choice.best), (std::vector<std::size_t>{0, 2}));
    EXPECT_DOUBLE_EQ(choice.best_yield->gap_share->p50, 0.20);
    EXPECT_DOUBLE_EQ(choice.best_yield->net.p5[0], 20.0);
    // Two new taxes are one too many: only a2 reaches the target alone.
    gap.max_new_taxes = 1;
    EXPECT_EQ(members(choose_package(space, gap, constant_draws()).best),
              (std::vector<std::size_t>{1}));
}

TEST_F(Packages, AClearlyRegressiveOptionOnlyInAProgressivePackage) {
    kakwani(0, -0.2);  // a1, clearly regressive
    kakwani(2, 0.1);   // b: (-0.2 x 10 + 0.1 x 10) / 20 = -0.05 together, not progressive
    PackageTargets gap;
    gap.gap_share = 0.15;
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    EXPECT_EQ(members(choose_package(space, gap, constant_draws()).best),
              (std::vector<std::size_t>{1}));
    kakwani(2, 0.4);  // (-0.2 x 10 + 0.4 x 10) / 20 = 0.1: progressive as a whole
    const PackageSpace progressive(scenario_, evaluation_, appraisal_);
    EXPECT_EQ(members(choose_package(progressive, gap, constant_draws()).best),
              (std::vector<std::size_t>{0, 2}));
}

TEST_F(Packages, NoPackageWhenTheTargetsCannotBeMet) {
    PackageTargets gap;
    gap.gap_share = 0.5;
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    EXPECT_FALSE(choose_package(space, gap, constant_draws()).best);
}

TEST_F(Packages, TheFrontierKeepsThePackagesNoOtherBeats) {
    const PackageSpace space(scenario_, evaluation_, appraisal_);
    std::vector<std::vector<std::size_t>> frontier;
    for (const Package& p : choose_package(space, {}, constant_draws()).value_frontier)
        frontier.push_back(p.members);
    // Yield 20: {a1, b} (0.6875) beats {a2} (0.375); yield 10: {b} (1) beats {a1}.
    EXPECT_EQ(frontier, (std::vector<std::vector<std::size_t>>{{0, 2}, {2}}));
}

TEST_F(Packages, NamedOptionsResolveOrSayWhatExists) {
    scenario_.mechanisms[0].plugin = "levy";
    scenario_.mechanisms[0].variant = "low";
    EXPECT_EQ(resolve_options(scenario_, {"levy:low"}, "command line", "OPTION"),
              (std::vector<std::size_t>{0}));
    EXPECT_THROW(resolve_options(scenario_, {"levy:lwo"}, "command line", "OPTION"), InputError);
}

}  // namespace
