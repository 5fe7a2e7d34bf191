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
      // A day the nearby years do not have keeps its year unknown; a leap day finds its year.
      {"2014-08-10", "February 29", "XXXX-02-29"},
      {"2015-08-10", "February 29", "2016-02-29"},
      {"2016-08-10", "February 29", "2016-02-29"},
      {"2013-08-10", "15Sep", "2013-09-15"},
      {"2012-08-10", "May twenty-fourth", "2012-05-24"},
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
      // A weekday in a counted week is that week's, not the next such day.
      {"2025-09-09", "Friday next week", "2025-09-19"},
      {"2025-09-09", "Monday next week", "2025-09-15"},
      {"2025-09-09", "Tuesday, next week", "2025-09-16"},
      {"2025-09-09", "Wednesday last week", "2025-09-03"},
      {"2025-09-09", "Monday of last week", "2025-09-01"},
      {"2025-09-09", "Sunday this week", "2025-09-14"},
      {"2025-09-14", "Friday next week", "2025-09-19"},  // said on a Sunday
      {"2025-12-29", "Friday last week", "2025-12-26"},
      {"2025-09-09", "next friday", "2025-09-12"},
      {"", "Friday next week", "-"},
      {"2025-09", "Friday next week", "-"},
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

TEST_CASE("resolve_date: ranges whose ends are counted from the document's date", "[claims][dates]") {
  auto const c = GENERATE(values<resolution_case>({
      // 2025-09-09 is a Tuesday.
      {"2025-09-09", "from today to tomorrow", "2025-09-09/2025-09-10"},
      {"2025-09-09", "from today morning to tomorrow", "2025-09-09/2025-09-10"},
      {"2025-09-09", "today to tomorrow afternoon", "2025-09-09/2025-09-10"},
      {"2025-09-09", "yesterday to the day after tomorrow", "2025-09-08/2025-09-11"},
      {"2025-09-09", "today - next Friday", "2025-09-09/2025-09-12"},
      {"2025-09-12", "today - next friday", "2025-09-12/2025-09-19"},
      {"2025-09-09", "from last week to next week", "2025-09-01/2025-09-21"},
      {"2025-09-09", "from last month until next month", "2025-08/2025-10"},
      // A weekday alone at the start leans past; at the end it is the first such day from the start on.
      {"2025-09-09", "from Tuesday to Thursday", "2025-09-09/2025-09-11"},
      {"2025-09-09", "Monday-Wednesday", "2025-09-08/2025-09-10"},
      {"2025-09-09", "Friday to Monday", "2025-09-05/2025-09-08"},
      {"2025-09-09", "from yesterday to Thursday", "2025-09-08/2025-09-11"},
      {"2025-09-09", "yesterday - Monday", "2025-09-08"},  // one day, said twice
      // An end before the start names no span.
      {"2025-09-09", "tomorrow to yesterday", "-"},
      {"", "from today to tomorrow", "-"},
      {"", "from Tuesday to Thursday", "-"},
      {"2025-09", "from today to tomorrow", "-"},
  }));
  CAPTURE(c.phrase, c.document_date);
  CHECK(resolved(c.phrase, c.document_date) == c.expected);
}

TEST_CASE("resolve_date: a date counted from the document's and restated in brackets", "[claims][dates]") {
  auto const c = GENERATE(values<resolution_case>({
      {"2025-09-09", "next year (July 2026)", "2026-07"},
      {"2025-09-09", "on Tuesday (Sept. 9)", "2025-09-09"},
      {"2025-09-09", "next week (Sept. 15-19)", "2025-09-15/2025-09-19"},
      {"2025-09-09", "Friday next week (Sept. 19)", "2025-09-19"},
      // The date written wins over the count, even where they disagree: it is what the text states.
      {"2026-12-27", "next week (Dec 2026)", "2026-12"},
      {"", "next year (2026)", "2026"},
  }));
  CAPTURE(c.phrase, c.document_date);
  CHECK(resolved(c.phrase, c.document_date) == c.expected);
}

TEST_CASE("resolve_date: numeric dates read in the order configured", "[claims][dates]") {
  struct order_case {
    std::string phrase;
    numeric_date_order order;
    std::string expected;
  };
  auto constexpr plain = numeric_date_order::unambiguous_only;
  auto constexpr day_first = numeric_date_order::day_first;
  auto constexpr month_first = numeric_date_order::month_first;
  auto const c = GENERATE_COPY(values<order_case>({
      {"8/10/2012", plain, "-"},
      {"8/10/2012", day_first, "2012-10-08"},
      {"8/10/2012", month_first, "2012-08-10"},
      {"12/03/2026", plain, "-"},
      {"12/03/2026", day_first, "2026-03-12"},
      {"12/03/2026", month_first, "2026-12-03"},
      {"10-06-2016", plain, "-"},
      {"10-06-2016", day_first, "2016-06-10"},
      {"10-06-2016", month_first, "2016-10-06"},
      {"1/2/2025", day_first, "2025-02-01"},
      {"1/2/2025", month_first, "2025-01-02"},
      // An order the numbers make plain is read the same under every setting.
      {"25/12/2025", plain, "2025-12-25"},
      {"25/12/2025", day_first, "2025-12-25"},
      {"25/12/2025", month_first, "2025-12-25"},
      {"12/25/2025", plain, "2025-12-25"},
      {"12/25/2025", day_first, "2025-12-25"},
      {"12/25/2025", month_first, "2025-12-25"},
      {"3/3/2026", day_first, "2026-03-03"},
      {"3/3/2026", month_first, "2026-03-03"},
      {"2012/8/10", day_first, "2012-08-10"},
      {"2012/8/10", month_first, "2012-08-10"},
      {"2013-2-7", month_first, "2013-02-07"},
      {"9/2012", day_first, "2012-09"},
      {"9/2012", month_first, "2012-09"},
      // Other dates are not numeric dates and ignore the setting.
      {"August 10, 2012", day_first, "2012-08-10"},
      {"10 August 2012", month_first, "2012-08-10"},
  }));
  CAPTURE(c.phrase, to_string(c.order));
  auto const range = resolve_date(parse_date(c.phrase), std::nullopt, c.order);
  CHECK((range ? range->iso() : std::string("-")) == c.expected);
}

TEST_CASE("resolve_date: the numeric date orders by name", "[claims][dates]") {
  for (numeric_date_order const order :
       {numeric_date_order::unambiguous_only, numeric_date_order::day_first, numeric_date_order::month_first})
    CHECK(numeric_date_order_named(to_string(order)) == order);
  CHECK(to_string(numeric_date_order::day_first) == "day-first");
  CHECK(to_string(numeric_date_order::month_first) == "month-first");
  CHECK(to_string(numeric_date_order::unambiguous_only) == "unambiguous-only");
  CHECK_FALSE(numeric_date_order_named("little-endian"));
  CHECK_FALSE(numeric_date_order_named("Day-First"));
  CHECK_FALSE(numeric_date_order_named(""));
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
