#include "finmech/criteria/rank_document.hpp"

#include <algorithm>
#include <iomanip>
#include <numeric>
#include <sstream>
#include <vector>

namespace finmech::criteria {
namespace {

using nlohmann::json;

// The method's own columns, in the order the contract lists them.
std::vector<std::string> extra_columns(const std::string& method) {
    if (method == "topsis") return {"d_plus", "d_minus"};
    if (method == "vikor") return {"S", "R"};
    if (method == "promethee2") return {"phi_plus", "phi_minus"};
    return {};
}

std::size_t name_width(const json& results) {
    std::size_t width = 11;
    for (const auto& r : results) width = std::max(width, r["alternative"].get<std::string>().size());
    return width + 2;
}

std::vector<std::size_t> by_rank(const json& results) {
    std::vector<std::size_t> order(results.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return results[a]["rank"].get<int>() < results[b]["rank"].get<int>();
    });
    return order;
}

void write_ranking(const json& result, std::ostream& out) {
    const json& results = result["results"];
    const std::string method = result["method"].get<std::string>();
    const std::size_t width = name_width(results);
    out << "rank  " << std::left << std::setw(static_cast<int>(width)) << "alternative" << std::right
        << std::setw(10) << (method == "vikor" ? "Q" : "score");
    for (const auto& column : extra_columns(method)) out << std::setw(10) << column;
    out << '\n';
    for (const std::size_t i : by_rank(results)) {
        const json& r = results[i];
        out << std::setw(4) << r["rank"].get<int>() << "  " << std::left << std::setw(static_cast<int>(width))
            << r["alternative"].get<std::string>() << std::right << std::setw(10) << r["score"].get<double>();
        for (const auto& column : extra_columns(method)) out << std::setw(10) << r[column].get<double>();
        out << '\n';
    }
    if (result.contains("compromise_set")) {
        out << "compromise set:";
        for (const auto& name : result["compromise_set"]) out << ' ' << name.get<std::string>();
        out << " (acceptable advantage " << (result["acceptable_advantage"].get<bool>() ? "yes" : "no")
            << ", acceptable stability " << (result["acceptable_stability"].get<bool>() ? "yes" : "no") << ")\n";
    }
}

void write_stability(const json& result, std::ostream& out) {
    out << "\nweight stability: each weight may move within [low, high], the others rescaled, "
           "and the first-ranked alternative stays first\n";
    for (const auto& [id, weight] : result["weights"].items()) {
        const json& interval = result["weight_stability"][id];
        out << "  " << std::left << std::setw(24) << id << std::right << std::setw(8) << weight.get<double>()
            << "  [" << interval[0].get<double>() << ", " << interval[1].get<double>() << "]\n";
    }
}

void write_smaa(const json& result, std::ostream& out) {
    const json& smaa = result["smaa"];
    const json& results = result["results"];
    const std::size_t width = name_width(results);
    out << "\nSMAA-2: " << smaa["draws"].get<std::size_t>() << " draws, seed " << smaa["seed"].get<std::uint64_t>()
        << ", weights " << (smaa["weights"].is_string() ? smaa["weights"].get<std::string>() : smaa["weights"].dump())
        << "\n" << std::left << std::setw(static_cast<int>(width)) << "alternative" << std::right;
    for (std::size_t k = 1; k <= results.size(); ++k) out << std::setw(9) << ("rank " + std::to_string(k));
    out << std::setw(12) << "confidence\n";
    for (const json& r : results) {
        out << std::left << std::setw(static_cast<int>(width)) << r["alternative"].get<std::string>() << std::right;
        for (const auto& b : r["rank_acceptability"]) out << std::setw(9) << b.get<double>();
        out << std::setw(11) << r["confidence_factor"].get<double>() << '\n';
    }
}

}  // namespace

std::string format_rank_text(const json& result) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(4);
    out << "method " << result["method"].get<std::string>() << ", normalisation "
        << result["normalization"].get<std::string>() << "\n\n";
    write_ranking(result, out);
    if (result.contains("weight_stability")) write_stability(result, out);
    if (result.contains("smaa")) write_smaa(result, out);
    if (!result["notes"].empty()) {
        out << "\nnotes:\n";
        for (const auto& note : result["notes"]) out << "  - " << note.get<std::string>() << '\n';
    }
    return out.str();
}

}  // namespace finmech::criteria
