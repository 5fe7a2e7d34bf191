#pragma once
// Included only by date.cpp.
#include <cstdint>

#include "grammar/actions.hpp"
#include "grammar/date.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

// --- numbers inside dates and durations ------------------------------------------------------

/// "18", "1.5", "2,000": digits with thousands separators and a decimal part, ending where the
/// number ends ("18th" and "10am" are no amounts).
struct decimal_parser : x3::parser<decimal_parser> {
  using attribute_type = double;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute& attr) const {
    auto const digit = [&](Iterator p) { return p != last && *p >= '0' && *p <= '9'; };
    Iterator it = first;
    if (!digit(it)) return false;
    double value = 0;
    int leading = 0;
    for (; digit(it); ++it, ++leading) value = value * 10 + (*it - '0');
    while (leading <= 3 && it != last && *it == ',' && digit(it + 1) && digit(it + 2) && digit(it + 3) &&
           !digit(it + 4)) {
      value = value * 1000 + (it[1] - '0') * 100 + (it[2] - '0') * 10 + (it[3] - '0');
      it += 4;
    }
    if (it != last && *it == '.' && digit(it + 1)) {
      double scale = 0.1;
      for (++it; digit(it); ++it, scale /= 10) value += (*it - '0') * scale;
    }
    if (it != last && is_word_byte(static_cast<unsigned char>(*it))) return false;
    first = it;
    x3::traits::move_to(value, attr);
    return true;
  }
};
inline constexpr decimal_parser decimal{};

// A number ends here, and is not the head of "23,000", "10:30", "1.5" or "2015%".
auto const number_end = word_end >> !((x3::lit('.') | ',' | ':') >> x3::digit) >> !x3::lit('%');

// A day of the month, "23" or "23rd".
auto const day_number = x3::uint_parser<int, 10, 1, 2>{} >> -(x3::lit("st") | "nd" | "rd" | "th") >> number_end;
auto const check_day = [](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 31; };
auto const day = day_number[check_day];
// "eighth", "twenty-fourth": a day written as an ordinal word, only where nothing else can be
// meant ("the fifth of November", "May eighth, 2010"; not "May first", which may be a name).
auto const check_word_day = [](auto& ctx) {
  x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 31;
  x3::_val(ctx).start_day = static_cast<int>(x3::_attr(ctx));
};
auto const word_day = lexicon_phrase(&lexicon::ordinals)[check_word_day] >> word_end;
auto const check_word_end_day = [](auto& ctx) {
  x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 31;
  x3::_val(ctx).end_day = static_cast<int>(x3::_attr(ctx));
};
auto const word_end_day = lexicon_phrase(&lexicon::ordinals)[check_word_end_day] >> word_end;
// Alone after a month, a day in words must be past "third": "May first" and "May second" may be a
// name and an adverb, "May twenty-fourth" cannot.
auto const check_late_word_day = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).start_day >= 4; };

// Years of news: four digits, from the Middle Ages to the next two centuries.
auto const check_year = [](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) >= 1000 && x3::_attr(ctx) <= 2199; };
auto const year = (x3::uint_parser<int, 10, 4, 4>{} >> number_end)[check_year];

// Months and weekdays start with a capital: "may be" and "the march" are no dates (the few places
// where lower case is safe are below). A full stop after one is read as abbreviating it only
// where the date goes on ("Aug. 23", "Tues., Sept. 2"), never where it may end the sentence ("in
// August.").
auto const month_word = lexicon_phrase(&lexicon::months) >> -(x3::lit('.') >> &(ws >> x3::digit));
auto const month = &x3::ascii::upper >> month_word;
auto const weekday_word = lexicon_phrase(&lexicon::weekdays) >> -(x3::lit('.') >> &(x3::lit(',') | ws >> x3::digit));
auto const weekday = &x3::ascii::upper >> weekday_word;
// In lower case a month is read only where nothing else can be meant: between a day and a year
// ("23rd february, 2016"), glued to digits ("15sep") or between slashes ("2012/aug/10"). "may"
// and "march" alone are verbs. A weekday in lower case is read after "last", "this" or "next"
// ("next friday").
auto const month_lower = &x3::ascii::lower >> month_word >> &(-x3::lit(',') >> ws >> year);

auto const possessive_ahead = &(x3::lit('\'') >> 's' >> word_end);

auto const range_separator = x3::lit('-') | x3::lit('/') |
                             ws >> (kw("to") | kw("and") | kw("through") | kw("until") | kw("till")) >> ws |
                             ws >> x3::lit('-') >> ws;
