// Durations through the duration rule itself: amount, unit, and the ISO 8601 value they make.
#include <catch2/catch.hpp>

#include "grammar/date.hpp"
#include "claims/lower.hpp"
#include "grammar_fixture.hpp"

namespace {

using namespace claimcheck;

struct parsed_duration {
  bool ok = false;
  std::string span;
  std::string iso;
};

// Parses a duration at the start of `text`; its value in the lexicon's units, as ISO 8601.
parsed_duration duration_at_start(std::string const& text) {
  lexicon const& lex = testing::builtin_lexicon();
  parsed_duration out;
  ast::duration d;
  out.ok = testing::parse_prefix(grammar::duration(), text, d).has_value();
  if (!out.ok) return out;
  out.span = std::string(d.span.view());
  out.iso = duration_of(d, lex).value().iso();
  return out;
}

struct duration_case {
  std::string text;
  std::string span;
  std::string iso;
};

}  // namespace

TEST_CASE("duration: amounts of time as news writes them", "[grammar][durations]") {
  auto const c = GENERATE(values<duration_case>({
      {"ten years", "ten years", "P10Y"},
      {"10 years", "10 years", "P10Y"},
      {"Ten years on, the", "Ten years", "P10Y"},
      {"a year", "a year", "P1Y"},
      {"one year", "one year", "P1Y"},
      {"a decade", "a decade", "P10Y"},
      {"A decade", "A decade", "P10Y"},
      {"two decades", "two decades", "P20Y"},
      {"three decades", "three decades", "P30Y"},
      {"a century", "a century", "P100Y"},
      {"two centuries", "two centuries", "P200Y"},
      {"half a century", "half a century", "P50Y"},
      {"a half century", "a half century", "P50Y"},
      {"a half-century", "a half-century", "P50Y"},
      {"a quarter century", "a quarter century", "P25Y"},
      {"a quarter of a century", "a quarter of a century", "P25Y"},
      {"two and a half years", "two and a half years", "P2.5Y"},
      {"one and a half years", "one and a half years", "P1.5Y"},
      {"a year and a half", "a year and a half", "P1.5Y"},
      {"two years and a half", "two years and a half", "P2.5Y"},
      {"two-and-a-half-year", "two-and-a-half-year", "P2.5Y"},
      {"1.5 years", "1.5 years", "P1.5Y"},
      {"2,000 years", "2,000 years", "P2000Y"},
      {"twenty-five years", "twenty-five years", "P25Y"},
      {"twenty five years", "twenty five years", "P25Y"},
      {"ninety-nine years", "ninety-nine years", "P99Y"},
      {"a dozen years", "a dozen years", "P12Y"},
      {"a hundred years", "a hundred years", "P100Y"},
      {"seven-year", "seven-year", "P7Y"},
      {"two-year-old", "two-year", "P2Y"},
      {"18 months", "18 months", "P18M"},
      {"eighteen months", "eighteen months", "P18M"},
      {"six-month", "six-month", "P6M"},
      {"a month", "a month", "P1M"},
      {"a month-long strike", "a month", "P1M"},
      {"a fortnight", "a fortnight", "P2W"},
      {"two fortnights", "two fortnights", "P4W"},
      {"a week", "a week", "P1W"},
      {"six weeks", "six weeks", "P6W"},
      {"three days", "three days", "P3D"},
      {"two-day", "two-day", "P2D"},
      {"10-day-long", "10-day", "P10D"},
      {"100 days", "100 days", "P100D"},
      {"48 hours", "48 hours", "PT48H"},
      {"48-hour", "48-hour", "PT48H"},
      {"an hour", "an hour", "PT1H"},
      {"half an hour", "half an hour", "PT0.5H"},
      {"half-hour", "half-hour", "PT0.5H"},
      {"one-and-a-half-hour", "one-and-a-half-hour", "PT1.5H"},
      {"12 hrs", "12 hrs", "PT12H"},
      {"90 minutes", "90 minutes", "PT90M"},
      {"90-minute", "90-minute", "PT90M"},
      {"30 mins", "30 mins", "PT30M"},
      {"a minute's silence", "a minute", "PT1M"},
      {"five years, officials said", "five years", "P5Y"},
      {"90 seconds", "90 seconds", "PT90S"},
      {"2.5 seconds", "2.5 seconds", "PT2.5S"},
      {"thirty three seconds", "thirty three seconds", "PT33S"},
      {"ten secs", "ten secs", "PT10S"},
  }));
  CAPTURE(c.text);
  auto const d = duration_at_start(c.text);
  REQUIRE(d.ok);
  CHECK(d.span == c.span);
  CHECK(d.iso == c.iso);
}

TEST_CASE("duration: phrases that are not an amount of time", "[grammar][durations]") {
  auto const text = GENERATE(as<std::string>{},
                             "years", "decades", "several years", "a few days", "many months", "hundreds of years",
                             "the second day", "a second term", "10am", "18th century", "two HR managers",
                             "a 10-year plan", "1990s", "2015 people", "half the time", "a half", "an era",
                             "ten", "10", "twenty", "two and a half", "10.5.3 years",
                             // a second is an ordinal in the singular: only plurals count time
                             "1 second", "one second", "a second", "seconds", "the second half");
  CAPTURE(text);
  CHECK_FALSE(duration_at_start(text).ok);
}

TEST_CASE("duration: ISO 8601 values of the calendar type", "[grammar][durations]") {
  CHECK(duration{10, duration::unit::year}.iso() == "P10Y");
  CHECK(duration{18, duration::unit::month}.iso() == "P18M");
  CHECK(duration{2, duration::unit::week}.iso() == "P2W");
  CHECK(duration{3, duration::unit::day}.iso() == "P3D");
  CHECK(duration{2.5, duration::unit::year}.iso() == "P2.5Y");
  CHECK(duration{48, duration::unit::hour}.iso() == "PT48H");
  CHECK(duration{30, duration::unit::minute}.iso() == "PT30M");
  CHECK(duration{10, duration::unit::second}.iso() == "PT10S");
  CHECK(duration{48, duration::unit::hour}.approx_days() == Approx(2.0));
  CHECK(duration{1, duration::unit::year}.approx_days() == Approx(duration{12, duration::unit::month}.approx_days()));
}
