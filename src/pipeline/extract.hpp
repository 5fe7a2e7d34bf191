#pragma once
/// From a loaded document to its claims: sentences, normalisation, grammar, lowering, entities.
#include <vector>

#include "claims/claim.hpp"
#include "grammar/lexicon.hpp"
#include "text/document.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

/// Appends the claims of one document to `out`, in the order of the text.
void extract_document_claims(source_store const& store, document const& doc, lexicon const& lex,
                             std::vector<claim>& out);

}  // namespace claimcheck