// Between two years "and" is only a range after "between": "in 2014 and 2016" names two years.
auto const year_separator = x3::lit('-') | ws >> (kw("to") | kw("through") | kw("until") | kw("till")) >> ws |
                            ws >> x3::lit('-') >> ws;

// --- actions ---------------------------------------------------------------------------------

auto const set_start_day = set(&ast::date::start_day);
auto const set_start_month = set(&ast::date::start_month);
auto const set_start_year = set(&ast::date::start_year);
auto const set_end_day = set(&ast::date::end_day);
auto const set_end_month = set(&ast::date::end_month);
auto const set_weekday = set(&ast::date::weekday);
auto const set_part = set(&ast::date::part);

// A year written once, at the end, dates both ends; in "December 30 to January 2, 2026" the
// start falls in the year before.
auto const set_years = [](auto& ctx) {
  ast::date& d = x3::_val(ctx);
  d.end_year = x3::_attr(ctx);
  if (d.start_year == 0) d.start_year = d.end_month != 0 && d.end_month < d.start_month ? d.end_year - 1 : d.end_year;
};

// "3 Feb '82", "3rd Feb 82": a year of two digits after a day and month, in the century POSIX
// gives it (69 to 99 are 1969 to 1999, 00 to 68 are 2000 to 2068). Without an apostrophe it must
// end the date's clause: in "3 February 82 people" the 82 is a count.
inline int full_year(int two_digits) { return two_digits >= 69 ? 1900 + two_digits : 2000 + two_digits; }
auto const set_short_years = [](auto& ctx) {
  ast::date& d = x3::_val(ctx);
  d.end_year = full_year(x3::_attr(ctx));
  if (d.start_year == 0) d.start_year = d.end_month != 0 && d.end_month < d.start_month ? d.end_year - 1 : d.end_year;
};
auto const two_digits = x3::uint_parser<int, 10, 2, 2>{};
auto const short_year = (x3::lit('\'') >> two_digits >> number_end)[set_short_years] |
                        (two_digits >> number_end >> !(ws | x3::lit(',') | x3::lit('-') | x3::lit('/') | x3::lit(':')))
                            [set_short_years];

auto const set_end_year = [](auto& ctx) {
  x3::_val(ctx).end_year = x3::_attr(ctx);
  x3::_pass(ctx) = x3::_attr(ctx) > x3::_val(ctx).start_year;
};

// "2014-15", "1998-99", "1999-2000": a short end year is in the start's century, or the next.
auto const set_short_end_year = [](auto& ctx) {
  int const start = x3::_val(ctx).start_year;
  int end = start / 100 * 100 + x3::_attr(ctx);
  if (end <= start) end += 100;
  x3::_val(ctx).end_year = end;
  x3::_pass(ctx) = end - start < 50;  // "2025-08" is a month, not 2025 to 2108
};

// "the 1990s" is ten years; "the 1800s" a century. "the 2000s" is read as the decade, as news
// uses it.
auto const set_decade = [](auto& ctx) {
  int const y = x3::_attr(ctx);
  x3::_pass(ctx) = y >= 1000 && y <= 2190 && y % 10 == 0;
  x3::_val(ctx).start_year = y;
  x3::_val(ctx).end_year = y % 100 == 0 && y != 2000 ? y + 99 : y + 9;
};

auto const set_iso = [](auto& ctx) {
  using boost::fusion::at_c;
  ast::date& d = x3::_val(ctx);
  d.start_year = d.end_year = at_c<0>(x3::_attr(ctx));
  d.start_month = at_c<1>(x3::_attr(ctx));
  d.start_day = at_c<2>(x3::_attr(ctx));
  x3::_pass(ctx) = d.start_month >= 1 && d.start_month <= 12 && d.start_day >= 1 && d.start_day <= 31;
};

inline std::int32_t signed_id(std::uint32_t id) { return static_cast<std::int32_t>(id); }

auto const set_day_offset = [](auto& ctx) {
  x3::_val(ctx).relative_unit = 1;
  x3::_val(ctx).relative_offset = signed_id(x3::_attr(ctx));
};
auto const set_shift = [](auto& ctx) { x3::_val(ctx).relative_offset = signed_id(x3::_attr(ctx)); };
auto const set_shifted_weekday = [](auto& ctx) {
  x3::_val(ctx).weekday = static_cast<int>(x3::_attr(ctx));
  x3::_val(ctx).relative_unit = 2;
};
auto const set_shifted_month = [](auto& ctx) {
  x3::_val(ctx).start_month = static_cast<int>(x3::_attr(ctx));
  x3::_val(ctx).relative_unit = 3;
};

