// Dates as news prose writes them, through the date rule itself: what it reads, where it stops,
// and what it must leave alone.
#include <catch2/catch.hpp>

#include "claims/resolve_date.hpp"
#include "grammar/date.hpp"
#include "grammar_fixture.hpp"

namespace {

using namespace claimcheck;

struct parsed_date {
  bool ok = false;
  std::string span;
  ast::date value;
};

// Parses a date at the very start of `text`.
parsed_date date_at_start(std::string const& text) {
  parsed_date out;
  out.ok = testing::parse_prefix(grammar::date(), text, out.value).has_value();
  if (out.ok) out.span = std::string(out.value.span.view());
  return out;
}

// The dates found at each word start of a sentence, as parse.cpp looks for findings.
std::vector<std::string> dates_in(std::string const& sentence) {
  std::vector<std::string> found;
  char const* const begin = sentence.data();
  char const* const end = begin + sentence.size();
  char const* from = begin;
  for (char const* at = begin; at < end; ++at) {
    bool const word_start = at == begin || at[-1] == ' ' || at[-1] == '(' || at[-1] == '"';
    if (!word_start || *at == ' ' || at < from) continue;
    char const* it = at;
    ast::date d;
    if (grammar::date().parse(it, end, grammar::context_type(testing::builtin_lexicon()), boost::spirit::x3::unused,
                              d)) {
      found.emplace_back(d.span.view());
      from = it;
    }
  }
  return found;
}

std::string resolved(ast::date const& d, std::optional<calendar_date> document_date) {
  auto const range = resolve_date(d, document_date);
  return range ? range->iso() : std::string("-");
}

struct date_case {
  std::string text;
  std::string span;  // the date as the rule reads it, lead words left out
  std::string iso;   // resolved without a document date; "-" when that cannot be done
};

}  // namespace

