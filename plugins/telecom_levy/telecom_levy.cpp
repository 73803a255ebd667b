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
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "telecom_spending_shares",
                    {"Dépenses des ménages en services de télécommunications, par quintile",
                     "Households' spending on telecom services, by quintile"}),
                finmech::standard::payer_shares(
                    "telecom_payer_shares",
                    {"Ménages qui ont au moins un téléphone mobile, par quintile",
                     "Households with at least one mobile phone, by quintile"}),
                {"telecom_turnover", "currency", finmech::Shape::number,
                 {"Chiffre d'affaires du secteur des télécommunications l'année de base",
                  "Telecom sector turnover in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Un pourcentage du chiffre d'affaires des opérateurs de "
                                 "téléphonie mobile est prélevé et affecté à la santé. Les "
                                 "opérateurs en répercutent une partie sur leurs tarifs (environ "
                                 "la moitié au Gabon) ; l'usage baisse peu.",
                                 "A percentage of mobile operators' turnover is levied and "
                                 "earmarked for health. Operators pass part of it on to their "
                                 "tariffs (about half in Gabon); usage falls little."},
                .precedent = {"Gabon : redevance de 10 % sur le chiffre d'affaires des "
                              "opérateurs de téléphonie mobile et de 1,5 % sur les transferts "
                              "d'argent hors CEMAC (loi du 17 décembre 2008), pour le fonds des "
                              "économiquement faibles de la CNAMGS ; selon l'OMS Afrique, 99 % "
                              "des pauvres couverts et l'affiliation passée de 20 % à 45 % "
                              "(2007-2012) ; un rendement d'environ 30 millions de dollars US en "
                              "2009 est cité mais non vérifié. Niger : TURTEL, 3 % des recettes. "
                              "Mali : TARTOP créée en décembre 2012, portée de 5 % à 7 % en 2025 "
                              "selon apanews, de 8 % à 10 % selon Bloomberg (sources "
                              "contradictoires, non vérifié).",
                              "Gabon: a 10 % levy on mobile operators' turnover and 1.5 % on "
                              "money transfers outside CEMAC (law of 17 December 2008), for "
                              "CNAMGS's fund for the economically weak; per WHO AFRO, 99 % of "
                              "the poor covered and enrolment up from 20 % to 45 % (2007-2012); "
                              "a yield of about US$30 m in 2009 is quoted but unverified. Niger: "
                              "TURTEL, 3 % of revenues. Mali: TARTOP, created in December 2012, "
                              "raised from 5 % to 7 % in 2025 per apanews, from 8 % to 10 % per "
                              "Bloomberg (conflicting sources, unverified)."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "directive UEMOA ou CEDEAO propre aux taxes sur les "
                                   "télécommunications (non vérifié). L'assiette porte déjà la "
                                   "TARTOP et, depuis 2025, un prélèvement de 10 % sur les "
                                   "recharges : la marge pour une taxe santé est faible.",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "directive specific to telecom levies (unverified). The base "
                                   "already carries TARTOP and, since 2025, a 10 % levy on "
                                   "top-ups: the room left for a health levy is small."},
                .who_pays = {"Les opérateurs, qui en répercutent une partie sur les abonnés. "
                             "Avec une pénétration de 119 % (2022), les ménages pauvres paient "
                             "aussi : incidence neutre à légèrement progressive.",
                             "Operators, who pass part of it on to subscribers. At 119 % "
                             "penetration (2022) poor households pay too: incidence neutral to "
                             "mildly progressive."},
                .instrument = {"Un article de loi de finances (ou une ordonnance) créant la taxe "
                               "et l'affectant à la santé. Au Gabon, une loi (17 décembre 2008) "
                               "; au Mali, les prélèvements de 2025 sur les recharges et les "
                               "retraits ont été créés par ordonnances (février 2025).",
                               "A finance law article (or an ordinance) creating the levy and "
                               "earmarking it for health. In Gabon, a law (17 December 2008); in "
                               "Mali, the 2025 levies on top-ups and withdrawals were created by "
                               "ordinances (February 2025)."},
                .collection_agent = {"Proposé : la Direction générale des impôts (DGI), auprès "
                                     "de quelques grands contribuables (Orange Mali, Moov Africa "
                                     "Malitel) qui déclarent et paient ; coût de recouvrement de "
                                     "0,5 à 2 % (hypothèse).",
                                     "Proposed: the tax directorate (DGI), from a few large "
                                     "taxpayers (Orange Mali, Moov Africa Malitel) who declare "
                                     "and pay; collection cost 0.5 to 2 % (assumption)."},
                .sources = {"ISSA, Gabon: compulsory health insurance levy, law of 17 December "
                            "2008 (iskm.issa.int/node/5664)",
                            "WHO AFRO: Gabon CNAMGS coverage 2007-2012",
                            "GSMA blog and commsupdate: Niger TURTEL and TATTIE, 2017-2018",
                            "apanews and Bloomberg, 2025: TARTOP rate (conflicting)",
                            "allafrica, maliweb, 2025: Mali ordinances of February 2025",
                            "Mathauer et al. 2019, Bull World Health Organ 97(9):620-630",
                            "AMRTP via Ecofin: sector turnover and penetration, 2022"},
            },
        // The operators' turnover includes their mobile-money fees: a mobile-money levy taxes part
        // of the same base.
        .bases = {"telecom_services", "mobile_money_services"},
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
    // Households pay what operators pass on.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
