#pragma once
/// `--format rdjsonl`: reviewdog's diagnostic format, one JSON object per line, so that
/// reviewdog can comment on the changed lines of a pull request (`reviewdog -f=rdjsonl`).
///
/// One diagnostic per input error, then one per side of every discrepancy (so that a change to
/// either source's line brings the disagreement up), in the report's order:
///   {"message":"<message> (this source: <value>)","location":{"path":"a.md","range":{
///    "start":{"line":2,"column":1},"end":{"line":2,"column":58}}},"severity":"ERROR",
///    "source":{"name":"claimcheck"},"code":{"value":"<rule>"}}
/// severity ERROR|WARNING|INFO; input errors have code "input-error". Unknown parts are left out:
/// no location without a path, no range without a line, no column when it is 0. The end is
/// exclusive, as reviewdog's is. Columns count Unicode code points (reviewdog counts UTF-8
/// bytes; the two agree on lines that are ASCII up to the claim).
#include <ostream>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// Writes the lines. Call sort_report first: lines follow the report's order.
void write_rdjsonl_report(report const& r, std::ostream& out);

}  // namespace claimcheck
