#pragma once
/// Counts: how many of something, and what happened to them ("About 37,000 teachers and lecturers
/// walked out", "52 homes were destroyed", "the fire destroyed 52 homes", "a fleet of 210 buses").
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
