#include "report/junit_reporter.hpp"

#include <map>
#include <string>
#include <vector>

#include "report/fingerprint.hpp"
#include "report/plain_text.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view run_case = "(run)";

/// XML character data or attribute value; text must already be plain (no forbidden characters).
/// In attributes, line breaks and tabs are written as references so that parsers keep them.
std::string xml_escaped(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
  return out;
}

std::string attribute(std::string_view text) { return xml_escaped(plain_line(text), true); }

/// The body of a failure: what a reader needs to act without opening another report.
std::string failure_body(discrepancy const& d) {
  std::vector<std::string> lines;
  lines.push_back(std::string(to_string(d.level)) + ": " + plain_line(d.message) + " [" + plain_line(d.rule) + "]");
  for (discrepancy_side const& s : d.sides) {
    std::string line = plain_location(s.source, s.start.line, s.start.column) + ": " + plain_line(s.value);
    if (!s.speaker.empty()) line += " (said by " + plain_line(s.speaker) + ")";
    lines.push_back(std::move(line));
    lines.push_back("  | " + plain_line(s.text));
  }
  if (d.fact_sheet) {
    lines.push_back("fact sheet " + plain_location(d.fact_sheet->path, d.fact_sheet->at.line, d.fact_sheet->at.column) +
                    " supports: " + plain_line(d.fact_sheet->value));
  }
  lines.push_back("fingerprint: " + fingerprint_of(d));
  std::string body;
  for (std::string const& line : lines) body += line + '\n';
  return xml_escaped(body, false);
}

struct test_case {
  std::vector<discrepancy const*> failures;
  std::vector<diagnostic const*> errors;
};

std::map<std::string, test_case> cases_of(report const& r) {
  std::map<std::string, test_case> cases;
  for (source_summary const& s : r.sources) cases[s.path];
  for (diagnostic const& e : r.errors) cases[e.path.empty() ? std::string(run_case) : e.path].errors.push_back(&e);
  for (discrepancy const& d : r.discrepancies) {
    std::string const name = d.sides.empty() ? std::string(run_case) : d.sides.front().source;
    cases[name].failures.push_back(&d);
  }
  return cases;
}

void write_case(std::ostream& out, std::string_view name, test_case const& c) {
  out << "    <testcase name=\"" << attribute(name) << "\" classname=\"claimcheck\"";
  if (name != run_case) out << " file=\"" << attribute(name) << '"';
  if (c.failures.empty() && c.errors.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  for (diagnostic const* e : c.errors) {
    out << "      <error type=\"input-error\" message=\"" << attribute(e->message) << "\">"
        << xml_escaped(plain_location(e->path, e->line, e->column) + (e->path.empty() ? "" : ": ") + plain_line(e->message) + '\n',
                       false)
        << "</error>\n";
  }
  for (discrepancy const* d : c.failures) {
    out << "      <failure type=\"" << attribute(d->rule) << "\" message=\"" << attribute(d->message) << "\">"
        << failure_body(*d) << "</failure>\n";
  }
  out << "    </testcase>\n";
}

}  // namespace

void write_junit_report(report const& r, std::ostream& out) {
  std::map<std::string, test_case> const cases = cases_of(r);
  std::size_t errors = 0;
  std::size_t failures = 0;
  for (auto const& [name, c] : cases) {
    if (!c.errors.empty()) {
      ++errors;
    } else if (!c.failures.empty()) {
      ++failures;
    }
  }
  std::string const counts = "tests=\"" + std::to_string(cases.size()) + "\" failures=\"" + std::to_string(failures) +
                             "\" errors=\"" + std::to_string(errors) + '"';
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"claimcheck\" " << counts << ">\n";
  out << "  <testsuite name=\"claimcheck\" " << counts << " skipped=\"0\">\n";
  for (auto const& [name, c] : cases) write_case(out, name, c);
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

}  // namespace claimcheck
