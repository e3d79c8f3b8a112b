#pragma once
// One line of a plan with every subjective in every year, zeros included: the plan keeps
// only the cells a line has, and tests state their figures subjective by subjective.
#include <vector>

#include "project/plan.hpp"

namespace mtfp {

struct DenseYear {
    std::vector<Money> by_subjective, recurring_by_subjective;
    MovementTotals movements;
};

class DenseLine {
public:
    DenseLine(const Plan& p, std::size_t line, std::size_t subjectives) {
        for (YearIndex y = 0; y < p.lines.years; ++y)
            years_.push_back(DenseYear{p.lines.by_subjective(line, y, subjectives),
                                       p.lines.recurring_by_subjective(line, y, subjectives),
                                       p.lines.movements(line, y)});
    }
    const DenseYear& operator[](YearIndex y) const { return years_[y]; }

private:
    std::vector<DenseYear> years_;
};

}  // namespace mtfp
