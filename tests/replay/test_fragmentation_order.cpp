// Johnstone & Wilson's finding on real programs, checked on real cc1 recordings: best fit fragments no
// more than address-ordered first fit, and next fit fragments more than first fit.
#include "replay/replayer.h"
#include "replay/trace_loader.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using namespace memviz;

namespace {

std::map<alloc::Policy, double> fragmentationByPolicy(const std::string& path) {
    replay::LoadResult loaded = replay::loadTrace(path);
    REQUIRE(loaded.ok());
    std::map<alloc::Policy, double> result;
    for (alloc::Policy policy : {alloc::Policy::FirstFit, alloc::Policy::NextFit, alloc::Policy::BestFit}) {
        replay::ReplayOptions options;
        options.policy = policy;
        options.maxSamples = 0;
        replay::Replayer replayer(options);
        replay::ReplayResult run = replayer.run(loaded.trace);
        REQUIRE(run.failedAllocations == 0);
        REQUIRE(replayer.heap()->check().ok);
        result[policy] = run.fragmentation();
    }
    return result;
}

} // namespace

TEST_CASE("fragmentation order on real cc1 traces: best fit <= first fit < next fit", "[replay][fragmentation]") {
    for (const char* trace : {"/tests/data/cc1-small.raw.zst", "/bench/data/cc1-o2.raw.zst"}) {
        DYNAMIC_SECTION(trace) {
            auto f = fragmentationByPolicy(std::string(MEMVIZ_SOURCE_DIR) + trace);
            INFO("first-fit " << f[alloc::Policy::FirstFit] << ", next-fit " << f[alloc::Policy::NextFit]
                              << ", best-fit " << f[alloc::Policy::BestFit]);
            CHECK(f[alloc::Policy::BestFit] <= f[alloc::Policy::FirstFit]);
            CHECK(f[alloc::Policy::FirstFit] < f[alloc::Policy::NextFit]);
        }
    }
}
