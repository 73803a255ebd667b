// Sugar-sweetened beverage excise: a new excise on sugary drinks, per litre or by sugar content
// (the South African Health Promotion Levy), earmarked for health.
//
// The excise per litre is either a flat amount or an amount per gram of sugar above a threshold;
// its passed-through share, VAT included, raises the price; purchases answer with a constant
// elasticity. Mali has no such tax yet [U], so the status quo excise is zero.
#include <algorithm>
#include <cmath>
#include <finmech/plugin.hpp>
#include <stdexcept>
#include <string>

namespace {

struct SsbExcise {
    std::string design;      // "per_litre" or "sugar_tiered"
    double per_litre_rate;   // FCFA per litre
    double sugar_rate;       // FCFA per gram of sugar above the threshold
    double sugar_threshold;  // grams per 100 ml left untaxed
    double pass_through;
    double elasticity;
    double compliance;
    double collection_cost;
    double growth;
};

finmech::Descriptor<SsbExcise> describe() {
    using finmech::Evidence;
    return {
        .id = "ssb_excise",
        .version = "1.0.0",
        .name = {"Droit d'accise sur les boissons sucrées", "Sugar-sweetened beverage excise"},
        .summary = {"Accise sur les boissons sucrées, par litre ou selon la teneur en sucre au-"
                    "delà d'un seuil (modèle sud-africain), avec contrôle du taux maximisant la "
                    "recette.",
                    "An excise on sugary drinks, per litre or by sugar content above a threshold "
                    "(the South African model), with a check of the revenue-maximising rate."},
        .formula =
            "T = s (per_litre) or s_g x max(0, sugar - threshold) x 10 (sugar_tiered);  "
            "dP/P = phi x T x (1+vat) / P0;  gross_t = T x L0 x (1+dP/P)^eps x "
            "compliance x (1+g)^t;  Laffer: |eps|>1 and T > P0/(phi(1+vat)(|eps|-1))",
        .parameters =
            {
                finmech::choice("design", &SsbExcise::design, {"per_litre", "sugar_tiered"})
                    .label("Forme de l'accise", "Excise design")
                    .default_value("per_litre")
                    .doc("Montant par litre, ou montant par gramme de sucre au-delà du seuil.",
                         "Amount per litre, or amount per gram of sugar above the threshold.")
                    .source("Both designs are in use in Africa (SAMJ 2022 editorial): per litre "
                            "in Nigeria, Kenya, Tanzania; per gram in South Africa, Botswana",
                            Evidence::sourced),
                finmech::number("per_litre_rate", &SsbExcise::per_litre_rate)
                    .label("Montant par litre", "Amount per litre")
                    .unit("FCFA per litre")
                    .range(0.0, 1000.0)
                    .default_value(50.0)
                    .doc("Accise par litre de boisson sucrée (forme par litre).",
                         "Excise per litre of sugary drink (per-litre design).")
                    .source("About 10 % of a 500 FCFA/L price, as Mexico's 1 peso/L (~10 %) of "
                            "2014 (Colchero et al.); Kenya KES 10/L and Tanzania TZS 54/L are of "
                            "the same order",
                            Evidence::derived),
                finmech::number("sugar_rate", &SsbExcise::sugar_rate)
                    .label("Montant par gramme de sucre", "Amount per gram of sugar")
                    .unit("FCFA per gram")
                    .range(0.0, 10.0)
                    .default_value(0.7)
                    .doc("Accise par gramme de sucre au-delà du seuil (forme par teneur).",
                         "Excise per gram of sugar above the threshold (sugar-tiered design).")
                    .source("South Africa Health Promotion Levy: 2.1 ZA cents per gram (2018) "
                            "at about 33 FCFA per rand (rate not checked)",
                            Evidence::unverified),
                finmech::number("sugar_threshold", &SsbExcise::sugar_threshold)
                    .label("Seuil de sucre exonéré", "Untaxed sugar threshold")
                    .unit("grams per 100 ml")
                    .range(0.0, 20.0)
                    .default_value(4.0)
                    .doc("Teneur en sucre en deçà de laquelle rien n'est dû.",
                         "Sugar content below which nothing is due.")
                    .source("South Africa Health Promotion Levy: first 4 g per 100 ml exempt",
                            Evidence::sourced),
                finmech::standard::pass_through(&SsbExcise::pass_through)
                    .range(0.0, 1.5)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.8, 1.0, 1.2))
                    .source("Standard value 1.0 (the usual modelling default, no specific source); "
                            "range an assumption",
                            Evidence::assumed),
                finmech::standard::elasticity(&SsbExcise::elasticity)
                    .range(-2.5, 0.0)
                    .default_value(-1.0)
                    .uncertainty(finmech::triangular(-1.3, -1.0, -0.8))
                    .source("Meta-analyses: a 10 % price rise cuts purchases by about 10 %, "
                            "range -0.8 to -1.3 (standard literature values, not re-checked)",
                            Evidence::assumed),
                finmech::standard::compliance(&SsbExcise::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.9)
                    .uncertainty(finmech::triangular(0.8, 0.9, 0.95))
                    .source("Assumption of the study team: 0.9 (few bottlers and importers)",
                            Evidence::assumed),
                finmech::standard::collection_cost(&SsbExcise::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.02)
                    .uncertainty(finmech::uniform(0.01, 0.03))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %, mostly 2-3 %; 0.02 assumed by the study team",
                            Evidence::assumed),
                finmech::standard::growth(&SsbExcise::growth)
                    .range(-0.2, 0.3)
                    .default_value(0.05)
                    .uncertainty(finmech::triangular(0.02, 0.05, 0.08))
                    .doc("Croissance nominale annuelle des ventes (montants supposés indexés).",
                         "Nominal annual growth of sales (amounts taken as indexed).")
                    .source("Assumption of the study team: +5 %/yr", Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse du prix des boissons sucrées", "Change in sugary drink prices"}),
                {"consumption_change",
                 "fraction",
                 finmech::Direction::lower_is_better,
                 {"Variation des litres achetés", "Change in litres bought"}},
                finmech::standard::laffer_exceeded(),
                finmech::standard::collection_cost_share(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "ssb_spending_shares",
                    {"Dépenses des ménages en boissons sucrées, par quintile",
                     "Households' spending on sugar-sweetened drinks, by quintile"}),
                finmech::standard::payer_shares(
                    "ssb_payer_shares",
                    {"Ménages qui achètent des boissons sucrées, par quintile",
                     "Households that buy sugar-sweetened drinks, by quintile"}),
                {"ssb_litres",
                 "litres per year",
                 finmech::Shape::number,
                 {"Boissons sucrées vendues", "Sugar-sweetened beverages sold"},
                 0.0},
                {"ssb_price_per_litre",
                 "currency per litre",
                 finmech::Shape::number,
                 {"Prix de détail moyen d'un litre", "Average retail price per litre"},
                 0.0},
                {"ssb_sugar_content",
                 "grams per 100 ml",
                 finmech::Shape::number,
                 {"Teneur moyenne en sucre", "Average sugar content"},
                 0.0},
                {"vat_rate",
                 "fraction",
                 finmech::Shape::number,
                 {"Taux normal de TVA", "Standard VAT rate"},
                 0.0, 1.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Une accise sur les boissons sucrées, par litre ou par gramme "
                                 "de sucre au-delà d'un seuil. Le prix augmente et les achats "
                                 "baissent : une hausse de 10 % du prix les réduit d'environ 10 "
                                 "% (à confirmer).",
                                 "An excise on sugary drinks, per litre or per gram of sugar "
                                 "above a threshold. The price rises and purchases fall: a 10 % "
                                 "price rise cuts them by about 10 % (to confirm)."},
                .precedent = {"Afrique du Sud, taxe de promotion de la santé (avril 2018) : 2,1 "
                              "cents par gramme de sucre au-delà de 4 g/100 ml, 2,21 cents en "
                              "2019 ; 3 milliards de rands la première année, 2,6 milliards en "
                              "2019/20 ; sans affectation. Mexique : 1 peso par litre (environ "
                              "10 %) depuis 2014 ; achats en baisse de 5,5 % (2014) et de 9,7 % "
                              "(2015), davantage chez les ménages modestes. Aussi au Nigeria, au "
                              "Kenya, en Tanzanie (par litre) et au Botswana (par gramme). Le "
                              "Mali n'a pas de taxe de ce type (non vérifié).",
                              "South Africa's Health Promotion Levy (April 2018): 2.1 cents per "
                              "gram of sugar above 4 g/100 ml, 2.21 cents in 2019; R3 bn in the "
                              "first year, R2.6 bn in 2019/20; no earmark. Mexico: 1 peso per "
                              "litre (about 10 %) from 2014; purchases down 5.5 % (2014) and 9.7 "
                              "% (2015), more among low-income households. Also Nigeria, Kenya, "
                              "Tanzania (per litre) and Botswana (per gram). Mali has no such "
                              "tax (unverified)."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "disposition UEMOA ou CEDEAO propre aux boissons sucrées (non "
                                   "vérifié) ; une accise nouvelle doit rester dans le cadre des "
                                   "directives UEMOA sur les droits d'accise (à vérifier).",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "provision specific to sugary drinks (unverified); a new excise "
                                   "must stay within the WAEMU excise directives (to check)."},
                .who_pays = {"Les consommateurs de boissons sucrées industrielles : légèrement "
                             "régressif sur le revenu, mais les ménages modestes réduisent "
                             "davantage leurs achats (Mexique).",
                             "Consumers of industrial sugary drinks: mildly regressive on "
                             "income, but low-income households cut their purchases more "
                             "(Mexico)."},
                .instrument = {"Un article de loi de finances créant l'accise (taux par litre ou "
                               "par gramme de sucre) et l'affectant à la santé ; l'Afrique du "
                               "Sud n'a pas affecté la sienne.",
                               "A finance law article creating the excise (per litre or per gram "
                               "of sugar) and earmarking it for health; South Africa did not "
                               "earmark its own."},
                .collection_agent = {"La Direction générale des impôts (DGI) auprès des quelques "
                                     "embouteilleurs locaux ; la douane (DGD) sur les "
                                     "importations.",
                                     "The tax directorate (DGI) from the few local bottlers; "
                                     "customs (DGD) on imports."},
                .sources = {"Colchero et al.: Mexico SSB tax purchases, 2014-2015",
                            "iol.co.za, businesslive, sappf.co.za, heala.org: South Africa Health "
                            "Promotion Levy, 2018-2020",
                            "SAMJ 2022 editorial (scielo.org.za): SSB taxes in sub-Saharan Africa"},
            },
        .rules = {finmech::standard::revenue_maximising_rate(
            "Constant-elasticity demand: revenue peaks at T* = (P0 - T0) / (|e| - 1)")},
        .bases = {"sugary_drinks"},
    };
}

