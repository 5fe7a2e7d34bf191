#pragma once
/// The one place that maps a `--format` name of `check` to its reporter, so that the command
/// line, its help and the run agree on which formats exist.
#include <ostream>
#include <span>
#include <string_view>

#include "report/discrepancy.hpp"
#include "report/report_context.hpp"

namespace claimcheck {

/// Every format name, in the order help lists them: text, json, sarif, junit, github, markdown,
/// line, rdjsonl.
std::span<std::string_view const> report_format_names();

/// Whether `name` is one of report_format_names().
bool is_report_format(std::string_view name);

/// Writes `r` in the named format. `ctx` gives the rule metadata (sarif), the colour choice
/// (text) and the tool version (sarif). Call sort_report first. `format` must be a report
/// format (a bug otherwise: asserted, and the text report is written in a release build).
void write_report(std::string_view format, report const& r, report_context const& ctx, std::ostream& out);

}  // namespace claimcheck
