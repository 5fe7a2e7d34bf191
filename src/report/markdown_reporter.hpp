#pragma once
/// `--format markdown`: a report fit for a pull-request or merge-request comment (GitHub
/// Flavored Markdown).
///
/// Layout:
///   ### claimcheck
///   **N discrepancies** (E errors, W warnings, I infos) in S sources, C claims; K input errors
///   #### Input errors            (only when there are some)
///   - `path:line:column`: message
///   #### Discrepancies           (only when there are some)
///   **1. error** `rule`: message
///   | Source | Value | Sentence |  one row per side; the value bold, with its speaker
///   Fact sheet `path:line:column` supports **value**.   (when one decides)
/// Text from articles is escaped so that it shows as written: Markdown punctuation
/// (\ ` * _ [ ] < > | ~ & $) gets a backslash, so that it can open no emphasis, link, HTML
/// tag, entity or math span and cannot break a table row, and so does a leading # + - = or the
/// dot of a leading `12.`, which could open a heading or a list; paths go in code spans whose
/// fence is longer than any backtick run they hold.
#include <ostream>
#include <string>
#include <string_view>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// Writes the comment. Call sort_report first: discrepancies follow the report's order.
void write_markdown_report(report const& r, std::ostream& out);

/// Text shown as written in a paragraph or a table cell (escaping as above, on one line).
std::string markdown_text(std::string_view text);

/// Text as an inline code span. In a table cell a pipe still ends the cell even inside a code
/// span, so `in_table` writes it `\|`, which GitHub shows as a plain pipe.
std::string markdown_code(std::string_view text, bool in_table);

}  // namespace claimcheck