TEST_CASE("date: calendar dates and ranges of days", "[grammar][dates]") {
  auto const c = GENERATE(values<date_case>({
      {"23 August 2025", "23 August 2025", "2025-08-23"},
      {"August 23, 2025", "August 23, 2025", "2025-08-23"},
      {"August 23, 2025, the ministers said", "August 23, 2025", "2025-08-23"},
      {"August 23 2025", "August 23 2025", "2025-08-23"},
      {"Aug. 23, 2025", "Aug. 23, 2025", "2025-08-23"},
      {"Aug 23", "Aug 23", "XXXX-08-23"},
      {"August 23rd", "August 23rd", "XXXX-08-23"},
      {"23rd August", "23rd August", "XXXX-08-23"},
      {"1st of May 2024", "1st of May 2024", "2024-05-01"},
      {"5th of November", "5th of November", "XXXX-11-05"},
      {"Sept. 9", "Sept. 9", "XXXX-09-09"},
      {"Sep 30", "Sep 30", "XXXX-09-30"},
      {"Jan. 2, 2026", "Jan. 2, 2026", "2026-01-02"},
      {"Feb 29, 2024", "Feb 29, 2024", "2024-02-29"},
      {"Dec. 31", "Dec. 31", "XXXX-12-31"},
      {"Aug. 23-24", "Aug. 23-24", "XXXX-08-23/XXXX-08-24"},
      {"Aug. 23-24, 2025", "Aug. 23-24, 2025", "2025-08-23/2025-08-24"},
      {"August 23 to 25", "August 23 to 25", "XXXX-08-23/XXXX-08-25"},
      {"August 23 and 24", "August 23 and 24", "XXXX-08-23/XXXX-08-24"},
      {"August 23 through 27, 2025", "August 23 through 27, 2025", "2025-08-23/2025-08-27"},
      {"August 23 until 25", "August 23 until 25", "XXXX-08-23/XXXX-08-25"},
      {"Aug 23 - 24", "Aug 23 - 24", "XXXX-08-23/XXXX-08-24"},
      {"23-24 August", "23-24 August", "XXXX-08-23/XXXX-08-24"},
      {"23/24 August 2025", "23/24 August 2025", "2025-08-23/2025-08-24"},
      {"23 - 24 August 2025", "23 - 24 August 2025", "2025-08-23/2025-08-24"},
      {"16 and 17 November", "16 and 17 November", "XXXX-11-16/XXXX-11-17"},
      {"3 to 5 March", "3 to 5 March", "XXXX-03-03/XXXX-03-05"},
      {"30 August to 1 September", "30 August to 1 September", "XXXX-08-30/XXXX-09-01"},
      {"30 August 2025 to 1 September 2025", "30 August 2025 to 1 September 2025", "2025-08-30/2025-09-01"},
      {"August 30 to September 1, 2025", "August 30 to September 1, 2025", "2025-08-30/2025-09-01"},
      {"December 30 to January 2, 2026", "December 30 to January 2, 2026", "2025-12-30/2026-01-02"},
      {"30 December to 2 January 2026", "30 December to 2 January 2026", "2025-12-30/2026-01-02"},
      {"2025-08-23", "2025-08-23", "2025-08-23"},
      {"2025-08-23.", "2025-08-23", "2025-08-23"},
      {"2025-08-23T14:30:00Z", "2025-08-23T14:30:00Z", "2025-08-23"},
      {"2025-08-23T14:30.", "2025-08-23T14:30", "2025-08-23"},
      {"2016-05-07T23:45:00.487+01:00 UTC", "2016-05-07T23:45:00.487+01:00", "2016-05-07"},
      {"31st March, 2016", "31st March, 2016", "2016-03-31"},
      {"23 August, 2025, the", "23 August, 2025", "2025-08-23"},
      {"Feb 29, 2024", "Feb 29, 2024", "2024-02-29"},
      {"29 February", "29 February", "XXXX-02-29"},
      // days written as ordinal words, where nothing else can be meant
      {"Twenty-fourth of May", "Twenty-fourth of May", "XXXX-05-24"},
      {"fifth of November 2025", "fifth of November 2025", "2025-11-05"},
      {"May eighth, 2010", "May eighth, 2010", "2010-05-08"},
      {"on March thirty-first, 2024", "March thirty-first, 2024", "2024-03-31"},
      {"May eighth 2010", "May eighth 2010", "2010-05-08"},
      {"May first, 2010", "May first, 2010", "2010-05-01"},
      // ... alone after a month only past "third" ("May first" may be a name and an adverb)
      {"May twenty-fourth", "May twenty-fourth", "XXXX-05-24"},
      {"May eighth", "May eighth", "XXXX-05-08"},
      {"June fourth, officials said", "June fourth", "XXXX-06-04"},
      // ... and ranges of them, either side of the month
      {"Eighth to eleventh May 2010", "Eighth to eleventh May 2010", "2010-05-08/2010-05-11"},
      {"first and second of June", "first and second of June", "XXXX-06-01/XXXX-06-02"},
      {"first and second June", "first and second June", "XXXX-06-01/XXXX-06-02"},
      {"fourth-sixth of July 2024", "fourth-sixth of July 2024", "2024-07-04/2024-07-06"},
      {"May eighth - tenth, 2010", "May eighth - tenth, 2010", "2010-05-08/2010-05-10"},
      {"March first to third", "March first to third", "XXXX-03-01/XXXX-03-03"},
      {"May first to third 2011", "May first to third 2011", "2011-05-01/2011-05-03"},
      // a month in lower case between a day and a year
      {"23rd february, 2016", "23rd february, 2016", "2016-02-23"},
      {"3 march 2016", "3 march 2016", "2016-03-03"},
      {"23 may 2016", "23 may 2016", "2016-05-23"},
      {"1st of august 2019", "1st of august 2019", "2019-08-01"},
      {"23rd february", "-", "-"},
      {"3rd may be", "-", "-"},
      {"5 march on", "-", "-"},
      // a comma after the month, with a year after the day
      {"March, 6th 2016", "March, 6th 2016", "2016-03-06"},
      {"Sunday, March, 6th 2016", "Sunday, March, 6th 2016", "2016-03-06"},
      // two-digit years: with an apostrophe, or ending the date's clause
      {"3rd Feb 82", "3rd Feb 82", "1982-02-03"},
      {"3 Feb '82", "3 Feb '82", "1982-02-03"},
      {"14 July '05, the", "14 July '05", "2005-07-14"},
      {"1 January 68.", "1 January 68", "2068-01-01"},
      {"1 January 69)", "1 January 69", "1969-01-01"},
      {"3 February 82 people", "3 February", "XXXX-02-03"},
      {"3 Feb 82, the", "3 Feb", "XXXX-02-03"},
      {"7 May 11:00", "7 May", "XXXX-05-07"},
      {"on 5 May 10-12", "5 May", "XXXX-05-05"},
      {"3 Feb 2", "3 Feb", "XXXX-02-03"},
      {"3 Feb 123", "3 Feb", "XXXX-02-03"},
      // a day glued to its month, and month names between slashes or hyphens
      {"15Sep", "15Sep", "XXXX-09-15"},
      {"15SEP", "15SEP", "XXXX-09-15"},
      {"3dec 2013", "3dec 2013", "2013-12-03"},
      {"2012/Aug/10", "2012/Aug/10", "2012-08-10"},
      {"2012/aug/10", "2012/aug/10", "2012-08-10"},
      {"10/Aug/2012", "10/Aug/2012", "2012-08-10"},
      {"10-Aug-2012", "10-Aug-2012", "2012-08-10"},
      {"2012-AUG-10", "2012-AUG-10", "2012-08-10"},
      // ISO order with the zeros left out, and numeric dates with hyphens
      {"2013-2-7", "2013-2-7", "2013-02-07"},
      {"2013-12-7", "2013-12-7", "2013-12-07"},
      {"25-12-2025", "25-12-2025", "2025-12-25"},
      // numeric dates whose order of day and month cannot be mistaken
      {"25/12/2025", "25/12/2025", "2025-12-25"},
      {"12/25/2025", "12/25/2025", "2025-12-25"},
      {"3/3/2026", "3/3/2026", "2026-03-03"},
      {"2012/8/10", "2012/8/10", "2012-08-10"},
      {"on 2012/08/10", "2012/08/10", "2012-08-10"},
      {"Tuesday, August 26", "Tuesday, August 26", "XXXX-08-26"},
      {"Tuesday 26 August 2025", "Tuesday 26 August 2025", "2025-08-26"},
      {"Tues., Sept. 2", "Tues., Sept. 2", "XXXX-09-02"},
      {"Friday, Dec. 5, 2025", "Friday, Dec. 5, 2025", "2025-12-05"},
      {"on 23 August", "23 August", "XXXX-08-23"},
      {"from 3 to 5 March", "3 to 5 March", "XXXX-03-03/XXXX-03-05"},
      {"between 3 and 5 March", "3 and 5 March", "XXXX-03-03/XXXX-03-05"},
  }));
  CAPTURE(c.text);
  auto const d = date_at_start(c.text);
  if (c.span == "-") {
    CHECK_FALSE(d.ok);
    return;
  }
  REQUIRE(d.ok);
  CHECK(d.span == c.span);
  CHECK(resolved(d.value, std::nullopt) == c.iso);
}

