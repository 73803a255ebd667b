// Tobacco excise: a reform of the cigarette excise (ad valorem and specific parts), with the
// increase earmarked for health.
//
// The status quo is Mali's price build-up (Tesche & van Walbeek 2021): CIF value, import duty,
// an ad valorem excise on the duty-inclusive value, distribution margins, VAT on top; no specific
// excise. The reform's change in excise per pack moves the retail price by the passed-through
// share, VAT included; consumption answers with a constant price elasticity, split between
// prevalence and intensity (van Walbeek 2010); the legal share of consumption falls with the
// price (illicit response). Revenue is the excise the reform levies on legal sales. The legal
// volume is calibrated so that the status quo reproduces the tobacco tax revenue of the context.
#include <algorithm>
#include <cmath>
#include <finmech/plugin.hpp>
#include <stdexcept>

namespace {

constexpr double sticks_per_pack = 20.0;
constexpr double waemu_minimum_ad_valorem = 0.5;      // Directive 01/2017/CM/UEMOA
constexpr double ecowas_minimum_specific_usd = 0.02;  // per stick, C/DIR.1/12/17

struct TobaccoExcise {
    double ad_valorem_rate;     // share of the duty-inclusive CIF value
    double specific_excise;     // FCFA per stick
    double pass_through;        // share of the excise change passed on to retail prices
    double elasticity;          // total price elasticity of cigarette consumption
    double prevalence_share;    // share of the elasticity acting through smoking prevalence
    double illicit_response;    // fall in the legal share per unit relative price rise
    double compliance;          // share of the excise due on legal sales that is paid
    double collection_cost;     // administration cost per unit of revenue raised
    double growth;              // nominal growth of the tax base per year
    double smoker_death_share;  // share of long-term smokers killed by tobacco
};

finmech::Descriptor<TobaccoExcise> describe() {
    using finmech::Evidence;
    return {
        .id = "tobacco_excise",
        .version = "1.0.0",
        .name = {"Droit d'accise sur le tabac", "Tobacco excise"},
        .summary = {"Réforme de l'accise sur les cigarettes (part ad valorem et part spécifique) "
                    "au regard des minima UEMOA et CEDEAO, avec le dividende sanitaire.",
                    "A reform of the cigarette excise (ad valorem and specific parts) checked "
                    "against the WAEMU and ECOWAS minima, with its health dividend."},
        .formula =
            "B = cif x P0 x (1+duty);  E0 = a0 x B;  E1 = a1 x B + 20 x s1;  "
            "dP/P = phi x (E1-E0) x (1+vat) / P0;  V = (1+dP/P)^eps;  "
            "lambda1 = clamp(1-illicit0 - kappa x dP/P, 0, 1);  "
            "L0 = R0 / (duty x cif x P0 + E0 + P0 x vat/(1+vat));  "
            "L1 = L0/(1-illicit0) x V x lambda1;  "
            "gross_t = (E1 x L1 - E0 x L0) x compliance x (1+g)^t, the excise added to today's;  "
            "quitters = -adults x prev0 x sigma x eps x dP/P;  deaths = quitters x m;  "
            "Laffer: |eps|>1 and E1 > (P0/(phi(1+vat)) - E0)/(|eps|-1)",
        .parameters =
            {
                finmech::number("ad_valorem_rate", &TobaccoExcise::ad_valorem_rate)
                    .label("Taux ad valorem de l'accise", "Ad valorem excise rate")
                    .unit("fraction of duty-inclusive CIF value")
                    .range(0.0, 1.5)
                    .default_value(0.5)
                    .doc("Taux appliqué à la valeur CAF droits de douane compris.",
                         "Rate applied to the CIF value including import duty.")
                    .source("WAEMU Directive 01/2017/CM/UEMOA: minimum ad valorem excise 50 % "
                            "(Tesche & van Walbeek 2021, Tob Control 30:668)",
                            Evidence::sourced),
                finmech::number("specific_excise", &TobaccoExcise::specific_excise)
                    .label("Accise spécifique", "Specific excise")
                    .unit("FCFA per stick")
                    .range(0.0, 100.0)
                    .default_value(12.2)
                    .doc("Montant fixe par cigarette, s'ajoutant à la part ad valorem.",
                         "Fixed amount per cigarette, on top of the ad valorem part.")
                    .source("ECOWAS C/DIR.1/12/17 minimum US$0.02 per stick x 610 FCFA/US$ "
                            "(2023) = 12.2 FCFA per stick",
                            Evidence::derived),
                finmech::standard::pass_through(&TobaccoExcise::pass_through)
                    .range(0.0, 1.5)
                    .default_value(1.0)
                    .uncertainty(finmech::triangular(0.8, 1.0, 1.2))
                    .doc("Part de la variation d'accise répercutée sur le prix de détail; "
                         "au-delà de 1, sur-répercussion.",
                         "Share of the excise change passed on to the retail price; above 1, "
                         "over-shifting.")
                    .source("Standard value 1.0; over-shifting is common for specific taxes "
                            "(standard literature view, not re-checked); range an assumption",
                            Evidence::assumed),
                finmech::standard::elasticity(&TobaccoExcise::elasticity)
                    .range(-2.0, 0.0)
                    .default_value(-0.5)
                    .uncertainty(finmech::triangular(-1.0, -0.5, -0.2))
                    .source("WHO: +10 % price gives about -5 % consumption in LMICs; LMIC range "
                            "-0.2 to -1.0 (range from the literature, not re-checked)",
                            Evidence::sourced),
                finmech::number("prevalence_share", &TobaccoExcise::prevalence_share)
                    .label("Part de l'élasticité due à la prévalence",
                           "Share of the elasticity via prevalence")
                    .unit("fraction")
                    .range(0.0, 1.0)
                    .default_value(0.45)
                    .uncertainty(finmech::uniform(0.4, 0.5))
                    .doc("Part de la baisse de consommation venant des fumeurs qui arrêtent, le "
                         "reste venant de ceux qui fument moins.",
                         "Share of the fall in consumption that comes from smokers who quit, "
                         "the rest from those who smoke less.")
                    .source("van Walbeek 2010, TETSiM: 40 %; literature range 40-50 %",
                            Evidence::sourced),
                finmech::number("illicit_response", &TobaccoExcise::illicit_response)
                    .label("Réponse du commerce illicite", "Illicit trade response")
                    .unit("fraction per unit relative price rise")
                    .range(0.0, 1.0)
                    .default_value(0.15)
                    .uncertainty(finmech::uniform(0.1, 0.2))
                    .doc("Baisse de la part légale de la consommation par unité de hausse "
                         "relative du prix.",
                         "Fall in the legal share of consumption per unit relative price rise.")
                    .source("Assumption of the study team: 0.1-0.2; no Mali estimate",
                            Evidence::assumed),
                finmech::standard::compliance(&TobaccoExcise::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.98)
                    .uncertainty(finmech::triangular(0.95, 0.98, 1.0))
                    .doc("Part de l'accise due sur les ventes légales effectivement payée; la "
                         "contrebande est modélisée à part.",
                         "Share of the excise due on legal sales that is paid; contraband is "
                         "modelled separately.")
                    .source("Assumption: one dominant manufacturer (SONATAM) and customs, "
                            "evasion 0-5 %",
                            Evidence::assumed),
                finmech::standard::collection_cost(&TobaccoExcise::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.01)
                    .uncertainty(finmech::uniform(0.005, 0.02))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %; few large taxpayers 0.5-2 % (assumption)",
                            Evidence::assumed),
                finmech::standard::growth(&TobaccoExcise::growth)
                    .range(-0.2, 0.2)
                    .default_value(0.02)
                    .uncertainty(finmech::triangular(-0.01, 0.02, 0.05))
                    .doc("Croissance nominale annuelle des ventes légales à structure fiscale "
                         "constante (la part spécifique est supposée indexée).",
                         "Nominal annual growth of legal sales at a constant tax structure (the "
                         "specific part is taken as indexed).")
                    .source("1.03 adults (BdF population growth 3.0 %) x (1 - 0.3/8) prevalence "
                            "(WDI 10 % in 2015 to 8 % in 2022) x 1.03 prices (WAEMU 3 % "
                            "inflation ceiling) - 1 = 2.1 %",
                            Evidence::derived),
                finmech::number("smoker_death_share", &TobaccoExcise::smoker_death_share)
                    .label("Part des fumeurs tués par le tabac", "Share of smokers killed")
                    .unit("fraction")
                    .range(0.0, 1.0)
                    .default_value(0.5)
                    .uncertainty(finmech::uniform(0.33, 0.5))
                    .doc("Part des fumeurs de long terme qui meurent d'une maladie due au tabac.",
                         "Share of long-term smokers who die of a tobacco-caused disease.")
                    .source("Peto et al.: half of long-term smokers die of tobacco; conservative "
                            "models use 1/3 (standard literature value, not re-checked)",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse du prix du paquet", "Change in pack price"}),
                {"consumption_change",
                 "fraction",
                 finmech::Direction::lower_is_better,
                 {"Variation de la consommation de cigarettes", "Change in cigarette consumption"}},
                {"illicit_share",
                 "fraction",
                 finmech::Direction::lower_is_better,
                 {"Part illicite de la consommation", "Illicit share of consumption"}},
                {"excise_share_of_price",
                 "fraction",
                 finmech::Direction::higher_is_better,
                 {"Part de l'accise dans le prix (cible OMS 70 %)",
                  "Excise share of the retail price (WHO benchmark 70 %)"}},
                {"quitters",
                 "persons",
                 finmech::Direction::higher_is_better,
                 {"Fumeurs qui arrêtent", "Smokers who quit"}},
                {"deaths_averted",
                 "persons",
                 finmech::Direction::higher_is_better,
                 {"Décès prématurés évités", "Premature deaths averted"}},
                finmech::standard::laffer_exceeded(),
                {"ad_valorem_excise_rate",
                 "fraction of the CIF value with import duty",
                 finmech::Direction::neutral,
                 {"Taux de l'accise ad valorem", "Ad valorem excise rate"}},
                {"specific_excise_usd",
                 "US$ per stick",
                 finmech::Direction::neutral,
                 {"Accise spécifique en dollars US par cigarette",
                  "Specific excise in US$ per stick"}},
                finmech::standard::collection_cost_share(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "tobacco_spending_shares",
                    {"Dépenses des ménages en tabac, par quintile",
                     "Households' spending on tobacco, by quintile"}),
                finmech::standard::payer_shares(
                    "tobacco_payer_shares",
                    {"Ménages dont un membre consomme du tabac, par quintile",
                     "Households with a tobacco user, by quintile"}),
                {"cigarette_pack_price",
                 "currency per pack of 20",
                 finmech::Shape::number,
                 {"Prix de détail d'un paquet de 20 cigarettes",
                  "Retail price of a 20-stick pack"},
                 0.0},
                {"cigarette_cif_share",
                 "fraction of retail price",
                 finmech::Shape::number,
                 {"Valeur CAF en part du prix de détail", "CIF value as a share of retail price"},
                 0.0, 1.0},
                {"tobacco_import_duty",
                 "fraction of CIF value",
                 finmech::Shape::number,
                 {"Droit de douane sur les cigarettes", "Import duty on cigarettes"},
                 0.0},
                {"tobacco_ad_valorem_rate",
                 "fraction of duty-inclusive CIF value",
                 finmech::Shape::number,
                 {"Taux ad valorem actuel de l'accise", "Current ad valorem excise rate"},
                 0.0},
                {"vat_rate",
                 "fraction",
                 finmech::Shape::number,
                 {"Taux normal de TVA", "Standard VAT rate"},
                 0.0, 1.0},
                {"tobacco_tax_revenue",
                 "currency",
                 finmech::Shape::number,
                 {"Recettes fiscales du tabac (douane, accise, TVA)",
                  "Tobacco tax revenue (duty, excise, VAT)"},
                 0.0},
                {"tobacco_illicit_share",
                 "fraction of consumption",
                 finmech::Shape::number,
                 {"Part illicite de la consommation", "Illicit share of consumption"},
                 0.0, 1.0},
                {"smoking_prevalence",
                 "fraction of adults",
                 finmech::Shape::number,
                 {"Prévalence du tabagisme chez les adultes", "Adult smoking prevalence"},
                 0.0, 1.0},
                {"adult_population",
                 "persons aged 15 and over",
                 finmech::Shape::number,
                 {"Population de 15 ans et plus", "Population aged 15 and over"},
                 0.0},
                {"exchange_rate_usd",
                 "currency per US$",
                 finmech::Shape::number,
                 {"Taux de change du dollar", "Exchange rate to the US dollar"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Hausse du droit d'accise sur les cigarettes : une part ad "
                                 "valorem sur la valeur droits de douane compris, et une part "
                                 "spécifique par cigarette. La hausse du prix réduit la "
                                 "consommation (élasticité d'environ -0,5) et le tabagisme ; une "
                                 "partie des fumeurs se tourne vers la contrebande.",
                                 "An increase of the cigarette excise: an ad valorem part on the "
                                 "duty-inclusive value and a specific part per stick. The price "
                                 "rise cuts consumption (elasticity about -0.5) and smoking; "
                                 "some smokers turn to contraband."},
                .precedent = {"Philippines, loi RA 10351 (décembre 2012) : accise spécifique "
                              "unitaire ; plus de 1,2 milliard de dollars US la première année, "
                              "50,2 milliards de pesos en 2014 ; budget de la santé +57,4 % "
                              "(2014) par rapport à 2013 ; couverture PhilHealth de 74 % à 82 % "
                              "; tabagisme de 31 % (2008) à 25,4 % (2013). Mali : la SONATAM a "
                              "apporté environ 60 milliards de FCFA au budget en 2020, 10 "
                              "milliards étant perdus par la contrebande ; accise ad valorem de "
                              "32 %, soit environ 8 % du prix de détail.",
                              "Philippines, RA 10351 (December 2012): a unitary specific excise; "
                              "over US$1.2 bn in the first year, PHP 50.2 bn in 2014; health "
                              "budget +57.4 % (2014) on 2013; PhilHealth coverage from 74 % to "
                              "82 %; smoking from 31 % (2008) to 25.4 % (2013). Mali: SONATAM "
                              "contributed about 60 bn FCFA to the budget in 2020, with 10 bn "
                              "lost to contraband; ad valorem excise 32 %, about 8 % of the "
                              "retail price."},
                .regional_rules = {"Directive UEMOA 01/2017/CM/UEMOA : accise ad valorem d'au "
                                   "moins 50 %. Directive CEDEAO C/DIR.1/12/17 : en plus, une "
                                   "accise spécifique d'au moins 0,02 dollar US par cigarette "
                                   "(20 dollars US par kg pour les autres tabacs). L'OMS "
                                   "recommande une accise d'au moins 70 % du prix de détail.",
                                   "WAEMU Directive 01/2017/CM/UEMOA: ad valorem excise of at "
                                   "least 50 %. ECOWAS Directive C/DIR.1/12/17: in addition, a "
                                   "specific excise of at least US$0.02 per stick (US$20 per kg "
                                   "for other tobacco). WHO recommends an excise of at least 70 "
                                   "% of the retail price."},
                .who_pays = {"Les fumeurs, par le prix : régressif à court terme, progressif une "
                             "fois comptés les gains de santé et les dépenses médicales évitées "
                             "(analyse ECEA, Fuchs et al. 2019).",
                             "Smokers, through the price: regressive in the short run, "
                             "progressive once health gains and medical costs averted are "
                             "counted (ECEA, Fuchs et al. 2019)."},
                .instrument = {"La loi de finances, qui fixe les taux de l'accise en transposant "
                               "les directives UEMOA et CEDEAO, et l'affectation de la hausse. "
                               "Le Fonds de développement durable (2018) comprend déjà une taxe "
                               "de solidarité et de lutte contre le tabagisme.",
                               "The finance law, setting the excise rates that transpose the "
                               "WAEMU and ECOWAS directives, and earmarking the increase. The "
                               "Sustainable Development Fund (FDD, 2018) already includes a "
                               "solidarity and anti-smoking tax."},
                .collection_agent = {"La douane (DGD) sur les importations ; la Direction "
                                     "générale des impôts (DGI) sur la production locale, "
                                     "dominée par la SONATAM.",
                                     "Customs (DGD) on imports; the tax directorate (DGI) on "
                                     "local production, dominated by SONATAM."},
                .sources = {"Tesche & van Walbeek 2021, Tob Control 30:668: Mali tax structure, "
                            "WAEMU and ECOWAS directives",
                            "WHO 2015 and SEATCA; J. Paul: Philippines Sin Tax Reform, RA 10351, "
                            "2012-2017",
                            "Press: SONATAM contribution and contraband, 2020",
                            "Fuchs et al. 2019, World Bank: distributional effects of tobacco "
                            "taxes (ECEA)",
                            "finances.gouv.ml and allafrica: Mali Sustainable Development Fund "
                            "(FDD), 2018",
                            "van Walbeek 2010, Tob Control 19:31: TETSiM"},
            },
        .rules =
            {
                {"waemu_tobacco_minimum", finmech::RuleKind::binding, "ad_valorem_excise_rate",
                 waemu_minimum_ad_valorem, std::numeric_limits<double>::infinity(),
                 {"Minimum UEMOA de l'accise ad valorem sur le tabac : 50 %",
                  "WAEMU minimum ad valorem excise on tobacco: 50 %"},
                 "WAEMU Directive 01/2017/CM/UEMOA on excise duties on tobacco products"},
                {"ecowas_tobacco_specific_minimum", finmech::RuleKind::binding,
                 "specific_excise_usd", ecowas_minimum_specific_usd,
                 std::numeric_limits<double>::infinity(),
                 {"Minimum CEDEAO de l'accise spécifique : 0,02 dollar US par cigarette",
                  "ECOWAS minimum specific excise: US$0.02 per stick"},
                 "ECOWAS Directive C/DIR.1/12/17 on the harmonisation of excise duties on "
                 "tobacco products"},
                finmech::standard::revenue_maximising_rate(
                    "Constant-elasticity demand: revenue peaks at T* = (P0 - T0) / (|e| - 1)"),
            },
        .bases = {"tobacco_products"},
        .gross_is_change = true,  // the excise added to today's, negative for a cut
    };
}

// The status quo price build-up per pack, read from the context.
struct StatusQuo {
    double price;        // retail price, VAT included
    double excise_base;  // CIF value plus import duty
    double excise;       // ad valorem excise
    double vat_rate;
    double legal_share;
    double legal_packs;  // calibrated on the tobacco tax revenue
};

StatusQuo status_quo(const finmech::Context& ctx) {
    StatusQuo s;
    s.price = ctx.number("cigarette_pack_price");
    const double cif = ctx.number("cigarette_cif_share") * s.price;
    const double duty = ctx.number("tobacco_import_duty") * cif;
    s.excise_base = cif + duty;
    s.excise = ctx.number("tobacco_ad_valorem_rate") * s.excise_base;
    s.vat_rate = ctx.number("vat_rate");
    s.legal_share = 1.0 - ctx.number("tobacco_illicit_share");
    const double taxes_per_pack = duty + s.excise + s.price * s.vat_rate / (1.0 + s.vat_rate);
    if (!(s.price > 0.0 && taxes_per_pack > 0.0 && s.legal_share > 0.0 && s.legal_share <= 1.0))
        throw finmech::InvalidInput(
            "the context needs a positive pack price and tax per pack and an illicit share "
            "below 1");
    s.legal_packs = ctx.number("tobacco_tax_revenue") / taxes_per_pack;
    return s;
}

// True when the excise per pack lies past the revenue-maximising excise of the
// constant-elasticity model R(E) = E (1 + k (E - E0))^eps, k = phi (1+vat) / P0, whose peak is
// E* = (1/k - E0) / (|eps| - 1) when |eps| > 1; below unit elasticity revenue keeps rising.
bool past_revenue_maximum(const StatusQuo& s, const TobaccoExcise& p, double excise) {
    const double k = p.pass_through * (1.0 + s.vat_rate) / s.price;
    if (-p.elasticity <= 1.0 || k == 0.0) return false;
    return excise > (1.0 / k - s.excise) / (-p.elasticity - 1.0);
}

finmech::Projection project(const finmech::Context& ctx, const TobaccoExcise& p) {
    const StatusQuo s = status_quo(ctx);
    const double excise = p.ad_valorem_rate * s.excise_base + sticks_per_pack * p.specific_excise;
    const double price_change = p.pass_through * (excise - s.excise) * (1.0 + s.vat_rate) / s.price;
    if (price_change <= -1.0)
        throw std::domain_error("the excise cut would bring the pack price to zero or below");
    const double volume = std::pow(1.0 + price_change, p.elasticity);
    const double legal_share =
        std::clamp(s.legal_share - p.illicit_response * price_change, 0.0, 1.0);
    const double legal_packs = s.legal_packs / s.legal_share * volume * legal_share;

    // New money for health is the excise the reform adds to what today's rates already raise.
    const double added_excise = excise * legal_packs - s.excise * s.legal_packs;
    finmech::Projection out(ctx);
    double base_growth = 1.0;
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        base_growth *= 1.0 + p.growth;
        out.gross_revenue[t] = added_excise * p.compliance * base_growth;
        // The excise is collected already: a reform that loses revenue costs nothing more to
        // collect, and never a negative amount.
        out.collection_cost[t] = p.collection_cost * std::max(0.0, out.gross_revenue[t]);
    }
    // Van Walbeek's split: prevalence moves by sigma x eps x dP/P, linearly.
    const double quitters = -ctx.number("adult_population") * ctx.number("smoking_prevalence") *
                            p.prevalence_share * p.elasticity * price_change;
    out.set("consumer_price_change", price_change);
    out.set("consumption_change", volume - 1.0);
    out.set("illicit_share", 1.0 - legal_share);
    out.set("excise_share_of_price", excise / (s.price * (1.0 + price_change)));
    out.set("quitters", quitters);
    out.set("deaths_averted", quitters * p.smoker_death_share);
    out.set("laffer_exceeded", past_revenue_maximum(s, p, excise) ? 1.0 : 0.0);
    out.set("ad_valorem_excise_rate", p.ad_valorem_rate);
    out.set("specific_excise_usd", p.specific_excise / ctx.number("exchange_rate_usd"));
    out.set("collection_cost_share", p.collection_cost);
    // Smokers pay what manufacturers pass on.
    out.set("household_share", finmech::standard::passed_on_to_households(p.pass_through));
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
