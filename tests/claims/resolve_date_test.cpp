// Dates as written, made calendar dates against the document's date; never guessed without one.
#include <catch2/catch.hpp>

#include "../grammar/grammar_fixture.hpp"
#include "claims/resolve_date.hpp"
#include "grammar/date.hpp"

namespace {

using namespace claimcheck;

ast::date parse_date(std::string const& text) {
  char const* first = text.data();
  ast::date d;
  grammar::context_type const context(testing::builtin_lexicon());
  bool const ok = grammar::date().parse(first, first + text.size(), context, boost::spirit::x3::unused, d);
  REQUIRE(ok);
  return d;
}

std::optional<calendar_date> document(std::string const& iso) {
  if (iso.empty()) return std::nullopt;
  return calendar_date::from_iso(iso);
}

std::string resolved(std::string const& phrase, std::string const& document_date) {
  auto const range = resolve_date(parse_date(phrase), document(document_date));
  return range ? range->iso() : std::string("-");
}

struct resolution_case {
  std::string document_date;  // empty: the document has none
  std::string phrase;
  std::string expected;       // "-": nothing can be said without guessing
};

}  // namespace

TEST_CASE("resolve_date: a missing year is the one nearest the document date", "[claims][dates]") {
  auto const c = GENERATE(values<resolution_case>({
      {"2025-09-09", "Aug. 23-24", "2025-08-23/2025-08-24"},
      {"2025-09-09", "August 23, 2025", "2025-08-23"},
      {"2026-01-05", "Dec. 30", "2025-12-30"},
      {"2025-12-20", "January 4", "2026-01-04"},
      {"2025-12-20", "December 30 to January 2", "2025-12-30/2026-01-02"},
      {"2025-12-20", "30 December to 2 January", "2025-12-30/2026-01-02"},
      {"2025-06-15", "late August", "2025-08"},
      {"2025-02-01", "in November", "2024-11"},
      {"2025-02-01", "from March to May", "2025-03/2025-05"},
      {"2025-02-01", "from November to January", "2024-11/2025-01"},
      {"", "August 23-24", "XXXX-08-23/XXXX-08-24"},
      {"", "23 August 2025", "2025-08-23"},
      {"", "Dec. 30", "XXXX-12-30"},
      {"", "in May", "XXXX-05"},
      {"2025", "Aug. 23", "XXXX-08-23"},  // a document dated by year only places no day
  }));
  CAPTURE(c.phrase, c.document_date);
  CHECK(resolved(c.phrase, c.document_date) == c.expected);
}

TEST_CASE("resolve_date: weekdays, past-leaning unless the text says otherwise", "[claims][dates]") {
  auto const c = GENERATE(values<resolution_case>({
      // 2025-09-09 is a Tuesday.
      {"2025-09-09", "on Tuesday", "2025-09-09"},
      {"2025-09-09", "on Monday", "2025-09-08"},
      {"2025-09-09", "on Wednesday", "2025-09-03"},
      {"2025-09-09", "on Friday", "2025-09-05"},
      {"2025-09-09", "on Sunday", "2025-09-07"},
      {"2025-09-09", "last Tuesday", "2025-09-02"},
      {"2025-09-09", "last Monday", "2025-09-08"},
      {"2025-09-09", "next Tuesday", "2025-09-16"},
      {"2025-09-09", "next Wednesday", "2025-09-10"},
      {"2025-09-09", "this Sunday", "2025-09-14"},
      {"2025-09-09", "this Monday", "2025-09-08"},
      // Across a month and a year.
      {"2025-10-01", "on Sunday", "2025-09-28"},
      {"2026-01-01", "last Friday", "2025-12-26"},
      {"2024-02-28", "next Friday", "2024-03-01"},
      {"", "on Tuesday", "-"},
      {"", "next Tuesday", "-"},
      {"2025-09", "on Tuesday", "-"},
  }));
  CAPTURE(c.phrase, c.document_date);
  CHECK(resolved(c.phrase, c.document_date) == c.expected);
}

