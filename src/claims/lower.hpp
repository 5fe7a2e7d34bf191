#pragma once
/// Lowering: gives meaning to what the grammar found in one sentence (which office a title names,
/// which country an adjective means, which year a date falls in) and turns it into typed claims
/// with provenance in the source file.
#include <optional>
#include <vector>

#include "claims/claim.hpp"
#include "grammar/ast.hpp"
#include "grammar/lexicon.hpp"
#include "text/normalize.hpp"

namespace claimcheck {

/// A person the sentence names, kept for resolving pronouns and surnames later in the document.
struct person_mention {
  std::string name;
  std::uint32_t offset = 0;  ///< source byte offset of the mention
  std::uint32_t sentence = 0;  ///< index of the sentence in its document
};

struct sentence_context {
  source_id source = 0;
  byte_span sentence;                        ///< the sentence in the source
  std::uint32_t sentence_index = 0;
  normalized_text const* text = nullptr;     ///< what the grammar parsed
  std::optional<calendar_date> document_date;
  /// The person a pronoun at the start of this sentence most likely stands for.
  std::optional<std::string> pronoun_antecedent;
  /// The event "it" stands for in "it started on Friday": the last one the document named.
  std::optional<std::string> event_antecedent;
};

/// Appends the claims of one parsed sentence to `claims` and the people it names to `mentions`.
void lower_sentence(ast::sentence_parse const& parse, sentence_context const& where, lexicon const& lex,
                    std::vector<claim>& claims, std::vector<person_mention>& mentions);

/// A stated duration in its lexicon unit ("a decade" is ten years); nullopt when the span is
/// empty or its unit is unknown to the lexicon.
std::optional<duration> duration_of(ast::duration const& d, lexicon const& lex);

/// A stated quantity as the interval of values it allows, with its qualifier kept.
amount_value amount_of(ast::quantity const& q, std::string unit);

/// The words of a counted noun phrase, compared without "and" and plural endings.
std::string counted_key(std::string_view phrase);

}  // namespace claimcheck
