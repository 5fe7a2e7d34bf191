#pragma once
/// Terms: how long something is promised, imposed or agreed for. "Halden will keep the brand and
/// its head office for at least five years", "was jailed for six years", "sentenced to six years
/// in prison", "signed a five-year contract". The verb (from the lexicon's term verbs) or the
/// noun (term nouns) says what the term is of; the words between verb and "for" say of what.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct term_class;
using term_type = x3::rule<term_class, ast::term>;
BOOST_SPIRIT_DECLARE(term_type)
}  // namespace parsers

parsers::term_type const& term();

}  // namespace claimcheck::grammar
