// sort_report makes output independent of the order rules and claims were visited in.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sample_report.hpp"

using namespace claimcheck;
using claimcheck::testing::side;

namespace {

discrepancy_side at(std::string source, std::uint32_t offset) {
  return side(std::move(source), offset, {1, offset + 1}, {1, offset + 2}, "s", "k", "v" + std::to_string(offset));
}

std::vector<std::string> side_names(discrepancy const& d) {
  std::vector<std::string> out;
  for (discrepancy_side const& s : d.sides) out.push_back(s.source + "@" + std::to_string(s.offset));
  return out;
}

std::vector<std::string> rule_order(report const& r) {
  std::vector<std::string> out;
  for (discrepancy const& d : r.discrepancies) out.push_back(d.rule);
  return out;
}

}  // namespace

TEST_CASE("sort_report: sides by source, then offset", "[report][sort]") {
  report r;
  r.discrepancies.push_back({"rule", severity::error, "m", {}, {at("b.md", 5), at("a.md", 90), at("b.md", 2), at("a.md", 10)}});
  sort_report(r);
  CHECK(side_names(r.discrepancies[0]) == std::vector<std::string>{"a.md@10", "a.md@90", "b.md@2", "b.md@5"});
}

TEST_CASE("sort_report: discrepancies by first side, then rule", "[report][sort]") {
  report r;
  r.discrepancies = {
      {"zeta", severity::error, "m", {}, {at("b.md", 1)}},
      {"beta", severity::error, "m", {}, {at("c.md", 0), at("a.md", 50)}},  // first side after sorting: a.md@50
      {"alpha", severity::error, "m", {}, {at("a.md", 50)}},
      {"gamma", severity::error, "m", {}, {at("a.md", 3)}},
      {"delta", severity::error, "m", {}, {}},  // nowhere to point at: first
  };
  sort_report(r);
  CHECK(rule_order(r) == std::vector<std::string>{"delta", "gamma", "alpha", "beta", "zeta"});
}

TEST_CASE("sort_report: errors by path, line, column", "[report][sort]") {
  report r;
  r.errors = {{"b.yaml", 2, 1, "x"}, {"a.md", 0, 0, "x"}, {"b.yaml", 1, 9, "x"}, {"b.yaml", 1, 2, "x"}, {"", 0, 0, "x"}};
  sort_report(r);
  std::vector<diagnostic> const expected = {
      {"", 0, 0, "x"}, {"a.md", 0, 0, "x"}, {"b.yaml", 1, 2, "x"}, {"b.yaml", 1, 9, "x"}, {"b.yaml", 2, 1, "x"}};
  CHECK(r.errors == expected);
}

TEST_CASE("sort_report: any input order gives the same report", "[report][sort]") {
  report const reference = [] {
    report r = testing::sample_report();
    sort_report(r);
    return r;
  }();
  report shuffled = testing::sample_report();
  std::reverse(shuffled.sources.begin(), shuffled.sources.end());
  std::reverse(shuffled.errors.begin(), shuffled.errors.end());
  std::reverse(shuffled.discrepancies.begin(), shuffled.discrepancies.end());
  for (discrepancy& d : shuffled.discrepancies) std::reverse(d.sides.begin(), d.sides.end());
  sort_report(shuffled);
  CHECK(rule_order(shuffled) == rule_order(reference));
  for (std::size_t i = 0; i < reference.discrepancies.size(); ++i) {
    CHECK(side_names(shuffled.discrepancies[i]) == side_names(reference.discrepancies[i]));
  }
  CHECK(shuffled.errors == reference.errors);
  REQUIRE(shuffled.sources.size() == reference.sources.size());
  for (std::size_t i = 0; i < reference.sources.size(); ++i) CHECK(shuffled.sources[i].path == reference.sources[i].path);
}

TEST_CASE("sort_report: the sample is already in order", "[report][sort]") {
  report r = testing::sample_report();
  sort_report(r);
  CHECK(rule_order(r) == std::vector<std::string>{"office-holder-single-value", "event-date-agreement"});
  CHECK(r.errors.front().path == "news/harbour-d.md");
}
