#pragma once
/// Attribution: who a sentence says made its statement. A claim in reported speech ("..., said
/// Prime Minister Ana Ruiz", "according to the ministry", "police said") is still a claim; its
/// speaker travels with it so that a report can show who said what.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck {

/// Who a sentence attributes itself to, as the text names them.
struct attribution {
  std::string speaker;   ///< "Ana Ruiz", "the health ministry", "police"
  ast::text_span span;   ///< the speaker's words in `sentence`
};

/// The speaker of `sentence` (normalised text), or nullopt when it is not reported speech.
///
/// Read, in this order: a person the grammar found right before or after a speech verb ("Ruiz
/// said", "said Prime Minister Ana Ruiz", "Ruiz told reporters"); "according to" and what follows
/// it up to the next comma or the end; a pronoun before a speech verb ("she said"), which stands
/// for `pronoun_antecedent`; a short phrase before or after a speech verb set off by a comma or a
/// quotation mark (", the ministry said.", "\"...,\" police said", ", said the union").
std::optional<attribution> speaker_of(std::string_view sentence, std::span<ast::person const> people,
                                      lexicon const& lex, std::optional<std::string> const& pronoun_antecedent);

}  // namespace claimcheck
