// Percentage points: a change of a percentage, measured in points of it ("rose 3 percentage
// points"), read as a value of its own beside percentages, which are shares ("52.3%").
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "grammar/values.hpp"
#include "grammar_fixture.hpp"

namespace {

using namespace claimcheck;

// The numeric values of a sentence as "kind value 'span'": kind is points, percent or number;
// a range shows its high end ("points 2..3").
std::vector<std::string> quantities_in(std::string const& sentence) {
  std::vector<ast::value> values;
  grammar::parse_values(sentence, testing::builtin_lexicon(), values);
  std::vector<std::string> out;
  for (ast::value const& v : values) {
    ast::quantity const* q = std::get_if<ast::quantity>(&v);
    if (q == nullptr) continue;
    std::string const kind = q->points ? "points" : q->percent ? "percent" : "number";
    std::string const amount = q->high > q->value ? fmt::format("{}..{}", q->value, q->high) : fmt::format("{}", q->value);
    out.push_back(fmt::format("{} {} '{}'", kind, amount, q->span.view()));
  }
  return out;
}

struct points_case {
  std::string sentence;
  std::vector<std::string> quantities;
};

}  // namespace

TEST_CASE("percentage points: the ways news writes them", "[grammar][values][percent]") {
  auto const c = GENERATE(values<points_case>({
      {"Unemployment rose 3 percentage points.", {"points 3 '3 percentage points'"}},
      {"The gap narrowed by 0.5 percentage point.", {"points 0.5 '0.5 percentage point'"}},
      {"a 2.5pp rise", {"points 2.5 '2.5pp'"}},
      {"Support fell 4ppts in a month.", {"points 4 '4ppts'"}},
      {"up 1.5 ppt on the year", {"points 1.5 '1.5 ppt'"}},
      {"down 2 pp since March", {"points 2 '2 pp'"}},
      {"a 3-percentage-point lead", {"points 3 '3-percentage-point'"}},
      {"a two-percentage-point lead", {"points 2 'two-percentage-point'"}},
      {"one percentage point higher", {"points 1 'one percentage point'"}},
      {"Turnout Rose 7 Percentage Points.", {"points 7 '7 Percentage Points'"}},
      {"between 2 and 3 percentage points", {"points 2..3 'between 2 and 3 percentage points'"}},
      {"2-3 percentage points", {"points 2..3 '2-3 percentage points'"}},
      // a bound is kept with them, spaced or glued
      {"at least 1.5 percentage points", {"points 1.5 'at least 1.5 percentage points'"}},
      {"nearly 2pp", {"points 2 'nearly 2pp'"}},
      // beside the percentages they are the difference of
      {"It rose from 40% to 43%, or 3 percentage points.",
       {"percent 40 '40%'", "percent 43 '43%'", "points 3 '3 percentage points'"}},
      {"Approval was 52.3%, up 4.1 points.", {"percent 52.3 '52.3%'", "number 4.1 '4.1'"}},
  }));
  CAPTURE(c.sentence);
  CHECK(quantities_in(c.sentence) == c.quantities);
}

TEST_CASE("percentage points: what stays a number or a percent", "[grammar][values][percent]") {
  auto const c = GENERATE(values<points_case>({
      // "points" alone: an index, a match or an exam counts points too
      {"The index gained 12 points.", {"number 12 '12'"}},
      {"He scored 25 points by half-time.", {"number 25 '25'"}},
      {"by 2.5 points", {"number 2.5 '2.5'"}},
      // percentages stay shares
      {"nearly 60 percent", {"percent 60 'nearly 60 percent'"}},
      {"52.3% backed it", {"percent 52.3 '52.3%'"}},
      {"a 3% point of sale fee", {"percent 3 '3%'"}},
      // other words that start like the unit
      {"see pp. 12-15", {"number 12..15 '12-15'"}},
      {"3 ppm of lead", {"number 3 '3'"}},
      {"a 2ppm reading", {}},
      {"10 percentages", {"number 10 '10'"}},
      {"5 pps", {"number 5 '5'"}},
      // labels and digit runs are no amounts of anything
      {"No. 10 ppt", {}},
      {"Call 555-0199 pp", {}},
  }));
  CAPTURE(c.sentence);
  CHECK(quantities_in(c.sentence) == c.quantities);
}
