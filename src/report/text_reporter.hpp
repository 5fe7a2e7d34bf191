#pragma once
/// `--format text` (the default): the report for people, in the style of compiler diagnostics
/// so that editors and terminals can jump to each location.
///
/// Layout, one block per discrepancy followed by a blank line:
///   a.md:3:5: error: <message> [<rule>]      location of the first side
///     a.md:3:5: <value>                      one pair of lines per side
///       | <sentence>
/// Input errors come first, one line each (`path:line:column: error: message`, with the parts
/// that are unknown left out), then a blank line; the last line is always the summary
///   `N discrepancies (E errors, W warnings, I infos) in S sources, C claims; K input errors`.
/// Sentences stay on one line whatever their length (whitespace runs become one space): a
/// terminal wraps them anyway, and grep keeps working. Control characters and invalid UTF-8 in
/// any text become U+FFFD, so an article cannot move the cursor or fake colours.
#include <ostream>
#include <string_view>

#include "report/discrepancy.hpp"
#include "report/report_filter.hpp"

namespace claimcheck {

struct text_options {
  bool color = false;  ///< ANSI colours: severity words coloured, disputed values bold
};

/// Writes the report in the layout above. Call sort_report first: the output follows the
/// report's order.
void write_text_report(report const& r, std::ostream& out, text_options const& o);

/// The same, with what the gates did appended to the summary line (gate_summary_text: nothing
/// when no gate is in use, so the report is then exactly the one above).
void write_text_report(report const& r, std::ostream& out, text_options const& o, gate_counts const& gates);

/// Whether colour suits standard output: it is a terminal, NO_COLOR is unset or empty
/// (https://no-color.org), and TERM is not "dumb".
bool stdout_wants_color();

/// Input errors alone, one `path:line:column: error: message` line each (for `extract`, whose
/// standard output is claims).
void write_diagnostics(std::vector<diagnostic> const& errors, std::ostream& out, text_options const& o);

/// The decision behind stdout_wants_color, on explicit inputs so it can be tested; an unset
/// variable is passed as an empty string.
bool color_wanted(bool is_terminal, std::string_view no_color, std::string_view term);

}  // namespace claimcheck
