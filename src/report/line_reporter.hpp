#pragma once
/// `--format line`: one `path:line:column:rule:message` line per place, for grep, `cut -d:` and
/// editors' quickfix lists (vim's errorformat `%f:%l:%c:%m`).
///
/// Input errors come first, as `path:line:column:input-error:message`; then every side of every
/// discrepancy, in the report's order, each at its own place so that a jump or a grep by file
/// finds the disagreement from either source:
///   a.md:2:1:office-holder-single-value:<message> (this source: Ana Costa)
/// Every line has all five fields: an unknown line or column is 0, an unknown path empty. Fields
/// are plain (one line, control characters and invalid UTF-8 as U+FFFD); a colon inside a path or
/// a message is left as it is, so a reader splits off the first four fields and keeps the rest.
#include <ostream>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// Writes the lines. Call sort_report first: lines follow the report's order.
void write_line_report(report const& r, std::ostream& out);

}  // namespace claimcheck
