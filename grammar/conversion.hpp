#pragma once
/// Conversions: an amount of money written with its equivalent in another currency, "one billion
/// yen ($8.47 million)", "€2bn (about $2.2bn)", "1.2 trillion won, or about $900 million". The
/// money grammar reads both amounts (grammar/money.hpp); this rule keeps only the phrases that
/// have an equivalent, so that a rule can check the rate the text implies.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct conversion_class;
using conversion_type = x3::rule<conversion_class, ast::money_phrase>;
BOOST_SPIRIT_DECLARE(conversion_type)
}  // namespace parsers

/// A money phrase whose `has_equivalent` is set; any other money phrase is no match.
parsers::conversion_type const& conversion();

}  // namespace claimcheck::grammar
