#pragma once
/// Reading fact sheets from YAML. With the rule and lexicon loaders, the only code that knows
/// yaml-cpp. The format:
///
///   facts:
///     - claims: office-holder          # a claim kind a sheet can state (src/facts/fact_schema.hpp)
///       office: fisheries minister     # a title or office id the lexicon knows
///       jurisdiction: Portugal         # a country name, adjective or id the lexicon knows; may be
///                                      # left out when the office implies one ("Taoiseach")
///       person: Ana Ruiz
///       from: 2025-07-25               # YYYY, YYYY-MM or YYYY-MM-DD; absent or null: since always
///       to: ~                          # the same; absent or null: still holds
///       note: appointed 25 July 2025   # optional: where the fact comes from, shown in reports
///
/// Every key field of the kind and at least one value field must be given. Each bad entry is a
/// diagnostic at path:line:column and is skipped; the other entries still load.
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "facts/fact_sheet.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck {

/// Adds the facts of one fact-sheet YAML text (`path` names it in diagnostics and reports) to
/// `into`. Offices and countries are resolved through `lex`. A fact that clashes with one already
/// in `into` (two holders of one office at once, from this sheet or an earlier one) is an error of
/// the sheet and is skipped; the fact loaded first is kept.
void load_fact_sheet_yaml(std::string_view path, std::string_view text, lexicon const& lex, fact_sheets& into,
                          diagnostics& errors);

}  // namespace claimcheck