// The relative_unit of ast::date for a lexicon duration unit: only a plain week, month or year
// is a period of the calendar.
inline int calendar_unit(duration_unit_entry const& unit) {
  if (unit.times != 1) return 0;
  switch (unit.unit) {
    case duration::unit::week: return 2;
    case duration::unit::month: return 3;
    case duration::unit::year: return 4;
    default: return 0;
  }
}

// "last week", "this year"; a plural ("the coming weeks") is no one period.
auto const set_shifted_unit = [](auto& ctx) {
  lexicon const& lex = x3::get<lexicon_tag>(ctx);
  std::string_view const text = x3::_attr(ctx).view();
  auto const id = lex.duration_units.find(text);
  int const unit = id ? calendar_unit(lex.duration_units_info[*id]) : 0;
  x3::_val(ctx).relative_unit = unit;
  x3::_pass(ctx) = unit != 0 && text.back() != 's';
};

// "May last year": a month in a year counted from the document's.
auto const set_year_of_month = [](auto& ctx) {
  lexicon const& lex = x3::get<lexicon_tag>(ctx);
  auto const id = lex.duration_units.find(x3::_attr(ctx).view());
  x3::_val(ctx).relative_unit = 4;
  x3::_pass(ctx) = id && calendar_unit(lex.duration_units_info[*id]) == 4;
};

// "two years ago", "a decade ago": a whole number of calendar units before the document's date.
auto const set_ago = [](auto& ctx) {
  lexicon const& lex = x3::get<lexicon_tag>(ctx);
  ast::duration const& d = x3::_attr(ctx);
  x3::_pass(ctx) = false;
  if (d.unit >= lex.duration_units_info.size()) return;
  duration_unit_entry const& unit = lex.duration_units_info[d.unit];
  double const amount = d.amount * unit.times;
  int const calendar = unit.unit == duration::unit::day ? 1 : calendar_unit({unit.unit, 1});
  if (calendar == 0 || amount < 1 || amount > 1e6 || amount != static_cast<int>(amount)) return;  // cast in range only
  x3::_val(ctx).relative_unit = calendar;
  x3::_val(ctx).relative_offset = -static_cast<int>(amount);
  x3::_pass(ctx) = true;
};
// "five days from now": the same count forward.
auto const set_from_now = [](auto& ctx) {
  set_ago(ctx);
  x3::_val(ctx).relative_offset = -x3::_val(ctx).relative_offset;
};

// A form found inside another becomes the value, keeping the weekday and part said before it
// ("Tuesday, August 26", "mid-2015"); elsewhere forms are taken whole (actions::assign).
auto const adopt = [](auto& ctx) {
  ast::date& d = x3::_val(ctx);
  int const weekday = d.weekday;
  int const part = d.part;
  d = x3::_attr(ctx);
  if (weekday != 0) d.weekday = weekday;
  if (part != 0) d.part = part;
};

auto const set_since = [](auto& ctx) { x3::_val(ctx).since = true; };

// The last day of a month; February has 29 days when the year is unknown.
inline int days_in_month(int month, int year) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  if (month != 2) return days[month - 1];
  bool const leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  return leap ? 29 : 28;
}

// "February 29, 2014" and "31 April" are no dates.
auto const check_days = [](auto& ctx) {
  ast::date const& d = x3::_val(ctx);
  bool ok = d.start_day <= days_in_month(d.start_month, d.start_year);
  if (d.end_day != 0) {
    int const month = d.end_month != 0 ? d.end_month : d.start_month;
    ok = ok && d.end_day <= days_in_month(month, d.end_year != 0 ? d.end_year : d.start_year);
  }
  x3::_pass(ctx) = ok;
};

// "spring 2024", "the third quarter of 2025": the months the lexicon gives the period, in the
// year written; a period past December ends in the next year.
auto const set_period = [](auto& ctx) {
  number_range const& months = x3::get<lexicon_tag>(ctx).number_ranges[x3::_attr(ctx)];
  ast::date& d = x3::_val(ctx);
  d.start_month = static_cast<int>(months.low);
  d.end_month = static_cast<int>(months.high);
};
auto const set_period_year = [](auto& ctx) {
  ast::date& d = x3::_val(ctx);
  d.start_year = d.end_year = x3::_attr(ctx);
  if (d.end_month > 12) {
    d.end_month -= 12;
    d.end_year += 1;
  }
};

