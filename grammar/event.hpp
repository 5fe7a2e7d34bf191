#pragma once
/// Events between people: meetings ("X met his South Korean counterpart Y", "talks between X and
/// Y", "X hosted Y") and visits ("X is visiting Japan on August 23-24", "X's visit to Lisbon on 29
/// September", "the first visit by a Japanese defence minister in ten years").
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct meeting_class;
struct visit_class;

using meeting_type = x3::rule<meeting_class, ast::meeting>;
using visit_type = x3::rule<visit_class, ast::visit>;

BOOST_SPIRIT_DECLARE(meeting_type, visit_type)
}  // namespace parsers

parsers::meeting_type const& meeting();
parsers::visit_type const& visit();

}  // namespace claimcheck::grammar
