#pragma once
// What the grammar tests share: the built-in lexicon, loaded once, and a parse helper.
#include <string>

#include "diagnostics/diagnostic.hpp"
#include "grammar/parse.hpp"
#include "rules/lexicon_loader.hpp"

namespace claimcheck::testing {

inline lexicon const& builtin_lexicon() {
  static lexicon const lex = [] {
    diagnostics errors;
    return load_builtin_lexicon(errors);
  }();
  return lex;
}

/// Parses one already-normalised sentence with the built-in lexicon.
inline ast::sentence_parse parse(std::string const& sentence) {
  ast::sentence_parse out;
  grammar::parse_sentence(sentence, builtin_lexicon(), out);
  return out;
}

}  // namespace claimcheck::testing
