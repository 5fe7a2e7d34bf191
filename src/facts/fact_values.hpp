#pragma once
/// Reading the values a fact sheet writes as plain text into the typed values claims carry, so
/// that a fact compares with a claim exactly as two claims compare: offices and countries through
/// the lexicon's tables (to "minister:defence", "KR"), names folded, counted things keyed as the
/// lowering pass keys them. No yaml-cpp here: the loader hands over scalars.
#include <optional>
#include <string>
#include <string_view>

#include "claims/claim.hpp"
#include "grammar/lexicon.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// A date as a fact sheet writes it: YYYY, YYYY-MM or YYYY-MM-DD, naming a real calendar day
/// (no "2025-02-30", no unknown year).
std::optional<calendar_date> read_sheet_date(std::string_view text);

/// The office a sheet names, by one of its titles ("defence minister", any case) or by its id
/// ("minister:defence"); nullptr when the lexicon knows neither.
office_entry const* find_office(lexicon const& lex, std::string_view text);

/// The value of field `id` of a fact about `kind`, read from `text`. On failure returns nullopt
/// and puts the whole diagnostic message in `why`.
std::optional<field_value> read_fact_value(claim_kind kind, field_id id, std::string_view text, lexicon const& lex,
                                           std::string& why);

}  // namespace claimcheck
