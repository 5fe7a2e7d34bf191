// "The first X in ten years" and "X was the party's first since 2012": an ordinal, its noun and
// the time since the last one.
#include <catch2/catch.hpp>

#include "grammar_fixture.hpp"

using claimcheck::testing::parse;

TEST_CASE("first-since: the noun before the ordinal", "[grammar][first-since]") {
  struct row {
    std::string sentence;
    std::string noun;
    std::string time;  // the duration, or the year since, as written
  };
  auto const r = GENERATE(values<row>({
      {"The weekend's win was the Harbour Party's first in two decades.", "win", "two decades"},
      {"The victory marks its first since 2012.", "victory", "2012"},
      {"Tarrow's title was the club's first for 30 years.", "title", "30 years"},
      {"It was the first visit by a mayor in ten years.", "visit", "ten years"},
      {"It is the first summit hosted by Ostvik since 2016.", "summit", "2016"},
  }));
  CAPTURE(r.sentence);
  auto const found = parse(r.sentence);
  REQUIRE(found.firsts.size() == 1);
  auto const& f = found.firsts.front();
  CHECK(f.noun.view() == r.noun);
  CHECK((f.in.span.empty() ? f.since.span.view() : f.in.span.view()) == r.time);
}

TEST_CASE("first-since: an ordinal with no time since is no claim", "[grammar][first-since]") {
  auto const sentence = GENERATE(as<std::string>{}, "The win was the party's first.",
                                 "The win was the party's first in the region.", "Her first term ended in 2012.");
  CAPTURE(sentence);
  CHECK(parse(sentence).firsts.empty());
}
