#pragma once
// What the grammar tests share: the built-in lexicon, loaded once, and a parse helper.
#include <optional>
#include <string>

#include "grammar/config.hpp"

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

/// Parses `rule` alone at the start of `text`; the bytes consumed, or nothing when it does not match.
template <typename Rule, typename Attribute>
std::optional<std::size_t> parse_prefix(Rule const& rule, std::string const& text, Attribute& attr) {
  char const* first = text.data();
  char const* const last = text.data() + text.size();
  grammar::context_type const context(builtin_lexicon());
  if (!rule.parse(first, last, context, boost::spirit::x3::unused, attr)) return std::nullopt;
  return static_cast<std::size_t>(first - text.data());
}

}  // namespace claimcheck::testing
