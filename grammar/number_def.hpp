#pragma once
// Included only by number.cpp.
#include <optional>

#include "grammar/actions.hpp"
#include "grammar/number.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

namespace detail {

/// A number read from the start of a text, and how many bytes it took.
struct scanned_number {
  std::size_t length = 0;
  double value = 0;
};

/// Digits with thousands separators and decimals: "2,100", "8.47", "37,000,000". Refuses a digit
/// run that goes on as a code, time, score or phone number ("555-0199", "8:30", "1.2.3", "20 7946").
std::optional<scanned_number> scan_digits(std::string_view text);

/// Number words with their scales: "forty-one thousand", "two hundred and fifty", "a million".
std::optional<scanned_number> scan_word_number(std::string_view text, lexicon const& lex);

/// The multiplier of the scale word that ends an amount as written ("3 million", "2.5bn"), 1 if none.
double trailing_scale(std::string_view amount_text, lexicon const& lex);

/// A range written with a hyphen, "20-25", "1,000-1,500": two numbers, the first the smaller; a
/// phone number's shape ("555-1234") is refused. The second number is in `value`.
std::optional<scanned_number> scan_digit_range(std::string_view text, double& low);

}  // namespace detail

/// digits: "2,100", "8.47"; yields the value.
struct digits_parser : x3::parser<digits_parser> {
  using attribute_type = double;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute& attr) const {
    auto const found = detail::scan_digits(std::string_view(first, static_cast<std::size_t>(last - first)));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(found->value, attr);
    return true;
  }
};
inline constexpr digits_parser digits{};

/// digit_range: "20-25"; yields both ends.
struct digit_range_parser : x3::parser<digit_range_parser> {
  using attribute_type = number_range;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute& attr) const {
    double low = 0;
    auto const found =
        detail::scan_digit_range(std::string_view(first, static_cast<std::size_t>(last - first)), low);
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(number_range{low, found->value}, attr);
    return true;
  }
};
inline constexpr digit_range_parser digit_range{};

/// word_number: "two hundred and fifty", "one billion"; yields the value.
struct word_number_parser : x3::parser<word_number_parser> {
  using attribute_type = double;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    auto const found = detail::scan_word_number(std::string_view(first, static_cast<std::size_t>(last - first)),
                                                x3::get<lexicon_tag>(context));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(found->value, attr);
    return true;
  }
};
inline constexpr word_number_parser word_number{};

/// A scale word after a number, yielding its multiplier. With `glued`, it may stand right after
/// the digits ("1.2bn", "5k"); otherwise, and always when it is a single letter, a space or a
/// hyphen comes first ("2.5 million", "$44-billion") and a lone letter is refused ("5 m" is
/// metres).
struct scale_parser : x3::parser<scale_parser> {
  using attribute_type = double;
  static bool const has_attribute = true;
  bool glued;
  constexpr explicit scale_parser(bool may_be_glued) : glued(may_be_glued) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    if (first == last) return false;
    bool const spaced = *first == ' ' || *first == '-';
    if (!spaced && !glued) return false;
    Iterator const start = spaced ? first + 1 : first;
    lexicon const& lex = x3::get<lexicon_tag>(context);
    auto const found = lex.scales.match(std::string_view(start, static_cast<std::size_t>(last - start)));
    if (!found || (spaced && found->length < 2)) return false;
    first = start + static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(lex.scale_values[found->id], attr);
    return true;
  }
};

struct amount_pair {
  ast::quantity low;
  ast::quantity high;
};

struct range_class;

quantity_type const quantity = "quantity";
amount_type const amount = "amount";
bound_type const bound = "bound";
trailing_bound_type const trailing_bound = "trailing_bound";
x3::rule<range_class, amount_pair> const range = "range";

auto const set_number = [](auto& ctx) {
  x3::_val(ctx).value = x3::_attr(ctx);
  x3::_val(ctx).high = x3::_attr(ctx);
};
auto const scale_by = [](auto& ctx) {
  x3::_val(ctx).value *= x3::_attr(ctx);
  x3::_val(ctx).high *= x3::_attr(ctx);
};
auto const set_range = [](auto& ctx) {
  number_range const& r = x3::get<lexicon_tag>(ctx).number_ranges[x3::_attr(ctx)];
  x3::_val(ctx).value = r.low;
  x3::_val(ctx).high = r.high;
};
// "tens of thousands": the span of "tens" times the first of "thousands".
auto const scale_by_range = [](auto& ctx) {
  double const times = x3::get<lexicon_tag>(ctx).number_ranges[x3::_attr(ctx)].low;
  x3::_val(ctx).value *= times;
  x3::_val(ctx).high *= times;
};

