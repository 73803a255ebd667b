// Alcohol excise: an increase of the excise on alcoholic drinks, by category (beer, wine, spirits,
// traditional and unrecorded drinks), earmarked for health.
//
// The increase has an ad valorem part, in points added to the current rate on the pre-excise
// value, and per-litre amounts by strength band (Mali's 2025 design: 6-15 % and above 15 %
// alcohol by volume). In each category the passed-through change moves the retail price, VAT
// included; consumption answers with the category's own constant elasticity (Nelson 2013); the
// legal (recorded) share falls with the price. Revenue is the change in excise revenue on legal
// sales: the new excise on what is still sold legally, less the current excise on today's sales.
#include <algorithm>
#include <array>
#include <cmath>
#include <finmech/plugin.hpp>
#include <stdexcept>
#include <string>

namespace {

constexpr double waemu_band_low = 0.15;  // Directive 03/98 as amended by 03/2009
constexpr double waemu_band_high = 0.5;

struct AlcoholExcise {
    double ad_valorem_increase;  // points added to the current ad valorem rate
    double per_litre_mid;        // FCFA per litre, 6-15 % ABV
    double per_litre_high;       // FCFA per litre, above 15 % ABV
    double pass_through;
    double elasticity_beer, elasticity_wine, elasticity_spirits, elasticity_traditional;
    double legal_share_beer, legal_share_wine, legal_share_spirits, legal_share_traditional;
    double illicit_response;  // fall in a legal share per unit relative price rise
    double compliance;        // share of the excise due on legal sales that is paid
    double collection_cost;
    double growth;
};

// A category of drink: its context keys, its typical strength and its behavioural parameters.
struct Category {
    const char* volume_key;
    const char* price_key;
    double abv;  // typical alcohol by volume, which sets its per-litre band
    double AlcoholExcise::*elasticity;
    double AlcoholExcise::*legal_share;
};

// Strengths: typical values for lager, table wine, spirits and millet beer (dolo), [M].
constexpr std::array<Category, 4> categories{{
    {"beer_litres", "beer_price_per_litre", 0.05, &AlcoholExcise::elasticity_beer,
     &AlcoholExcise::legal_share_beer},
    {"wine_litres", "wine_price_per_litre", 0.12, &AlcoholExcise::elasticity_wine,
     &AlcoholExcise::legal_share_wine},
    {"spirits_litres", "spirits_price_per_litre", 0.40, &AlcoholExcise::elasticity_spirits,
     &AlcoholExcise::legal_share_spirits},
    {"traditional_alcohol_litres", "traditional_alcohol_price_per_litre", 0.04,
     &AlcoholExcise::elasticity_traditional, &AlcoholExcise::legal_share_traditional},
}};

finmech::Parameter<AlcoholExcise> elasticity(std::string drink, double AlcoholExcise::*member,
                                             finmech::Text name, double value, double low,
                                             double high, std::string source,
                                             finmech::Evidence evidence) {
    return finmech::number("elasticity_" + drink, member)
        .label("Élasticité-prix : " + name.fr, "Price elasticity: " + name.en)
        .unit("dimensionless")
        .range(-2.0, 0.0)
        .default_value(value)
        .uncertainty(finmech::triangular(low, value, high))
        .doc("Variation relative du volume pour une variation relative du prix.",
             "Relative change in volume per relative change in price.")
        .source(std::move(source), evidence);
}

finmech::Parameter<AlcoholExcise> legal_share(std::string drink, double AlcoholExcise::*member,
                                              finmech::Text name, double value, double low,
                                              double high, std::string source) {
    return finmech::number("legal_share_" + drink, member)
        .label("Part légale : " + name.fr, "Legal share: " + name.en)
        .unit("fraction of litres consumed")
        .range(0.0, 1.0)
        .default_value(value)
        .uncertainty(finmech::uniform(low, high))
        .doc("Part des litres consommés vendue légalement et soumise à l'accise.",
             "Share of the litres consumed that is sold legally and bears the excise.")
        .source(std::move(source), finmech::Evidence::unverified);
}

finmech::Descriptor<AlcoholExcise> describe() {
    using finmech::Evidence;
    const std::string unrecorded_source =
        "Assumption: unrecorded alcohol is often 30-50 % in Africa (standard literature value, not "
        "re-checked); no Mali estimate by category";
    return {
        .id = "alcohol_excise",
        .version = "1.0.0",
        .name = {"Droit d'accise sur les boissons alcoolisées", "Alcohol excise"},
        .summary = {"Hausse de l'accise sur la bière, le vin, les spiritueux et les boissons "
                    "traditionnelles : points ad valorem et montants par litre selon le degré, "
                    "au regard de la fourchette UEMOA de 15 à 50 %.",
                    "An increase of the excise on beer, wine, spirits and traditional drinks: "
                    "ad valorem points and per-litre amounts by strength, checked against the "
                    "WAEMU 15-50 % band."},
        .formula =
            "for each category k: p_k = P_k/(1+vat); X_k = p_k/(1+a0); E0_k = a0 X_k;  "
            "E1_k = (a0+da) X_k + s(abv_k);  dP_k/P_k = phi (E1_k-E0_k)(1+vat)/P_k;  "
            "Q1_k = Q_k (1+dP_k/P_k)^eps_k;  lambda1_k = clamp(lambda_k - kappa dP_k/P_k, "
            "0, 1);  gross_t = sum_k (E1_k Q1_k lambda1_k - E0_k Q_k lambda_k) x "
            "compliance x (1+g)^t;  s = 0 below 6 % ABV, s_mid for 6-15 %, s_high above",
        .parameters =
            {
                finmech::number("ad_valorem_increase", &AlcoholExcise::ad_valorem_increase)
                    .label("Hausse du taux ad valorem", "Ad valorem rate increase")
                    .unit("fraction of pre-excise value")
                    .range(-0.5, 0.5)
                    .default_value(0.0)
                    .doc("Points ajoutés au taux d'accise actuel, sur la valeur hors accise.",
                         "Points added to the current excise rate, on the pre-excise value.")
                    .source("Default: no ad valorem change, the 2025 reform being per litre; "
                            "Mathauer et al. 2019 scenarios +5 % and +15 % on imported drinks",
                            Evidence::sourced),
                finmech::number("per_litre_mid", &AlcoholExcise::per_litre_mid)
                    .label("Montant par litre, 6 à 15 % vol.", "Per litre, 6-15 % ABV")
                    .unit("FCFA per litre")
                    .range(0.0, 10000.0)
                    .default_value(1000.0)
                    .doc("Montant par litre de boisson titrant de 6 à 15 % d'alcool.",
                         "Amount per litre of drink with 6-15 % alcohol by volume.")
                    .source("Mali 2025 contribution: 1,000 FCFA/L for 6-15 % ABV, domestic "
                            "products (pressafrik)",
                            Evidence::sourced),
                finmech::number("per_litre_high", &AlcoholExcise::per_litre_high)
                    .label("Montant par litre, plus de 15 % vol.", "Per litre, above 15 % ABV")
                    .unit("FCFA per litre")
                    .range(0.0, 20000.0)
                    .default_value(3000.0)
                    .doc("Montant par litre de boisson titrant plus de 15 % d'alcool.",
                         "Amount per litre of drink with more than 15 % alcohol by volume.")
                    .source("Mali 2025 contribution: 3,000 FCFA/L above 15 % ABV, domestic "
                            "products (pressafrik)",
                            Evidence::sourced),
                finmech::standard::pass_through(&AlcoholExcise::pass_through)
                    .range(0.0, 1.5)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.8, 1.0, 1.2))
                    .source("Standard value 1.0 (the usual modelling default, no specific source); "
                            "range an assumption",
                            Evidence::assumed),
                elasticity("beer", &AlcoholExcise::elasticity_beer, {"bière", "beer"}, -0.30, -0.46,
                           -0.2, "Nelson 2013 bias-corrected -0.30; Wagenaar et al. 2009 -0.46",
                           Evidence::sourced),
                elasticity("wine", &AlcoholExcise::elasticity_wine, {"vin", "wine"}, -0.45, -0.69,
                           -0.3, "Nelson 2013 bias-corrected -0.45; Wagenaar et al. 2009 -0.69",
                           Evidence::sourced),
                elasticity("spirits", &AlcoholExcise::elasticity_spirits, {"spiritueux", "spirits"},
                           -0.55, -0.80, -0.4,
                           "Nelson 2013 bias-corrected -0.55; Wagenaar et al. 2009 -0.80",
                           Evidence::sourced),
                elasticity("traditional", &AlcoholExcise::elasticity_traditional,
                           {"boissons traditionnelles", "traditional drinks"}, -0.30, -0.5, -0.1,
                           "Assumption: the beer value for millet beer and other local brews; "
                           "no estimate found",
                           Evidence::unverified),
                legal_share("beer", &AlcoholExcise::legal_share_beer, {"bière", "beer"}, 0.95, 0.9,
                            1.0, unrecorded_source + "; industrial brewing, few brewers"),
                legal_share("wine", &AlcoholExcise::legal_share_wine, {"vin", "wine"}, 0.9, 0.8,
                            1.0, unrecorded_source + "; mostly imported through customs"),
                legal_share("spirits", &AlcoholExcise::legal_share_spirits,
                            {"spiritueux", "spirits"}, 0.8, 0.6, 0.9,
                            unrecorded_source + "; sachets and smuggled spirits"),
                legal_share("traditional", &AlcoholExcise::legal_share_traditional,
                            {"boissons traditionnelles", "traditional drinks"}, 0.0, 0.0, 0.1,
                            unrecorded_source + "; home-brewed, outside the tax net"),
                finmech::number("illicit_response", &AlcoholExcise::illicit_response)
                    .label("Réponse du marché informel", "Informal market response")
                    .unit("fraction per unit relative price rise")
                    .range(0.0, 1.0)
                    .default_value(0.15)
                    .uncertainty(finmech::uniform(0.1, 0.2))
                    .doc("Baisse de la part légale par unité de hausse relative du prix.",
                         "Fall in the legal share per unit relative price rise.")
                    .source("Assumption: the tobacco range 0.1-0.2 (itself an assumption of the "
                            "study team) carried over to alcohol; no estimate found",
                            Evidence::unverified),
                finmech::standard::compliance(&AlcoholExcise::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.95)
                    .uncertainty(finmech::triangular(0.9, 0.95, 1.0))
                    .doc("Part de l'accise due sur les ventes légales effectivement payée; "
                         "l'informel est modélisé par les parts légales.",
                         "Share of the excise due on legal sales that is paid; the informal "
                         "market is modelled by the legal shares.")
                    .source("Assumption: a few breweries and importers, evasion 0-10 %",
                            Evidence::assumed),
                finmech::standard::collection_cost(&AlcoholExcise::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.02)
                    .uncertainty(finmech::uniform(0.01, 0.03))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %, mostly 2-3 %; 0.02 assumed by the study team",
                            Evidence::assumed),
                finmech::standard::growth(&AlcoholExcise::growth)
                    .range(-0.2, 0.2)
                    .default_value(0.03)
                    .uncertainty(finmech::triangular(0.0, 0.03, 0.06))
                    .doc("Croissance nominale annuelle des ventes à structure fiscale constante "
                         "(montants par litre supposés indexés).",
                         "Nominal annual growth of sales at a constant tax structure (per-litre "
                         "amounts taken as indexed).")
                    .source("Assumption of the study team: +3 %/yr", Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse moyenne des prix (pondérée par la dépense)",
                     "Average price change (spending-weighted)"}),
                {"consumption_change",
                 "fraction",
                 finmech::Direction::lower_is_better,
                 {"Variation de la consommation d'alcool pur", "Change in pure alcohol consumed"}},
                {"unrecorded_share",
                 "fraction",
                 finmech::Direction::lower_is_better,
                 {"Part non enregistrée de l'alcool pur", "Unrecorded share of pure alcohol"}},
                finmech::standard::laffer_exceeded(
                    {"Au-delà du taux maximisant la recette (une catégorie au moins)",
                     "Past the revenue-maximising rate (in at least one category)"}),
                {"ad_valorem_excise_rate",
                 "fraction of the pre-excise value",
                 finmech::Direction::neutral,
                 {"Taux de l'accise ad valorem après la réforme",
                  "Ad valorem excise rate after the reform"}},
                finmech::standard::collection_cost_share(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "alcohol_spending_shares",
                    {"Dépenses des ménages en boissons alcoolisées, par quintile",
                     "Households' spending on alcoholic drinks, by quintile"}),
                finmech::standard::payer_shares(
                    "alcohol_payer_shares",
                    {"Ménages qui achètent des boissons alcoolisées, par quintile",
                     "Households that buy alcoholic drinks, by quintile"}),
                {"beer_litres",
                 "litres per year",
                 finmech::Shape::number,
                 {"Bière consommée, enregistrée ou non", "Beer consumed, recorded or not"},
                 0.0},
                {"wine_litres",
                 "litres per year",
                 finmech::Shape::number,
                 {"Vin consommé, enregistré ou non", "Wine consumed, recorded or not"},
                 0.0},
                {"spirits_litres",
                 "litres per year",
                 finmech::Shape::number,
                 {"Spiritueux consommés, enregistrés ou non", "Spirits consumed, recorded or not"},
                 0.0},
                {"traditional_alcohol_litres",
                 "litres per year",
                 finmech::Shape::number,
                 {"Boissons traditionnelles consommées", "Traditional drinks consumed"},
                 0.0},
                {"beer_price_per_litre",
                 "currency per litre",
                 finmech::Shape::number,
                 {"Prix de détail de la bière", "Retail price of beer"},
                 0.0},
                {"wine_price_per_litre",
                 "currency per litre",
                 finmech::Shape::number,
                 {"Prix de détail du vin", "Retail price of wine"},
                 0.0},
                {"spirits_price_per_litre",
                 "currency per litre",
                 finmech::Shape::number,
                 {"Prix de détail des spiritueux", "Retail price of spirits"},
                 0.0},
                {"traditional_alcohol_price_per_litre",
                 "currency per litre",
                 finmech::Shape::number,
                 {"Prix des boissons traditionnelles", "Price of traditional drinks"},
                 0.0},
                {"alcohol_ad_valorem_rate",
                 "fraction of pre-excise value",
                 finmech::Shape::number,
                 {"Taux ad valorem actuel de l'accise sur l'alcool",
                  "Current ad valorem excise rate on alcohol"},
                 0.0},
                {"vat_rate",
                 "fraction",
                 finmech::Shape::number,
                 {"Taux normal de TVA", "Standard VAT rate"},
                 0.0, 1.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Hausse du droit d'accise sur la bière, le vin, les spiritueux "
                                 "et les boissons traditionnelles : des points ad valorem et des "
                                 "montants par litre selon le degré d'alcool. La consommation "
                                 "enregistrée baisse avec le prix, et une partie glisse vers les "
                                 "boissons non enregistrées.",
                                 "An increase of the excise on beer, wine, spirits and "
                                 "traditional drinks: ad valorem points and per-litre amounts by "
                                 "alcoholic strength. Recorded consumption falls with the price, "
                                 "and part of it moves to unrecorded drinks."},
                .precedent = {"Mali 2025 : contribution de 1 000 FCFA par litre pour les "
                              "boissons de 6 à 15 % d'alcool et de 3 000 FCFA au-delà de 15 %, "
                              "sur les produits locaux, bière exclue. Scénarios de Mathauer et "
                              "al. 2019 : +5 % et +15 % d'accise sur les boissons importées. La "
                              "consommation malienne est faible (1,1 litre d'alcool pur par "
                              "adulte en 2010, la majorité ne boit pas) ; taux d'accise actuels "
                              "non vérifiés.",
                              "Mali 2025: a contribution of 1,000 FCFA per litre for drinks of 6 "
                              "to 15 % alcohol and 3,000 FCFA above 15 %, on local products, "
                              "beer excluded. Mathauer et al. 2019 scenarios: +5 % and +15 % "
                              "excise on imported drinks. Malian consumption is low (1.1 litres "
                              "of pure alcohol per adult in 2010; most adults abstain); current "
                              "excise rates are unverified."},
                .regional_rules = {"Directive UEMOA 03/98, modifiée par la directive 03/2009 : "
                                   "accise ad valorem sur les boissons alcoolisées comprise "
                                   "entre 15 % et 50 %.",
                                   "WAEMU Directive 03/98, as amended by Directive 03/2009: ad "
                                   "valorem excise on alcoholic drinks between 15 % and 50 %."},
                .who_pays = {"Les buveurs, surtout urbains et plus aisés : légèrement progressif "
                             "(à confirmer). Les boissons traditionnelles non enregistrées, "
                             "souvent 30 à 50 % en Afrique (à confirmer), y échappent.",
                             "Drinkers, mostly urban and better off: mildly progressive (to "
                             "confirm). Unrecorded traditional drinks, often 30 to 50 % in "
                             "Africa (to confirm), escape it."},
                .instrument = {"La loi de finances (ou une ordonnance) fixant les taux dans la "
                               "fourchette de la directive UEMOA et affectant la hausse à la "
                               "santé.",
                               "The finance law (or an ordinance) setting the rates within the "
                               "WAEMU directive's band and earmarking the increase for health."},
                .collection_agent = {"La douane (DGD) sur les importations ; la Direction "
                                     "générale des impôts (DGI) auprès des brasseries et "
                                     "producteurs locaux.",
                                     "Customs (DGD) on imports; the tax directorate (DGI) from "
                                     "breweries and local producers."},
                .sources = {"Wagenaar et al. 2009: alcohol price elasticities (meta-analysis)",
                            "Nelson 2013: bias-corrected alcohol price elasticities",
                            "WHO Global Status Report on Alcohol: Mali consumption, 2010",
                            "pressafrik, 2025: Mali alcohol contribution",
                            "Mathauer et al. 2019, Bull World Health Organ 97(9):620-630",
                            "loidici: WAEMU Directive 03/98 as amended by 03/2009"},
            },
        .rules =
            {
                {"waemu_alcohol_band", finmech::RuleKind::binding, "ad_valorem_excise_rate",
                 waemu_band_low, waemu_band_high,
                 {"Fourchette UEMOA de l'accise sur les boissons alcoolisées : 15 à 50 %",
                  "WAEMU band of the excise on alcoholic drinks: 15 to 50 %"},
                 "WAEMU Directive 03/98/CM/UEMOA as amended by Directive 03/2009/CM/UEMOA on "
                 "excise duties"},
                finmech::standard::revenue_maximising_rate(
                    "Constant-elasticity demand, per category: revenue peaks at "
                    "T* = (P0 - T0) / (|e| - 1)"),
            },
        .bases = {"alcoholic_drinks"},
        .gross_is_change = true,  // the excise added to today's, negative for a cut
    };
}

