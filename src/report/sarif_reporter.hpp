#pragma once
/// `--format sarif`: the report as a SARIF 2.1.0 log, the format code-scanning services import
/// (GitHub code scanning, GitLab, Azure DevOps, IDE viewers).
///
/// One run whose tool.driver lists every rule of the context and every rule a result names,
/// sorted by id, with its kind, summary, description and default level. One result per
/// discrepancy, in the report's order: level error|warning|note, the rule's message, the first
/// side as the location and the other sides (then the fact sheet's entry, if one decides) as
/// relatedLocations, each with a message giving its value and quoting its sentence;
/// partialFingerprints["claimcheck/v1"] is fingerprint_of, so that uploads of later runs match.
/// Input errors are toolExecutionNotifications of level error, and make executionSuccessful
/// false. Columns count Unicode code points (columnKind unicodeCodePoints) and end columns are
/// exclusive, as SARIF's are; unknown lines and columns are left out. Paths become relative URI
/// references (absolute ones file:// URIs), percent-encoded.
#include <ostream>
#include <string>
#include <string_view>

#include "report/discrepancy.hpp"
#include "report/report_context.hpp"

namespace claimcheck {

/// Writes the log pretty-printed (2-space indent) with a trailing newline; invalid UTF-8 becomes
/// U+FFFD. Call sort_report first: results follow the report's order.
void write_sarif_report(report const& r, report_context const& ctx, std::ostream& out);

/// A path as a SARIF artifactLocation.uri: percent-encoded but for letters, digits, "-._~/";
/// an absolute path gets the "file://" scheme.
std::string sarif_uri(std::string_view path);

}  // namespace claimcheck
