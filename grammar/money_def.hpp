#pragma once
// Included only by money.cpp.
#include <optional>

#include "grammar/actions.hpp"
#include "grammar/money.hpp"
#include "grammar/number.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

namespace detail {

struct symbol_match {
  std::size_t length = 0;
  std::uint32_t currency = 0;
};

/// The longest currency sign of the lexicon at the start of `text`, when an amount follows it,
/// glued or after one space ("$5", "US$ 1.5"); signs are compared byte for byte.
std::optional<symbol_match> match_currency_symbol(std::string_view text, lexicon const& lex);

}  // namespace detail

/// currency_sign: "$", "US$", "€", "Rs."; yields the currency's index.
struct currency_symbol_parser : x3::parser<currency_symbol_parser> {
  using attribute_type = std::uint32_t;
  static bool const has_attribute = true;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    auto const found = detail::match_currency_symbol(std::string_view(first, static_cast<std::size_t>(last - first)),
                                                     x3::get<lexicon_tag>(context));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(found->currency, attr);
    return true;
  }
};
inline constexpr currency_symbol_parser currency_sign{};

struct equivalent_class;
struct hundredths_class;

money_type const money = "money";
money_phrase_type const money_phrase = "money_phrase";
x3::rule<equivalent_class, ast::money> const equivalent = "equivalent";
x3::rule<hundredths_class, ast::money> const hundredths = "hundredths";

// The amount brings its own value and span; the bound read before it stays.
auto const set_amount = [](auto& ctx) {
  ast::bound const qualifier = x3::_val(ctx).amount.qualifier;
  x3::_val(ctx).amount = x3::_attr(ctx);
  x3::_val(ctx).amount.qualifier = qualifier;
};
auto const set_currency = set(&ast::money::currency);
auto const set_qualifier = set_in(&ast::money::amount, &ast::quantity::qualifier);

// "$8.47 million", "US$ 1.53 billion", "¥1bn"
auto const sign_first = currency_sign[set_currency] >> -ws >> grammar::amount()[set_amount] >> word_end;
// "one billion yen", "1.2bn dollars", "a 10-million-dollar deal", "hundreds of millions of dollars"
auto const word_after = grammar::amount()[set_amount] >> word_end >> (ws | x3::lit('-')) >> -(kw("of") >> ws) >>
                        lexicon_phrase(&lexicon::currency_names)[set_currency];

// "50 cents", "99 pence", "a 20-cent rise": an amount of hundredths of a unit.
auto const set_hundredths = [](auto& ctx) {
  ast::money& m = x3::_val(ctx);
  m.currency = x3::_attr(ctx);
  m.amount.value /= 100;
  m.amount.high /= 100;
};
auto const hundredths_def = x3::eps[reset] >> grammar::amount()[set(&ast::money::amount)] >> word_end >>
                            (ws | x3::lit('-')) >> lexicon_phrase(&lexicon::currency_hundredths)[set_hundredths];

// "ten dollars and fifty cents": the hundredths are of the unit before them, whatever their word.
auto const add_hundredths = [](auto& ctx) {
  ast::quantity& amount = x3::_val(ctx).amount;
  amount.value += x3::_attr(ctx).amount.value;
  amount.high += x3::_attr(ctx).amount.high;
};
auto const and_hundredths = ws >> kw("and") >> ws >> hundredths[add_hundredths];
auto const set_alone = [](auto& ctx) {
  ast::bound const qualifier = x3::_val(ctx).amount.qualifier;
  x3::_val(ctx).amount = x3::_attr(ctx).amount;
  x3::_val(ctx).amount.qualifier = qualifier;
  x3::_val(ctx).currency = x3::_attr(ctx).currency;
};

auto const money_def =
    x3::eps[reset] >> capture[-grammar::bound()[set_qualifier] >>
                              ((sign_first | word_after) >> -and_hundredths | hundredths[set_alone]) >>
                              -grammar::trailing_bound()[set_qualifier]][set(&ast::money::span)];

auto const link = x3::omit[lexicon_phrase(&lexicon::equivalent_links)] >> ws;

// "($8.47 million)", "(about $8.47 million)", ", or about $8.47 million", " - about $8.47 million"
auto const equivalent_def = (-ws >> x3::lit('(') >> -link >> money[assign] >> x3::lit(')')) |
                            (x3::lit(',') >> ws >> link >> money[assign]) | (ws >> link >> money[assign]) |
                            (ws >> x3::lit('-') >> ws >> -link >> money[assign]);

auto const set_equivalent = [](auto& ctx) {
  ast::money_phrase& phrase = x3::_val(ctx);
  x3::_pass(ctx) = x3::_attr(ctx).currency != phrase.primary.currency;
  if (!x3::_pass(ctx)) return;
  phrase.equivalent = x3::_attr(ctx);
  phrase.has_equivalent = true;
};

auto const money_phrase_def =
    x3::eps[reset] >>
    capture[money[set(&ast::money_phrase::primary)] >> -equivalent[set_equivalent]][set(&ast::money_phrase::span)];

BOOST_SPIRIT_DEFINE(money, money_phrase, equivalent, hundredths)

}  // namespace parsers

}  // namespace claimcheck::grammar