// Numeric dates are read as day and month only where their order cannot be mistaken: year first
// ("2012/8/10"), or a day past 12 ("25/12/2025", "12/25/2025"). "8/10/2012" keeps its two numbers
// as written, for the resolver to read in the order it is given (by default, not at all).
auto const set_numeric = [](auto& ctx) {
  using boost::fusion::at_c;
  int const first = at_c<0>(x3::_attr(ctx));
  int const second = at_c<1>(x3::_attr(ctx));
  ast::date& d = x3::_val(ctx);
  d.start_year = d.end_year = at_c<2>(x3::_attr(ctx));
  if (first >= 1 && second >= 1 && first <= 12 && second <= 12 && first != second) {
    d.unordered_first = first;
    d.unordered_second = second;
    return;
  }
  bool const day_first = first > 12 && second <= 12;
  bool const month_first = second > 12 && first <= 12;
  bool const same = first == second && first <= 12;
  d.start_day = day_first || same ? first : second;
  d.start_month = day_first || same ? second : first;
  x3::_pass(ctx) = (day_first || month_first || same) && d.start_month >= 1 && d.start_day >= 1 &&
                   d.start_day <= days_in_month(d.start_month, d.start_year);
};
auto const set_year_first = [](auto& ctx) {
  using boost::fusion::at_c;
  ast::date& d = x3::_val(ctx);
  d.start_year = d.end_year = at_c<0>(x3::_attr(ctx));
  d.start_month = at_c<1>(x3::_attr(ctx));
  d.start_day = at_c<2>(x3::_attr(ctx));
  x3::_pass(ctx) = d.start_month >= 1 && d.start_month <= 12 && d.start_day >= 1 &&
                   d.start_day <= days_in_month(d.start_month, d.start_year);
};
auto const set_numeric_month = [](auto& ctx) {
  using boost::fusion::at_c;
  ast::date& d = x3::_val(ctx);
  d.start_month = at_c<0>(x3::_attr(ctx));
  d.start_year = d.end_year = at_c<1>(x3::_attr(ctx));
  x3::_pass(ctx) = d.start_month >= 1 && d.start_month <= 12;
};

// "15Sep": digits glued to a month name.
auto const set_glued_day = [](auto& ctx) {
  x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 31;
  x3::_val(ctx).start_day = x3::_attr(ctx);
};

// "Friday next week": the weekday of the week counted; "next month" after a weekday is no week.
auto const set_week_of_weekday = [](auto& ctx) {
  set_shifted_unit(ctx);
  x3::_pass(ctx) = x3::_pass(ctx) && x3::_val(ctx).relative_unit == 2;
  x3::_val(ctx).weekday_in_week = true;
};

// The end of "from today to tomorrow", "today - next Friday", "Tuesday to Thursday".
auto const set_relative_end = [](auto& ctx) {
  ast::date const& end = x3::_attr(ctx);
  ast::date& d = x3::_val(ctx);
  d.end_relative_unit = end.relative_unit;
  d.end_relative_offset = end.relative_offset;
  d.end_weekday = end.weekday;
};

// "next year (July 2013)", "on Tuesday (Aug. 26)": the calendar date in brackets is the value; a
// weekday said before a day is kept with it.
auto const restate = [](auto& ctx) {
  ast::date& d = x3::_val(ctx);
  int const weekday = d.weekday;
  d = x3::_attr(ctx);
  if (weekday != 0 && d.weekday == 0 && d.start_day != 0) d.weekday = weekday;
};

// Only a count or a weekday alone starts a range of counted ends: "May last year", "Tuesday,
// August 26" and "Friday next week" start none.
auto const may_start_range = [](auto& ctx) {
  ast::date const& d = x3::_val(ctx);
  x3::_pass(ctx) = !d.weekday_in_week && d.start_day == 0 && d.start_month == 0 && d.start_year == 0;
};

// --- rules -----------------------------------------------------------------------------------

struct month_day_class;
struct day_month_class;
struct month_year_class;
struct month_span_class;
struct month_span_led_class;
struct calendar_class;
struct weekday_date_class;
struct relative_class;
struct parted_class;
struct decade_class;
struct year_pair_class;
struct years_led_class;
struct year_and_class;
struct month_in_year_class;
struct year_alone_class;
struct month_alone_class;
struct standalone_class;
struct led_span_class;
struct led_class;
struct led_guarded_class;
struct amount_class;
struct glued_day_month_class;
struct named_numeric_class;
struct weekday_week_class;
struct relative_point_class;
struct counted_class;