TEST_CASE("date: months, years, decades and spans of them", "[grammar][dates]") {
  auto const c = GENERATE(values<date_case>({
      {"September 2025", "September 2025", "2025-09"},
      {"Sept. 2025", "Sept. 2025", "2025-09"},
      {"September, 2025", "September, 2025", "2025-09"},
      {"December of 2014", "December of 2014", "2014-12"},
      {"in December 2014", "December 2014", "2014-12"},
      {"In December 2014, prices fell", "December 2014", "2014-12"},
      {"March to May 2015", "March to May 2015", "2015-03/2015-05"},
      {"March-April 2015", "March-April 2015", "2015-03/2015-04"},
      {"Sep-2012", "Sep-2012", "2012-09"},
      {"9/2012", "9/2012", "2012-09"},
      {"in 04/2016", "04/2016", "2016-04"},
      // parts of a year named by their months
      {"spring 2024", "spring 2024", "2024-03/2024-05"},
      {"in spring 2024", "spring 2024", "2024-03/2024-05"},
      {"Spring 2024", "Spring 2024", "2024-03/2024-05"},
      {"the summer of 2023", "the summer of 2023", "2023-06/2023-08"},
      {"in the autumn of 2019", "the autumn of 2019", "2019-09/2019-11"},
      {"fall 2020", "fall 2020", "2020-09/2020-11"},
      {"winter 2025", "winter 2025", "2025-12/2026-02"},
      {"in the third quarter of 2025", "the third quarter of 2025", "2025-07/2025-09"},
      {"Q3 2025", "Q3 2025", "2025-07/2025-09"},
      {"Q1 2026", "Q1 2026", "2026-01/2026-03"},
      {"the first half of 2026", "the first half of 2026", "2026-01/2026-06"},
      {"H2 2024", "H2 2024", "2024-07/2024-12"},
      {"between 2014-2016", "2014-2016", "2014/2016"},
      {"December 2014 to January 2015", "December 2014 to January 2015", "2014-12/2015-01"},
      {"from December 2014 to January", "December 2014 to January", "2014-12/2015-01"},
      {"in 2014", "2014", "2014"},
      {"In 2014, the", "2014", "2014"},
      {"during 2014", "2014", "2014"},
      {"throughout 2019", "2019", "2019"},
      {"by 2030", "2030", "2030"},
      {"until 2020", "2020", "2020"},
      {"till 2020", "2020", "2020"},
      {"before 1990", "1990", "1990"},
      {"after 2001", "2001", "2001"},
      {"of 1969", "1969", "1969"},
      {"as of 2024", "2024", "2024"},
      {"and 2015", "2015", "2015"},
      {"or 2016,", "2016", "2016"},
      {"in 1066", "1066", "1066"},
      {"in 2100", "2100", "2100"},
      {"from 1910 to 1945", "1910 to 1945", "1910/1945"},
      {"from 1910 until 1945", "1910 until 1945", "1910/1945"},
      {"from 1910 through 1945", "1910 through 1945", "1910/1945"},
      {"from 1910 - 1945", "1910 - 1945", "1910/1945"},
      {"between 1910 and 1945", "1910 and 1945", "1910/1945"},
      {"Between 2001 and 2003,", "2001 and 2003", "2001/2003"},
      {"1910-1945", "1910-1945", "1910/1945"},
      {"1914-18", "1914-18", "1914/1918"},
      {"2014-15", "2014-15", "2014/2015"},
      {"1998-99", "1998-99", "1998/1999"},
      {"1999-2000", "1999-2000", "1999/2000"},
      {"1999-00", "1999-00", "1999/2000"},
      {"2014/15", "2014/15", "2014/2015"},
      {"the 2025-26 budget", "2025-26", "2025/2026"},
      {"the 2014 election", "2014", "2014"},
      {"the 2008 financial crisis", "2008", "2008"},
      {"A 2018 dispute", "2018", "2018"},
      {"year 2000", "2000", "2000"},
      {"the 2014", "-", "-"},  // a year after "the" names something that follows it
      {"2025-26 budget", "2025-26", "2025/2026"},
      {"2014's", "2014", "2014"},
      {"2014's floods", "2014", "2014"},
      {"the 1990s", "the 1990s", "1990/1999"},
      {"1960s", "1960s", "1960/1969"},
      {"in the 1980s", "the 1980s", "1980/1989"},
      {"the 1800s", "the 1800s", "1800/1899"},
      {"the 2000s", "the 2000s", "2000/2009"},
      {"the 2010s", "the 2010s", "2010/2019"},
      {"since 1965", "1965", "1965/.."},
      {"Since 1965, the", "1965", "1965/.."},
      {"since August 2025", "August 2025", "2025-08/.."},
      {"since the 1990s", "the 1990s", "1990/.."},
      {"since 23 August 2025", "23 August 2025", "2025-08-23/.."},
      {"in May", "May", "XXXX-05"},
      {"in March, the", "March", "XXXX-03"},
      {"in March the company", "March", "XXXX-03"},
      {"during June", "June", "XXXX-06"},
      {"until September.", "September", "XXXX-09"},
      {"since March,", "March", "XXXX-03/.."},
      {"from March to May", "March to May", "XXXX-03/XXXX-05"},
      {"between March and May", "March and May", "XXXX-03/XXXX-05"},
      {"in Aug.", "Aug", "XXXX-08"},
      {"in August. August Wilson", "August", "XXXX-08"},
      {"in Aug. The", "Aug", "XXXX-08"},
  }));
  CAPTURE(c.text);
  auto const d = date_at_start(c.text);
  if (c.span == "-") {
    CHECK_FALSE(d.ok);
    return;
  }
  REQUIRE(d.ok);
  CHECK(d.span == c.span);
  CHECK(resolved(d.value, std::nullopt) == c.iso);
}

