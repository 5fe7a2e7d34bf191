#include "report/line_reporter.hpp"

#include <string>

#include "report/plain_text.hpp"

namespace claimcheck {

namespace {

void write_line(std::ostream& out, std::string_view path, std::uint32_t line, std::uint32_t column,
                std::string_view rule, std::string_view message) {
  out << plain_line(path) << ':' << line << ':' << column << ':' << plain_line(rule) << ':' << message << '\n';
}

}  // namespace

void write_line_report(report const& r, std::ostream& out) {
  for (diagnostic const& e : r.errors) write_line(out, e.path, e.line, e.column, "input-error", plain_line(e.message));
  for (discrepancy const& d : r.discrepancies) {
    std::string const message = plain_line(d.message);
    if (d.sides.empty()) write_line(out, "", 0, 0, d.rule, message);
    for (discrepancy_side const& s : d.sides) {
      write_line(out, s.source, s.start.line, s.start.column, d.rule,
                 message + " (this source: " + plain_line(s.value) + ")");
    }
  }
}

}  // namespace claimcheck
