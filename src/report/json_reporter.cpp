#include "report/json_reporter.hpp"

#include <nlohmann/json.hpp>

namespace claimcheck {

namespace {

using json = nlohmann::ordered_json;

json side_json(discrepancy_side const& s) {
  json j;
  j["source"] = s.source;
  j["line"] = s.start.line;
  j["column"] = s.start.column;
  j["end_line"] = s.end.line;
  j["end_column"] = s.end.column;
  j["text"] = s.text;
  j["kind"] = s.kind;
  j["value"] = s.value;
  if (!s.speaker.empty()) j["speaker"] = s.speaker;
  return j;
}

json discrepancy_json(discrepancy const& d) {
  json j;
  j["rule"] = d.rule;
  j["severity"] = std::string(to_string(d.level));
  j["message"] = d.message;
  json key = json::object();
  for (auto const& [field, value] : d.key) key[field] = value;
  j["key"] = std::move(key);
  json claims = json::array();
  for (discrepancy_side const& s : d.sides) claims.push_back(side_json(s));
  j["claims"] = std::move(claims);
  // Only when a fact sheet decides, so that reports of runs without one keep their shape.
  if (d.fact_sheet) {
    j["fact_sheet"] = json{{"value", d.fact_sheet->value},
                           {"path", d.fact_sheet->path},
                           {"line", d.fact_sheet->at.line},
                           {"column", d.fact_sheet->at.column}};
  }
  return j;
}

void add_gate_counts(json& summary, gate_counts const& gates) {
  if (gates.baseline_used) {
    summary["accepted_by_baseline"] = gates.accepted_by_baseline;
    summary["stale_baseline_entries"] = gates.stale_baseline_entries;
  }
  if (gates.suppressed > 0) summary["suppressed"] = gates.suppressed;
  if (gates.min_level) {
    summary["min_level"] = std::string(to_string(*gates.min_level));
    summary["hidden_below_min_level"] = gates.hidden_below_min_level;
  }
  if (gates.max_discrepancies) {
    summary["max_discrepancies"] = *gates.max_discrepancies;
    summary["failing"] = gates.failing;
  }
}

json summary_json(report const& r, gate_counts const* gates) {
  report_totals const totals = totals_of(r);
  std::size_t const errors = totals.errors, warnings = totals.warnings, infos = totals.infos, claims = totals.claims;
  json j;
  j["errors"] = errors;
  j["warnings"] = warnings;
  j["infos"] = infos;
  j["sources"] = r.sources.size();
  j["claims"] = claims;
  j["input_errors"] = r.errors.size();
  if (gates != nullptr) add_gate_counts(j, *gates);
  return j;
}

void write_json_document(report const& r, gate_counts const* gates, std::ostream& out) {
  json doc;
  doc["version"] = 1;
  json sources = json::array();
  for (source_summary const& s : r.sources) sources.push_back(json{{"path", s.path}, {"claims", s.claims}});
  doc["sources"] = std::move(sources);
  json errors = json::array();
  for (diagnostic const& e : r.errors) {
    errors.push_back(json{{"path", e.path}, {"line", e.line}, {"column", e.column}, {"message", e.message}});
  }
  doc["errors"] = std::move(errors);
  json discrepancies = json::array();
  for (discrepancy const& d : r.discrepancies) discrepancies.push_back(discrepancy_json(d));
  doc["discrepancies"] = std::move(discrepancies);
  doc["summary"] = summary_json(r, gates);
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace

void write_json_report(report const& r, std::ostream& out) { write_json_document(r, nullptr, out); }

void write_json_report(report const& r, std::ostream& out, gate_counts const& gates) {
  write_json_document(r, &gates, out);
}

}  // namespace claimcheck
