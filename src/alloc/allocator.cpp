// Policy names and the allocator factory.
#include "alloc/allocator.h"
#include "alloc/policies.h"

namespace memviz::alloc {

std::string_view policyName(Policy policy) {
    switch (policy) {
    case Policy::FirstFit: return "first-fit";
    case Policy::NextFit: return "next-fit";
    case Policy::BestFit: return "best-fit";
    case Policy::WorstFit: return "worst-fit";
    case Policy::Segregated: return "segregated";
    case Policy::Buddy: return "buddy";
    }
    return "first-fit";
}

const std::vector<Policy>& allPolicies() {
    static const std::vector<Policy> policies = {Policy::FirstFit, Policy::NextFit,    Policy::BestFit,
                                                 Policy::WorstFit, Policy::Segregated, Policy::Buddy};
    return policies;
}

std::optional<Policy> parsePolicy(std::string_view name) {
    for (Policy policy : allPolicies()) {
        if (policyName(policy) == name) return policy;
    }
    return std::nullopt;
}

std::unique_ptr<Allocator> makeAllocator(Policy policy, memory::AddressSpace& space) {
    switch (policy) {
    case Policy::FirstFit: return makeFirstFit(space);
    case Policy::NextFit: return makeNextFit(space);
    case Policy::BestFit: return makeBestFit(space);
    case Policy::WorstFit: return makeWorstFit(space);
    case Policy::Segregated: return makeSegregated(space);
    case Policy::Buddy: return makeBuddy(space);
    }
    return makeFirstFit(space);
}

} // namespace memviz::alloc
