// Anniversaries: an ordinal before "anniversary" or a length of years since an event, found in
// whole sentences; the base year, the noun and the date it falls, and phrasings that are none.
#include <catch2/catch.hpp>

#include <string>

#include "grammar_fixture.hpp"

namespace ast = claimcheck::ast;
using claimcheck::testing::parse;

namespace {

struct anniversary_case {
  std::string sentence;
  std::string span;     // what the anniversary covers
  std::string counted;  // "60th" or "60 years", as written
  std::string noun;     // "" when none
  std::string base;     // the base date as written, "" when none
  std::string when;     // the date it falls as written, "" when none
  bool approximate = false;
};

std::string counted_text(ast::anniversary const& a) {
  return std::string(a.nth.span.empty() ? a.years.span.view() : a.nth.span.view());
}

}  // namespace

TEST_CASE("anniversary: the phrasings of a count of years from a dated event", "[grammar][anniversary]") {
  auto const c = GENERATE(values<anniversary_case>({
      {"The two countries marked the 60th anniversary of the 1965 treaty on Sunday.",
       "60th anniversary of the 1965 treaty on Sunday", "60th", "treaty", "1965", ""},
      {"It falls in a year that marks the 60th anniversary of the 1965 treaty that normalised relations.",
       "60th anniversary of the 1965 treaty that normalised relations", "60th", "treaty", "1965", ""},
      {"The 60th anniversary of the 1965 treaty is this year.", "60th anniversary of the 1965 treaty is this year",
       "60th", "treaty", "1965", "this year"},
      {"Officials prepared for the treaty's 60th anniversary in 2025.", "the treaty's 60th anniversary in 2025", "60th",
       "treaty", "", "2025"},
      {"Officials prepared for the treaty's 60th anniversary.", "the treaty's 60th anniversary", "60th", "treaty", "", ""},
      {"Guests arrived for the 1965 treaty's sixtieth anniversary.", "the 1965 treaty's sixtieth anniversary", "sixtieth",
       "treaty", "1965", ""},
      {"The visit marks 60 years since the two countries established ties in 1965.",
       "60 years since the two countries established ties in 1965", "60 years", "ties", "1965", ""},
      {"The two governments are marking 60 years since they normalised relations in 1965, officials said.",
       "60 years since they normalised relations in 1965", "60 years", "relations", "1965", ""},
      {"It has been six decades since 1965.", "six decades since 1965", "six decades", "", "1965", ""},
      {"Sixty years since 1965 is a long time.", "Sixty years since 1965 is a long time", "Sixty years", "", "1965",
       ""},
      {"This year marks the 40th anniversary of the 1985 accord.",
       "This year marks the 40th anniversary of the 1985 accord", "40th", "accord", "1985", "This year"},
      {"Last year's 25th anniversary of the bridge's opening in 1999 drew crowds.",
       "Last year's 25th anniversary of the bridge's opening in 1999 drew crowds", "25th", "opening", "1999",
       "Last year"},
      {"The city celebrated the 100th anniversary of its founding in 1925.",
       "100th anniversary of its founding in 1925", "100th", "founding", "1925", ""},
      {"Villagers gathered for the first anniversary of the 2024 floods.", "first anniversary of the 2024 floods",
       "first", "floods", "2024", ""},
      {"Nearly 60 years since the 1965 treaty, the dispute lingers.", "Nearly 60 years since the 1965 treaty",
       "60 years", "treaty", "1965", "", true},
      {"The school marks the 50th anniversary of its founding.", "50th anniversary of its founding", "50th",
       "founding", "", ""},
  }));
  CAPTURE(c.sentence);
  ast::sentence_parse const p = parse(c.sentence);
  REQUIRE(p.anniversaries.size() == 1);
  ast::anniversary const& a = p.anniversaries.front();
  CHECK(a.span.view() == c.span);
  CHECK(counted_text(a) == c.counted);
  CHECK(a.noun.view() == c.noun);
  CHECK(a.base.span.view() == c.base);
  CHECK(a.when.span.view() == c.when);
  CHECK(a.approximate == c.approximate);
}

TEST_CASE("anniversary: the base is a single year; spans and bare days are neither base nor date",
          "[grammar][anniversary]") {
  ast::sentence_parse const range = parse("It is the 30th anniversary of the 1990-1995 talks.");
  REQUIRE(range.anniversaries.size() == 1);
  CHECK(range.anniversaries.front().base.span.empty());
  ast::sentence_parse const day = parse("It is the 30th anniversary of the treaty signed on June 22.");
  REQUIRE(day.anniversaries.size() == 1);
  CHECK(day.anniversaries.front().base.span.empty());
  CHECK(day.anniversaries.front().when.span.empty());
  ast::sentence_parse const later = parse("The 60th anniversary of the 1965 treaty in 2025 was quiet.");
  REQUIRE(later.anniversaries.size() == 1);
  CHECK(later.anniversaries.front().base.span.view() == "1965");
  CHECK(later.anniversaries.front().when.span.view() == "2025");
}

TEST_CASE("anniversary: phrasings that count no years from an event", "[grammar][anniversary]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "She celebrated her 60th birthday in Lisbon.",
                                 "The 1965 treaty normalised relations.",
                                 "Both sides signed a treaty in 1965.",
                                 "It was the first visit in ten years.",
                                 "The firm has grown for 60 years.",
                                 "He spent 60 years at sea.",
                                 "The 60th edition of the race starts on Sunday.",
                                 "The anniversary of the treaty falls this year.");
  CAPTURE(sentence);
  CHECK(parse(sentence).anniversaries.empty());
}
