#pragma once
/// Prices: what someone pays, for a whole purchase ("agreed to buy Twitter for $44 billion") or
/// per unit ("will pay C$9.20 for each Marlow Foods share", "is offering C$9.60 a share").
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct price_class;
using price_type = x3::rule<price_class, ast::price>;
BOOST_SPIRIT_DECLARE(price_type)
}  // namespace parsers

parsers::price_type const& price();

}  // namespace claimcheck::grammar
