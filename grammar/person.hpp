#pragma once
/// People as news prose names them: with a title and a country or organisation before the name
/// ("Portuguese Defence Minister Ana Costa", "Japan's Defence Minister Kenji Sato"), after
/// it in apposition ("Rui Matos, Portugal's defence minister"), or by name alone.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

// Rule ids live with their parse_rule definitions so that X3 finds them by argument lookup.
namespace parsers {
struct name_class;
struct person_class;
struct person_ref_class;

/// A personal name: capitalised words, with particles ("van der") between them.
using name_type = x3::rule<name_class, ast::text_span>;
/// A person named with a role.
using person_type = x3::rule<person_class, ast::person>;
/// A person with or without a role, a bare name, or a subject pronoun.
using person_ref_type = x3::rule<person_ref_class, ast::person>;

BOOST_SPIRIT_DECLARE(name_type, person_type, person_ref_type)
}  // namespace parsers

parsers::name_type const& name();
parsers::person_type const& person();
parsers::person_ref_type const& person_ref();

}  // namespace claimcheck::grammar
