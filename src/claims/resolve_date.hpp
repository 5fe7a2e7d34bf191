#pragma once
/// Dates as the text states them, made calendar dates: a missing year from the document date,
/// weekdays and relative days counted from it, and nothing guessed when there is no document date.
#include <optional>

#include "grammar/ast.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// The calendar dates an ast::date stands for, or nullopt when they cannot be known without
/// guessing. Granularity is kept: "August 2025" is the month, "2015" the year, "the 1990s" the
/// years 1990 to 1999, "last week" the seven days Monday to Sunday.
///
/// Against the document date (needed as far down as the expression counts: a day for "yesterday"
/// and weekdays, a month for "last month", a year for "last year"):
/// - a date without a year takes the year that puts it nearest the document date;
/// - a bare weekday ("on Tuesday") is the latest such day on or before the document date, as news
///   mostly reports what has happened;
/// - "last Tuesday" is the latest Tuesday before the document date, "next Tuesday" the first after,
///   "this Tuesday" the one in the document's week (Monday to Sunday); "last March", "next March"
///   and "this March" likewise by month within years;
/// - "yesterday", "last week", "next month", "this year", "May last year", "two years ago" count
///   calendar days, weeks, months and years from the document's.
/// - "Friday next week" is the Friday of the calendar week counted; a range of such expressions
///   ("from today to tomorrow", "Tuesday to Thursday") runs from its start to its end, an end that
///   is a weekday alone being the first such day after the start.
/// "since 1965" gives an open-ended range (date_range::open_ended). "mid-2015" is the year 2015
/// with date_part::mid noted, not a guessed span of months. A numeric date whose day and month
/// could be either way round ("8/10/2012") is read in the given `order`, and not at all under
/// numeric_date_order::unambiguous_only; a day the year does not have ("February 29" against
/// 2014) keeps its year unknown.
std::optional<date_range> resolve_date(ast::date const& d, std::optional<calendar_date> const& document_date,
                                       numeric_date_order order = numeric_date_order::unambiguous_only);

}  // namespace claimcheck
