#pragma once
/// Which fields each claim kind carries, and what kind of value a field holds, as the lowering
/// pass (src/claims/lower.cpp, src/claims/entities.cpp) fills them. Rule kinds check their
/// parameters against this at load time, so that a rule naming a field its claims never have is
/// a located error rather than a rule that silently never fires.
#include <span>
#include <string>

#include "claims/claim.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// What a field's values are, as far as comparing them goes.
enum class value_nature : std::uint8_t { name, text, date, duration, number, amount };

/// The nature of every value of field `id`.
value_nature nature_of(field_id id);

/// "names", "text", "dates", "durations", "numbers", "amounts": what a field holds, for messages.
std::string_view to_string(value_nature nature);

/// Whether claims of `kind` may carry field `id`.
bool kind_has_field(claim_kind kind, field_id id);

/// The fields claims of `kind` may carry, in declaration order, joined by ", " (for messages).
std::string fields_of_text(claim_kind kind);

/// Whether claims of `kind` may carry `f`; if not, reports that at `f`'s place, naming the key
/// (`key`, `same`...) it was written under.
bool check_kind_has(claim_kind kind, located<field_id> const& f, std::string_view key, param_view& params);

}  // namespace claimcheck