// Excise per litre; sugar content is in grams per 100 ml, so x 10 per litre.
double excise_per_litre(const finmech::Context& ctx, const SsbExcise& p) {
    if (p.design == "per_litre") return p.per_litre_rate;
    return p.sugar_rate * std::max(0.0, ctx.number("ssb_sugar_content") - p.sugar_threshold) * 10.0;
}

finmech::Projection project(const finmech::Context& ctx, const SsbExcise& p) {
    const double price = ctx.number("ssb_price_per_litre");
    if (!(price > 0.0)) throw finmech::InvalidInput("ssb_price_per_litre must be positive");
    const double excise = excise_per_litre(ctx, p);
    // dP/P per FCFA of excise; with no excise today, R(T) = T (1 + k T)^eps peaks at
    // T* = 1 / (k (|eps| - 1)) when |eps| > 1.
    const double k = p.pass_through * (1.0 + ctx.number("vat_rate")) / price;
    const double price_change = k * excise;
    const double volume = std::pow(1.0 + price_change, p.elasticity);
    const bool past_maximum =
        -p.elasticity > 1.0 && k > 0.0 && excise > 1.0 / (k * (-p.elasticity - 1.0));

    finmech::Projection out(ctx);
    double litres = ctx.number("ssb_litres") * volume;
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        litres *= 1.0 + p.growth;
        out.gross_revenue[t] = excise * litres * p.compliance;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("consumer_price_change", price_change);
    out.set("consumption_change", volume - 1.0);
    out.set("laffer_exceeded", past_maximum ? 1.0 : 0.0);
    out.set("collection_cost_share", p.collection_cost);
    // Buyers pay what producers pass on.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
