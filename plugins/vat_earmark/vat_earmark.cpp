// VAT earmark: a health levy on the VAT base, collected with VAT (Ghana's National Health
// Insurance Levy, 2.5 % on goods and services).
//
// The levy is due on final consumption, of which the administration collects the share that
// C-efficiency measures; the base grows with nominal GDP times its buoyancy. Consumer prices of
// taxed goods rise by the passed-through rate, and demand for them answers with a constant
// elasticity. Domain notes 2.9.
#include <cmath>

#include <finmech/plugin.hpp>

namespace {

// WAEMU VAT harmonisation: a single standard rate between 15 % and 20 % (Directive 02/2009/CM/
// UEMOA; domain notes 2.9, not re-checked). A levy on the same base adds to the rate it must fit.
constexpr double waemu_vat_ceiling = 0.20;

struct VatEarmark {
    double rate;             // levy, as a fraction of the VAT base
    double pass_through;     // share of the levy passed on to consumer prices
    double elasticity;       // own-price elasticity of taxed consumption
    double c_efficiency;     // VAT revenue over (standard rate x final consumption)
    double buoyancy;         // growth of the base per unit of nominal GDP growth
    double collection_cost;  // administration cost per unit of revenue raised
};

finmech::Descriptor<VatEarmark> describe() {
    using finmech::Evidence;
    return {
        .id = "vat_earmark",
        .version = "1.0.0",
        .name = {"Prélèvement santé sur l'assiette de la TVA",
                 "Health levy on the VAT base"},
        .summary = {"Prélèvement de quelques points sur l'assiette de la TVA, perçu avec elle et "
                    "affecté à la santé (modèle du NHIL ghanéen) ; signale le dépassement du "
                    "plafond de 20 % de l'UEMOA.",
                    "A levy of a few points on the VAT base, collected with VAT and earmarked "
                    "for health (Ghana's NHIL model); flags when VAT plus levy exceed the WAEMU "
                    "20 % ceiling."},
        .formula = "B_t = FC_0 (1 + b x g_nom)^t;  dP = phi x rate;  "
                   "gross_t = rate x C_eff x B_t x (1+dP)^eps;  cost_t = c x gross_t;  "
                   "flag: vat_rate + rate > 0.20",
        .parameters =
            {
                finmech::number("rate", &VatEarmark::rate)
                    .label("Taux du prélèvement", "Levy rate")
                    .unit("fraction of the VAT base")
                    .range(0.0, 0.05)
                    .default_value(0.025)
                    .doc("Points ajoutés sur l'assiette de la TVA pour la santé.",
                         "Points levied on the VAT base for health.")
                    .source("Ghana National Health Insurance Levy: 2.5 % on goods and services; "
                            "the NHIA CEO proposed 3.5 % (afhea.org)",
                            Evidence::sourced),
                finmech::standard::pass_through(&VatEarmark::pass_through)
                    .range(0.0, 1.0)
                    .default_value(1.0)
                    .source("Assumption of the study team: full pass-through of a levy on the VAT "
                            "base",
                            Evidence::assumed),
                finmech::standard::elasticity(&VatEarmark::elasticity)
                    .label("Élasticité-prix de la consommation taxée",
                           "Price elasticity of taxed consumption")
                    .range(-1.0, 0.0)
                    .default_value(0.0)
                    .uncertainty(finmech::triangular(-0.2, 0.0, 0.0))
                    .doc("Variation relative de la consommation taxée pour une variation relative "
                         "de son prix (report vers l'informel).",
                         "Relative change in taxed consumption per relative change in its price "
                         "(shift to informal purchases).")
                    .source("Assumption of the study team: about 0 for a broad consumption base; "
                            "down to -0.2 assumed for the shift to informal purchases",
                            Evidence::assumed),
                finmech::number("c_efficiency", &VatEarmark::c_efficiency)
                    .label("C-efficacité de la TVA", "VAT C-efficiency")
                    .unit("fraction")
                    .range(0.05, 1.0)
                    .default_value(0.4)
                    .uncertainty(finmech::triangular(0.3, 0.4, 0.5))
                    .doc("Recettes de TVA rapportées au taux normal fois la consommation finale : "
                         "la part de l'assiette théorique effectivement taxée.",
                         "VAT revenue over the standard rate times final consumption: the share "
                         "of the notional base actually taxed.")
                    .source("C-efficiency typically 0.3-0.5 in sub-Saharan Africa (standard "
                            "literature value, not re-checked); Mali's own ratio not computed",
                            Evidence::assumed),
                finmech::number("buoyancy", &VatEarmark::buoyancy)
                    .label("Élasticité de l'assiette au PIB", "Buoyancy of the base")
                    .unit("dimensionless")
                    .range(0.0, 2.0)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.8, 1.0, 1.2))
                    .doc("Croissance de l'assiette par point de croissance du PIB nominal.",
                         "Growth of the base per point of nominal GDP growth.")
                    .source("Dudine & Jalles 2017, IMF WP/17/4: long-run tax buoyancy about 1; "
                            "range 0.8-1.2 assumed",
                            Evidence::sourced),
                finmech::standard::collection_cost(&VatEarmark::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.015)
                    .uncertainty(finmech::uniform(0.01, 0.02))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %; piggy-backing on VAT costs 1-2 % (study team's assumption)",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::collection_cost_share(),
                finmech::standard::consumer_price_change(
                    {"Hausse des prix des biens taxés", "Price change of taxed goods"}),
                {"vat_plus_levy_rate", "fraction", finmech::Direction::lower_is_better,
                 {"Taux de TVA et prélèvement santé ensemble", "VAT rate plus health levy"}},
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "vat_base_spending_shares",
                    {"Dépenses des ménages soumises à la TVA, par quintile",
                     "Households' spending subject to VAT, by quintile"}),
                finmech::standard::payer_shares(
                    "vat_base_payer_shares",
                    {"Ménages qui achètent des biens et services soumis à la TVA, par quintile",
                     "Households that buy goods and services subject to VAT, by quintile"}),
                {"final_consumption", "currency", finmech::Shape::number,
                 {"Consommation finale l'année de base", "Final consumption in the base year"},
                 0.0},
                {"gdp_nominal_growth", "fraction per year", finmech::Shape::number,
                 {"Croissance nominale du PIB", "Nominal GDP growth"},
                 -1.0},
                {"vat_rate", "fraction", finmech::Shape::number,
                 {"Taux normal de la TVA", "Standard VAT rate"},
                 0.0, 1.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Quelques points prélevés sur l'assiette de la TVA, perçus avec "
                                 "elle et affectés à la santé. Les prix à la consommation "
                                 "augmentent d'autant ; le rendement dépend de l'efficacité de "
                                 "la TVA (0,3 à 0,5 en Afrique subsaharienne, à confirmer).",
                                 "A few points levied on the VAT base, collected with VAT and "
                                 "earmarked for health. Consumer prices rise accordingly; the "
                                 "yield depends on VAT C-efficiency (0.3 to 0.5 in sub-Saharan "
                                 "Africa, to confirm)."},
                .precedent = {"Ghana : prélèvement national d'assurance maladie (NHIL) de 2,5 % "
                              "sur les biens et services, lié à la TVA, plus 2,5 points des "
                              "cotisations SSNIT ; les fonds affectés ont fourni en moyenne 91 % "
                              "du financement du NHIS (NHIL et SSNIT ensemble ; part du seul "
                              "NHIL non vérifiée). Le plafonnement des fonds affectés (Act "
                              "947) en a détourné une partie ; le directeur de la NHIA a proposé "
                              "de passer de 2,5 % à 3,5 %.",
                              "Ghana: the National Health Insurance Levy (NHIL), 2.5 % on goods "
                              "and services, VAT-linked, plus 2.5 points of SSNIT contributions; "
                              "earmarked funds provided on average 91 % of NHIS funding (NHIL "
                              "and SSNIT together: the NHIL's own share is unverified). The "
                              "capping of earmarked funds (Act 947) diverted part of it; the "
                              "NHIA's CEO proposed raising it from 2.5 % to 3.5 %."},
                .regional_rules = {"L'harmonisation de la TVA dans l'UEMOA impose un taux unique "
                                   "entre 15 % et 20 % (à confirmer) : au taux malien de 18 %, "
                                   "TVA et prélèvement ensemble ne peuvent dépasser 20 %.",
                                   "WAEMU VAT harmonisation sets a single rate between 15 % and "
                                   "20 % (to confirm): at Mali's 18 % rate, VAT and levy "
                                   "together cannot exceed 20 %."},
                .who_pays = {"Les consommateurs, sur tous les biens et services taxés : "
                             "légèrement régressif à proportionnel (au Mali, les impôts "
                             "indirects augmentent la pauvreté selon l'étude CEQ).",
                             "Consumers, on every taxed good and service: mildly regressive to "
                             "proportional (in Mali, indirect taxes increase poverty per the CEQ "
                             "study)."},
                .instrument = {"Un article de loi de finances créant le prélèvement sur "
                               "l'assiette de la TVA et l'affectant à la santé, dans le cadre de "
                               "l'harmonisation UEMOA de la TVA.",
                               "A finance law article creating the levy on the VAT base and "
                               "earmarking it for health, within WAEMU VAT harmonisation."},
                .collection_agent = {"La Direction générale des impôts (DGI) avec la TVA, et la "
                                     "douane (DGD) sur les importations : aucun circuit nouveau "
                                     "(coût de recouvrement de 1 à 2 %, hypothèse).",
                                     "The tax directorate (DGI) with VAT, and customs (DGD) on "
                                     "imports: no new channel (collection cost 1 to 2 %, "
                                     "assumption)."},
                .sources = {"afhea.org: Ghana NHIL and the NHI Fund",
                            "JLN blog: Ghana earmarked funds in NHIS funding",
                            "Cashin, Sparkes & Bloom 2017, WHO Health Financing Working Paper 5: "
                            "Act 947 capping",
                            "Tesche & van Walbeek 2021, Tob Control 30:668: Mali VAT rate",
                            "Hounsa & Sanoh, World Bank PRWP 8887: Mali fiscal incidence (CEQ), "
                            "2014 data"},
            },
        .rules =
            {
                {"waemu_vat_ceiling", finmech::RuleKind::binding, "vat_plus_levy_rate",
                 -std::numeric_limits<double>::infinity(), waemu_vat_ceiling,
                 {"Plafond UEMOA du taux de TVA : 20 %", "WAEMU ceiling on the VAT rate: 20 %"},
                 "WAEMU Directive 02/2009/CM/UEMOA amending Directive 02/98/CM/UEMOA on VAT "
                 "harmonisation: one standard rate between 15 % and 20 %"},
            },
        // VAT falls on the excised goods and on telecom services too: a levy on its base and an
        // excise or levy on one of them tax the same purchases.
        .bases = {"vat_base", "tobacco_products", "alcoholic_drinks", "sugary_drinks", "fuel",
                   "telecom_services"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const VatEarmark& p) {
    const double price_change = p.pass_through * p.rate;
    // The levy is due on the pre-levy value, which moves with volume alone.
    const double volume_response = std::pow(1.0 + price_change, p.elasticity);
    const double base_growth = p.buoyancy * ctx.number("gdp_nominal_growth");
    double base = ctx.number("final_consumption");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        base *= 1.0 + base_growth;
        out.gross_revenue[t] = p.rate * p.c_efficiency * base * volume_response;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("collection_cost_share", p.collection_cost);
    out.set("consumer_price_change", price_change);
    out.set("vat_plus_levy_rate", ctx.number("vat_rate") + p.rate);
    // Final consumers pay what sellers pass on.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