TEST_CASE("date: parts of periods", "[grammar][dates]") {
  struct part_case {
    std::string text;
    std::string span;
    std::string iso;
    int part;  // 1 early, 2 mid, 3 late
  };
  auto const c = GENERATE(values<part_case>({
      {"mid-2015", "mid-2015", "2015", 2},
      {"mid 2015", "mid 2015", "2015", 2},
      {"early 2020", "early 2020", "2020", 1},
      {"in early 2020", "early 2020", "2020", 1},
      {"late 2019", "late 2019", "2019", 3},
      {"late August", "late August", "XXXX-08", 3},
      {"mid-August", "mid-August", "XXXX-08", 2},
      {"early September 2025", "early September 2025", "2025-09", 1},
      {"the end of 2025", "the end of 2025", "2025", 3},
      {"by the end of 2025", "the end of 2025", "2025", 3},
      {"the start of 2024", "the start of 2024", "2024", 1},
      {"the beginning of 2024", "the beginning of 2024", "2024", 1},
      {"the middle of 2016", "the middle of 2016", "2016", 2},
      {"the end of March", "the end of March", "XXXX-03", 3},
      {"the late 1990s", "the late 1990s", "1990/1999", 3},
      {"the mid-1990s", "the mid-1990s", "1990/1999", 2},
      {"the early 2000s", "the early 2000s", "2000/2009", 1},
      {"since mid-2015", "mid-2015", "2015/..", 2},
      {"late Tuesday", "late Tuesday", "-", 3},
      {"early last year", "early last year", "-", 1},
      {"the end of the year", "the end of the year", "-", 3},
  }));
  CAPTURE(c.text);
  auto const d = date_at_start(c.text);
  REQUIRE(d.ok);
  CHECK(d.span == c.span);
  CHECK(d.value.part == c.part);
  CHECK(resolved(d.value, std::nullopt) == c.iso);
  if (c.iso != "-") CHECK(resolve_date(d.value, std::nullopt)->part == static_cast<date_part>(c.part));
}

