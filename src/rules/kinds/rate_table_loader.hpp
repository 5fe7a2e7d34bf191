#pragma once
/// Reading exchange-rate tables from YAML; with the rule, lexicon and fact-sheet loaders, the only
/// code that knows yaml-cpp. The format:
///
///   rates:
///     - from: JPY               # ISO 4217 codes, three capital letters, two different ones
///       to: USD
///       rate: 0.0066            # units of `to` one unit of `from` buys; a positive number
///       from-date: 2024-01-01   # YYYY, YYYY-MM or YYYY-MM-DD; absent or null: since always
///       to-date: 2024-12-31     # the same; absent or null: still holds
///       note: annual average    # optional: where the rate comes from, shown in reports
///
/// An entry serves conversions both ways (USD to JPY at the inverse). Two entries for one pair of
/// currencies (either way round) whose periods overlap are an error of the table. Each bad entry
/// is a diagnostic at path:line:column and is skipped; the other entries still load.
#include <string>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "rules/kinds/rate_table.hpp"

namespace claimcheck {

/// Adds the rates of one table YAML text (`path` names it in diagnostics and reports) to `into`.
void load_rate_table_yaml(std::string_view path, std::string_view text, rate_table& into, diagnostics& errors);

/// Reads the table file at `path` and loads it as above; a file that cannot be read is one
/// diagnostic without a position.
void load_rate_table_file(std::string const& path, rate_table& into, diagnostics& errors);

}  // namespace claimcheck
