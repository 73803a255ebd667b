// Example unit levy: a fixed amount per unit sold (per litre, pack, ticket...), the starting
// point for a new mechanism plugin. Replace the name, the parameters and their sources, the
// model and the profile of the mechanism; keep the shape of the file.
//
// Model (specific tax with constant price elasticity, see docs/mechanisms.md):
//     Q_t     = Q_0 (1 + g)^t                  units sold without the levy
//     dP/P    = pass_through x amount / P_0    relative price rise
//     gross_t = amount x Q_t x (1 + dP/P)^eps x compliance
//     cost_t  = collection_cost x gross_t
#include <cmath>

#include <finmech/plugin.hpp>

namespace {

// The parameters, one plain member each; describe() binds them to their keys.
struct UnitLevy {
    double amount;
    double pass_through;
    double elasticity;
    double compliance;
    double collection_cost;
    double growth;
};

finmech::Descriptor<UnitLevy> describe() {
    using finmech::Evidence;
    return {
        .id = "example_unit_levy",  // must equal the library's file name
        .version = "0.1.0",
        .name = {"Exemple : taxe par unité vendue", "Example: levy per unit sold"},
        .summary = {"Un montant fixe prélevé sur chaque unité vendue.",
                    "A fixed amount levied on each unit sold."},
        .formula = "gross_t = amount x Q_0 (1+g)^t x (1 + phi x amount / P_0)^eps x compliance; "
                   "cost_t = c x gross_t",
        .parameters =
            {
                finmech::number("amount", &UnitLevy::amount)
                    .label("Montant par unité", "Amount per unit")
                    .unit("currency per unit")
                    .range(0.0, 1000.0)
                    .default_value(10.0)
                    .doc("Montant prélevé par unité vendue.", "Amount levied per unit sold.")
                    .source("Illustrative policy choice for the template", Evidence::assumed),
                finmech::standard::pass_through(&UnitLevy::pass_through)
                    .range(0.0, 1.5)
                    .default_value(1.0)
                    .uncertainty(finmech::uniform(0.8, 1.2))
                    .source("Full pass-through, the usual assumption for excises",
                            Evidence::assumed),
                finmech::standard::elasticity(&UnitLevy::elasticity)
                    .range(-3.0, 0.0)
                    .default_value(-0.5)
                    .uncertainty(finmech::triangular(-0.8, -0.5, -0.2))
                    .source("Illustrative value for the template", Evidence::assumed),
                finmech::standard::compliance(&UnitLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.9)
                    .source("Illustrative value for the template", Evidence::assumed),
                finmech::standard::collection_cost(&UnitLevy::collection_cost)
                    .range(0.0, 0.5)
                    .default_value(0.02)
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: 1-4 %",
                            Evidence::sourced),
                finmech::standard::growth(&UnitLevy::growth)
                    .label("Croissance des ventes", "Growth of sales")
                    .range(-0.2, 0.3)
                    .default_value(0.03)
                    .doc("Croissance annuelle des quantités vendues.",
                         "Annual growth of the quantities sold.")
                    .source("Illustrative value for the template", Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(),
                finmech::standard::collection_cost_share(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "example_spending_shares",
                    {"Dépenses des ménages pour le produit, par quintile",
                     "Households' spending on the product, by quintile"}),
                {"example_units", "units per year", finmech::Shape::number,
                 {"Unités vendues l'année de base", "Units sold in the base year"},
                 0.0},
                {"example_unit_price", "currency per unit", finmech::Shape::number,
                 {"Prix unitaire l'année de base", "Unit price in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Exemple : un montant fixe sur chaque unité vendue, répercuté "
                                 "en partie sur le prix. Décrivez le mécanisme en deux ou trois "
                                 "phrases, pour un lecteur du ministère des Finances.",
                                 "Example: a fixed amount on each unit sold, partly passed on to "
                                 "the price. Describe the mechanism in two or three sentences, "
                                 "for a reader at the finance ministry."},
                .precedent = {"Exemple : où le mécanisme a été appliqué, depuis quand, ce qu'il "
                              "a rapporté, chiffres et années à l'appui ; écrivez « non vérifié "
                              "» pour ce que vous n'avez pas pu vérifier.",
                              "Example: where the mechanism was applied, since when, what it "
                              "raised, with figures and years; write \"unverified\" for what you "
                              "could not check."},
                .regional_rules = {"Exemple : les directives UEMOA ou CEDEAO qui encadrent le "
                                   "mécanisme (taux minimum ou maximum), ou qu'aucune n'a été "
                                   "trouvée.",
                                   "Example: the WAEMU or ECOWAS directives that bound the "
                                   "mechanism (minimum or maximum rates), or that none was found."},
                .who_pays = {"Exemple : les consommateurs du produit, et si la charge est "
                             "progressive ou régressive.",
                             "Example: the product's consumers, and whether the burden is "
                             "progressive or regressive."},
                .instrument = {"Exemple : un article de loi de finances, une ordonnance ou un "
                               "décret.",
                               "Example: a finance law article, an ordinance or a decree."},
                .collection_agent = {"Exemple : la Direction générale des impôts (DGI) ou la "
                                     "douane (DGD).",
                                     "Example: the tax directorate (DGI) or customs (DGD)."},
                .sources = {"Author Year, title, journal or publisher: the work each fact comes "
                            "from"},
            },
    };
}

finmech::Projection project(const finmech::Context& ctx, const UnitLevy& p) {
    const double price_change = p.pass_through * p.amount / ctx.number("example_unit_price");
    const double demand_response = std::pow(1.0 + price_change, p.elasticity);
    double units = ctx.number("example_units");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        units *= 1.0 + p.growth;
        out.gross_revenue[t] = p.amount * units * demand_response * p.compliance;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("consumer_price_change", price_change);
    out.set("collection_cost_share", p.collection_cost);
    // Households pay what sellers pass on.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
