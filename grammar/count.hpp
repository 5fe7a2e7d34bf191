#pragma once
/// Counts: how many of something, and what happened to them ("About 41,000 nurses and midwives
/// walked out", "64 homes were destroyed", "the fire destroyed 64 homes", "a fleet of 173 aircraft").
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct count_class;
using count_type = x3::rule<count_class, ast::count>;
BOOST_SPIRIT_DECLARE(count_type)
}  // namespace parsers

parsers::count_type const& count();

}  // namespace claimcheck::grammar
