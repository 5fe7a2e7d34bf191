#include "report/rdjsonl_reporter.hpp"

#include <string>

#include <nlohmann/json.hpp>

#include "report/quote.hpp"

namespace claimcheck {

namespace {

using json = nlohmann::ordered_json;

std::string_view severity_name(severity s) {
  switch (s) {
    case severity::error: return "ERROR";
    case severity::warning: return "WARNING";
    case severity::info: return "INFO";
  }
  return "ERROR";
}

json position(line_column at) {
  json p;
  p["line"] = at.line;
  if (at.column != 0) p["column"] = at.column;
  return p;
}

std::optional<json> location(std::string_view path, line_column start, line_column end) {
  if (path.empty()) return std::nullopt;
  json l;
  l["path"] = std::string(path);
  if (start.line != 0) {
    json range;
    range["start"] = position(start);
    bool const forward = end.line > start.line || (end.line == start.line && end.column >= start.column);
    if (end.line != 0 && forward) range["end"] = position(end);
    l["range"] = std::move(range);
  }
  return l;
}

void write_diagnostic(std::ostream& out, std::string const& message, std::optional<json> where, severity level,
                      std::string_view code) {
  json d;
  d["message"] = message;
  if (where) d["location"] = std::move(*where);
  d["severity"] = std::string(severity_name(level));
  d["source"] = json{{"name", "claimcheck"}};
  d["code"] = json{{"value", std::string(code)}};
  out << d.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace

void write_rdjsonl_report(report const& r, std::ostream& out) {
  for (diagnostic const& e : r.errors) {
    write_diagnostic(out, quote_text(e.message), location(e.path, {e.line, e.column}, {}), severity::error,
                     "input-error");
  }
  for (discrepancy const& d : r.discrepancies) {
    std::string const message = quote_text(d.message);
    if (d.sides.empty()) write_diagnostic(out, message, std::nullopt, d.level, d.rule);
    for (discrepancy_side const& s : d.sides) {
      write_diagnostic(out, message + " (this source: " + quote_text(s.value) + ")", location(s.source, s.start, s.end),
                       d.level, d.rule);
    }
  }
}

}  // namespace claimcheck
