#pragma once
/// Quantities as news prose writes them: digits with separators ("2,100", "8.47"), words ("two
/// hundred and fifty", "one billion"), scales ("1.2bn", "2.5 million"), rough amounts ("tens of
/// thousands", "several hundred"), ranges ("between 2 and 3 million"), percentages ("52.3%",
/// "nearly 60 percent") and bounds ("at least", "up to", "or more"). The words are lexicon data
/// (rules/lexicon/quantities.yaml, numbers.yaml); the grammar knows only their roles.
#include <cstddef>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct quantity_class;
struct amount_class;
struct bound_class;
struct trailing_bound_class;

using quantity_type = x3::rule<quantity_class, ast::quantity>;
using amount_type = x3::rule<amount_class, ast::quantity>;
using bound_type = x3::rule<bound_class, ast::bound>;
using trailing_bound_type = x3::rule<trailing_bound_class, ast::bound>;

BOOST_SPIRIT_DECLARE(quantity_type, amount_type, bound_type, trailing_bound_type)
}  // namespace parsers

/// A stated quantity: an amount with its bound, percent sign and trailing bound ("at least 2,100",
/// "nearly 60 percent", "tens of thousands", "300 or so"). It must end at a word edge; a number
/// that is really a time ("8 a.m."), part of a code ("5G", "1990s") or of a digit run ("555-0199",
/// "20 7946 0958") is refused. A year ("2015") is a quantity here: callers try dates first.
parsers::quantity_type const& quantity();

/// A number with its scale and nothing around it: "8.47 million", "1.2bn", "one billion", "hundreds
/// of millions". Money and ordinals build on it. It does not check that a word ends after it
/// ("5G" yields 5): the rules that use it do.
parsers::amount_type const& amount();

/// A bound before a number, with the space after it: "at least ", "nearly ", "up to ".
parsers::bound_type const& bound();

/// A bound after a number, with the space before it: " or more", " or so", "-odd".
parsers::trailing_bound_type const& trailing_bound();

/// Whether a number may start at byte `at` of a normalised sentence. The rules cannot look
/// behind them, so whoever scans a sentence for values asks this first: no number starts inside
/// a word or code ("A320", "COVID-19", "G7"), inside a digit run ("+44 20 7946 0958",
/// "555-0199", "3.5"), right after a currency sign (the money starts at the sign) or after a
/// label of the lexicon ("No. 10", "#3").
bool number_may_start(std::string_view sentence, std::size_t at, lexicon const& lex);

}  // namespace claimcheck::grammar
