// Remittance levy: a levy on formal remittance inflows, earmarked for health (Gabon's levy on
// transfers outside CEMAC; Mathauer et al. 2019 Mali scenarios).
//
// The levy raises the cost of sending money formally by its rate; formal flows answer with a
// constant elasticity as senders divert to informal channels (hawala, cash carried home), so
// revenue, rate x (1+rate)^eps, peaks at rate* = -1/(1+eps) when eps < -1. Domain notes 2.2.
#include <cmath>

#include <finmech/plugin.hpp>

namespace {

struct RemittanceLevy {
    double rate;             // share of the amount transferred
    double elasticity;       // elasticity of formal inflows to their cost
    double compliance;       // share of the levy due that transfer operators pay
    double collection_cost;  // administration cost per unit of revenue raised
    double growth;           // nominal growth of formal inflows per year
};

finmech::Descriptor<RemittanceLevy> describe() {
    using finmech::Evidence;
    return {
        .id = "remittance_levy",
        .version = "1.0.0",
        .name = {"Prélèvement sur les transferts de fonds des migrants",
                 "Levy on remittance inflows"},
        .summary = {"Pourcentage des transferts reçus par les canaux formels, avec détournement "
                    "vers les canaux informels quand leur coût augmente.",
                    "A percentage of remittances received through formal channels, with "
                    "diversion to informal channels as their cost rises."},
        .formula = "F_t = F_0 (1+g)^t;  gross_t = rate x F_t x (1+rate)^eps x compliance;  "
                   "cost_t = c x gross_t;  diversion = 1 - (1+rate)^eps;  "
                   "revenue-maximising rate* = -1/(1+eps) for eps < -1",
        .parameters =
            {
                finmech::number("rate", &RemittanceLevy::rate)
                    .label("Taux du prélèvement", "Levy rate")
                    .unit("fraction of the amount transferred")
                    .range(0.0, 0.1)
                    .default_value(0.01)
                    .doc("Part de chaque transfert formel prélevée.",
                         "Share of each formal transfer collected by the levy.")
                    .source("Mathauer et al. 2019, Bull World Health Organ 97(9):620-630: Mali "
                            "scenarios 0.01 % and 1 %; Gabon 1.5 % on transfers outside CEMAC",
                            Evidence::sourced),
                finmech::standard::elasticity(&RemittanceLevy::elasticity)
                    .label("Élasticité des transferts formels", "Elasticity of formal inflows")
                    .range(-25.0, 0.0)
                    .default_value(-1.5)
                    .uncertainty(finmech::triangular(-2.0, -1.5, -1.0))
                    .doc("Variation relative des transferts formels pour une variation relative "
                         "de leur coût ; le reste passe par les canaux informels.",
                         "Relative change in formal inflows per relative change in their cost; "
                         "the rest goes through informal channels.")
                    .source("Weak evidence: -1 to -2, an assumption of the study team; no "
                            "published remittance cost elasticity could be verified. Freund & "
                            "Spatafora 2008, J Dev Econ, report a strong cost sensitivity (not "
                            "re-checked): the range reaches -25 to explore it",
                            Evidence::unverified),
                finmech::standard::compliance(&RemittanceLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.7)
                    .uncertainty(finmech::triangular(0.6, 0.7, 0.8))
                    .source("Assumption of the study team: compliance 0.6-0.8 for remittances",
                            Evidence::assumed),
                finmech::standard::collection_cost(&RemittanceLevy::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.02)
                    .uncertainty(finmech::triangular(0.01, 0.02, 0.04))
                    .source("Assumptions of the study team: 0.02; piggy-backing on existing "
                            "channels 1-2 %, new e-transaction levies 2-4 %",
                            Evidence::assumed),
                finmech::standard::growth(&RemittanceLevy::growth)
                    .label("Croissance des transferts formels", "Growth of formal inflows")
                    .range(-0.2, 0.3)
                    .default_value(0.05)
                    .uncertainty(finmech::triangular(0.0, 0.05, 0.1))
                    .doc("Croissance nominale annuelle des transferts formels.",
                         "Nominal annual growth of formal inflows.")
                    .source("Assumption of the study team: +5 % a year; World Bank: over "
                            "US$1 bn (2018) to about US$1.2 bn (2023), about +3.7 % a year in US$",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::collection_cost_share(),
                finmech::standard::consumer_price_change(
                    {"Hausse du coût d'un transfert formel", "Cost increase of a formal transfer"}),
                {"informal_diversion", "fraction", finmech::Direction::lower_is_better,
                 {"Part des transferts formels détournée vers l'informel",
                  "Share of formal inflows diverted to informal channels"}},
                finmech::standard::laffer_exceeded(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "remittance_receipt_shares",
                    {"Transferts reçus par les ménages, par quintile",
                     "Remittances received by households, by quintile"}),
                finmech::standard::payer_shares(
                    "remittance_receipt_payer_shares",
                    {"Ménages qui reçoivent des transferts, par quintile",
                     "Households that receive remittances, by quintile"}),
                {"remittance_inflows", "currency", finmech::Shape::number,
                 {"Transferts de fonds reçus par les canaux formels l'année de base",
                  "Remittances received through formal channels in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Un pourcentage des transferts reçus de l'étranger par les "
                                 "canaux formels (banques, sociétés de transfert, monnaie "
                                 "mobile). Le surcoût pousse une partie des envoyeurs vers les "
                                 "canaux informels (hawala, argent liquide rapporté), d'autant "
                                 "plus que le taux est élevé.",
                                 "A percentage of remittances received from abroad through "
                                 "formal channels (banks, transfer companies, mobile money). The "
                                 "extra cost pushes some senders to informal channels (hawala, "
                                 "cash carried home), the more so the higher the rate."},
                .precedent = {"Gabon : 1,5 % sur les transferts d'argent hors de la CEMAC (loi "
                              "du 17 décembre 2008), plus 3 % ajoutés en 2018, pour l'assurance "
                              "maladie (CNAMGS). Mali : scénarios de 0,01 % et 1 % (Mathauer et "
                              "al. 2019) ; les transferts reçus dépassaient 700 milliards de "
                              "FCFA (environ 1,2 milliard de dollars US) en 2023, soit environ 7 "
                              "milliards de FCFA à 1 % avant la réaction des envoyeurs.",
                              "Gabon: 1.5 % on money transfers outside CEMAC (law of 17 December "
                              "2008), plus 3 % added in 2018, for health insurance (CNAMGS). "
                              "Mali: scenarios of 0.01 % and 1 % (Mathauer et al. 2019); "
                              "remittances received exceeded 700 bn FCFA (about US$1.2 bn) in "
                              "2023, about 7 bn FCFA at 1 % before senders react."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "directive UEMOA ou CEDEAO sur la taxation des transferts "
                                   "(non vérifié) ; la réglementation des changes relève de la "
                                   "BCEAO et de l'UEMOA. La taxe va contre la cible 10.c des ODD "
                                   "(coût des transferts inférieur à 3 %, non revérifié).",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "directive on taxing remittances (unverified); exchange "
                                   "regulation is a BCEAO and WAEMU competence. The levy runs "
                                   "against SDG target 10.c (remittance cost below 3 %, not "
                                   "re-checked)."},
                .who_pays = {"Les ménages bénéficiaires, souvent ruraux et pauvres : régressif. "
                             "La diaspora y est opposée.",
                             "Receiving households, often rural and poor: regressive. The "
                             "diaspora opposes it."},
                .instrument = {"Un article de loi de finances créant le prélèvement et "
                               "l'affectant à la santé ; au Gabon, une loi (17 décembre 2008).",
                               "A finance law article creating the levy and earmarking it for "
                               "health; in Gabon, a law (17 December 2008)."},
                .collection_agent = {"Proposé : les banques, sociétés de transfert et émetteurs "
                                     "de monnaie électronique agréés retiennent le prélèvement "
                                     "au paiement et le reversent à l'État.",
                                     "Proposed: licensed banks, transfer companies and e-money "
                                     "issuers withhold the levy on payout and pay it over to the "
                                     "state."},
                .sources = {"ISSA, Gabon: compulsory health insurance levy, law of 17 December "
                            "2008 (iskm.issa.int/node/5664)",
                            "financialafrik: Gabon's additional 3 % on transfers, 2018",
                            "Mathauer et al. 2019, Bull World Health Organ 97(9):620-630",
                            "World Bank via abamako: Mali remittances, 2023",
                            "Freund & Spatafora 2008, J Dev Econ: remittance cost sensitivity (not "
                            "re-checked)"},
            },
        .rules = {finmech::standard::revenue_maximising_rate(
            "Constant-elasticity demand: revenue peaks at T* = (P0 - T0) / (|e| - 1)")},
        .bases = {"remittances_received"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const RemittanceLevy& p) {
    const double formal_response = std::pow(1.0 + p.rate, p.elasticity);
    double inflows = ctx.number("remittance_inflows");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        inflows *= 1.0 + p.growth;
        out.gross_revenue[t] = p.rate * inflows * formal_response * p.compliance;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("collection_cost_share", p.collection_cost);
    out.set("consumer_price_change", p.rate);
    out.set("informal_diversion", 1.0 - formal_response);
    // d/dt [t (1+t)^eps] has the sign of 1 + t (1 + eps): negative exactly past rate*.
    out.set("laffer_exceeded", 1.0 + p.rate * (1.0 + p.elasticity) < 0.0 ? 1.0 : 0.0);
    // The levy is taken from what recipient households receive.
    out.set("household_share", 1.0);
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