// "hundreds", "tens of thousands"
auto const rough_amount = lexicon_phrase(&lexicon::approximate_amounts)[set_range] >>
                          -(ws >> kw("of") >> ws >> lexicon_phrase(&lexicon::approximate_amounts)[scale_by_range]);
// "several hundred", "a few thousand", "a couple of hundred thousand"
auto const rough_multiple = lexicon_phrase(&lexicon::approximate_multipliers)[set_range] >>
                            +scale_parser(false)[scale_by];
// "2,100", "1.2bn", "2.5 million", "$44-billion"; "20-25", "2-3 million"
auto const set_digit_range = [](auto& ctx) {
  x3::_val(ctx).value = x3::_attr(ctx).low;
  x3::_val(ctx).high = x3::_attr(ctx).high;
};
auto const scaled_digits = (digit_range[set_digit_range] | digits[set_number]) >> -scale_parser(true)[scale_by];

auto const set_half = [](auto& ctx) {
  x3::_val(ctx).value = 0.5;
  x3::_val(ctx).high = 0.5;
};
auto const add_half = [](auto& ctx) {
  x3::_val(ctx).value += 0.5;
  x3::_val(ctx).high += 0.5;
};
// "half a million"; "one and a half million", "2 and a half billion". A half is only a quantity
// with a scale: "half the members" is a share, not a number.
auto const half_of_scale = kw("half")[set_half] >> ws >> (kw("a") | kw("an")) >> scale_parser(false)[scale_by];
auto const and_a_half = (digits[set_number] | word_number[set_number]) >> ws >> kw("and") >> ws >> kw("a") >> ws >>
                        kw("half")[add_half] >> scale_parser(false)[scale_by];

auto const amount_def =
    x3::eps[reset] >> capture[half_of_scale | and_a_half | rough_amount | rough_multiple | scaled_digits |
                              word_number[set_number]][set(&ast::quantity::span)];

auto const to_bound = [](auto& ctx) { x3::_val(ctx) = static_cast<ast::bound>(x3::_attr(ctx)); };

auto const bound_def = lexicon_phrase(&lexicon::bounds)[to_bound] >> ws;

// Glued ("-odd", "-plus") or after a space ("or more").
auto const trailing_bound_def = -ws >> lexicon_phrase(&lexicon::trailing_bounds)[to_bound];

// "between 2,000 and 3,000", "between 2 and 3 million" (the first takes the scale of the second)
auto const range_def = kw("between") >> ws >> amount[set(&amount_pair::low)] >> ws >> kw("and") >> ws >>
                       amount[set(&amount_pair::high)];

auto const set_from_range = [](auto& ctx) {
  amount_pair const& pair = x3::_attr(ctx);
  lexicon const& lex = x3::get<lexicon_tag>(ctx);
  double low = pair.low.value;
  double const scale = detail::trailing_scale(pair.high.span.view(), lex);
  if (detail::trailing_scale(pair.low.span.view(), lex) == 1 && low < scale) low *= scale;
  x3::_pass(ctx) = low < pair.high.high;
  x3::_val(ctx).value = low;
  x3::_val(ctx).high = pair.high.high;
};

auto const copy_amount = [](auto& ctx) {
  x3::_val(ctx).value = x3::_attr(ctx).value;
  x3::_val(ctx).high = x3::_attr(ctx).high;
};
auto const set_percent = [](auto& ctx) { x3::_val(ctx).percent = true; };
// "minus 5": the amount below zero; a span ("minus tens of thousands") has no sign to take.
auto const copy_negated = [](auto& ctx) {
  x3::_pass(ctx) = x3::_attr(ctx).value == x3::_attr(ctx).high;
  x3::_val(ctx).value = -x3::_attr(ctx).value;
  x3::_val(ctx).high = -x3::_attr(ctx).high;
};

auto const percent_sign = -ws >> lexicon_phrase(&lexicon::percent_signs);

auto const quantity_def =
    x3::eps[reset] >>
    capture[-bound[set(&ast::quantity::qualifier)] >>
            (kw("minus") >> ws >> amount[copy_negated] | range[set_from_range] | amount[copy_amount]) >>
            -percent_sign[set_percent] >> word_end >> -trailing_bound[set(&ast::quantity::qualifier)] >>
            !(ws >> lexicon_phrase(&lexicon::time_markers))][set(&ast::quantity::span)];

BOOST_SPIRIT_DEFINE(quantity, amount, bound, trailing_bound, range)

}  // namespace parsers

}  // namespace claimcheck::grammar
