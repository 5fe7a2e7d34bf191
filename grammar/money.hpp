#pragma once
/// Amounts of money as news prose writes them: a sign before the amount ("$8.47 million",
/// "US$2.4 billion", "¥1bn", "C$9.20", "USD 5m"), a currency word after it ("one billion yen",
/// "1.2bn dollars", "tens of billions of dollars"), with a bound ("about $8.47 million", "$5m or
/// more"); and an amount with the equivalent the text gives in another currency ("one billion yen
/// ($8.47 million)", "one billion yen, or about $8.47 million"). Currencies are lexicon data
/// (rules/lexicon/currencies.yaml) and end up as ISO 4217 codes.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct money_class;
struct money_phrase_class;

using money_type = x3::rule<money_class, ast::money>;
using money_phrase_type = x3::rule<money_phrase_class, ast::money_phrase>;

BOOST_SPIRIT_DECLARE(money_type, money_phrase_type)
}  // namespace parsers

/// One amount in one currency; `amount.qualifier` holds its bound, `currency` indexes
/// lexicon::currencies.
parsers::money_type const& money();

/// An amount and, when the text gives one, its equivalent in a different currency. The same
/// currency twice ("$5m or $6m") is two amounts, not an equivalence: only the first is taken.
parsers::money_phrase_type const& money_phrase();

}  // namespace claimcheck::grammar
