#pragma once
/// `--format json`: the report as one JSON document for other programs.
///
/// Contract, version 1 (later versions may add fields, never remove or rename them):
///   version, sources[{path, claims}], errors[{path, line, column, message}],
///   discrepancies[{rule, severity, message, key{field: value...},
///                  claims[{source, line, column, end_line, end_column, text, kind, value}]}],
///   summary{errors, warnings, infos, sources, claims, input_errors}.
/// Keys come in that order; line and column are 0 when unknown; summary.errors/warnings/infos
/// count discrepancies by severity, summary.input_errors counts `errors`.
#include <ostream>

#include "report/discrepancy.hpp"
#include "report/report_filter.hpp"

namespace claimcheck {

/// Writes the report pretty-printed (2-space indent) with a trailing newline. Text is written
/// as UTF-8 unescaped; invalid UTF-8 becomes U+FFFD rather than failing the run.
/// Call sort_report first: the output follows the report's order.
void write_json_report(report const& r, std::ostream& out);

/// The same, with what the gates did added to the summary, each key only when its gate is in
/// use (so a run without gates writes exactly the report above): accepted_by_baseline and
/// stale_baseline_entries with a baseline; suppressed when comments suppressed something;
/// min_level and hidden_below_min_level when --min-level is above info; max_discrepancies and
/// failing (discrepancies at or above --fail-on) with --max-discrepancies.
void write_json_report(report const& r, std::ostream& out, gate_counts const& gates);

}  // namespace claimcheck
