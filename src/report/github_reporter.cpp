#include "report/github_reporter.hpp"

#include <vector>

#include "report/plain_text.hpp"
#include "report/summary_line.hpp"

namespace claimcheck {

namespace {

std::string escaped(std::string_view text, bool property) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command_of(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "notice";
  }
  return "error";
}

/// `name=value` properties in the order GitHub documents them, the unknown ones left out.
class properties {
 public:
  void add(std::string_view name, std::string_view value) {
    items_.push_back(std::string(name) + '=' + github_escape_property(plain_line(value)));
  }
  void add(std::string_view name, std::uint32_t value) {
    if (value != 0) items_.push_back(std::string(name) + '=' + std::to_string(value));
  }
  void location(std::string_view path, line_column start, line_column end) {
    if (path.empty()) return;
    add("file", path);
    if (start.line == 0) return;
    add("line", start.line);
    add("col", start.column);
    if (end.line < start.line || (end.line == start.line && end.column < start.column)) return;
    add("endLine", end.line);
    if (end.line == start.line && start.column != 0) add("endColumn", end.column);
  }
  std::string joined() const {
    std::string out;
    for (std::string const& item : items_) out += (out.empty() ? "" : ",") + item;
    return out;
  }

 private:
  std::vector<std::string> items_;
};

void command(std::ostream& out, std::string_view name, properties const& p, std::string_view message) {
  std::string const props = p.joined();
  out << "::" << name << (props.empty() ? "" : " ") << props << "::" << github_escape_data(message) << '\n';
}

std::string message_of(discrepancy const& d) {
  std::string text = plain_line(d.message);
  for (discrepancy_side const& s : d.sides) {
    text += '\n' + plain_location(s.source, s.start.line, s.start.column) + ": " + plain_line(s.value);
    if (!s.speaker.empty()) text += " (said by " + plain_line(s.speaker) + ")";
    text += ": \"" + plain_line(s.text) + '"';
  }
  if (d.fact_sheet) {
    text += "\nfact sheet " + plain_location(d.fact_sheet->path, d.fact_sheet->at.line, d.fact_sheet->at.column) + " supports: " + plain_line(d.fact_sheet->value);
  }
  return text;
}

}  // namespace

std::string github_escape_data(std::string_view text) { return escaped(text, false); }

std::string github_escape_property(std::string_view text) { return escaped(text, true); }

void write_github_report(report const& r, std::ostream& out) {
  for (diagnostic const& e : r.errors) {
    properties p;
    p.location(e.path, {e.line, e.column}, {});
    p.add("title", "input error");
    command(out, "error", p, plain_line(e.message));
  }
  for (discrepancy const& d : r.discrepancies) {
    properties p;
    if (!d.sides.empty()) p.location(d.sides.front().source, d.sides.front().start, d.sides.front().end);
    p.add("title", d.rule);
    command(out, command_of(d.level), p, message_of(d));
  }
  out << "claimcheck: " << summary_line(r) << '\n';
}

}  // namespace claimcheck
