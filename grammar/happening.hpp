#pragma once
/// Happenings: when or where an event began or took place ("The fire broke out on Saturday",
/// "It started in the municipality of Vila Nova de Gaia", "The summit runs June 3-4").
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct occurrence_class;
using occurrence_type = x3::rule<occurrence_class, ast::occurrence>;
BOOST_SPIRIT_DECLARE(occurrence_type)
}  // namespace parsers

parsers::occurrence_type const& occurrence();

}  // namespace claimcheck::grammar
