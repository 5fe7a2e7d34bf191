#pragma once
/// The one entry point src/ calls: everything the grammar finds in one normalised sentence.
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::grammar {

/// Tries the grammar at every word start of `sentence` (normalised text: single spaces, straight
/// quotes) and appends what it finds to `out`. Spans in `out` point into `sentence`.
void parse_sentence(std::string_view sentence, lexicon const& lex, ast::sentence_parse& out);

}  // namespace claimcheck::grammar
