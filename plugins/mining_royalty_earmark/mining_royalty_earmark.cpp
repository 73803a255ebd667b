// Mining royalty earmark: a share of the state's gold revenue (royalties, dividends and taxes)
// allocated to health.
//
// No new tax: the earmark follows the gold revenue, which moves with the gold price and output.
// The price path of one evaluation is a first-year shock then a trend; over Monte Carlo draws the
// two together spread the price about as a lognormal random walk would. Domain notes 2.8.
#include <cmath>

#include <finmech/plugin.hpp>

namespace {

struct MiningRoyaltyEarmark {
    double earmark_share;       // share of state gold revenue allocated to health
    double gold_price_shock;    // change in the gold price (FCFA) from the base year to year 1
    double gold_price_trend;    // change in the gold price per year after year 1
    double price_elasticity;    // elasticity of state gold revenue to the gold price
    double output_growth;       // change in gold output per year
    double compliance;          // share of the earmarked amount actually transferred
    double collection_cost;     // administration cost per unit of revenue transferred
};

finmech::Descriptor<MiningRoyaltyEarmark> describe() {
    using finmech::Evidence;
    return {
        .id = "mining_royalty_earmark",
        .version = "1.0.0",
        .name = {"Affectation d'une part des recettes aurifères de l'État à la santé",
                 "Earmark of a share of the state's gold revenue for health"},
        .summary = {"Une part des recettes de l'État tirées de l'or (redevances, dividendes, "
                    "impôts) affectée à la santé ; elle suit le cours de l'or et la production.",
                    "A share of the state's gold revenue (royalties, dividends, taxes) "
                    "allocated to health; it follows the gold price and output."},
        .formula = "p_t = (1 + shock) (1 + trend)^(t-1);  G_t = G_0 x p_t^beta x (1 + q)^t;  "
                   "gross_t = s x G_t x compliance;  cost_t = c x gross_t",
        .parameters =
            {
                finmech::number("earmark_share", &MiningRoyaltyEarmark::earmark_share)
                    .label("Part affectée à la santé", "Share earmarked for health")
                    .unit("fraction of state gold revenue")
                    .range(0.0, 0.2)
                    .default_value(0.01)
                    .doc("Part des recettes aurifères de l'État versée à la santé.",
                         "Share of the state's gold revenue paid to health.")
                    .source("Illustrative shares of 1-3 % chosen by the study team "
                            "(1 % of 563.8 bn FCFA = 5.6 bn FCFA in 2023)",
                            Evidence::assumed),
                finmech::number("gold_price_shock", &MiningRoyaltyEarmark::gold_price_shock)
                    .label("Variation du cours de l'or la première année",
                           "Gold price change in year 1")
                    .unit("fraction")
                    .range(-0.6, 1.0)
                    .default_value(0.0)
                    .uncertainty(finmech::normal(0.0, 0.175))
                    .doc("Variation du cours de l'or en FCFA de l'année de base à la première "
                         "année de projection.",
                         "Change in the FCFA gold price from the base year to the first "
                         "projection year.")
                    .source("Gold price volatility: annual sigma about 15-20 % (standard "
                            "literature value, not re-checked); sd 0.175, the midpoint, no drift",
                            Evidence::assumed),
                finmech::number("gold_price_trend", &MiningRoyaltyEarmark::gold_price_trend)
                    .label("Tendance du cours de l'or", "Gold price trend")
                    .unit("fraction per year")
                    .range(-0.3, 0.3)
                    .default_value(0.0)
                    .uncertainty(finmech::normal(0.0, 0.055))
                    .doc("Variation annuelle moyenne du cours de l'or après la première année.",
                         "Average annual change in the gold price after the first year.")
                    .source("A random walk with annual sigma 0.175 gives the mean annual change "
                            "over a 10-year horizon an sd of 0.175 / sqrt(10) = 0.055; with the "
                            "year-1 shock, year t spreads by sqrt(0.175^2 + (0.055 (t-1))^2): "
                            "0.18 in year 1, 0.53 in year 10, against the walk's 0.175 sqrt(t)",
                            Evidence::derived),
                finmech::number("price_elasticity", &MiningRoyaltyEarmark::price_elasticity)
                    .label("Élasticité des recettes au cours", "Revenue elasticity to price")
                    .unit("dimensionless")
                    .range(0.0, 3.0)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(1.0, 1.0, 1.5))
                    .doc("Variation relative des recettes aurifères de l'État pour une variation "
                         "relative du cours.",
                         "Relative change in state gold revenue per relative change in price.")
                    .source("Assumption: ad valorem royalties move one for one with the price; "
                            "profit taxes and the 2023 mining code's 7.5 % royalty band above "
                            "US$1,500/oz (miningbusinessafrica) make revenue move faster",
                            Evidence::assumed),
                finmech::number("output_growth", &MiningRoyaltyEarmark::output_growth)
                    .label("Croissance de la production d'or", "Gold output growth")
                    .unit("fraction per year")
                    .range(-0.5, 0.5)
                    .default_value(0.0)
                    .uncertainty(finmech::triangular(-0.1, 0.0, 0.05))
                    .doc("Variation annuelle de la production d'or.",
                         "Annual change in gold output.")
                    .source("Assumption: flat output; industrial output 66.2 t (2022) -> 65 t "
                            "(2023), -1.8 %; state gold revenue 763.7 -> 563.8 bn FCFA, -26 %, "
                            "amid permit disputes (Reuters)",
                            Evidence::assumed),
                finmech::standard::compliance(&MiningRoyaltyEarmark::compliance)
                    .label("Taux de versement effectif", "Share actually transferred")
                    .range(0.0, 1.0)
                    .default_value(1.0)
                    .doc("Part du montant affecté effectivement versée à la santé.",
                         "Share of the earmarked amount actually paid to health.")
                    .source("Assumption of the study team: 1.0 (the treasury already collects the "
                            "revenue); Ghana's capping of earmarks under Act 947 shows it "
                            "can be cut",
                            Evidence::assumed),
                finmech::standard::collection_cost(&MiningRoyaltyEarmark::collection_cost)
                    .range(0.0, 0.05)
                    .default_value(0.0)
                    .doc("Coût administratif par franc versé.",
                         "Administration cost per franc transferred.")
                    .source("Assumption of the study team: 0, the revenue is already collected",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::collection_cost_share(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                {"gold_state_revenue", "currency", finmech::Shape::number,
                 {"Recettes de l'État tirées de l'or l'année de base",
                  "State revenue from gold in the base year"},
                 0.0},
                finmech::standard::spending_shares(
                    "mining_burden_shares",
                    {"Part des ménages résidents dans la propriété du capital minier, par quintile",
                     "Resident households' share in the ownership of mining capital, by quintile"}),
                finmech::standard::payer_shares(
                    "mining_payer_shares",
                    {"Ménages qui paient eux-mêmes des recettes minières, par quintile",
                     "Households who themselves pay mining revenue, by quintile"}),
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Pas de nouvel impôt : une part des recettes que l'État tire "
                                 "déjà de l'or (redevances, dividendes, impôts) est affectée à "
                                 "la santé. Le montant suit le cours de l'or et la production, "
                                 "et varie donc fortement d'une année à l'autre.",
                                 "No new tax: a share of the revenue the state already draws "
                                 "from gold (royalties, dividends, taxes) is allocated to "
                                 "health. The amount follows the gold price and output, so it "
                                 "varies strongly from year to year."},
                .precedent = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                              "affectation de recettes minières à la santé. Mali : recettes "
                              "aurifères de l'État de 763,7 milliards de FCFA (2022) puis 563,8 "
                              "milliards (2023), soit -26 % ; 1 % de ces recettes ferait environ "
                              "5,6 milliards de FCFA, 3 % environ 17 milliards (niveau 2023). Les "
                              "industries extractives représentaient 22,3 % des recettes publiques "
                              "en 2021 (ITIE).",
                              "The study team's literature review found no earmark of mining "
                              "revenue for health. Mali: the state's gold revenue was 763.7 bn "
                              "FCFA (2022), then 563.8 bn (2023), -26 %; 1 % of it would be about "
                              "5.6 bn FCFA, 3 % about 17 bn (2023 level). Extractives were 22.3 % "
                              "of government revenue in 2021 (EITI)."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "règle UEMOA ou CEDEAO sur l'affectation des recettes minières "
                                   "(non vérifié).",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "rule on earmarking mining revenue (unverified)."},
                .who_pays = {"Personne de plus : les sociétés minières paient ce qu'elles paient "
                             "déjà ; le budget général perd ce que la santé reçoit, ce qui "
                             "explique la réticence du ministère des Finances.",
                             "Nobody new: mining companies pay what they already pay; the "
                             "general budget loses what health receives, which is why the "
                             "finance ministry resists."},
                .instrument = {"Un article de loi de finances affectant une part des recettes "
                               "aurifères à la santé, par exemple par un compte d'affectation "
                               "spéciale inscrit au budget. Le code minier de 2023 "
                               "(participation de l'État et des nationaux jusqu'à 35 %, "
                               "redevance de 7,5 % quand l'or dépasse 1 500 dollars US l'once) "
                               "fixe les recettes elles-mêmes.",
                               "A finance law article earmarking a share of gold revenue for "
                               "health, for instance through an on-budget special allocation "
                               "account. The 2023 mining code (state and local stake up to 35 %, "
                               "a 7.5 % royalty when gold exceeds US$1,500 an ounce) sets the "
                               "revenue itself."},
                .collection_agent = {"Les services qui recouvrent déjà ces recettes (à préciser "
                                     ": impôts, douane, Trésor) ; le Trésor transfère la part "
                                     "affectée (proposé).",
                                     "The services that already collect this revenue (to "
                                     "specify: tax directorate, customs, Treasury); the Treasury "
                                     "transfers the earmarked share (proposed)."},
                .sources = {"Reuters: Mali gold production and state gold revenue, 2022-2023",
                            "EITI: Mali extractives in government revenue, 2021",
                            "miningbusinessafrica: Mali mining code, 2023",
                            "Cashin, Sparkes & Bloom 2017, WHO Health Financing Working Paper 5: "
                            "earmarking"},
            },
        .bases = {"state_gold_revenue"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const MiningRoyaltyEarmark& p) {
    double price = 1.0 + p.gold_price_shock;
    double output = 1.0;
    const double base = ctx.number("gold_state_revenue");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        if (t > 0) price *= 1.0 + p.gold_price_trend;
        output *= 1.0 + p.output_growth;
        const double gold_revenue = base * std::pow(price, p.price_elasticity) * output;
        out.gross_revenue[t] = p.earmark_share * gold_revenue * p.compliance;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("collection_cost_share", p.collection_cost);
    // Mining companies pay; no household does directly. Who bears it among residents, their
    // owners, is the mining_burden_shares distribution.
    out.set("household_share", 0.0);
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
