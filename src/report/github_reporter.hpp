#pragma once
/// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request's files and in the run's summary.
///
/// One line per input error, then one per discrepancy, in the report's order:
///   ::error file=rules/x.yaml,line=4,col=3,title=input error::<message>
///   ::warning file=a.md,line=4,col=1,endLine=4,endColumn=44,title=<rule>::<message>%0A<sides>
/// error -> ::error, warning -> ::warning, info -> ::notice. A discrepancy is annotated at its
/// first side; the message goes on with one line per side (`path:line:column: value: "sentence"`)
/// and the fact sheet's entry, joined by escaped line breaks. Unknown lines and columns are left
/// out; endColumn only when the span ends on its first line, as annotations require. Last comes
/// one plain log line with the totals (`claimcheck: N discrepancies (...)`).
#include <ostream>
#include <string>
#include <string_view>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// Writes the commands. Call sort_report first: annotations follow the report's order.
void write_github_report(report const& r, std::ostream& out);

/// A workflow command's message: % -> %25, CR -> %0D, LF -> %0A, so that text from an article
/// can neither end the command early nor start another.
std::string github_escape_data(std::string_view text);

/// A workflow command's property value: as github_escape_data, and also : -> %3A, , -> %2C,
/// which separate properties.
std::string github_escape_property(std::string_view text);

}  // namespace claimcheck
