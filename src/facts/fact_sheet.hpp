#pragma once
/// Fact sheets: reference facts a user vouches for ("Ana Ruiz has been Valdoria's fisheries
/// minister since July 2025"), each filling one slot of a claim kind for a stated period. Claims
/// are checked against them (src/facts/fact_sheet_rule.hpp), and conflicts between sources are
/// annotated with the side a fact supports (src/facts/fact_support.hpp). The YAML form is read by
/// src/facts/fact_sheet_loader.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claims/claim.hpp"
#include "text/source_store.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// One field a fact states, with the place in the sheet its value is written.
struct fact_field {
  field_id id;
  field_value value;
  line_column at;
};

/// One entry of a fact sheet: the fields of one claim kind's slot, and when they hold.
struct fact {
  claim_kind kind = claim_kind::office_holder;
  std::vector<fact_field> fields;   ///< in sheet order
  std::optional<calendar_date> from;  ///< first period it holds; none: since always
  std::optional<calendar_date> to;    ///< last period it holds; none: still holds
  std::string note;                 ///< the entry's `note:`, where the fact comes from
  std::string path;                 ///< the sheet, as diagnostics and reports name it
  line_column at;                   ///< where the entry starts
  std::uint32_t offset = 0;         ///< byte offset of the entry, for ordering report sides

  fact_field const* find(field_id id) const;
  /// Whether the fact holds at all times (neither `from` nor `to`).
  bool timeless() const { return !from && !to; }
  /// First and last day it holds, in days since 1970-01-01; open ends are the extremes of long.
  std::pair<long, long> days() const;
  /// Whether it holds on every day of [first, last].
  bool holds_throughout(long first, long last) const;
};

/// Every fact loaded, from all sheets, in load order.
struct fact_sheets {
  std::vector<fact> facts;
};

/// The period as words: "from 2025-07", "from 2022-05 to 2023-10", "until 2019", "at any time".
std::string term_text(fact const& f);

/// The fact as one readable line: "office-holder fact: office = fisheries minister, jurisdiction =
/// Valdoria, person = Ana Ruiz; holds from 2025-07 (note: ...)".
std::string describe(fact const& f);

/// Where `f` and `g` contradict each other: they fill the same slot (same kind, key fields with
/// equal comparison keys), certainly hold at once, and give incompatible values for a value field,
/// which is returned (two holders of one office at the same time). Periods that meet only where
/// one may end before the other begins are a handover, not a clash: "to: 2023-10" and
/// "from: 2023-10", or "to: 2023-10" and "from: 2023-10-07". nullopt when they do not clash.
std::optional<field_id> clashing_field(fact const& f, fact const& g);

}  // namespace claimcheck