date_type const date = "date";
duration_type const duration = "duration";
x3::rule<month_day_class, ast::date> const month_day = "month_day";
x3::rule<day_month_class, ast::date> const day_month = "day_month";
x3::rule<month_year_class, ast::date> const month_year = "month_year";
x3::rule<month_span_class, ast::date> const month_span = "month_span";
x3::rule<month_span_led_class, ast::date> const month_span_led = "month_span_led";
x3::rule<calendar_class, ast::date> const calendar = "calendar";
x3::rule<weekday_date_class, ast::date> const weekday_date = "weekday_date";
x3::rule<relative_class, ast::date> const relative = "relative";
x3::rule<parted_class, ast::date> const parted = "parted";
x3::rule<decade_class, ast::date> const decade = "decade";
x3::rule<year_pair_class, ast::date> const year_pair = "year_pair";
x3::rule<years_led_class, ast::date> const years_led = "years_led";
x3::rule<year_and_class, ast::date> const year_and = "year_and";
x3::rule<month_in_year_class, ast::date> const month_in_year = "month_in_year";
x3::rule<year_alone_class, ast::date> const year_alone = "year_alone";
x3::rule<month_alone_class, ast::date> const month_alone = "month_alone";
x3::rule<standalone_class, ast::date> const standalone = "standalone";
x3::rule<led_span_class, ast::date> const led_span = "led_span";
x3::rule<led_class, ast::date> const led = "led";
x3::rule<led_guarded_class, ast::date> const led_guarded = "led_guarded";
x3::rule<amount_class, double> const amount = "amount";
x3::rule<glued_day_month_class, ast::date> const glued_day_month = "glued_day_month";
x3::rule<named_numeric_class, ast::date> const named_numeric = "named_numeric";
x3::rule<weekday_week_class, ast::date> const weekday_week = "weekday_week";
x3::rule<relative_point_class, ast::date> const relative_point = "relative_point";
x3::rule<counted_class, ast::date> const counted = "counted";

// "August 23, 2025", "Aug. 23-24", "August 30 to September 1", "August 23 and 24", "May
// twenty-fourth", "May eighth - tenth, 2010", "March, 6th 2016"
auto const month_day_def =
    x3::eps[reset] >> month[set_start_month] >>
    (ws >> (day[set_start_day] >> -(range_separator >> -(month[set_end_month] >> ws) >> day[set_end_day]) >>
                -(-x3::lit(',') >> ws >> year[set_years]) |
            word_day >> (range_separator >> word_end_day >> -(-x3::lit(',') >> ws >> year[set_years]) |
                         -x3::lit(',') >> ws >> year[set_years] | x3::eps[check_late_word_day] >> !x3::lit('-'))) |
     // a comma between month and day only with the year after them
     x3::lit(',') >> ws >> day[set_start_day] >> -x3::lit(',') >> ws >> year[set_years]) >>
    x3::eps[check_days];

// "23 August 2025", "23-24 August", "16 and 17 November", "30 August to 1 September", "the 5th of
// May", "Eighth to eleventh May", "23rd february, 2016", "3rd Feb 82"
auto const day_month_def = x3::eps[reset] >> (day[set_start_day] >>
                                                -(range_separator >> day[set_end_day] >> !(ws >> day)) >> ws >>
                                                -(kw("of") >> ws) |
                                            word_day >> ws >> kw("of") >> ws |
                                            word_day >> range_separator >> word_end_day >> ws >> -(kw("of") >> ws)) >>
                           (month[set_start_month] | month_lower[set_start_month]) >>
                           -(-x3::lit(',') >> ws >> (year[set_years] | short_year)) >>
                           -(range_separator >> day[set_end_day] >> ws >> month[set_end_month] >>
                             -(-x3::lit(',') >> ws >> year[set_years])) >>
                           x3::eps[check_days];

// "15Sep", "15SEP 2013": a day glued to its month, in any case.
auto const glued_day_month_def = x3::eps[reset] >> x3::uint_parser<int, 10, 1, 2>{}[set_glued_day] >>
                                 month_word[set_start_month] >> word_end >> -(ws >> year[set_years]) >>
                                 x3::eps[check_days];

// "2012/Aug/10", "10/aug/2012", "10-Aug-2012": a month name between slashes or hyphens, in any case.
auto const date_separator = x3::lit('/') | x3::lit('-');
auto const named_numeric_def =
    x3::eps[reset] >> (year[set_years] >> date_separator >> month_word[set_start_month] >> date_separator >>
                           day[set_start_day] |
                       day[set_start_day] >> date_separator >> month_word[set_start_month] >> date_separator >>
                           year[set_years]) >>
    x3::eps[check_days];

