#pragma once
/// The values of news prose found anywhere in a sentence: money, dates and ranges, durations,
/// numbers and percentages, ordinals — each with its span. `claimcheck extract --values` prints
/// them; claims that carry values are built from the same rules.
#include <string_view>
#include <variant>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck::ast {

using value = std::variant<money_phrase, date, duration, quantity, ordinal>;

text_span span_of(value const& v);

}  // namespace claimcheck::ast

namespace claimcheck::grammar {

/// Appends every value of `sentence` (normalised text) to `out`, left to right. Where several
/// readings start at one word the most specific wins (money over number, date over number,
/// duration over number), and a value is never searched again inside itself.
void parse_values(std::string_view sentence, lexicon const& lex, std::vector<ast::value>& out);

}  // namespace claimcheck::grammar