TEST_CASE("date: expressions counted from the document's date", "[grammar][dates]") {
  // Wednesday 10 September 2025.
  calendar_date const document{2025, 9, 10};
  auto const c = GENERATE(values<date_case>({
      {"yesterday", "yesterday", "2025-09-09"},
      {"Yesterday, the", "Yesterday", "2025-09-09"},
      {"today", "today", "2025-09-10"},
      {"Today's vote", "Today", "2025-09-10"},
      {"tonight", "tonight", "2025-09-10"},
      {"this morning", "this morning", "2025-09-10"},
      {"tomorrow", "tomorrow", "2025-09-11"},
      {"last night", "last night", "2025-09-09"},
      {"the day before yesterday", "the day before yesterday", "2025-09-08"},
      {"the day after tomorrow", "the day after tomorrow", "2025-09-12"},
      {"last week", "last week", "2025-09-01/2025-09-07"},
      {"this week", "this week", "2025-09-08/2025-09-14"},
      {"next week", "next week", "2025-09-15/2025-09-21"},
      {"last month", "last month", "2025-08"},
      {"this month", "this month", "2025-09"},
      {"earlier this month", "earlier this month", "2025-09"},
      {"next month", "next month", "2025-10"},
      {"last year", "last year", "2024"},
      {"last year's election", "last year", "2024"},
      {"this year", "this year", "2025"},
      {"later this year", "later this year", "2025"},
      {"next year", "next year", "2026"},
      {"coming year", "coming year", "2026"},
      {"on Tuesday", "Tuesday", "2025-09-09"},
      {"Tuesday's vote", "Tuesday", "2025-09-09"},
      {"on Wednesday", "Wednesday", "2025-09-10"},
      {"on Friday", "Friday", "2025-09-05"},
      {"on Sunday", "Sunday", "2025-09-07"},
      {"on Thurs.", "Thurs", "2025-09-04"},
      {"last Tuesday", "last Tuesday", "2025-09-09"},
      {"last Wednesday", "last Wednesday", "2025-09-03"},
      {"next Tuesday", "next Tuesday", "2025-09-16"},
      {"next Friday", "next Friday", "2025-09-12"},
      {"this Friday", "this Friday", "2025-09-12"},
      {"this Monday", "this Monday", "2025-09-08"},
      {"this coming Monday", "this coming Monday", "2025-09-15"},
      {"this past Monday", "this past Monday", "2025-09-08"},
      {"last March", "last March", "2025-03"},
      {"last September", "last September", "2024-09"},
      {"next March", "next March", "2026-03"},
      {"next September", "next September", "2026-09"},
      {"this March", "this March", "2025-03"},
      {"in May last year", "May last year", "2024-05"},
      {"in March this year", "March this year", "2025-03"},
      {"in June next year", "June next year", "2026-06"},
      {"two years ago", "two years ago", "2023"},
      {"a year ago", "a year ago", "2024"},
      {"a decade ago", "a decade ago", "2015"},
      {"three days ago", "three days ago", "2025-09-07"},
      {"two weeks ago", "two weeks ago", "2025-08-25/2025-08-31"},
      {"a fortnight ago", "a fortnight ago", "2025-08-25/2025-08-31"},
      {"five days from now", "five days from now", "2025-09-15"},
      {"a week from now", "a week from now", "2025-09-15/2025-09-21"},
      {"two years from now", "two years from now", "2027"},
      {"six months from now", "six months from now", "2026-03"},
      {"six months ago", "six months ago", "2025-03"},
      {"18 months ago", "18 months ago", "2024-03"},
      {"since last year", "last year", "2024/.."},
      {"until next week", "next week", "2025-09-15/2025-09-21"},
      {"late last year", "late last year", "2024"},
      {"early next month", "early next month", "2025-10"},
      {"the end of the year", "the end of the year", "2025"},
      {"by the end of this month", "the end of this month", "2025-09"},
      {"the end of the week", "the end of the week", "2025-09-08/2025-09-14"},
      {"Sept. 5", "Sept. 5", "2025-09-05"},
      {"on Dec. 30", "Dec. 30", "2025-12-30"},
      {"January 3", "January 3", "2026-01-03"},
      {"in May", "May", "2025-05"},
      // a part of the day read with its day
      {"tomorrow afternoon", "tomorrow afternoon", "2025-09-11"},
      {"yesterday evening", "yesterday evening", "2025-09-09"},
      {"today morning", "today morning", "2025-09-10"},
      // a weekday in lower case after a shift
      {"next friday", "next friday", "2025-09-12"},
      {"last monday", "last monday", "2025-09-08"},
      // a weekday in a week counted from the document's
      {"Friday next week", "Friday next week", "2025-09-19"},
      {"on Tuesday, next week", "Tuesday, next week", "2025-09-16"},
      {"Monday of last week", "Monday of last week", "2025-09-01"},
      {"Friday this week", "Friday this week", "2025-09-12"},
      {"Friday next week's vote", "Friday", "2025-09-05"},
      {"Friday next month", "Friday", "2025-09-05"},
      {"Tuesday, next year", "Tuesday", "2025-09-09"},
      // ranges whose ends are both counted from it
      {"from today to tomorrow", "today to tomorrow", "2025-09-10/2025-09-11"},
      {"from today morning to tomorrow", "today morning to tomorrow", "2025-09-10/2025-09-11"},
      {"today - next friday", "today - next friday", "2025-09-10/2025-09-12"},
      {"yesterday until Friday", "yesterday until Friday", "2025-09-09/2025-09-12"},
      {"from Tuesday to Thursday", "Tuesday to Thursday", "2025-09-09/2025-09-11"},
      {"Monday-Wednesday", "Monday-Wednesday", "2025-09-08/2025-09-10"},
      {"from last year to next year", "last year to next year", "2024/2026"},
      {"Tuesday to Thursday next week", "Tuesday", "2025-09-09"},
      {"today - Tuesday - the", "today", "2025-09-10"},
      {"Friday to Sunday's final", "Friday", "2025-09-05"},
      {"today to reporters", "today", "2025-09-10"},
      // a date counted from it, then the calendar date it is
      {"next year (July 2026)", "next year (July 2026)", "2026-07"},
      {"on Tuesday (Sept. 9)", "Tuesday (Sept. 9)", "2025-09-09"},
      {"next week (Sept. 15-19)", "next week (Sept. 15-19)", "2025-09-15/2025-09-19"},
      {"next year (the second half)", "next year", "2026"},
  }));
  CAPTURE(c.text);
  auto const d = date_at_start(c.text);
  REQUIRE(d.ok);
  CHECK(d.span == c.span);
  CHECK(resolved(d.value, document) == c.iso);
}