// "September 2025", "September, 2025", "December of 2014"
auto const month_year_def = x3::eps[reset] >> month[set_start_month] >>
                            (-(x3::lit(',') | ws >> kw("of")) >> ws | x3::lit('-')) >> year[set_years];

// "March to May 2015", "December 2014 to January 2015", "March-April 2015"
auto const month_pair = month[set_start_month] >> -(ws >> year[set_start_year]) >> range_separator >>
                        month[set_end_month];
auto const month_span_def = x3::eps[reset] >> month_pair >> ws >> year[set_years];
// "from March to May", "from December 2014 to January": without a year, only after a lead word.
auto const month_span_led_def = x3::eps[reset] >> month_pair >> (ws >> year[set_years] | !possessive_ahead);

auto const calendar_def = month_day[assign] | month_span[assign] | month_year[assign] | day_month[assign] |
                          named_numeric[assign] | glued_day_month[assign];

// "Tuesday", "Tuesday, August 26", "Tuesday 26 August", "Tuesday's vote"
auto const weekday_date_def =
    x3::eps[reset] >> weekday[set_weekday] >> word_end >> -(-x3::lit(',') >> ws >> calendar[adopt]);

auto const shift = lexicon_phrase(&lexicon::date_shifts)[set_shift] >> ws;

// "yesterday", "last week", "this year", "next Tuesday", "last March", "two years ago"
auto const calendar_unit_word = capture[lexicon_phrase(&lexicon::duration_units)];
auto const relative_def = x3::eps[reset] >> lexicon_phrase(&lexicon::relative_days)[set_day_offset] |
                          x3::eps[reset] >> shift >> weekday_word[set_shifted_weekday] >> word_end |
                          x3::eps[reset] >> shift >> month[set_shifted_month] >> word_end >> !possessive_ahead |
                          x3::eps[reset] >> shift >> calendar_unit_word[set_shifted_unit] |
                          x3::eps[reset] >> duration[set_ago] >> ws >> kw("ago") |
                          x3::eps[reset] >> duration[set_from_now] >> ws >> kw("from") >> ws >> kw("now");

// "Friday next week", "Tuesday, next week", "Monday of last week", "Friday this week"
auto const weekday_week_def = x3::eps[reset] >> weekday[set_weekday] >> word_end >> -x3::lit(',') >> ws >>
                              -(kw("of") >> ws) >> shift >> calendar_unit_word[set_week_of_weekday] >>
                              !possessive_ahead;

// One end of "from today to tomorrow", "today - next Friday", "Tuesday to Thursday".
auto const relative_point_def =
    relative[assign] | x3::eps[reset] >> weekday[set_weekday] >> word_end >> !possessive_ahead;
auto const relative_separator = ws >> (kw("to") | kw("until") | kw("till") | kw("through")) >> ws |
                                ws >> x3::lit('-') >> ws | x3::lit('-');
// The end must not be the head of a weekday in a counted week ("Tuesday to Thursday next week"),
// which is not modelled as the end of a range, nor the middle of an aside between dashes ("today
// - Tuesday - the minister said").
auto const range_end = x3::eps[may_start_range] >> relative_separator >>
                       (relative_point >> !(-x3::lit(',') >> ws >> -(kw("of") >> ws) >> shift) >>
                        !(ws >> x3::lit('-')))[set_relative_end];
// "next year (July 2013)", "on Tuesday (Aug. 26)", "next week (Dec 2016)"
auto const restatement = ws >> x3::lit('(') >> ((calendar >> x3::lit(')'))[restate] | (year_alone >> x3::lit(')'))[restate]);

// Dates counted from the document's: "next week", "Tuesday", "Friday next week", with the
// calendar date that restates one or the end of a range they start ("from today to tomorrow",
// "Tuesday to Thursday"). One rule reads the head once for all three.
auto const counted_def = (weekday_week[assign] | relative[assign] | weekday_date[assign]) >> -(restatement | range_end);

// "the 1990s", "1960s"
auto const decade_def = x3::eps[reset] >> -(kw("the") >> ws) >>
                        (x3::uint_parser<int, 10, 4, 4>{} >> x3::lit('s') >> word_end)[set_decade];

// "the end of the year": the period the document is in.
auto const the_unit = kw("the") >> ws >> calendar_unit_word[set_shifted_unit];

