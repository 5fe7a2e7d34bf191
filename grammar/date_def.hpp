#pragma once
// Included only by date.cpp.
#include "grammar/actions.hpp"
#include "grammar/date.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

struct month_day_class;
struct day_month_class;
struct month_year_class;

date_type const date = "date";
duration_type const duration = "duration";
x3::rule<month_day_class, ast::date> const month_day = "month_day";
x3::rule<day_month_class, ast::date> const day_month = "day_month";
x3::rule<month_year_class, ast::date> const month_year = "month_year";

// "Aug." and "Aug" alike; the month's number is its id in the lexicon.
auto const month = lexicon_phrase(&lexicon::months) >> -x3::lit('.');

// A day of the month, "23" or "23rd", never part of a longer number.
auto const day_number = x3::uint_parser<int, 10, 1, 2>{} >> -(x3::lit("st") | "nd" | "rd" | "th") >> word_end;
auto const check_day = [](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 31; };
auto const day = day_number[check_day];

auto const year = x3::uint_parser<int, 10, 4, 4>{} >> word_end;

auto const range_separator = x3::lit('-') | x3::lit('/') |
                             ws >> (kw("to") | kw("and") | kw("through") | kw("until") | kw("till")) >> ws |
                             ws >> x3::lit('-') >> ws;

auto const set_start_day = set(&ast::date::start_day);
auto const set_start_month = set(&ast::date::start_month);
auto const set_end_day = set(&ast::date::end_day);
auto const set_end_month = set(&ast::date::end_month);
auto const set_years = [](auto& ctx) {
  x3::_val(ctx).end_year = x3::_attr(ctx);
  if (x3::_val(ctx).start_year == 0) x3::_val(ctx).start_year = x3::_attr(ctx);
};

// "August 23, 2025", "Aug. 23-24", "August 30 to September 1", "August 23 and 24"
auto const month_day_def = x3::eps[reset] >> month[set_start_month] >> ws >> day[set_start_day] >>
                           -(range_separator >> -(month[set_end_month] >> ws) >> day[set_end_day]) >>
                           -(-x3::lit(',') >> ws >> year[set_years]);

// "23 August 2025", "23-24 August", "16 and 17 November", "30 August to 1 September"
auto const day_month_def = x3::eps[reset] >> day[set_start_day] >>
                           -(range_separator >> day[set_end_day] >> !(ws >> day)) >> ws >> month[set_start_month] >>
                           -(ws >> year[set_years]) >>
                           -(range_separator >> day[set_end_day] >> ws >> month[set_end_month] >> -(ws >> year[set_years]));

// "September 2025", "in mid-2015" is left to the values work
auto const month_year_def = x3::eps[reset] >> month[set_start_month] >> -x3::lit(',') >> ws >> year[set_years];

auto const copy_calendar = [](auto& ctx) {
  int const weekday = x3::_val(ctx).weekday;
  x3::_val(ctx) = x3::_attr(ctx);
  x3::_val(ctx).weekday = weekday;
};

auto const calendar = month_day[copy_calendar] | month_year[copy_calendar] | day_month[copy_calendar];

// "Tuesday", "Tuesday, August 26", "Tuesday 26 August"
auto const with_weekday = x3::eps[reset] >> lexicon_phrase(&lexicon::weekdays)[set(&ast::date::weekday)] >> word_end >>
                          -(-x3::lit(',') >> ws >> calendar);

auto const date_def = x3::eps[reset] >> capture[with_weekday | calendar][set(&ast::date::span)];

auto const set_amount = [](auto& ctx) { x3::_val(ctx).amount = static_cast<double>(x3::_attr(ctx)); };

// "ten years", "a decade", "18 months", "two-year"
auto const duration_def =
    x3::eps[reset] >>
    capture[(x3::uint_[set_amount] | lexicon_phrase(&lexicon::number_words)[set_amount]) >> (ws | x3::lit('-')) >>
            lexicon_phrase(&lexicon::duration_units)[set(&ast::duration::unit)]][set(&ast::duration::span)];

BOOST_SPIRIT_DEFINE(date, duration, month_day, day_month, month_year)

}  // namespace parsers

}  // namespace claimcheck::grammar
