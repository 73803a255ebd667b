// finmech SDK: the parameters and indicators most mechanisms share, with their shared key, unit,
// labels and documentation. Ranges, defaults, uncertainty and sources differ by mechanism and are
// the plugin's to set:
//     finmech::standard::compliance(&Levy::compliance).range(0, 1).default_value(0.98)...
// A plugin whose meaning differs from the shared one chains its own .label() or .doc() after.
#pragma once

#include <algorithm>
#include <string>
#include <utility>

#include "descriptor.hpp"
#include "text.hpp"

namespace finmech::standard {

// "compliance": the share of the amount due that is actually paid, a fraction.
template <class Params>
Parameter<Params> compliance(double Params::*member) {
    return number("compliance", member)
        .label("Taux de recouvrement", "Compliance")
        .unit("fraction")
        .doc("Part du montant dû effectivement payée.",
             "Share of the amount due that is actually paid.");
}

// "collection_cost": administration cost per unit of revenue raised.
template <class Params>
Parameter<Params> collection_cost(double Params::*member) {
    return number("collection_cost", member)
        .label("Coût de recouvrement", "Collection cost")
        .unit("fraction of revenue")
        .doc("Coût administratif par franc collecté.", "Administration cost per franc collected.");
}

// "growth": nominal growth of the tax base per year; plugins name their base in the label.
template <class Params>
Parameter<Params> growth(double Params::*member) {
    return number("growth", member)
        .label("Croissance de l'assiette", "Tax base growth")
        .unit("fraction per year")
        .doc("Croissance nominale annuelle de l'assiette.",
             "Nominal annual growth of the tax base.");
}

// "pass_through": the share of the tax passed on to the price the payer faces, a fraction.
template <class Params>
Parameter<Params> pass_through(double Params::*member) {
    return number("pass_through", member)
        .label("Répercussion sur les prix", "Pass-through to prices")
        .unit("fraction")
        .doc("Part de la taxe répercutée sur le prix payé par le consommateur.",
             "Share of the tax passed on to the price the consumer pays.");
}

// "elasticity": the constant own-price elasticity of the taxed volume, dimensionless.
template <class Params>
Parameter<Params> elasticity(double Params::*member) {
    return number("elasticity", member)
        .label("Élasticité-prix de la demande", "Price elasticity of demand")
        .unit("dimensionless")
        .doc("Variation relative du volume pour une variation relative du prix.",
             "Relative change in volume per relative change in price.");
}

// "collection_cost_share": the collection cost as a share of gross revenue; lower is better.
inline Indicator collection_cost_share() {
    return {"collection_cost_share", "fraction", Direction::lower_is_better,
            {"Part du coût de recouvrement", "Collection cost share"}};
}

// "consumer_price_change": the relative change of the price the payer faces; lower is better.
// `label` names that price.
inline Indicator consumer_price_change(Text label = {"Hausse des prix à la consommation",
                                                     "Consumer price change"}) {
    return {"consumer_price_change", "fraction", Direction::lower_is_better, std::move(label)};
}

// "volume_change": the relative change of the taxed volume; neutral. `label` names the volume.
inline Indicator volume_change(Text label = {"Variation du volume consommé",
                                             "Change in volume consumed"}) {
    return {"volume_change", "fraction", Direction::neutral, std::move(label)};
}

// "laffer_exceeded": 1 when the tax lies past the revenue-maximising rate, else 0; lower is
// better.
inline Indicator laffer_exceeded(Text label = {"Au-delà du taux maximisant la recette",
                                               "Past the revenue-maximising rate"}) {
    return {"laffer_exceeded", "flag", Direction::lower_is_better, std::move(label)};
}

// Who pays. "household_share": the share of gross revenue borne by resident households, a
// fraction; the rest falls on firms, producers or foreigners. The host spreads it over quintiles
// like households' spending on the taxed base (the plugin's spending_shares() requirement) into
// payments by quintile, their concentration index and, with the scenario's
// `consumption_shares_by_quintile`, their Kakwani index (docs/criteria.md, "Incidence").
inline Indicator household_share(Text label = {"Part payée par les ménages",
                                               "Share paid by households"}) {
    return {"household_share", "fraction", Direction::neutral, std::move(label)};
}

// The household_share of a tax on a good that sellers pass on by `pass_through`: at most all of
// it, since over-shifting raises the seller's margin, not the tax households bear.
inline double passed_on_to_households(double pass_through) { return std::min(pass_through, 1.0); }

// Households' spending on the taxed base by quintile of welfare, poorest first, shares of the
// total; context key `key`. Optional: a scenario without it has no incidence for this mechanism.
inline Requirement spending_shares(std::string key, Text doc) {
    Requirement r{std::move(key), "share of households' spending, by quintile", Shape::quintiles,
                  std::move(doc), 0.0, 1.0};
    r.optional = true;
    return r;
}

// The share of households in each quintile, poorest first, who pay the levy at all, directly or
// through the price of what they buy; context key `key`. Optional. The host measures from it how
// unequally equals are treated (docs/criteria.md, "Horizontal equity").
inline Requirement payer_shares(std::string key, Text doc) {
    Requirement r{std::move(key), "share of households who pay, by quintile", Shape::quintiles,
                  std::move(doc), 0.0, 1.0};
    r.optional = true;
    r.role = QuintileRole::payer_shares;
    return r;
}

// The advisory rule on laffer_exceeded(): a rate past the revenue-maximising one raises less
// than a lower rate would.
inline Rule revenue_maximising_rate(std::string source) {
    return {"revenue_maximising_rate", RuleKind::advisory, "laffer_exceeded", 0.0, 0.0,
            {"Taux au plus égal au taux maximisant la recette",
             "Rate at most the revenue-maximising rate"},
            std::move(source)};
}

}  // namespace finmech::standard