TEST_CASE("date: what the rule records besides the calendar fields", "[grammar][dates]") {
  auto const since = date_at_start("since 1965");
  REQUIRE(since.ok);
  CHECK(since.value.since);
  CHECK(since.value.start_year == 1965);
  CHECK_FALSE(date_at_start("in 1965").value.since);

  auto const weekday = date_at_start("Tuesday, August 26");
  REQUIRE(weekday.ok);
  CHECK(weekday.value.weekday == 2);
  CHECK(weekday.value.start_day == 26);

  auto const yesterday = date_at_start("yesterday");
  REQUIRE(yesterday.ok);
  CHECK(yesterday.value.relative_unit == 1);
  CHECK(yesterday.value.relative_offset == -1);

  auto const last_year = date_at_start("last year");
  REQUIRE(last_year.ok);
  CHECK(last_year.value.relative_unit == 4);
  CHECK(last_year.value.relative_offset == -1);

  auto const next_tuesday = date_at_start("next Tuesday");
  REQUIRE(next_tuesday.ok);
  CHECK(next_tuesday.value.weekday == 2);
  CHECK(next_tuesday.value.relative_unit == 2);
  CHECK(next_tuesday.value.relative_offset == 1);
  CHECK_FALSE(next_tuesday.value.weekday_in_week);

  auto const friday_next_week = date_at_start("Friday next week");
  REQUIRE(friday_next_week.ok);
  CHECK(friday_next_week.value.weekday == 5);
  CHECK(friday_next_week.value.relative_unit == 2);
  CHECK(friday_next_week.value.relative_offset == 1);
  CHECK(friday_next_week.value.weekday_in_week);

  auto const span = date_at_start("today - next Friday");
  REQUIRE(span.ok);
  CHECK(span.value.relative_unit == 1);
  CHECK(span.value.relative_offset == 0);
  CHECK(span.value.end_relative_unit == 2);
  CHECK(span.value.end_relative_offset == 1);
  CHECK(span.value.end_weekday == 5);

  // Day and month either way round: the numbers as written, no day or month.
  auto const unordered = date_at_start("8/10/2012");
  REQUIRE(unordered.ok);
  CHECK(unordered.value.unordered_first == 8);
  CHECK(unordered.value.unordered_second == 10);
  CHECK(unordered.value.start_day == 0);
  CHECK(unordered.value.start_month == 0);
  CHECK(unordered.value.start_year == 2012);
  CHECK(date_at_start("25/12/2025").value.unordered_first == 0);

  // Relative dates are never guessed without a document date.
  for (std::string const text : {"yesterday", "last week", "last month", "last year", "next Tuesday", "on Friday",
                                 "two years ago", "in May last year", "Friday next week", "from today to tomorrow",
                                 "Tuesday to Thursday"})
    CHECK(resolved(date_at_start(text).value, std::nullopt) == "-");
}

