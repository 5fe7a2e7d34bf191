#pragma once
/// Which claim kinds a fact sheet can state, and how: the fields that name a slot (the key: which
/// office of which country) and the fields that fill it (the values: who holds it). A fact states
/// every key field and at least one value field. This is the shape of the claim model, not data
/// about the world, so it lives in code beside src/claims/claim.hpp.
#include <span>
#include <string>

#include "claims/claim.hpp"

namespace claimcheck {

struct fact_shape {
  claim_kind kind;
  std::span<field_id const> key;     ///< every one required
  std::span<field_id const> values;  ///< at least one required
};

/// The shape of facts about `kind`, or nullptr when a fact sheet cannot state such claims.
fact_shape const* fact_shape_of(claim_kind kind);

/// Whether `id` is a value field (not a key field) of facts about `kind`.
bool is_fact_value_field(claim_kind kind, field_id id);

/// The kinds a fact sheet can state, joined by ", " (for "expected one of" messages).
std::string fact_kind_names();

/// The fields of facts about `kind`, key fields first, joined by ", ".
std::string fact_field_names(fact_shape const& shape);

}  // namespace claimcheck
