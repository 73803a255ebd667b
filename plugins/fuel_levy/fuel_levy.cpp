// Fuel levy: an amount per litre of petrol and gas oil sold, earmarked for health.
//
// The levy raises the pump price by its passed-through part; litres sold answer with the
// short-run price elasticity of fuel demand, and the levy is due on the litres that remain, at the
// rate of compliance. Customs collect it from a few importers. Mali fixes pump prices monthly
// (commission de suivi du mécanisme de taxation des produits pétroliers), so the state may also
// absorb part of the levy rather than pass it on.
#include <cmath>
#include <finmech/plugin.hpp>
#include <stdexcept>

namespace {

struct FuelLevy {
    double amount;           // FCFA per litre
    double pass_through;     // share of the levy passed on to the pump price
    double elasticity;       // short-run own-price elasticity of fuel demand
    double compliance;       // share of the levy due that is paid
    double collection_cost;  // administration cost per unit of revenue
    double growth;           // growth of litres sold per year
};

finmech::Descriptor<FuelLevy> describe() {
    using finmech::Evidence;
    return {
        .id = "fuel_levy",
        .version = "1.0.0",
        .name = {"Prélèvement santé sur les carburants", "Health levy on fuel"},
        .summary = {"Un montant par litre d'essence et de gasoil vendu, affecté à la santé.",
                    "An amount per litre of petrol and gas oil sold, earmarked for health."},
        .formula =
            "L_t = L_0 (1+g)^t;  dP/P = phi x s / P_0;  "
            "gross_t = s x L_t x (1 + dP/P)^eps x compliance;  cost_t = c x gross_t;  "
            "Laffer: s > P_0 / (phi (|eps| - 1)) when |eps| > 1",
        .parameters =
            {
                finmech::number("amount", &FuelLevy::amount)
                    .label("Montant par litre", "Amount per litre")
                    .unit("FCFA per litre")
                    .range(0.0, 1000.0)
                    .default_value(15.0)
                    .doc("Montant prélevé sur chaque litre vendu.",
                         "Amount levied on each litre sold.")
                    .source("Scenarios of 5-25 FCFA per litre proposed by the study team, the "
                            "midpoint; Mali's current per-litre fuel taxes are not verified",
                            Evidence::assumed),
                finmech::standard::pass_through(&FuelLevy::pass_through)
                    .label("Répercussion sur le prix à la pompe", "Pass-through to pump prices")
                    .range(0.0, 1.0)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.7, 1.0, 1.0))
                    .doc("Part du prélèvement répercutée sur le prix à la pompe.",
                         "Share of the levy passed on to the pump price.")
                    .source("Study team's default: 1.0; the monthly price commission may "
                            "absorb part of it (assumption)",
                            Evidence::assumed),
                finmech::standard::elasticity(&FuelLevy::elasticity)
                    .label("Élasticité-prix de court terme", "Short-run price elasticity")
                    .range(-1.5, 0.0)
                    .default_value(-0.2)
                    .uncertainty(finmech::triangular(-0.3, -0.2, -0.1))
                    .doc("Variation relative des litres vendus pour une variation relative du "
                         "prix, la première année.",
                         "Relative change in litres sold per relative change in price, in the "
                         "first year.")
                    .source("Short run -0.1 to -0.3, long run -0.3 to -0.7 (standard literature "
                            "values, not re-checked)",
                            Evidence::assumed),
                finmech::standard::compliance(&FuelLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.95)
                    .uncertainty(finmech::triangular(0.9, 0.95, 1.0))
                    .doc("Part du prélèvement dû effectivement payée (fraude et contrebande "
                         "déduites).",
                         "Share of the levy due that is paid (net of fraud and smuggling).")
                    .source("Assumption of the study team: 0.95, few importers cleared by customs",
                            Evidence::assumed),
                finmech::standard::collection_cost(&FuelLevy::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.01)
                    .uncertainty(finmech::uniform(0.005, 0.02))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %; piggy-backing on customs 1-2 % (assumption of the study team)",
                            Evidence::assumed),
                finmech::standard::growth(&FuelLevy::growth)
                    .label("Croissance des volumes", "Volume growth")
                    .range(-0.2, 0.3)
                    .default_value(0.04)
                    .uncertainty(finmech::triangular(0.02, 0.04, 0.06))
                    .doc("Croissance annuelle des litres vendus.", "Yearly growth of litres sold.")
                    .source("Assumption of the study team: +4 % a year", Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse du prix à la pompe", "Pump price rise"}),
                finmech::standard::volume_change(
                    {"Variation des litres vendus", "Change in litres sold"}),
                finmech::standard::collection_cost_share(),
                finmech::standard::laffer_exceeded(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "fuel_spending_shares",
                    {"Achats directs de carburant des ménages, par quintile",
                     "Households' direct fuel purchases, by quintile"}),
                finmech::standard::payer_shares(
                    "fuel_payer_shares",
                    {"Ménages qui achètent directement du carburant, par quintile",
                     "Households that buy fuel directly, by quintile"}),
                {"fuel_litres",
                 "litres per year",
                 finmech::Shape::number,
                 {"Litres de carburant vendus l'année de base",
                  "Litres of fuel sold in the base year"},
                 0.0},
                {"fuel_pump_price",
                 "FCFA per litre",
                 finmech::Shape::number,
                 {"Prix moyen à la pompe l'année de base", "Average pump price in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Un montant par litre d'essence et de gasoil vendu, affecté à "
                                 "la santé. Il s'ajoute au prix à la pompe, que l'État fixe "
                                 "chaque mois, ou l'État en absorbe une partie ; à court terme "
                                 "la consommation réagit peu.",
                                 "An amount per litre of petrol and gas oil sold, earmarked for "
                                 "health. It is added to the pump price, which the state sets "
                                 "monthly, or the state absorbs part of it; in the short run "
                                 "consumption reacts little."},
                .precedent = {"La revue documentaire de l'équipe d'étude n'a relevé aucun "
                              "prélèvement sur les carburants affecté à la santé. Le Mali taxe "
                              "déjà fortement les produits pétroliers (TIPP, à confirmer) ; le "
                              "collectif budgétaire de 2015 a relevé les taxes sur le pétrole, les "
                              "télécommunications et les services financiers. Taux actuels par "
                              "litre non vérifiés.",
                              "The study team's literature review found no fuel levy earmarked for "
                              "health. Mali already taxes petroleum products heavily (TIPP, to "
                              "confirm); the 2015 supplementary budget raised taxes on oil, "
                              "telecoms and financial services. Current per-litre rates are "
                              "unverified."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "règle UEMOA ou CEDEAO propre à ce prélèvement (non vérifié).",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "rule specific to this levy (unverified)."},
                .who_pays = {"Les automobilistes et les transporteurs, puis les usagers par le "
                             "prix du transport : plutôt progressif dans les pays à faible "
                             "revenu, où les ménages aisés consomment plus de carburant (FMI, "
                             "Coady, à confirmer) ; politiquement très sensible (tarifs des "
                             "transports, manifestations).",
                             "Motorists and transport operators, then users through transport "
                             "fares: rather progressive in low-income countries, where "
                             "better-off households use more fuel (IMF, Coady, to confirm); "
                             "politically very sensitive (transport fares, protests)."},
                .instrument = {"Un article de loi de finances créant le prélèvement par litre et "
                               "l'affectant à la santé ; le prix à la pompe reste fixé par la "
                               "commission de suivi du mécanisme de taxation des produits "
                               "pétroliers.",
                               "A finance law article creating the per-litre levy and earmarking "
                               "it for health; the pump price stays set by the commission "
                               "monitoring the petroleum taxation mechanism."},
                .collection_agent = {"La douane (DGD), à l'importation, auprès des quelques "
                                     "importateurs de produits pétroliers.",
                                     "Customs (DGD), at import, from the few importers of "
                                     "petroleum products."},
                .sources = {"le360, 2016: Mali 2015 supplementary budget",
                            "IMF (Coady et al.): incidence of fuel taxes and subsidies (not "
                            "re-checked)"},
            },
        .rules = {finmech::standard::revenue_maximising_rate(
            "Constant-elasticity demand: revenue peaks at T* = (P0 - T0) / (|e| - 1)")},
        .bases = {"fuel"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const FuelLevy& p) {
    const double pump_price = ctx.number("fuel_pump_price");
    if (!(pump_price > 0.0))
        throw finmech::InvalidInput("context value 'fuel_pump_price' must be positive");
    const double price_change = p.pass_through * p.amount / pump_price;
    const double volume_response = std::pow(1.0 + price_change, p.elasticity);
    // R(s) = s (1 + phi s / P_0)^eps peaks at P_0 / (phi (|eps| - 1)) when demand is elastic.
    const bool past_peak = p.elasticity < -1.0 && p.pass_through > 0.0 &&
                           p.amount > pump_price / (p.pass_through * (-p.elasticity - 1.0));
    double litres = ctx.number("fuel_litres");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        litres *= 1.0 + p.growth;
        out.gross_revenue[t] = p.amount * litres * volume_response * p.compliance;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("consumer_price_change", price_change);
    out.set("volume_change", volume_response - 1.0);
    out.set("collection_cost_share", p.collection_cost);
    out.set("laffer_exceeded", past_peak ? 1.0 : 0.0);
    // Direct purchases only: what transport fares pass on is not traced.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
