// Health stamps and vignettes: a fixed fee on each document issued or product sold, earmarked for
// health — the Mali 2015 workshop's "vignettes sur produits, timbres".
//
// Each stamped item k pays fee_k on the units that carry the stamp: N_k grows with the
// population, compliance_k is the share of units actually stamped. Documents (passports, vehicle
// vignettes) are demanded whatever the fee; products answer the fee with their price elasticity.
// Every stamp sold is printed and distributed at a unit cost, and administering the scheme costs
// a share of the revenue. No health-earmarked stamp scheme is documented in West Africa, so every
// default is an assumption and the plugin flags itself as low-evidence.
#include <array>
#include <cmath>
#include <finmech/plugin.hpp>
#include <string>
#include <utility>

namespace {

struct HealthStamps {
    double passport_fee;         // FCFA per passport issued
    double passport_compliance;  // share of passports issued with the stamp
    double vehicle_fee;          // FCFA per vehicle per year
    double vehicle_compliance;   // share of vehicles carrying the vignette
    double product_fee;          // FCFA per unit of stamped product
    double product_compliance;   // share of units sold with the stamp
    double product_price;        // FCFA per unit before the stamp
    double product_elasticity;   // own-price elasticity of the stamped products
    double stamp_cost;           // FCFA to print and distribute one stamp
    double collection_cost;      // administration cost per unit of revenue
    double growth;               // growth of the counts per year
};

finmech::Descriptor<HealthStamps> describe() {
    using finmech::Evidence;
    constexpr auto low_evidence =
        " No health-earmarked stamp scheme is documented in West Africa (none found in the study "
        "team's literature review): to confirm.";
    auto fee = [&](const char* key, double HealthStamps::*member, const char* fr, const char* en,
                   const char* unit, double value, const char* why) {
        return finmech::number(key, member)
            .label(fr, en)
            .unit(unit)
            .range(0.0, 50000.0)
            .default_value(value)
            .doc("Montant du timbre ou de la vignette.", "Amount of the stamp or vignette.")
            .source(std::string("Illustrative policy choice: ") + why + "." + low_evidence,
                    Evidence::unverified);
    };
    auto compliance = [&](const char* key, double HealthStamps::*member, const char* fr,
                          const char* en, double value, finmech::Uncertainty u, const char* why) {
        return finmech::number(key, member)
            .label(fr, en)
            .unit("fraction")
            .range(0.0, 1.0)
            .default_value(value)
            .uncertainty(std::move(u))
            .doc("Part des unités effectivement timbrées.",
                 "Share of the units that actually carry the stamp.")
            .source(std::string("Assumption of the study team: compliance 60-90 % depending on "
                                "enforcement at the point of issue; ") +
                        why + "." + low_evidence,
                    Evidence::unverified);
    };
    return {
        .id = "health_stamps",
        .version = "1.0.0",
        .name = {"Timbres et vignettes santé sur documents et produits",
                 "Health stamps and vignettes on documents and products"},
        .summary = {"Un timbre à montant fixe sur les passeports, une vignette annuelle sur les "
                    "véhicules et un timbre sur certains produits, affectés à la santé. Aucun "
                    "précédent documenté en Afrique de l'Ouest : modèle à faible niveau de preuve.",
                    "A fixed-fee stamp on passports, a yearly vehicle vignette and a stamp on "
                    "chosen products, earmarked for health. No documented West African "
                    "precedent: a low-evidence model."},
        .formula =
            "N_k,t = N_k,0 (1+g)^t;  r_doc = 1, r_prod = (1 + fee_prod/P_prod)^eps;  "
            "S_k,t = N_k,t x compliance_k x r_k (0 when fee_k = 0);  "
            "gross_t = sum_k fee_k S_k,t;  cost_t = u x sum_k S_k,t + c x gross_t",
        .parameters =
            {
                fee("passport_fee", &HealthStamps::passport_fee, "Timbre santé sur passeport",
                    "Health stamp on passports", "FCFA per passport", 1000.0,
                    "1,000 FCFA, a small fraction of the passport's price"),
                compliance("passport_compliance", &HealthStamps::passport_compliance,
                           "Taux de timbrage des passeports", "Passport stamp compliance", 0.9,
                           finmech::triangular(0.6, 0.9, 0.9),
                           "top of the range, the issuing office affixes the stamp"),
                fee("vehicle_fee", &HealthStamps::vehicle_fee, "Vignette santé sur véhicules",
                    "Health vignette on vehicles", "FCFA per vehicle per year", 2000.0,
                    "2,000 FCFA a year, in addition to the existing vehicle vignette"),
                compliance("vehicle_compliance", &HealthStamps::vehicle_compliance,
                           "Taux de paiement de la vignette", "Vehicle vignette compliance", 0.75,
                           finmech::uniform(0.6, 0.9), "midpoint, enforced only at road checks"),
                fee("product_fee", &HealthStamps::product_fee, "Timbre santé sur produits",
                    "Health stamp on products", "FCFA per unit", 50.0,
                    "50 FCFA, 5 % of the default product price"),
                compliance("product_compliance", &HealthStamps::product_compliance,
                           "Taux de timbrage des produits", "Product stamp compliance", 0.75,
                           finmech::uniform(0.6, 0.9), "midpoint, dispersed points of sale"),
                finmech::number("product_price", &HealthStamps::product_price)
                    .label("Prix unitaire des produits timbrés", "Price of stamped products")
                    .unit("FCFA per unit")
                    .range(10.0, 1e6)
                    .default_value(1000.0)
                    .doc("Prix de détail moyen avant le timbre.",
                         "Average retail price before the stamp.")
                    .source(
                        std::string("Assumption: an average product of 1,000 FCFA.") + low_evidence,
                        Evidence::unverified),
                finmech::number("product_elasticity", &HealthStamps::product_elasticity)
                    .label("Élasticité-prix des produits", "Price elasticity of the products")
                    .unit("dimensionless")
                    .range(-2.0, 0.0)
                    .default_value(-0.5)
                    .uncertainty(finmech::triangular(-0.8, -0.5, -0.2))
                    .doc("Réponse des ventes au prix majoré du timbre.",
                         "Response of sales to the price raised by the stamp.")
                    .source("Method of the study team: use the product's own elasticity times "
                            "fee/price; -0.5, the value the project uses for consumer goods "
                            "without a product-specific estimate",
                            Evidence::assumed),
                finmech::number("stamp_cost", &HealthStamps::stamp_cost)
                    .label("Coût d'impression et de distribution", "Printing and distribution cost")
                    .unit("FCFA per stamp")
                    .range(0.0, 500.0)
                    .default_value(5.0)
                    .uncertainty(finmech::uniform(2.0, 15.0))
                    .doc("Coût d'un timbre sécurisé, imprimé et acheminé au point de vente.",
                         "Cost of one secure stamp, printed and delivered to the point of sale.")
                    .source("Assumption: secure stamps at about US$0.005-0.025 each, i.e. "
                            "3-15 FCFA at 610 FCFA/US$; the study team assumes a whole cost of "
                            "5-10 % of revenue for paper stamps",
                            Evidence::unverified),
                finmech::standard::collection_cost(&HealthStamps::collection_cost)
                    .label("Coût administratif", "Administration cost")
                    .range(0.0, 0.3)
                    .default_value(0.03)
                    .uncertainty(finmech::uniform(0.01, 0.05))
                    .doc("Commission des vendeurs et contrôle, par franc collecté.",
                         "Vendors' commission and control, per franc collected.")
                    .source("Assumption of the study team: 5-10 % for paper stamps including "
                            "printing; the printing share is counted per stamp here, leaving 1-5 % "
                            "(assumption)",
                            Evidence::assumed),
                finmech::standard::growth(&HealthStamps::growth)
                    .label("Croissance des effectifs", "Growth of the counts")
                    .range(-0.1, 0.2)
                    .default_value(0.03)
                    .uncertainty(finmech::triangular(0.02, 0.03, 0.04))
                    .doc("Croissance annuelle des documents délivrés et des produits vendus.",
                         "Yearly growth of the documents issued and products sold.")
                    .source("Population growth 3.0 % a year, Banque de France Mali country sheet "
                            "(about 2017), used by the study team as the growth of the counts",
                            Evidence::sourced),
            },
        .indicators =
            {
                finmech::standard::consumer_price_change(
                    {"Hausse du prix des produits timbrés", "Price rise of stamped products"}),
                finmech::standard::collection_cost_share(),
                {"low_evidence",
                 "flag",
                 finmech::Direction::lower_is_better,
                 {"Faible niveau de preuve", "Low evidence"}},
                finmech::standard::household_share(),
            },
        .requirements =
            {
                finmech::standard::spending_shares(
                    "stamp_spending_shares",
                    {"Achats des ménages de documents et produits timbrés, par quintile",
                     "Households' purchases of stamped documents and products, by quintile"}),
                finmech::standard::payer_shares(
                    "stamp_payer_shares",
                    {"Ménages qui achètent des documents ou produits timbrés, par quintile",
                     "Households that buy stamped documents or products, by quintile"}),
                {"passports_issued",
                 "passports per year",
                 finmech::Shape::number,
                 {"Passeports délivrés l'année de base", "Passports issued in the base year"},
                 0.0},
                {"vehicle_fleet",
                 "vehicles",
                 finmech::Shape::number,
                 {"Parc de véhicules soumis à la vignette", "Vehicles liable to the vignette"},
                 0.0},
                {"stamped_product_units",
                 "units per year",
                 finmech::Shape::number,
                 {"Unités vendues des produits à timbrer",
                  "Units sold of the products to be stamped"},
                 0.0},
            },
        .profile =
            finmech::Profile{
                .how_it_works = {"Un timbre à montant fixe sur certains documents (passeports, "
                                 "vignette annuelle des véhicules) et sur certains produits, "
                                 "affecté à la santé. La demande de documents ne réagit pas au "
                                 "montant, celle des produits si. Impression et distribution "
                                 "coûtent cher : 5 à 10 % du produit pour des timbres papier "
                                 "(hypothèse).",
                                 "A fixed-fee stamp on some documents (passports, yearly vehicle "
                                 "vignette) and on some products, earmarked for health. Demand "
                                 "for documents does not react to the fee; demand for products "
                                 "does. Printing and distribution are costly: 5 to 10 % of "
                                 "revenue for paper stamps (assumption)."},
                .precedent = {"Aucun timbre santé affecté n'est documenté en Afrique de l'Ouest "
                              "(non vérifié). L'atelier de Bamako de septembre 2015 recommande "
                              "de « proposer une nouvelle méthode de collecte des taxes dédiées "
                              "à la santé (ex. vignettes sur produits, timbres) ». Modèle voisin "
                              "d'une surtaxe sur une assiette existante : le prélèvement SIDA du "
                              "Zimbabwe, 3 % de l'impôt sur le revenu, 38,6 millions de dollars "
                              "US en 2014, aux comptes audités et publiés.",
                              "No health-earmarked stamp is documented in West Africa "
                              "(unverified). The Bamako workshop of September 2015 recommended "
                              "\"a new method to collect health-earmarked taxes (e.g. vignettes "
                              "on products, stamps)\". A related surcharge on an existing base: "
                              "Zimbabwe's AIDS Levy, 3 % of income tax, US$38.6 m in 2014, with "
                              "audited and published accounts."},
                .regional_rules = {"La revue documentaire de l'équipe d'étude n'a relevé aucune "
                                   "règle UEMOA ou CEDEAO propre aux timbres (non vérifié) ; un "
                                   "timbre sur des produits soumis à accise doit rester compatible "
                                   "avec les directives UEMOA sur les droits d'accise.",
                                   "The study team's literature review found no WAEMU or ECOWAS "
                                   "rule specific to stamps (unverified); a stamp on excisable "
                                   "products must stay compatible with the WAEMU excise "
                                   "directives."},
                .who_pays = {"Selon l'assiette : passeports et vignettes automobiles, surtout "
                             "des ménages aisés (progressif) ; cartes d'identité et actes de "
                             "naissance, tous les ménages (régressif et frein à l'état civil : à "
                             "éviter).",
                             "It depends on the base: passports and vehicle vignettes, mostly "
                             "better-off households (progressive); ID cards and birth "
                             "certificates, every household (regressive and a barrier to civil "
                             "registration: avoid)."},
                .instrument = {"Proposé : un article de loi de finances créant le timbre, son "
                               "tarif et son affectation, et un décret pour la vente et le "
                               "contrôle.",
                               "Proposed: a finance law article creating the stamp, its fee and "
                               "its earmark, and a decree for its sale and control."},
                .collection_agent = {"Proposé : les services qui délivrent les documents "
                                     "(passeports, cartes grises) et la Direction générale des "
                                     "impôts (DGI) qui vend les timbres ; coût de 1 à 3 % pour "
                                     "un timbre électronique rattaché à une procédure existante "
                                     "(hypothèse).",
                                     "Proposed: the offices issuing the documents (passports, "
                                     "vehicle registrations) and the tax directorate (DGI) "
                                     "selling the stamps; 1 to 3 % cost for a digital stamp "
                                     "attached to an existing procedure (assumption)."},
                .sources = {"Mali workshop report, 3-4 September 2015: recommendations",
                            "PMC4762022, nac.org.zw, newsday.co.zw, UNAIDS: Zimbabwe AIDS Levy, "
                            "2009-2023",
                            "ITD, Revenue Administration in Sub-Saharan Africa: cost to collect"},
            },
        .bases = {"stamped_documents_and_products"},
    };
}

finmech::Projection project(const finmech::Context& ctx, const HealthStamps& p) {
    struct Item {
        double fee, count, compliance, response;
    };
    const double price_change = p.product_fee / p.product_price;
    const std::array items{
        Item{p.passport_fee, ctx.number("passports_issued"), p.passport_compliance, 1.0},
        Item{p.vehicle_fee, ctx.number("vehicle_fleet"), p.vehicle_compliance, 1.0},
        Item{p.product_fee, ctx.number("stamped_product_units"), p.product_compliance,
             std::pow(1.0 + price_change, p.product_elasticity)},
    };
    double base_revenue = 0.0;  // in the base year's counts
    double base_stamps = 0.0;
    for (const Item& item : items) {
        if (item.fee == 0.0) continue;  // no fee, no stamp to print
        const double stamps = item.count * item.compliance * item.response;
        base_stamps += stamps;
        base_revenue += item.fee * stamps;
    }

    finmech::Projection out(ctx);
    double scale = 1.0;
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        scale *= 1.0 + p.growth;
        out.gross_revenue[t] = base_revenue * scale;
        out.collection_cost[t] =
            p.stamp_cost * base_stamps * scale + p.collection_cost * out.gross_revenue[t];
    }
    // Every year is the base year scaled, so the share is the same each year.
    const double cost_share =
        base_revenue > 0.0 ? p.stamp_cost * base_stamps / base_revenue + p.collection_cost : 0.0;
    out.set("consumer_price_change", price_change);
    out.set("collection_cost_share", cost_share);
    out.set("low_evidence", 1.0);
    // Holders of documents and buyers of stamped products pay.
    out.set("household_share", 1.0);
    return out;
}

}  // namespace

FINMECH_PLUGIN(describe, project)