TEST_CASE("resolve_date: days, weeks, months and years counted from the document's", "[claims][dates]") {
  auto const c = GENERATE(values<resolution_case>({
      {"2025-09-09", "yesterday", "2025-09-08"},
      {"2025-09-09", "today", "2025-09-09"},
      {"2025-09-09", "tomorrow", "2025-09-10"},
      {"2025-03-01", "yesterday", "2025-02-28"},
      {"2024-03-01", "yesterday", "2024-02-29"},
      {"2026-01-01", "yesterday", "2025-12-31"},
      {"2025-12-31", "tomorrow", "2026-01-01"},
      {"2025-09-09", "last week", "2025-09-01/2025-09-07"},
      {"2025-09-09", "this week", "2025-09-08/2025-09-14"},
      {"2025-09-09", "next week", "2025-09-15/2025-09-21"},
      {"2026-01-02", "last week", "2025-12-22/2025-12-28"},
      {"2025-09-09", "three weeks ago", "2025-08-18/2025-08-24"},
      {"2025-09-09", "last month", "2025-08"},
      {"2025-01-15", "last month", "2024-12"},
      {"2025-12-15", "next month", "2026-01"},
      {"2025-09-09", "earlier this month", "2025-09"},
      {"2025-09-09", "two months ago", "2025-07"},
      {"2025-02-10", "two months ago", "2024-12"},
      {"2025-09-09", "last year", "2024"},
      {"2025-09-09", "this year", "2025"},
      {"2025-09-09", "next year", "2026"},
      {"2025-09-09", "a decade ago", "2015"},
      {"2025-09-09", "five years ago", "2020"},
      {"2025-09-09", "in May last year", "2024-05"},
      {"2025-09-09", "in March next year", "2026-03"},
      {"2025-09-09", "last March", "2025-03"},
      {"2025-03-09", "last March", "2024-03"},
      {"2025-09-09", "next August", "2026-08"},
      {"2025-09-09", "this December", "2025-12"},
      {"2025-09", "last month", "2025-08"},  // a month's date is enough to count months
      {"2025", "last year", "2024"},
      {"2025", "last month", "-"},
      {"2025-09", "yesterday", "-"},
      {"", "yesterday", "-"},
      {"", "last week", "-"},
      {"", "last year", "-"},
      {"", "two years ago", "-"},
  }));
  CAPTURE(c.phrase, c.document_date);
  CHECK(resolved(c.phrase, c.document_date) == c.expected);
}

TEST_CASE("resolve_date: years, spans, open ends and parts", "[claims][dates]") {
  auto const c = GENERATE(values<resolution_case>({
      {"", "in 2014", "2014"},
      {"2025-09-09", "in 2014", "2014"},
      {"", "in December 2014", "2014-12"},
      {"", "from 1910 to 1945", "1910/1945"},
      {"", "between 1910 and 1945", "1910/1945"},
      {"", "1910-1945", "1910/1945"},
      {"", "the 1990s", "1990/1999"},
      {"", "since 1965", "1965/.."},
      {"", "since August 2025", "2025-08/.."},
      {"2025-09-09", "since last year", "2024/.."},
      {"2025-09-09", "since Tuesday", "2025-09-09/.."},
      {"", "since Tuesday", "-"},
      {"", "mid-2015", "2015"},
      {"", "early 2020", "2020"},
      {"", "the end of 2025", "2025"},
      {"2025-09-09", "late last year", "2024"},
  }));
  CAPTURE(c.phrase, c.document_date);
  CHECK(resolved(c.phrase, c.document_date) == c.expected);
}

TEST_CASE("resolve_date: the part of a period and an open end are kept apart from the dates", "[claims][dates]") {
  auto const mid = resolve_date(parse_date("mid-2015"), std::nullopt);
  REQUIRE(mid);
  CHECK(mid->part == date_part::mid);
  CHECK(mid->start == calendar_date{2015, 0, 0});
  CHECK(mid->end == calendar_date{2015, 0, 0});
  CHECK(to_string(mid->part) == "mid");

  auto const since = resolve_date(parse_date("since 1965"), std::nullopt);
  REQUIRE(since);
  CHECK(since->open_ended());
  CHECK(since->start == calendar_date{1965, 0, 0});
  CHECK(since->end.empty());

  auto const plain = resolve_date(parse_date("in 1965"), std::nullopt);
  REQUIRE(plain);
  CHECK_FALSE(plain->open_ended());
  CHECK(plain->part == date_part::none);
}

TEST_CASE("resolve_date: ast dates that name no calendar date", "[claims][dates]") {
  ast::date days_only;
  days_only.start_day = 23;
  days_only.end_day = 24;
  CHECK_FALSE(resolve_date(days_only, calendar_date{2025, 9, 9}));
  CHECK_FALSE(resolve_date(ast::date{}, calendar_date{2025, 9, 9}));
}

TEST_CASE("calendar: ranges, open ends and day numbers", "[claims][dates]") {
  CHECK(date_range{{1965, 0, 0}, {}}.iso() == "1965/..");
  CHECK(date_range{{2025, 8, 23}, {2025, 8, 24}}.iso() == "2025-08-23/2025-08-24");
  CHECK(date_range{{2025, 8, 0}, {2025, 8, 0}}.iso() == "2025-08");
  CHECK(calendar_date::from_day_number(0) == calendar_date{1970, 1, 1});
  CHECK(calendar_date::from_day_number(days_from_civil(2024, 2, 29)) == calendar_date{2024, 2, 29});
  CHECK(calendar_date::from_day_number(days_from_civil(1910, 8, 29)) == calendar_date{1910, 8, 29});
  // An open end agrees with any end; the starts must still agree.
  CHECK(dates_compatible(date_range{{1965, 0, 0}, {}}, date_range{{1965, 0, 0}, {2020, 0, 0}}));
  CHECK_FALSE(dates_compatible(date_range{{1965, 0, 0}, {}}, date_range{{1966, 0, 0}, {}}));
  // The part of a period narrows nothing: "mid-2015" and "December 2015" may be the same time.
  date_range const mid_2015{{2015, 0, 0}, {2015, 0, 0}, date_part::mid};
  CHECK(dates_compatible(mid_2015, date_range{{2015, 12, 0}, {2015, 12, 0}}));
}