TEST_CASE("date: phrases that are not dates where they stand", "[grammar][dates]") {
  auto const text = GENERATE(as<std::string>{},
                             // counts, not years: a year needs a lead word, a possessive or a span
                             "2015 people", "2,014 people", "1910 to 1945", "2014 and 2015", "in 20155", "in 999",
                             "in 3000", "in 1.5", "in 2015.5", "in 2015%", "1234567", "20155", "2025-08",
                             "2025-13-01", "the 1990's",
                             // months and weekdays that are names, verbs or nouns
                             "May said", "may be", "march on Saturday", "Sun Weidong", "Sat down", "August Rush",
                             "in May's government", "since May became leader", "after May resigned", "by May took",
                             "and May said", "or June",
                             // numbers that are no day of a month
                             "23-24", "23 people", "10:30", "10:30 on 5 May", "No. 10", "10 Downing Street",
                             "32 August", "August 32", "0 August",
                             // days their month does not have
                             "February 29, 2014", "29 February 2023", "31 April", "April 31, 2025",
                             "before February 30, 2025", "in April 31 2025",
                             "30-31 June", "Sept. 31",
                             // fractions, scores and codes, and numeric dates that do not exist
                             "3/4", "8/10", "13/2025", "0/2025", "2012/13/10", "2012/2/30", "32/1/2025", "1/2/3",
                             "0/5/2025", "13/13/2025", "8/10/12", "3-1", "25-20", "10-06-16", "2013-2-30", "2013-13-7",
                             "2013-2", "2025-08-23T", "2025-08-23Tuesday",
                             // month names glued or between slashes that are no dates
                             "15Sepx", "45Sep", "0Sep", "2015Sep", "2012/Aug/32", "2012/Foo/10", "31/Apr/2012",
                             "Aug/10", "10/Aug",
                             // lower-case months away from a day and a year; two digits that are no year
                             "in february", "may 2016", "march 23", "23rd march", "in may", "on 3 march",
                             // parts of a year without one, and names that are not such parts
                             "spring", "the first half", "in the second half of the match", "Q3", "Q5 2025",
                             "the quarter of 2025", "springs 2024",
                             // times from now that are no calendar day
                             "two hours from now", "five days from", "several days from now",
                             // ordinal words that are no day: "May first" may be a name and an adverb
                             "May first", "May second", "June third", "May fourth-quarter", "fortieth of May",
                             "first of all", "thirty-first February", "thirtieth of February 2024",
                             "Eighth to fortieth May",
                             // lower-case weekdays without a shift, and weekdays in no counted week
                             "friday", "on monday", "next fridays",
                             // a comma between month and day with no year after them
                             "March, 6th", "March, 6 people",
                             // vague or not calendar periods
                             "the last years", "the coming weeks", "last days", "two hours ago",
                             "two and a half years ago", "several years ago", "the end of the day", "late on",
                             "early voting", "mid-range", "thisweek");
  CAPTURE(text);
  auto const d = date_at_start(text);
  CAPTURE(d.span);
  CHECK_FALSE(d.ok);
}

TEST_CASE("date: no date in sentences that only look dated", "[grammar][dates]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "Theresa May said the vote may be delayed.",
                                 "Since May became leader, the party has split.",
                                 "Protesters will march on the ministry.",
                                 "About 2015 people signed the letter.",
                                 "The meeting starts at 10:30 sharp.",
                                 "Sun Weidong met Jan Kowalski and April Lee.",
                                 "Sat in the front row, he listened.",
                                 "He scored 1910 points over the years.",
                                 "In the coming weeks the talks will resume.",
                                 "Call 555-1910 for details.",
                                 "The plant makes 2000 cars a day.");
  CAPTURE(sentence);
  CHECK(dates_in(sentence).empty());
}

