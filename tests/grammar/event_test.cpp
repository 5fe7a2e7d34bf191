// Meetings and visits: who met whom, who visited where and when.
#include <catch2/catch.hpp>

#include "grammar_fixture.hpp"

using claimcheck::testing::parse;

namespace {

struct meeting_case {
  std::string sentence;
  std::string subject;  // name, or "he"/"she" for a pronoun
  std::string other;
  std::string counterpart_jurisdiction;  // "-" when no counterpart is said
  std::string place;
};

std::string who(claimcheck::ast::person const& p) {
  return p.pronoun ? std::string(p.span.view()) : std::string(p.name.view());
}

}  // namespace

TEST_CASE("meeting: who met whom", "[grammar][meeting]") {
  auto const c = GENERATE(values<meeting_case>({
      {"Japanese Defence Minister Gen Nakatani met his South Korean counterpart Ahn Gyu-back in Seoul on Tuesday.",
       "Gen Nakatani", "Ahn Gyu-back", "South Korean", "Seoul"},
      {"Nakatani met with his South Korean counterpart, Ahn Gyu-back, for two hours.", "Nakatani", "Ahn Gyu-back",
       "South Korean", ""},
      {"Nakatani held talks with South Korean Defense Minister Lee Jong-sup on regional security.", "Nakatani",
       "Lee Jong-sup", "-", ""},
      {"The talks between Nakatani and Ahn lasted two hours.", "Nakatani", "Ahn", "-", ""},
      {"the meeting between Lee Jae-myung and Shigeru Ishiba in Tokyo was cordial.", "Lee Jae-myung",
       "Shigeru Ishiba", "-", "Tokyo"},
      {"Ishiba hosted Lee at his official residence.", "Ishiba", "Lee", "-", ""},
      {"Ishiba later met Mr. Lee in private.", "Ishiba", "Lee", "-", ""},
      {"Before the summit he held bilateral talks with Norway's prime minister, Eirik Solvang.", "he", "Eirik Solvang",
       "-", ""},
      {"Silva met her counterpart from Vietnam, Tran Van Minh, in Hanoi.", "Silva", "Tran Van Minh", "Vietnam",
       "Hanoi"},
  }));
  CAPTURE(c.sentence);
  auto const found = parse(c.sentence);
  REQUIRE(found.meetings.size() == 1);
  auto const& m = found.meetings.front();
  CHECK(who(m.subject) == c.subject);
  CHECK(who(m.other) == c.other);
  if (c.counterpart_jurisdiction == "-") {
    CHECK(m.counterpart.empty());
  } else {
    CHECK(!m.counterpart.empty());
    CHECK(m.counterpart_jurisdiction.view() == c.counterpart_jurisdiction);
  }
  CHECK(m.place.view() == c.place);
}

TEST_CASE("meeting: phrasings that are not a meeting of two named people", "[grammar][meeting]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "The ministers met in Seoul on Tuesday.",
                                 "Nakatani met reporters after the talks.",
                                 "Talks between the two countries stalled.",
                                 "Officials said they had met before.");
  CAPTURE(sentence);
  CHECK(parse(sentence).meetings.empty());
}

namespace {

struct visit_case {
  std::string sentence;
  std::string visitor;
  std::string place;
  int start_day, start_month, start_year, end_day, end_month;
};

}  // namespace

TEST_CASE("visit: who visited where, and when", "[grammar][visit]") {
  auto const c = GENERATE(values<visit_case>({
      {"Lee Jae-myung is visiting Japan on August 23-24.", "Lee Jae-myung", "Japan", 23, 8, 0, 24, 0},
      {"Nakatani's visit to Seoul on 29 September was brief.", "Nakatani", "Seoul", 29, 9, 0, 0, 0},
      {"President Lee Jae-myung's two-day visit to Japan on Aug. 23-24 ended well.", "Lee Jae-myung", "Japan", 23, 8, 0,
       24, 0},
      {"Silva visited Vietnam from 3 to 5 March.", "Silva", "Vietnam", 3, 3, 0, 5, 0},
      {"Silva arrived in Hanoi on March 4, 2026.", "Silva", "Hanoi", 4, 3, 2026, 0, 0},
      {"The leaders met in Riga; Ozolins visited Oslo on 16 and 17 November.", "Ozolins", "Oslo", 16, 11, 0, 17, 0},
      {"Kask travelled to Helsinki on August 30 to September 1, 2025.", "Kask", "Helsinki", 30, 8, 2025, 1, 9},
  }));
  CAPTURE(c.sentence);
  auto const found = parse(c.sentence);
  REQUIRE(found.visits.size() == 1);
  auto const& v = found.visits.front();
  CHECK(v.visitor.name.view() == c.visitor);
  CHECK(v.place.view() == c.place);
  CHECK(v.when.start_day == c.start_day);
  CHECK(v.when.start_month == c.start_month);
  CHECK(v.when.start_year == c.start_year);
  CHECK(v.when.end_day == c.end_day);
  CHECK(v.when.end_month == c.end_month);
}

TEST_CASE("visit: the first visit by an office holder in a stated time", "[grammar][visit]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "It was the first visit by a Japanese defence minister in ten years.",
                                 "It was the first visit to South Korea by a Japanese defence minister in a decade.");
  CAPTURE(sentence);
  auto const found = parse(sentence);
  REQUIRE(found.visits.size() == 1);
  auto const& v = found.visits.front();
  CHECK(v.ordinal.view() == "first");
  CHECK(v.visitor.name.empty());
  CHECK(v.visitor.title.jurisdiction.view() == "Japanese");
  CHECK(v.visitor.title.title.view() == "defence minister");
  CHECK(!v.since.span.empty());
}

TEST_CASE("visit: phrasings that are not a dated visit by someone named", "[grammar][visit]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "The visit was postponed.",
                                 "Tourists visited the museum on Tuesday.",
                                 "A visit to Seoul is planned.");
  CAPTURE(sentence);
  CHECK(parse(sentence).visits.empty());
}