// "mid-2015", "early 2020", "late August", "the late 1990s", "the end of next year", "late Tuesday"
auto const parted_def = x3::eps[reset] >> -(kw("the") >> ws) >> lexicon_phrase(&lexicon::date_parts)[set_part] >>
                        (ws | x3::lit('-')) >>
                        (decade[adopt] | month_year[adopt] | year[set_start_year] | relative[adopt] |
                         weekday_date[adopt] | the_unit | month[set_start_month] >> word_end >> !possessive_ahead);

// "1910-1945", "2014-15", "2014/15"
auto const year_pair_def = x3::eps[reset] >> year[set_start_year] >> (x3::lit('-') | '/') >>
                           ((x3::uint_parser<int, 10, 4, 4>{} >> number_end)[set_end_year] |
                            (x3::uint_parser<int, 10, 2, 2>{} >> number_end)[set_short_end_year]) >>
                           !((x3::lit('-') | '/') >> x3::digit);

// "1910 to 1945", after a lead word
auto const years_led_def = x3::eps[reset] >> year[set_start_year] >> year_separator >> year[set_end_year];
// "1910 and 1945", after "between"
auto const year_and_def = x3::eps[reset] >> year[set_start_year] >> ws >> kw("and") >> ws >> year[set_end_year];

// "May last year", "March this year", after a lead word: "Theresa May last year" is no date.
auto const month_in_year_def = x3::eps[reset] >> month[set_start_month] >> word_end >> ws >> shift >>
                               calendar_unit_word[set_year_of_month];

// Not the head of a numeric date or a span of years ("2012/8/10" that was not one, "2014-2016",
// "2012/Aug/10").
auto const year_alone_def = x3::eps[reset] >> year[set_start_year] >>
                            !(date_separator >> (x3::digit | month_word >> date_separator));
// Not the head of a day that does not exist: "February" of "February 30, 2025" is no date either.
auto const month_alone_def = x3::eps[reset] >> month[set_start_month] >> word_end >> !possessive_ahead >>
                             !(ws >> day_number >> -x3::lit(',') >> ws >> year);

// ISO 8601 as some articles write it: "2025-08-23"
// ... with a time of day after a T, which the date leaves out of its value: "2025-08-23T14:30:00Z"
auto const iso_time = x3::lit('T') >> x3::digit >> x3::digit >> ':' >> x3::digit >> x3::digit >>
                      *(x3::digit | x3::lit(':') | '+' | '-' | 'Z' | x3::lit('.') >> &x3::digit) >> word_end;
auto const iso_date = (x3::uint_parser<int, 10, 4, 4>{} >> '-' >> x3::uint_parser<int, 10, 2, 2>{} >> '-' >>
                       x3::uint_parser<int, 10, 2, 2>{})[set_iso] >> (iso_time | number_end);

// "25/12/2025", "12/25/2025" (when the order is plain), "2012/8/10", and a month "9/2012"
auto const one_or_two = x3::uint_parser<int, 10, 1, 2>{};
auto const four = x3::uint_parser<int, 10, 4, 4>{};
auto const numeric_date = (one_or_two >> '/' >> one_or_two >> '/' >> four >> number_end)[set_numeric] |
                          (one_or_two >> '-' >> one_or_two >> '-' >> four >> number_end)[set_numeric] |
                          // "2013-2-7": ISO order with the zeros left out
                          (four >> '-' >> one_or_two >> '-' >> one_or_two >> number_end)[set_year_first] |
                          (four >> '/' >> one_or_two >> '/' >> one_or_two >> number_end)[set_year_first] |
                          (one_or_two >> '/' >> four >> number_end)[set_numeric_month];

// "spring 2024", "Q3 2025", "the third quarter of 2025", "the summer of 2023"
auto const year_period = -(kw("the") >> ws) >> lexicon_phrase(&lexicon::periods_of_year)[set_period] >>
                         -(ws >> kw("of")) >> ws >> year[set_period_year];

// Forms that are dates wherever they stand.
auto const standalone_def = counted[assign] | parted[assign] | decade[assign] |
                            x3::eps[reset] >> iso_date | x3::eps[reset] >> numeric_date |
                            x3::eps[reset] >> year_period | year_pair[assign] |
                            x3::eps[reset] >> year[set_start_year] >> possessive_ahead | calendar[assign];