TEST_CASE("date: dates found in running sentences", "[grammar][dates]") {
  struct scan_case {
    std::string sentence;
    std::vector<std::string> dates;
  };
  auto const c = GENERATE(values<scan_case>({
      {"Colonial rule lasted from 1910 to 1945.", {"1910 to 1945"}},
      {"The law has been in force since 1965, officials said.", {"1965"}},
      {"Lee visited Tokyo on Aug. 23-24 and returned on Tuesday.", {"Aug. 23-24", "Tuesday"}},
      {"In mid-2015 the firm hired 2,100 staff.", {"mid-2015"}},
      {"Sales fell in 2014 and 2015.", {"2014", "2015"}},
      {"Theresa May said on Tuesday that talks would resume in May.", {"Tuesday", "May"}},
      {"The 2014-15 season ended early last year.", {"2014-15", "early last year"}},
      {"Prices doubled between 2001 and 2003, a decade ago.", {"2001 and 2003", "a decade ago"}},
      {"The accord, signed on 23 August 2025, expires by the end of 2030.", {"23 August 2025", "the end of 2030"}},
      {"Turnout in the 2014 election was the lowest since the year 2000.", {"2014", "2000"}},
      {"The summer of 1969 and the 1970s were calm; in May last year it changed.",
       {"The summer of 1969", "the 1970s", "May last year"}},
      {"Sales rose in the third quarter of 2025, after a weak spring 2024.",
       {"the third quarter of 2025", "spring 2024"}},
      {"The order of 12/03/2026 was replaced by one of 25/12/2026.", {"12/03/2026", "25/12/2026"}},
      {"Talks run Tuesday to Thursday next week.", {"Tuesday", "Thursday next week"}},
      {"The vote today - Tuesday - was close.", {"today", "Tuesday"}},
      {"We may march on 3 March; 82 people may join in may 2016.", {"3 March"}},
      {"On 3 February 82 people were rescued.", {"3 February"}},
      {"Sessions ran May eighth - tenth, 2010, and 2012/Aug/10.", {"May eighth - tenth, 2010", "2012/Aug/10"}},
      {"She is getting married next year (July 2026).", {"next year (July 2026)"}},
      {"Output grew between 2014-2016 and fell in 2017.", {"2014-2016", "2017"}},
      {"Theresa May first spoke on the fifth of November.", {"fifth of November"}},
  }));
  CAPTURE(c.sentence);
  CHECK(dates_in(c.sentence) == c.dates);
}

TEST_CASE("date: the words of relative dates are lexicon data", "[grammar][dates][lexicon]") {
  lexicon lex = testing::builtin_lexicon();
  diagnostics errors;
  load_lexicon_yaml("extra.yaml",
                    "relative-days: {overmorrow: 2}\n"
                    "date-shifts: {previous: -1}\n"
                    "date-parts: {mid: [midst of]}\n",
                    lex, errors);
  CHECK(errors.empty());
  auto const parse = [&](std::string const& text) {
    char const* first = text.data();
    ast::date d;
    bool const ok =
        grammar::date().parse(first, first + text.size(), grammar::context_type(lex), boost::spirit::x3::unused, d);
    return ok ? resolved(d, calendar_date{2025, 9, 10}) : std::string("no date");
  };
  CHECK(parse("overmorrow") == "2025-09-12");
  CHECK(parse("previous month") == "2025-08");
  CHECK(parse("the midst of 2015") == "2015");
  CHECK(parse("next month") == "2025-10");  // the built-in words stay
}

TEST_CASE("date: malformed date words are reported where they are", "[grammar][dates][lexicon]") {
  struct bad_case {
    std::string yaml;
    std::string message;
  };
  auto const c = GENERATE(values<bad_case>({
      {"date-shifts: {past: -2}\n", "bad.yaml:1:21: date shift 'past' must be a whole number from -1 to 1, got '-2'"},
      {"relative-days: {someday: soon}\n",
       "bad.yaml:1:26: day offset 'someday' must be a whole number from -7 to 7, got 'soon'"},
      {"relative-days: {today: 1}\n", "bad.yaml:1:17: 'today' already stands for day offset 0"},
      {"date-parts: {middle: [midway]}\n",
       "bad.yaml:1:14: unknown date part 'middle' (expected one of: early, mid, late)"},
      {"date-parts: {late: [early]}\n", "bad.yaml:1:21: 'early' already stands for date part 'early'"},
  }));
  CAPTURE(c.yaml);
  lexicon lex = testing::builtin_lexicon();
  diagnostics errors;
  load_lexicon_yaml("bad.yaml", c.yaml, lex, errors);
  REQUIRE(errors.items().size() == 1);
  diagnostic const& d = errors.items().front();
  CHECK(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message == c.message);
}
