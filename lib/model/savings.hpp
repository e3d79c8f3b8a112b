#pragma once
// A savings programme with delivery risk (docs/levers.md, "A savings programme, with delivery
// risk"): what an efficiency movement may say about itself, and the risk of each status.
#include <array>
#include <cstddef>
#include <optional>
#include <string>

#include "model/source_ref.hpp"
#include "money/rate.hpp"

namespace mtfp {

enum class SavingStatus { delivered, green, amber, red };
inline constexpr std::size_t saving_status_count = 4;

struct SavingsItem {
    std::optional<SavingStatus> status;  // none: counts as green
    std::string owner = {};
    // A non-cashable saving frees capacity, not money: listed in the savings schedule, but
    // left out of every budget figure and of the efficiency rule.
    bool cashable = true;
    SourceRef status_where = {};

    SavingStatus status_or_green() const { return status.value_or(SavingStatus::green); }
};

// The share of a saving not expected to be delivered, by status (in SavingStatus order).
struct SavingsRisk {
    std::array<Rate, saving_status_count> by_status{Rate{}, Rate::from_units(Rate::scale / 10),
                                                    Rate::from_units(Rate::scale / 2),
                                                    Rate::from_units(Rate::scale / 10 * 9)};
    bool given = false;  // savings_risk written in the scenario
    std::array<SourceRef, saving_status_count> where = {};

    Rate of(SavingStatus status) const { return by_status[static_cast<std::size_t>(status)]; }
};

}  // namespace mtfp