double per_litre_amount(const AlcoholExcise& p, double abv) {
    if (abv > 0.15) return p.per_litre_high;
    return abv >= 0.06 ? p.per_litre_mid : 0.0;
}

finmech::Projection project(const finmech::Context& ctx, const AlcoholExcise& p) {
    const double vat = ctx.number("vat_rate");
    const double current_rate = ctx.number("alcohol_ad_valorem_rate");
    const double new_rate = current_rate + p.ad_valorem_increase;
    if (new_rate < 0.0)
        throw finmech::InvalidInput("ad_valorem_increase would bring the rate below zero");

    double change = 0.0;  // excise revenue change in year 0 prices, before compliance
    double spending = 0.0, price_change_x_spending = 0.0;
    double pure_alcohol = 0.0, pure_alcohol_after = 0.0, unrecorded_after = 0.0;
    bool past_maximum = false;
    for (const Category& c : categories) {
        const double litres = ctx.number(c.volume_key);
        const double price = ctx.number(c.price_key);
        if (!(price > 0.0 && litres >= 0.0))
            throw finmech::InvalidInput(std::string(c.price_key) + " must be positive and " +
                                        c.volume_key + " not negative");
        const double pre_excise_value = price / (1.0 + vat) / (1.0 + current_rate);
        const double excise_before = current_rate * pre_excise_value;
        const double excise_after = new_rate * pre_excise_value + per_litre_amount(p, c.abv);
        const double k = p.pass_through * (1.0 + vat) / price;  // dP/P per FCFA of excise
        const double price_change = k * (excise_after - excise_before);
        if (price_change <= -1.0)
            throw std::domain_error(std::string("the excise cut would bring ") + c.price_key +
                                    " to zero or below");
        const double eps = p.*c.elasticity;
        const double legal_before = p.*c.legal_share;
        const double litres_after = litres * std::pow(1.0 + price_change, eps);
        const double legal_after =
            std::clamp(legal_before - p.illicit_response * price_change, 0.0, 1.0);
        change += excise_after * litres_after * legal_after - excise_before * litres * legal_before;

        spending += price * litres;
        price_change_x_spending += price_change * price * litres;
        pure_alcohol += c.abv * litres;
        pure_alcohol_after += c.abv * litres_after;
        unrecorded_after += c.abv * litres_after * (1.0 - legal_after);
        // Constant-elasticity peak of E (1 + k (E - E0))^eps, for taxed categories.
        if (legal_before > 0.0 && -eps > 1.0 && k > 0.0)
            past_maximum |= excise_after > (1.0 / k - excise_before) / (-eps - 1.0);
    }
    if (!(spending > 0.0 && pure_alcohol > 0.0))
        throw finmech::InvalidInput("the context holds no alcohol consumption");

    finmech::Projection out(ctx);
    double base_growth = 1.0;
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        base_growth *= 1.0 + p.growth;
        out.gross_revenue[t] = change * p.compliance * base_growth;
        // The excise is collected already: a reform that loses revenue costs nothing more to
        // collect, and never a negative amount.
        out.collection_cost[t] = p.collection_cost * std::max(0.0, out.gross_revenue[t]);
    }
    out.set("consumer_price_change", price_change_x_spending / spending);
    out.set("consumption_change", pure_alcohol_after / pure_alcohol - 1.0);
    out.set("unrecorded_share", unrecorded_after / pure_alcohol_after);
    out.set("laffer_exceeded", past_maximum ? 1.0 : 0.0);
    out.set("ad_valorem_excise_rate", new_rate);
    out.set("collection_cost_share", p.collection_cost);
    // Drinkers pay what producers pass on.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
