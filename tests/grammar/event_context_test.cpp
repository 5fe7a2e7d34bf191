// Meetings and events said in ways beyond "X met Y": the talks named first, a named event.
#include <catch2/catch.hpp>

#include "grammar_fixture.hpp"

using claimcheck::testing::parse;

TEST_CASE("meeting: talks named first, then whom they were with", "[grammar][meeting]") {
  struct row {
    std::string sentence;
    std::string subject;
    std::string other;
  };
  auto const r = GENERATE(values<row>({
      {"Her first round of coalition talks, on Monday, was with Olaf Brenn, the leader of the Greens.", "Her",
       "Olaf Brenn"},
      {"His talks were with Governor Ines Calder.", "His", "Ines Calder"},
      {"Her only meeting in Tarrow was with Olaf Brenn.", "Her", "Olaf Brenn"},
  }));
  CAPTURE(r.sentence);
  auto const found = parse(r.sentence);
  REQUIRE(found.meetings.size() == 1);
  CHECK(found.meetings[0].subject.pronoun);
  CHECK(found.meetings[0].subject.span.view() == r.subject);
  CHECK(found.meetings[0].other.name.view() == r.other);
}

TEST_CASE("meeting: what is not talks with someone", "[grammar][meeting]") {
  auto const sentence = GENERATE(as<std::string>{}, "Her talks were with the unions.",
                                 "His first meeting was in Tarrow.", "The talks were with Olaf Brenn.");
  CAPTURE(sentence);
  CHECK(parse(sentence).meetings.empty());
}

TEST_CASE("event: an event named with its owner, a name or its sides", "[grammar][event]") {
  struct row {
    std::string sentence;
    std::string what;
  };
  auto const r = GENERATE(values<row>({
      {"Brenmouth's cup final against Ostvik Rovers was played on 17 May.", "cup final"},
      {"The Tarrow summit was held on 3 June.", "summit"},
      {"The final between Brenmouth and Ostvik was played on 17 May.", "final"},
      {"The final was played on 17 May.", "final"},
  }));
  CAPTURE(r.sentence);
  auto const found = parse(r.sentence);
  REQUIRE(found.occurrences.size() == 1);
  CHECK(found.occurrences[0].what.view() == r.what);
}
