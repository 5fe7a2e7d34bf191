#pragma once
/// Dates as news prose writes them, and durations.
///
/// date(): calendar dates and ranges ("August 23, 2025", "Aug. 23-24", "23-24 August", "16 and 17
/// November", "August 30 to September 1", "September 2025", "2025-08-23"), weekdays ("on
/// Tuesday", "Tuesday's vote"), years and spans of years ("in 2014", "since 1965", "from 1910 to
/// 1945", "between 1910 and 1945", "1910-1945", "2014's", "the 1990s"), parts of periods ("mid-2015",
/// "late August", "the end of next year") and dates counted from the document's date ("yesterday",
/// "last week", "next Tuesday", "May last year", "two years ago").
///
/// A lead word in front of the date is read with it when it says something ("since" makes the
/// date open-ended) or when only it makes a number a year: "in 2014", "by 2030", "from 1910 to
/// 1945" are dates; "2014 people" and "1910 to 1945" on their own are not. A month alone needs a
/// lead word too ("in May", not "May said"). The date's span leaves the lead word out.
///
/// duration(): "ten years", "a decade", "18 months", "two and a half years", "a year and a half",
/// "half a century", "a fortnight", "48-hour", "90 minutes".
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct date_class;
struct duration_class;

using date_type = x3::rule<date_class, ast::date>;
using duration_type = x3::rule<duration_class, ast::duration>;

BOOST_SPIRIT_DECLARE(date_type, duration_type)
}  // namespace parsers

parsers::date_type const& date();
parsers::duration_type const& duration();

}  // namespace claimcheck::grammar
