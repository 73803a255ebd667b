// Mobile-money levy: a levy on the value of mobile-money transactions above an exemption
// threshold (Mali 2025: 1 % on withdrawals; Ghana's E-levy, 2022).
//
// Users avoid the levy by going back to cash: the share of taxable value lost grows with the rate,
// s = min(1, sigma x rate), so revenue, rate x (1 - sigma x rate), peaks at rate* = 1/(2 sigma).
// The first year raises only part of the steady-state yield (systems, agents, announcement shock),
// as Ghana's first year showed. Domain notes 2.2.
#include <algorithm>
#include <cmath>

#include <finmech/plugin.hpp>

namespace {

struct MobileMoneyLevy {
    double rate;                    // share of the taxable transaction value
    double exempt_share;            // share of transaction value below the exemption threshold
    double substitution;            // sigma: share of taxable value moved to cash per unit of rate
    double compliance;              // share of the levy due that is paid
    double first_year_realisation;  // year-1 collections over the steady-state yield
    double collection_cost;         // administration cost per unit of revenue raised
    double growth;                  // nominal growth of mobile-money value per year
};

finmech::Descriptor<MobileMoneyLevy> describe() {
    using finmech::Evidence;
    return {
        .id = "mobile_money_levy",
        .version = "1.0.0",
        .name = {"Prélèvement sur les transactions de monnaie mobile",
                 "Levy on mobile-money transactions"},
        .summary = {"Pourcentage de la valeur des retraits de monnaie mobile au-delà d'un seuil "
                    "d'exonération, avec retour vers l'espèce et montée en charge la première "
                    "année (expérience de l'E-levy ghanéenne).",
                    "A percentage of the value of mobile-money withdrawals above an exemption "
                    "threshold, with substitution to cash and a first-year ramp-up (Ghana's "
                    "E-levy experience)."},
        .formula = "V_t = V_0 (1+g)^t;  s = min(1, sigma x rate);  "
                   "steady_t = rate x V_t x (1 - x) x (1 - s) x compliance;  "
                   "gross_1 = rho x steady_1, gross_t = steady_t (t >= 2);  "
                   "cost_t = c x gross_t;  revenue-maximising rate* = 1 / (2 sigma)",
        .parameters =
            {
                finmech::number("rate", &MobileMoneyLevy::rate)
                    .label("Taux du prélèvement", "Levy rate")
                    .unit("fraction of transaction value")
                    .range(0.0, 0.05)
                    .default_value(0.01)
                    .doc("Part de la valeur de chaque transaction taxable prélevée.",
                         "Share of each taxable transaction's value collected by the levy.")
                    .source("Mali 2025 levies: 1 % on mobile-money withdrawals (allafrica, "
                            "maliweb); Ghana E-levy 1.5 % in 2022, 1 % from 2023",
                            Evidence::sourced),
                finmech::number("exempt_share", &MobileMoneyLevy::exempt_share)
                    .label("Part exonérée (sous le seuil)", "Exempt share (below the threshold)")
                    .unit("fraction of transaction value")
                    .range(0.0, 0.95)
                    .default_value(0.0)
                    .doc("Part de la valeur des transactions sous le seuil d'exonération.",
                         "Share of transaction value below the exemption threshold.")
                    .source("Mali 2025: no exemption threshold reported in the press; Ghana "
                            "exempted the first GHS 100 a day. Not verified in the decree",
                            Evidence::unverified),
                finmech::number("substitution", &MobileMoneyLevy::substitution)
                    .label("Substitution vers l'espèce", "Substitution to cash")
                    .unit("fraction of taxable value per unit of rate")
                    .range(0.0, 100.0)
                    .default_value(20.0)
                    .uncertainty(finmech::triangular(10.0, 20.0, 40.0))
                    .doc("Part de la valeur taxable qui repasse à l'espèce, par unité de taux : "
                         "20 signifie qu'un taux de 1 % en fait perdre 20 %.",
                         "Share of taxable value moved back to cash per unit of rate: 20 means a "
                         "1 % levy loses 20 % of it.")
                    .source("Weak evidence: substitution is taken as 'high', with no published "
                            "estimate (Ghana MoMo volumes fell after the E-levy, GRA/BoG "
                            "via the press). 20 puts the revenue-maximising rate at 2.5 %",
                            Evidence::unverified),
                finmech::standard::compliance(&MobileMoneyLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.7)
                    .uncertainty(finmech::triangular(0.6, 0.7, 0.8))
                    .source("Assumption of the study team: compliance 0.7 for mobile-money "
                            "withdrawals; range +/- 0.1 assumed",
                            Evidence::assumed),
                finmech::number("first_year_realisation", &MobileMoneyLevy::first_year_realisation)
                    .label("Taux de réalisation la première année", "First-year realisation")
                    .unit("fraction of the steady-state yield")
                    .range(0.0, 1.0)
                    .default_value(0.3)
                    .uncertainty(finmech::triangular(0.2, 0.3, 0.6))
                    .doc("Recettes de la première année rapportées au rendement de croisière.",
                         "First-year collections over the steady-state yield.")
                    .source("Ghana E-levy 2022: GHS 614.6 m collected against a GHS 6.9-7 bn "
                            "static target, about 14 % once pro-rated to a full year (0.1-0.3 "
                            "derived by the study team from these Ghana figures). The target "
                            "ignored behaviour: divided by this model's steady-state share at "
                            "Ghana's 1.5 %, (1 - 20 x 0.015) x 0.7 = 0.49, it gives 0.14 / 0.49 = "
                            "0.29 (range 0.1-0.3 -> 0.2-0.6)",
                            Evidence::derived),
                finmech::standard::collection_cost(&MobileMoneyLevy::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.03)
                    .uncertainty(finmech::uniform(0.02, 0.04))
                    .source("Assumption of the study team: new e-transaction levies cost 2-4 % to "
                            "collect, plus system set-up (to calibrate)",
                            Evidence::assumed),
                finmech::standard::growth(&MobileMoneyLevy::growth)
                    .label("Croissance des transactions", "Transaction value growth")
                    .range(-0.1, 0.5)
                    .default_value(0.1)
                    .uncertainty(finmech::triangular(0.05, 0.1, 0.2))
                    .doc("Croissance nominale annuelle de la valeur des transactions.",
                         "Nominal annual growth of the value of transactions.")
                    .source("Assumption of the study team: +10 % a year; WAEMU mobile-money value "
                            "grew much faster, 7,415 bn FCFA (2015) -> 11,500 bn (2016), BCEAO",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::collection_cost_share(),
                finmech::standard::consumer_price_change(
                    {"Hausse du coût d'une transaction taxable",
                     "Cost increase of a taxable transaction"}),
                {"cash_substitution", "fraction", finmech::Direction::lower_is_better,
                 {"Part de la valeur taxable repassée à l'espèce",
                  "Share of taxable value moved to cash"}},
                finmech::standard::laffer_exceeded(),
                {"digital_inclusion_risk", "flag", finmech::Direction::lower_is_better,
                 {"Petites transactions taxées (aucun seuil)",
                  "Small transactions taxed (no threshold)"}},
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "mobile_money_spending_shares",
                    {"Retraits de monnaie mobile des ménages, par quintile",
                     "Households' mobile-money withdrawals, by quintile"}),
                finmech::standard::payer_shares(
                    "mobile_money_payer_shares",
                    {"Ménages qui retirent de la monnaie mobile, par quintile",
                     "Households that withdraw mobile money, by quintile"}),
                {"mobile_money_withdrawals", "currency", finmech::Shape::number,
                 {"Valeur des retraits de monnaie mobile l'année de base",
                  "Value of mobile-money withdrawals in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Un pourcentage de la valeur des retraits de monnaie mobile "
                                 "au-delà d'un seuil d'exonération. Une partie des usagers "
                                 "revient à l'espèce, d'autant plus que le taux est élevé, et la "
                                 "première année ne rapporte qu'une fraction du rendement "
                                 "attendu.",
                                 "A percentage of the value of mobile-money withdrawals above an "
                                 "exemption threshold. Some users go back to cash, the more so "
                                 "the higher the rate, and the first year raises only a fraction "
                                 "of the expected yield."},
                .precedent = {"Mali : 1 % sur les retraits de monnaie mobile depuis le 5 mars "
                              "2025 (de 100 à 200 FCFA par tranche de 10 000 FCFA retirés), avec "
                              "10 % sur les recharges, au profit d'un fonds géré par la "
                              "Présidence (décret 2025-0077), critiqué pour son opacité. Ghana : "
                              "E-levy de 1,5 % en mai 2022 ; 614,6 millions de cedis perçus en "
                              "2022 pour un objectif de 6,9 à 7 milliards (environ 9 %), taux "
                              "ramené à 1 % en 2023 ; au premier semestre 2024, 810,5 millions "
                              "pour 898,4 millions attendus (90 %). Les volumes ont baissé après "
                              "l'annonce.",
                              "Mali: 1 % on mobile-money withdrawals since 5 March 2025 (from "
                              "100 to 200 FCFA per 10,000 FCFA withdrawn), with 10 % on top-ups, "
                              "for a fund managed by the Presidency (decree 2025-0077), "
                              "criticised as opaque. Ghana: a 1.5 % E-levy from May 2022; GHS "
                              "614.6 m collected in 2022 against a GHS 6.9-7 bn target (about 9 "
                              "%); rate cut to 1 % in 2023; in H1 2024, GHS 810.5 m against "
                              "898.4 m expected (90 %). Volumes fell after the announcement."},
                .regional_rules = {"La monnaie électronique est réglementée par la BCEAO pour "
                                   "toute l'UEMOA ; la revue documentaire de l'équipe d'étude n'a "
                                   "relevé aucune directive UEMOA ou CEDEAO sur la taxation des "
                                   "transactions (non vérifié).",
                                   "E-money is regulated by the BCEAO across WAEMU; the "
                                   "study team's literature review found no WAEMU or ECOWAS "
                                   "directive on taxing transactions (unverified)."},
                .who_pays = {"Les usagers qui retirent de l'argent, souvent des ménages modestes "
                             "sans compte bancaire : régressif sans seuil d'exonération ; "
                             "exonérer les petits montants atténue cet effet.",
                             "Users who withdraw cash, often low-income households without a "
                             "bank account: regressive without an exemption threshold; exempting "
                             "small amounts softens this."},
                .instrument = {"Une ordonnance ou un article de loi de finances, avec une "
                               "affectation inscrite au budget. Au Mali, ordonnances de février "
                               "2025 (en vigueur le 5 mars 2025) et décret 2025-0077 pour le "
                               "fonds bénéficiaire.",
                               "An ordinance or a finance law article, with an on-budget "
                               "earmark. In Mali, ordinances of February 2025 (in force on 5 "
                               "March 2025) and decree 2025-0077 for the receiving fund."},
                .collection_agent = {"Proposé : les émetteurs de monnaie électronique (Orange "
                                     "Money : 13,12 millions d'usagers, 78 % du marché) "
                                     "retiennent le prélèvement à chaque retrait et le reversent "
                                     "à l'État.",
                                     "Proposed: e-money issuers (Orange Money: 13.12 m users, 78 "
                                     "% of the market) withhold the levy on each withdrawal and "
                                     "pay it over to the state."},
                .sources = {"allafrica, maliweb, 2025: Mali ordinances of February 2025 and decree "
                            "2025-0077",
                            "GRA and Bank of Ghana via afripulsetv, thehighstreetjournal, "
                            "ghanaweb: E-levy 2022-2024",
                            "osiris.sn: Orange Mali and Orange Money, 2023",
                            "Cashin, Sparkes & Bloom 2017, WHO Health Financing Working Paper 5: "
                            "earmarking"},
            },
        .rules = {finmech::standard::revenue_maximising_rate(
            "Constant-elasticity demand: revenue peaks at T* = (P0 - T0) / (|e| - 1)")},
        .bases = {"mobile_money_services"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const MobileMoneyLevy& p) {
    const double cash_substitution = std::min(1.0, p.substitution * p.rate);
    const double taxed_share = (1.0 - p.exempt_share) * (1.0 - cash_substitution) * p.compliance;
    double value = ctx.number("mobile_money_withdrawals");

    finmech::Projection out(ctx);
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        value *= 1.0 + p.growth;
        const double ramp_up = t == 0 ? p.first_year_realisation : 1.0;
        out.gross_revenue[t] = p.rate * value * taxed_share * ramp_up;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("collection_cost_share", p.collection_cost);
    out.set("consumer_price_change", p.rate);
    out.set("cash_substitution", cash_substitution);
    // rate x (1 - sigma x rate) peaks at 1/(2 sigma); written without the division for sigma = 0.
    out.set("laffer_exceeded", 2.0 * p.substitution * p.rate > 1.0 ? 1.0 : 0.0);
    out.set("digital_inclusion_risk", p.rate > 0.0 && p.exempt_share == 0.0 ? 1.0 : 0.0);
    // Users pay the levy with their withdrawal fee.
    out.set("household_share", 1.0);
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
