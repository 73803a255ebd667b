// Air ticket levy: a solidarity contribution per passenger, by direction of travel and class,
// earmarked for health — the model of the Unitaid levy France has charged since 2006, which Mali
// already applies.
//
// Bamako's terminal passengers split evenly between departures and arrivals once transit is set
// apart; each class pays its own fee per passenger. Demand answers the fee through the price
// elasticity of air travel applied to fee / fare, so the response is small while the fee is small
// beside the fare. Airlines collect the levy with the ticket.
#include <array>
#include <cmath>
#include <finmech/plugin.hpp>
#include <string>

namespace {

struct AirTicketLevy {
    double departure_economy_fee;  // FCFA per departing economy passenger
    double departure_business_fee;
    double arrival_economy_fee;
    double arrival_business_fee;
    double transit_economy_fee;
    double transit_business_fee;
    double transit_share;   // share of terminal passengers in transit
    double business_share;  // share of passengers in business or first class
    double average_fare;    // FCFA per ticket, before the levy
    double elasticity;      // price elasticity of air travel
    double compliance;      // share of the levy due that is paid
    double collection_cost;
    double growth;  // growth of passenger numbers per year
};

constexpr auto mathauer =
    "Mathauer et al. 2019, Bull World Health Organ 97(9):620-630, Table 3, Mali scenarios "
    "(low / high), as transcribed in FCFA: departures abroad economy 15 / 25, business 150 / 250; "
    "arrivals 15 / 150; transit 15 / 25. UNIT DOUBT: these amounts are implausibly small in plain "
    "FCFA (France charges 656-26,238 FCFA); they may be thousands of FCFA or another unit. Check "
    "the original table before using them.";

finmech::Parameter<AirTicketLevy> fee(const char* key, double AirTicketLevy::*member,
                                      const char* fr, const char* en, double value,
                                      const std::string& why, finmech::Evidence evidence) {
    return finmech::number(key, member)
        .label(fr, en)
        .unit("FCFA per passenger")
        .range(0.0, 100000.0)
        .default_value(value)
        .doc("Contribution par passager, perçue avec le billet.",
             "Contribution per passenger, collected with the ticket.")
        .source(why + " " + mathauer, evidence);
}

finmech::Descriptor<AirTicketLevy> describe() {
    using finmech::Evidence;
    const std::string france =
        "France's Unitaid levy since 2006 on international departures, at the fixed peg of "
        "655.957 FCFA per euro:";
    const std::string france_only =
        "France's Unitaid model levies departing passengers only, so the default is 0.";
    return {
        .id = "air_ticket_levy",
        .version = "1.0.0",
        .name = {"Contribution de solidarité sur les billets d'avion",
                 "Solidarity levy on air tickets"},
        .summary = {"Un montant par passager selon le sens du voyage (départ, arrivée, transit) "
                    "et la classe, sur le modèle de la taxe Unitaid.",
                    "An amount per passenger by direction of travel (departure, arrival, "
                    "transit) and class, on the Unitaid levy model."},
        .formula =
            "Q_d,k = Pax x s_d x s_k with s_dep = s_arr = (1 - s_transit)/2;  "
            "gross_t = (1+g)^t x compliance x sum_d,k fee_d,k x Q_d,k x "
            "(1 + fee_d,k/fare)^eps;  cost_t = c x gross_t;  "
            "Laffer: fee_d,k > fare / (|eps| - 1) when |eps| > 1",
        .parameters =
            {
                fee("departure_economy_fee", &AirTicketLevy::departure_economy_fee,
                    "Départ, classe économique", "Departure, economy class", 2623.828,
                    france + " EUR 4 x 655.957 = 2,623.828 FCFA.", Evidence::derived),
                fee("departure_business_fee", &AirTicketLevy::departure_business_fee,
                    "Départ, classe affaires", "Departure, business class", 26238.28,
                    france + " EUR 40 x 655.957 = 26,238.28 FCFA.", Evidence::derived),
                fee("arrival_economy_fee", &AirTicketLevy::arrival_economy_fee,
                    "Arrivée, classe économique", "Arrival, economy class", 0.0, france_only,
                    Evidence::sourced),
                fee("arrival_business_fee", &AirTicketLevy::arrival_business_fee,
                    "Arrivée, classe affaires", "Arrival, business class", 0.0, france_only,
                    Evidence::sourced),
                fee("transit_economy_fee", &AirTicketLevy::transit_economy_fee,
                    "Transit, classe économique", "Transit, economy class", 0.0, france_only,
                    Evidence::sourced),
                fee("transit_business_fee", &AirTicketLevy::transit_business_fee,
                    "Transit, classe affaires", "Transit, business class", 0.0, france_only,
                    Evidence::sourced),
                finmech::number("transit_share", &AirTicketLevy::transit_share)
                    .label("Part des passagers en transit", "Transit share")
                    .unit("fraction of passengers")
                    .range(0.0, 0.5)
                    .default_value(0.05)
                    .uncertainty(finmech::uniform(0.0, 0.1))
                    .doc("Part des passagers de l'aéroport qui sont en transit.",
                         "Share of the airport's passengers who are in transit.")
                    .source("Assumption: Bamako is a terminus rather than a hub; the ADM count "
                            "does not split transit (not verified)",
                            Evidence::unverified),
                finmech::number("business_share", &AirTicketLevy::business_share)
                    .label("Part de la classe affaires", "Business class share")
                    .unit("fraction of passengers")
                    .range(0.0, 0.5)
                    .default_value(0.08)
                    .uncertainty(finmech::triangular(0.05, 0.08, 0.12))
                    .doc("Part des passagers en classe affaires ou première.",
                         "Share of passengers in business or first class.")
                    .source("Assumption: 5-12 % of seats on the African and European routes "
                            "serving Bamako (not verified)",
                            Evidence::unverified),
                finmech::number("average_fare", &AirTicketLevy::average_fare)
                    .label("Prix moyen du billet", "Average fare")
                    .unit("FCFA per ticket")
                    .range(10000.0, 5e6)
                    .default_value(300000.0)
                    .doc("Prix moyen d'un billet avant la contribution.",
                         "Average ticket price before the levy.")
                    .source("Assumption: about US$490 at 610 FCFA/US$, a regional or European "
                            "one-way fare from Bamako",
                            Evidence::assumed),
                finmech::standard::elasticity(&AirTicketLevy::elasticity)
                    .label("Élasticité-prix du transport aérien", "Price elasticity of air travel")
                    .range(-2.0, 0.0)
                    .default_value(-0.7)
                    .uncertainty(finmech::triangular(-0.8, -0.7, -0.6))
                    .doc("Réponse du nombre de passagers au prix du billet.",
                         "Response of passenger numbers to the ticket price.")
                    .source("Standard literature value, not re-checked: eps_air about -0.6 to -0.8 "
                            "applied to fee/fare; demand response about 0 since the fee is small "
                            "beside the fare",
                            Evidence::assumed),
                finmech::standard::compliance(&AirTicketLevy::compliance)
                    .range(0.0, 1.0)
                    .default_value(0.95)
                    .uncertainty(finmech::triangular(0.9, 0.95, 1.0))
                    .doc("Part de la contribution due effectivement reversée (exonérations "
                         "comprises).",
                         "Share of the levy due that is paid over (exemptions included).")
                    .source("Assumption of the study team: 0.95, airlines collect through IATA BSP",
                            Evidence::assumed),
                finmech::standard::collection_cost(&AirTicketLevy::collection_cost)
                    .range(0.0, 0.1)
                    .default_value(0.01)
                    .uncertainty(finmech::uniform(0.005, 0.02))
                    .source("ITD, Revenue Administration in Sub-Saharan Africa: cost to collect "
                            "1-4 %; few large collectors 0.5-2 % (assumption of the study team)",
                            Evidence::assumed),
                finmech::standard::growth(&AirTicketLevy::growth)
                    .label("Croissance du trafic", "Traffic growth")
                    .range(-0.3, 0.3)
                    .default_value(0.04)
                    .uncertainty(finmech::triangular(0.03, 0.04, 0.05))
                    .doc("Croissance annuelle du nombre de passagers.",
                         "Yearly growth of passenger numbers.")
                    .source("Assumption of the study team: +3-5 % a year; traffic is exposed to "
                            "security shocks",
                            Evidence::assumed),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse moyenne du prix du billet", "Average ticket price rise"}),
                finmech::standard::collection_cost_share(),
                finmech::standard::laffer_exceeded(),
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "air_travel_spending_shares",
                    {"Dépenses des ménages en billets d'avion, par quintile",
                     "Households' spending on air tickets, by quintile"}),
                finmech::standard::payer_shares(
                    "air_travel_payer_shares",
                    {"Ménages dont un membre prend l'avion dans l'année, par quintile",
                     "Households with someone who flies in the year, by quintile"}),
                {"air_passengers",
                 "passengers per year",
                 finmech::Shape::number,
                 {"Passagers de l'aéroport de Bamako l'année de base",
                  "Passengers at Bamako airport in the base year"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Un montant fixe par passager, selon le sens du voyage (départ, "
                                 "arrivée, transit) et la classe, payé avec le billet. Petit "
                                 "devant le prix du billet, il change peu le trafic.",
                                 "A fixed amount per passenger, by direction of travel "
                                 "(departure, arrival, transit) and class, paid with the ticket. "
                                 "Small beside the fare, it changes traffic little."},
                .precedent = {"France, depuis 2006 : 1 € (vols intérieurs et européens) ou 4 € "
                              "(international) en classe économique, 10 € ou 40 € en classe "
                              "affaires ; 45,0 millions d'euros en 2006, 185,3 millions en 2012, "
                              "plus d'un milliard sur 2006-2012, environ 70 % des ressources "
                              "d'Unitaid. Le Mali applique déjà la taxe : contributions à "
                              "Unitaid de 402 000 dollars US (2010) et 305 000 (2011) ; le Fonds "
                              "de développement durable (2018) comprend une contribution de "
                              "solidarité sur les billets d'avion.",
                              "France, since 2006: EUR 1 (domestic and EU flights) or EUR 4 "
                              "(international) in economy, EUR 10 or EUR 40 in business; EUR "
                              "45.0 m in 2006, EUR 185.3 m in 2012, over EUR 1 bn over "
                              "2006-2012, about 70 % of Unitaid's funding. Mali already levies "
                              "it: contributions to Unitaid of US$402k (2010) and US$305k "
                              "(2011); the Sustainable Development Fund (FDD, 2018) includes a "
                              "solidarity contribution on air tickets."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "règle UEMOA ou CEDEAO propre à cette taxe (non vérifié). "
                                   "Plusieurs pays africains la perçoivent : Cameroun, Congo, "
                                   "Guinée, Madagascar, Mali, Maurice, Niger.",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "rule specific to this levy (unverified). Several African "
                                   "countries levy it: Cameroon, Congo, Guinea, Madagascar, "
                                   "Mali, Mauritius, Niger."},
                .who_pays = {"Les passagers aériens, en majorité des ménages aisés : progressif.",
                             "Air passengers, mostly better-off households: progressive."},
                .instrument = {"La loi de finances. Au Mali la contribution existe déjà (Fonds "
                               "de développement durable, 2018) : il s'agit d'en relever le "
                               "tarif ou d'en affecter le produit à la santé.",
                               "The finance law. In Mali the contribution already exists "
                               "(Sustainable Development Fund, 2018): the choice is to raise its "
                               "fee or earmark its proceeds for health."},
                .collection_agent = {"Les compagnies aériennes, avec le billet, par le système "
                                     "de règlement de l'IATA (BSP), qui reversent le produit.",
                                     "Airlines, with the ticket, through IATA's settlement "
                                     "system (BSP), who pay the proceeds over."},
                .sources = {"Unitaid: French levy yields 2006-2012, levy countries, Mali "
                            "contributions 2010-2011",
                            "ADM: Bamako airport passengers, 2010",
                            "finances.gouv.ml and allafrica: Mali Sustainable Development Fund "
                            "(FDD), 2018"},
            },
        .rules = {finmech::standard::revenue_maximising_rate(
            "Constant-elasticity demand: revenue peaks at T* = (P0 - T0) / (|e| - 1)")},
        .bases = {"air_tickets"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const AirTicketLevy& p) {
    struct Fare {
        double passengers, fee;
    };
    const double passengers = ctx.number("air_passengers");
    const double terminal = passengers * (1.0 - p.transit_share) / 2.0;
    const double transit = passengers * p.transit_share;
    const double economy = 1.0 - p.business_share;
    const std::array fares{
        Fare{terminal * economy, p.departure_economy_fee},
        Fare{terminal * p.business_share, p.departure_business_fee},
        Fare{terminal * economy, p.arrival_economy_fee},
        Fare{terminal * p.business_share, p.arrival_business_fee},
        Fare{transit * economy, p.transit_economy_fee},
        Fare{transit * p.business_share, p.transit_business_fee},
    };
    // R(fee) = fee (1 + fee/fare)^eps peaks at fare / (|eps| - 1) when demand is elastic.
    const bool elastic = p.elasticity < -1.0;
    const double revenue_maximising_fee = elastic ? p.average_fare / (-p.elasticity - 1.0) : 0.0;
    double base_revenue = 0.0;
    double weighted_price_change = 0.0;
    bool laffer_exceeded = false;
    for (const Fare& f : fares) {
        const double price_change = f.fee / p.average_fare;
        base_revenue += f.fee * f.passengers * std::pow(1.0 + price_change, p.elasticity);
        weighted_price_change += f.passengers * price_change;
        laffer_exceeded = laffer_exceeded || (elastic && f.fee > revenue_maximising_fee);
    }

    finmech::Projection out(ctx);
    double scale = p.compliance;
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        scale *= 1.0 + p.growth;
        out.gross_revenue[t] = base_revenue * scale;
        out.collection_cost[t] = p.collection_cost * out.gross_revenue[t];
    }
    out.set("consumer_price_change", passengers > 0.0 ? weighted_price_change / passengers : 0.0);
    out.set("collection_cost_share", p.collection_cost);
    out.set("laffer_exceeded", laffer_exceeded ? 1.0 : 0.0);
    // Passengers pay; non-residents count as households here, an upper bound.
    out.set("household_share", 1.0);
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
