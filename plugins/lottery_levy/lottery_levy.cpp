// Lottery levy: a share of what PMU-Mali, the 75 % state-owned lottery, pays the Treasury, or a
// levy on its gross gaming revenue (stakes less payouts), earmarked for health.
//
// Earmarking the Treasury payments moves money the state already receives: it raises nothing new
// for the budget as a whole, and the plugin says so. A levy on gross gaming revenue is new money;
// the lottery passes part of it to players as a higher take-out (the price of a bet), and stakes
// answer that price with their elasticity. Stakes are not published, so gross gaming revenue is
// inferred from the published payouts and an assumed payout ratio.
#include <cmath>
#include <finmech/plugin.hpp>
#include <string>

namespace {

struct LotteryLevy {
    std::string base;        // what the share applies to
    double share;            // fraction of the base earmarked or levied
    double payout_ratio;     // share of stakes paid back to winners
    double pass_through;     // share of a gross gaming revenue levy passed to players
    double elasticity;       // elasticity of stakes to the take-out
    double compliance;       // share of the amount due that is paid
    double collection_cost;  // administration cost per unit of revenue
    double growth;           // nominal growth of the base per year
};

constexpr auto treasury_payments = "treasury_payments";
constexpr auto gross_gaming_revenue = "gross_gaming_revenue";

finmech::Descriptor<LotteryLevy> describe() {
    using finmech::Evidence;
    return {
        .id = "lottery_levy",
        .version = "1.0.0",
        .name = {"Prélèvement sur la loterie (PMU-Mali)", "Lottery levy (PMU-Mali)"},
        .summary = {"Une part des redevances du PMU-Mali au Trésor, ou un prélèvement sur son "
                    "produit brut des jeux (mises moins gains), affecté à la santé.",
                    "A share of PMU-Mali's payments to the Treasury, or a levy on its gross "
                    "gaming revenue (stakes less payouts), earmarked for health."},
        .formula =
            "treasury_payments: gross_t = s x Red_0 (1+g)^t x compliance;  "
            "gross_gaming_revenue: GGR_0 = Payouts_0 (1 - r) / r, dP = phi x s, "
            "gross_t = s x GGR_0 (1+g)^t x (1+dP)^(1+eps) x compliance;  "
            "cost_t = c x gross_t  (revenue rises with s for eps >= -2: no Laffer peak)",
        .parameters =
            {
                finmech::choice("base", &LotteryLevy::base,
                                {treasury_payments, gross_gaming_revenue})
                    .label("Assiette", "Base")
                    .default_value(treasury_payments)
                    .doc("Redevances versées au Trésor, ou produit brut des jeux.",
                         "Payments to the Treasury, or gross gaming revenue.")
                    .source("Design options proposed by the study team: an earmarked share of the "
                            "redevances, or a levy on GGR; Mathauer et al. 2019, Table 4: a "
                            "lottery tax for social and cultural events already exists in Mali",
                            Evidence::sourced),
                finmech::number("share", &LotteryLevy::share)
                    .label("Part prélevée", "Share levied")
                    .unit("fraction of the base")
                    .range(0.0, 1.0)
                    .default_value(0.2)
                    .doc("Part de l'assiette affectée à la santé.",
                         "Share of the base earmarked for health.")
                    .source("Scenarios of 10-30 % proposed by the study team; 20 % of "
                            "redevances is about 1 bn FCFA",
                            Evidence::derived),
                finmech::number("payout_ratio", &LotteryLevy::payout_ratio)
                    .label("Taux de retour aux joueurs", "Payout ratio")
                    .unit("fraction of stakes")
                    .range(0.3, 0.95)
                    .default_value(0.65)
                    .uncertainty(finmech::triangular(0.55, 0.65, 0.75))
                    .doc("Part des mises reversée aux gagnants.",
                         "Share of stakes paid back to winners.")
                    .source("Assumption: pari-mutuel operators return about 55-75 % of stakes; "
                            "PMU-Mali's stakes are not published, so its ratio is unknown",
                            Evidence::unverified),
                finmech::standard::pass_through(&LotteryLevy::pass_through)
                    .label("Répercussion sur les joueurs", "Pass-through to players")
                    .range(0.0, 1.0)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.5, 1.0, 1.0))
                    .doc("Part d'un prélèvement sur le produit brut répercutée sur la marge "
                         "prise sur les mises.",
                         "Share of a levy on gross gaming revenue passed on as a higher take-out.")
                    .source("Assumption: a state monopoly keeps its margin, as this study assumes "
                            "excises are passed on in full",
                            Evidence::assumed),
                finmech::standard::elasticity(&LotteryLevy::elasticity)
                    .label("Élasticité des mises au prix", "Price elasticity of stakes")
                    .range(-2.0, 0.0)
                    .default_value(-1.0)
                    .uncertainty(finmech::triangular(-1.5, -1.0, -0.5))
                    .doc("Réponse des mises à la marge prélevée (le prix du pari).",
                         "Response of stakes to the take-out, the price of a bet.")
                    .source("Lotto demand elasticities to the effective price of about -1 "
                            "(Gulley & Scott 1993; Clotfelter & Cook 1989), not re-checked",
                            Evidence::assumed),
                finmech::standard::compliance(&LotteryLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.9, 1.0, 1.0))
                    .source("Assumption of the study team: 1.0, a single state-owned payer",
                            Evidence::assumed),
                finmech::standard::collection_cost(&LotteryLevy::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.01)
                    .uncertainty(finmech::uniform(0.005, 0.02))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %; one large payer 0.5-2 % (assumption of the study team)",
                            Evidence::assumed),
                finmech::standard::growth(&LotteryLevy::growth)
                    .range(-0.2, 0.3)
                    .default_value(0.03)
                    .uncertainty(finmech::triangular(0.0, 0.03, 0.06))
                    .doc("Croissance nominale annuelle des redevances ou du produit brut.",
                         "Nominal yearly growth of the payments or the gross gaming revenue.")
                    .source("Assumption of the study team: +3 % a year; redevances "
                            "4.9 bn FCFA in 2020, 3.3 bn in January-July 2021",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse de la marge prise sur les mises", "Rise in the take-out on stakes"}),
                finmech::standard::collection_cost_share(),
                {"reallocates_existing_revenue",
                 "flag",
                 finmech::Direction::lower_is_better,
                 {"Réaffecte une recette existante du Trésor",
                  "Reallocates existing Treasury revenue"}},
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "lottery_spending_shares",
                    {"Mises des ménages, par quintile",
                     "Households' stakes, by quintile"}),
                finmech::standard::payer_shares(
                    "lottery_payer_shares",
                    {"Ménages qui jouent à la loterie ou aux paris, par quintile",
                     "Households that play the lottery or bet, by quintile"}),
                {"lottery_treasury_payments",
                 "FCFA",
                 finmech::Shape::number,
                 {"Redevances du PMU-Mali au Trésor l'année de base",
                  "PMU-Mali's payments to the Treasury in the base year"},
                 0.0},
                {"lottery_payouts",
                 "FCFA",
                 finmech::Shape::number,
                 {"Gains versés aux joueurs par le PMU-Mali l'année de base",
                  "PMU-Mali's payouts to winners in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Une part de ce que le PMU-Mali verse au Trésor (redevances) "
                                 "est affectée à la santé, ou un prélèvement nouveau porte sur "
                                 "son produit brut des jeux (mises moins gains). Le premier "
                                 "déplace de l'argent que l'État reçoit déjà ; le second est une "
                                 "recette nouvelle, que les joueurs paient en partie.",
                                 "A share of what PMU-Mali pays the Treasury (redevances) is "
                                 "earmarked for health, or a new levy falls on its gross gaming "
                                 "revenue (stakes less payouts). The first moves money the state "
                                 "already receives; the second is new revenue, which players "
                                 "partly pay."},
                .precedent = {"Mali : le PMU-Mali, détenu à 75 % par l'État, a versé 4,9 "
                              "milliards de FCFA de redevances au Trésor en 2020 et 3,3 "
                              "milliards de janvier à juillet 2021 ; gains payés de 57,06 "
                              "milliards en 2023 ; mises brutes non publiées (non vérifié). "
                              "Affecter 20 % des redevances rapporterait environ 1 milliard de "
                              "FCFA. Une taxe sur la loterie pour les événements sociaux et "
                              "culturels existe déjà (Mathauer et al. 2019).",
                              "Mali: PMU-Mali, 75 % state-owned, paid 4.9 bn FCFA of redevances "
                              "to the Treasury in 2020 and 3.3 bn in January-July 2021; payouts "
                              "of 57.06 bn in 2023; gross stakes unpublished (unverified). "
                              "Earmarking 20 % of the redevances would raise about 1 bn FCFA. A "
                              "lottery tax for social and cultural events already exists "
                              "(Mathauer et al. 2019)."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "règle UEMOA ou CEDEAO sur les jeux de hasard (non vérifié).",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "rule on gambling (unverified)."},
                .who_pays = {"Pour un prélèvement sur le produit des jeux, les joueurs, souvent "
                             "modestes : régressif dans la plupart des études (Clotfelter et "
                             "Cook, à confirmer). Pour l'affectation des redevances, personne de "
                             "plus : le budget général perd ce que la santé reçoit.",
                             "For a levy on gaming revenue, players, often low-income: "
                             "regressive in most studies (Clotfelter & Cook, to confirm). For "
                             "the earmark of redevances, nobody new: the general budget loses "
                             "what health receives."},
                .instrument = {"Un article de loi de finances : affectation d'une part des "
                               "redevances, ou création d'un prélèvement sur le produit brut des "
                               "jeux.",
                               "A finance law article: earmarking a share of the redevances, or "
                               "creating a levy on gross gaming revenue."},
                .collection_agent = {"Le PMU-Mali lui-même, seul opérateur, qui verse au Trésor.",
                                     "PMU-Mali itself, the sole operator, which pays the "
                                     "Treasury."},
                .sources = {"Press: PMU-Mali ownership, redevances 2020-2021 and payouts 2023",
                            "Mathauer et al. 2019, Bull World Health Organ 97(9):620-630, Table 4",
                            "Clotfelter & Cook 1989: lottery incidence (not re-checked)"},
            },
        .bases = {"lottery_stakes"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const LotteryLevy& p) {
    const bool earmark = p.base == treasury_payments;
    const double price_change = earmark ? 0.0 : p.pass_through * p.share;
    // Gross gaming revenue after the take-out rises: stakes x take-out, (1+dP)^eps x (1+dP).
    const double base = earmark
                            ? ctx.number("lottery_treasury_payments")
                            : ctx.number("lottery_payouts") * (1.0 - p.payout_ratio) /
                                  p.payout_ratio * std::pow(1.0 + price_change, 1.0 + p.elasticity);

    finmech::Projection out(ctx);
    double grown = p.share * base * p.compliance;
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        grown *= 1.0 + p.growth;
        out.gross_revenue[t] = grown;
        out.collection_cost[t] = p.collection_cost * grown;
    }
    out.set("consumer_price_change", price_change);
    out.set("collection_cost_share", p.collection_cost);
    out.set("reallocates_existing_revenue", earmark ? 1.0 : 0.0);
    // Earmarking the Treasury's existing receipts takes nothing more from players.
    out.set("household_share",
            earmark ? 0.0 : finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
