#pragma once
/// Who is who inside one document: a surname or given name on its own ("Costa", "Ana") takes
/// the identity of the one full name of the document it belongs to, and "his South Korean
/// counterpart Y" tells that Y holds, in South Korea, the office the subject holds at home.
#include <span>
#include <vector>

#include "claims/claim.hpp"
#include "claims/lower.hpp"

namespace claimcheck {

/// Sets the identity key of every person in `claims` (all from one document) and appends the
/// office-holder claims that counterpart meetings imply.
void resolve_document_entities(std::vector<claim>& claims, std::vector<person_mention> const& mentions);

/// The person a pronoun in sentence `sentence_index` most likely stands for: the first person
/// named in the nearest earlier sentence that names anyone.
std::optional<std::string> pronoun_antecedent(std::vector<person_mention> const& mentions,
                                              std::uint32_t sentence_index);

}  // namespace claimcheck
