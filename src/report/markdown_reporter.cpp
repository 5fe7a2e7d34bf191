#include "report/markdown_reporter.hpp"

#include <algorithm>

#include "report/plain_text.hpp"
#include "report/summary_line.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view escaped_punctuation = "\\`*_[]<>|~&$";

void write_errors(report const& r, std::ostream& out) {
  if (r.errors.empty()) return;
  out << "\n#### Input errors\n\n";
  for (diagnostic const& e : r.errors) {
    out << "- ";
    if (!e.path.empty()) out << markdown_code(plain_location(e.path, e.line, e.column), false) << ": ";
    out << markdown_text(e.message) << '\n';
  }
}

std::string value_cell(discrepancy_side const& s) {
  std::string cell = "**" + markdown_text(s.value) + "**";
  if (!s.speaker.empty()) cell += " (said by " + markdown_text(s.speaker) + ")";
  return cell;
}

void write_discrepancy(discrepancy const& d, std::size_t number, std::ostream& out) {
  out << "\n**" << number << ". " << to_string(d.level) << "** " << markdown_code(d.rule, false) << ": "
      << markdown_text(d.message) << '\n';
  if (!d.sides.empty()) {
    out << "\n| Source | Value | Sentence |\n| --- | --- | --- |\n";
    for (discrepancy_side const& s : d.sides) {
      out << "| " << markdown_code(plain_location(s.source, s.start.line, s.start.column), true) << " | "
          << value_cell(s) << " | " << markdown_text(s.text) << " |\n";
    }
  }
  if (d.fact_sheet) {
    out << "\nFact sheet "
        << markdown_code(plain_location(d.fact_sheet->path, d.fact_sheet->at.line, d.fact_sheet->at.column), false)
        << " supports **" << markdown_text(d.fact_sheet->value) << "**.\n";
  }
}

/// The index of the character that would make `text` open a block (a heading, a list item, a
/// setext underline) if it began a line or a list item's text; npos when none would.
std::size_t block_marker(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (text.front() == '#' || text.front() == '+' || text.front() == '-' || text.front() == '=') return 0;
  std::size_t digits = 0;
  while (digits < text.size() && digits < 9 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) return digits;
  return std::string_view::npos;
}

}  // namespace

std::string markdown_text(std::string_view text) {
  std::string const plain = plain_line(text);
  std::size_t const marker = block_marker(plain);
  std::string out;
  out.reserve(plain.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    char const c = plain[i];
    if (i == marker || escaped_punctuation.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string markdown_code(std::string_view text, bool in_table) {
  std::string const plain = plain_line(text);
  std::size_t longest = 0;
  std::size_t run = 0;
  std::string body;
  for (char c : plain) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    if (c == '|' && in_table) body += '\\';
    body += c;
  }
  std::string const fence(longest + 1, '`');
  // A space on each side keeps a backtick at either end from joining the fence; Markdown strips
  // one such space from each end when it renders the span.
  bool const pad = !body.empty() && (body.front() == '`' || body.back() == '`');
  std::string const space = pad ? " " : "";
  return fence + space + body + space + fence;
}

void write_markdown_report(report const& r, std::ostream& out) {
  out << "### claimcheck\n\n";
  std::string const summary = summary_line(r);
  std::size_t const first_space = summary.find(' ', summary.find(' ') + 1);  // after "N discrepancies"
  out << "**" << summary.substr(0, first_space) << "**" << summary.substr(first_space) << '\n';
  write_errors(r, out);
  if (!r.discrepancies.empty()) out << "\n#### Discrepancies\n";
  std::size_t number = 0;
  for (discrepancy const& d : r.discrepancies) write_discrepancy(d, ++number, out);
}

}  // namespace claimcheck
