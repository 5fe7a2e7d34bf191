#pragma once
// Included only by ordinal.cpp.
#include <optional>

#include "grammar/actions.hpp"
#include "grammar/number.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

namespace detail {

struct scanned_ordinal {
  std::size_t length = 0;
  int value = 0;
};

/// "1st", "22nd", "113th": digits and the suffix English gives that number, ending at a word edge.
std::optional<scanned_ordinal> scan_digit_ordinal(std::string_view text);

/// "one hundred" and "first" make 101, "two" and "hundredth" 200, "twenty" and "first" 21; 0 when
/// the two do not make an ordinal together ("one first").
int combine_ordinal(double cardinal, int ordinal);

/// A rank after an ordinal: "largest" in "third-largest", "most" in "second-most".
bool is_superlative(std::string_view word);

}  // namespace detail

/// digit_ordinal: "60th"; yields the value.
struct digit_ordinal_parser : x3::parser<digit_ordinal_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute& attr) const {
    auto const found = detail::scan_digit_ordinal(std::string_view(first, static_cast<std::size_t>(last - first)));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(found->value, attr);
    return true;
  }
};
inline constexpr digit_ordinal_parser digit_ordinal{};

ordinal_type const ordinal = "ordinal";

auto const set_value = [](auto& ctx) { x3::_val(ctx).value = static_cast<int>(x3::_attr(ctx)); };

// The cardinal part of "one hundred and first" must be plain words: a single, whole number.
auto const set_cardinal = [](auto& ctx) {
  ast::quantity const& q = x3::_attr(ctx);
  bool const words = q.span.view().find_first_of("0123456789") == std::string_view::npos;
  x3::_pass(ctx) = words && q.value == q.high && q.value >= 1 && q.value < 1e9 && q.value == static_cast<int>(q.value);
  if (x3::_pass(ctx)) x3::_val(ctx).value = static_cast<int>(q.value);  // "11.8 billion" fits no int
};
auto const add_ordinal = [](auto& ctx) {
  int const value = detail::combine_ordinal(x3::_val(ctx).value, static_cast<int>(x3::_attr(ctx)));
  x3::_pass(ctx) = value > 0;
  x3::_val(ctx).value = value;
};

auto const word_ordinal = lexicon_phrase(&lexicon::ordinals);

// "one hundred and first", "twenty first", "two hundredth"
auto const compound = grammar::amount()[set_cardinal] >> (ws >> -(kw("and") >> ws) | x3::lit('-')) >>
                      word_ordinal[add_ordinal];

auto const check_superlative = [](auto& ctx) { x3::_pass(ctx) = detail::is_superlative(x3::_attr(ctx).view()); };
auto const superlative = x3::lit('-') >> capture[+x3::alpha][check_superlative] >> word_end;

auto const ordinal_def = x3::eps[reset] >> capture[(digit_ordinal[set_value] | compound | word_ordinal[set_value]) >>
                                                   -superlative][set(&ast::ordinal::span)];

BOOST_SPIRIT_DEFINE(ordinal)

}  // namespace parsers

}  // namespace claimcheck::grammar
