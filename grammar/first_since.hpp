#pragma once
/// The first of something for a stated time: "the first visit by a Japanese defence minister in
/// ten years", "the first time Latvia has hosted the leaders since 2016".
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct first_since_class;
using first_since_type = x3::rule<first_since_class, ast::first_since>;
BOOST_SPIRIT_DECLARE(first_since_type)
}  // namespace parsers

parsers::first_since_type const& first_since();

}  // namespace claimcheck::grammar