// Forms that are dates only after a lead word: spans first, since a standalone form would read
// only their head ("December 2014" of "December 2014 to January")...
auto const led_span_def = years_led[assign] | month_span_led[assign];
// ... then single years and months, once nothing standalone matched.
auto const led_def = month_in_year[assign] | year_alone[assign] | month_alone[assign];
// After a lead word that may also stand before a name ("since May became leader"), a month alone
// must not be followed by a lower-case word.
auto const led_guarded_def =
    month_in_year[assign] | year_alone[assign] | month_alone[assign] >> !(ws >> x3::ascii::lower);

auto const set_span = set(&ast::date::span);
auto const strong_lead = kw("in") | kw("during") | kw("throughout") | kw("through");
auto const weak_lead = kw("from") | kw("until") | kw("till") | kw("by") | kw("before") | kw("after") | kw("as of");

auto const date_def =
    x3::eps[reset] >> kw("since") >> ws >>
        capture[led_span[assign] | standalone[assign] | led_guarded[assign]][set_span] >> x3::eps[set_since] |
    x3::eps[reset] >> kw("between") >> ws >>
        capture[year_and[assign] | led_span[assign] | standalone[assign] | led_guarded[assign]][set_span] |
    x3::eps[reset] >> strong_lead >> ws >> capture[led_span[assign] | standalone[assign] | led[assign]][set_span] |
    x3::eps[reset] >> weak_lead >> ws >>
        capture[led_span[assign] | standalone[assign] | led_guarded[assign]][set_span] |
    x3::eps[reset] >> kw("of") >> ws >> capture[years_led[assign] | standalone[assign] | year_alone[assign]][set_span] |
    x3::eps[reset] >> kw("on") >> ws >> capture[standalone[assign]][set_span] |
    // The second of "in 2014 and 2015", "in 2014 or 2015".
    x3::eps[reset] >> (kw("and") | kw("or")) >> ws >> capture[year_alone[assign]][set_span] |
    x3::eps[reset] >> kw("year") >> ws >> capture[year_alone[assign]][set_span] |
    // "the 2014 election", "a 2018 dispute", "the 2014-15 season": a year naming something.
    x3::eps[reset] >> (kw("the") | kw("a")) >> ws >> capture[year_pair[assign] | year_alone[assign]][set_span] >>
        &(ws >> x3::ascii::alpha) |
    x3::eps[reset] >> capture[standalone[assign]][set_span];

// --- durations -------------------------------------------------------------------------------

auto const to_double = [](auto& ctx) { x3::_val(ctx) = static_cast<double>(x3::_attr(ctx)); };
// "twenty five": tens and units written apart ("twenty-five" is in the lexicon whole).
auto const add_units = [](auto& ctx) {
  auto const tens = static_cast<long>(x3::_val(ctx));
  x3::_pass(ctx) = tens >= 20 && tens <= 90 && tens % 10 == 0 && x3::_val(ctx) == static_cast<double>(tens) &&
                   x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 9;
  if (x3::_pass(ctx)) x3::_val(ctx) += x3::_attr(ctx);
};

auto const piece = ws | x3::lit('-');
auto const amount_def = decimal[assign] | lexicon_phrase(&lexicon::number_words)[to_double] >>
                                              -(piece >> lexicon_phrase(&lexicon::number_words)[add_units]);

auto const set_amount = set(&ast::duration::amount);
auto const set_half = [](auto& ctx) { x3::_val(ctx).amount = 0.5; };
auto const add_half = [](auto& ctx) { x3::_val(ctx).amount += 0.5; };
auto const a_half = kw("a") >> piece >> kw("half");
auto const duration_unit = lexicon_phrase(&lexicon::duration_units)[set(&ast::duration::unit)];

// "ten years", "a decade", "18 months", "two-year", "two and a half years", "a year and a half",
// "half a century", "half-hour"
auto const duration_def =
    x3::eps[reset] >>
    capture[kw("half")[set_half] >> -(ws >> (kw("an") | kw("a"))) >> piece >> duration_unit |
            amount[set_amount] >> -(piece >> kw("and") >> piece >> a_half[add_half]) >> piece >> duration_unit >>
                -(ws >> kw("and") >> ws >> a_half[add_half])][set(&ast::duration::span)];

BOOST_SPIRIT_DEFINE(date, duration, month_day, day_month, month_year, month_span, month_span_led, calendar,
                    weekday_date, relative, parted, decade, year_pair, years_led, year_and, month_in_year,
                    year_alone, month_alone, standalone, led_span, led, led_guarded, amount, glued_day_month,
                    named_numeric, weekday_week, relative_point, counted)

}  // namespace parsers

}  // namespace claimcheck::grammar
