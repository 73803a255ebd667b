// Telecom levy: a levy on mobile operators' turnover, earmarked for health.
//
// The levy raises consumer prices by the passed-through share of the rate; demand answers with a
// constant price elasticity; the levy is due on the turnover that remains, at the rate of
// compliance, and collecting it costs a share of what it raises. Precedents: Gabon's 10 % levy on
// operators' turnover for CNAMGS (2008), Niger's TURTEL, Mali's TARTOP (2012).
#include <cmath>

#include <finmech/plugin.hpp>

namespace {

struct TelecomLevy {
    double rate;             // share of operators' turnover
    double pass_through;     // share of the levy passed on to consumer prices
    double elasticity;       // own-price elasticity of demand for voice and data
    double compliance;       // share of the levy due that is paid
    double collection_cost;  // administration cost per unit of revenue raised
    double growth;           // nominal growth of the sector's turnover per year
};

finmech::Descriptor<TelecomLevy> describe() {
    using finmech::Evidence;
    return {
        .id = "telecom_levy",
        .version = "1.0.0",
        .name = {"Taxe sur le chiffre d'affaires des opérateurs de télécommunications",
                 "Levy on telecom operators' turnover"},
        .summary = {"Prélèvement d'un pourcentage du chiffre d'affaires des opérateurs de "
                    "téléphonie mobile, affecté à la santé (modèle gabonais de 2008).",
                    "A percentage of mobile operators' turnover earmarked for health (the 2008 "
                    "Gabon model)."},
        .formula = "T_t = T_0 (1+g)^t;  dP = phi x rate;  "
                   "gross_t = rate x T_t x (1+dP)^(1+eps) x compliance;  "
                   "cost_t = c x gross_t;  net_t = gross_t - cost_t",
        .parameters =
            {
                finmech::number("rate", &TelecomLevy::rate)
                    .label("Taux de la taxe", "Levy rate")
                    .unit("fraction of turnover")
                    .range(0.0, 0.2)
                    .default_value(0.02)
                    .doc("Part du chiffre d'affaires prélevée.",
                         "Share of turnover collected by the levy.")
                    .source("Mathauer et al. 2019, Bull World Health Organ 97(9):620-630, "
                            "Table 3: Mali scenarios 1 % (low), 2 % (proposed), 3 % (high)",
                            Evidence::sourced),
                finmech::standard::pass_through(&TelecomLevy::pass_through)
                    .range(0.0, 1.0)
                    .default_value(0.5)
                    .uncertainty(finmech::triangular(0.3, 0.5, 1.0))
                    .source("Gabon 2008: Celtel on-net tariff 190 -> 200 FCFA/min (+5.3 %) after "
                            "the 10 % turnover levy, i.e. about half passed through",
                            Evidence::derived),
                finmech::standard::elasticity(&TelecomLevy::elasticity)
                    .range(-1.5, 0.0)
                    .default_value(-0.5)
                    .uncertainty(finmech::triangular(-0.8, -0.5, -0.3))
                    .source("Assumption in the range -0.3 to -0.8; Sawadogo 2021, Inf Econ "
                            "Policy 57: elasticities higher in less-penetrated markets "
                            "(qualitative)",
                            Evidence::assumed),
                finmech::standard::compliance(&TelecomLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.98)
                    .uncertainty(finmech::triangular(0.95, 0.98, 1.0))
                    .source("Assumption: few large formal payers, evasion 0-2 %",
                            Evidence::assumed),
                finmech::standard::collection_cost(&TelecomLevy::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.01)
                    .uncertainty(finmech::uniform(0.005, 0.02))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %; few large taxpayers 0.5-2 % (assumption)",
                            Evidence::assumed),
                finmech::standard::growth(&TelecomLevy::growth)
                    .label("Croissance du chiffre d'affaires", "Turnover growth")
                    .range(-0.1, 0.3)
                    .default_value(0.05)
                    .uncertainty(finmech::triangular(0.0, 0.05, 0.1))
                    .doc("Croissance nominale annuelle du chiffre d'affaires du secteur.",
                         "Nominal annual growth of the sector's turnover.")
                    .source("AMRTP via Ecofin: sector turnover 586 bn FCFA in 2022, +5 %",
                            Evidence::sourced),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(),
                finmech::standard::volume_change(),
                finmech::standard::collection_cost_share(),
            },
        .requirements =
            {
                {"telecom_turnover", "currency", finmech::Shape::number,
                 {"Chiffre d'affaires du secteur des télécommunications l'année de base",
                  "Telecom sector turnover in the base year"},
                 0.0},
            },
    };
}

finmech::Projection project(const finmech::Context& ctx, const TelecomLevy& p) {
    const double price_change = p.pass_through * p.rate;
    // Turnover after the levy moves with price and volume: (1+dP) x (1+dP)^eps.
    const double turnover_response = std::pow(1.0 + price_change, 1.0 + p.elasticity);
    double turnover = ctx.number("telecom_turnover");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        turnover *= 1.0 + p.growth;
        out.gross_revenue[t] = p.rate * turnover * turnover_response * p.compliance;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("consumer_price_change", price_change);
    out.set("volume_change", std::pow(1.0 + price_change, p.elasticity) - 1.0);
    out.set("collection_cost_share", p.collection_cost);
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
