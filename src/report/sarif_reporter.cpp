#include "report/sarif_reporter.hpp"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/fingerprint.hpp"
#include "report/quote.hpp"

namespace claimcheck {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view schema_uri = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr std::string_view fingerprint_key = "claimcheck/v1";

std::string_view sarif_level(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::info: return "note";
  }
  return "error";
}

json text_message(std::string_view text) { return json{{"text", std::string(text)}}; }

/// A region from what is known: nothing without a line; the end only when it does not precede
/// the start, since a backwards region is invalid SARIF.
std::optional<json> region_of(line_column start, line_column end) {
  if (start.line == 0) return std::nullopt;
  json region;
  region["startLine"] = start.line;
  if (start.column != 0) region["startColumn"] = start.column;
  bool const end_known = end.line != 0 && (end.line > start.line || (end.line == start.line && end.column >= start.column));
  if (end_known) {
    region["endLine"] = end.line;
    if (end.column != 0 && start.column != 0) region["endColumn"] = end.column;
  }
  return region;
}

json physical_location(std::string_view path, line_column start, line_column end) {
  json physical;
  physical["artifactLocation"] = json{{"uri", sarif_uri(path)}};
  if (std::optional<json> region = region_of(start, end)) physical["region"] = std::move(*region);
  return physical;
}

/// `Ana Costa (said by police): "the sentence"`: which value this place gives, and where.
std::string side_message(discrepancy_side const& s) {
  std::string text = quote_text(s.value);
  if (!s.speaker.empty()) text += " (said by " + quote_text(s.speaker) + ")";
  return text + ": \"" + quote_text(s.text) + "\"";
}

json side_location(discrepancy_side const& s) {
  json location;
  location["physicalLocation"] = physical_location(s.source, s.start, s.end);
  location["message"] = text_message(side_message(s));
  return location;
}

json related_locations(discrepancy const& d) {
  json related = json::array();
  int id = 1;
  for (std::size_t i = 1; i < d.sides.size(); ++i) {
    json location;
    location["id"] = id++;
    json const side = side_location(d.sides[i]);
    location["physicalLocation"] = side["physicalLocation"];
    location["message"] = side["message"];
    related.push_back(std::move(location));
  }
  if (d.fact_sheet) {
    json location;
    location["id"] = id++;
    location["physicalLocation"] = physical_location(d.fact_sheet->path, d.fact_sheet->at, {});
    location["message"] = text_message("fact sheet supports " + quote_text(d.fact_sheet->value));
    related.push_back(std::move(location));
  }
  return related;
}

json result_json(discrepancy const& d, std::size_t rule_index) {
  json result;
  result["ruleId"] = d.rule;
  result["ruleIndex"] = rule_index;
  result["level"] = std::string(sarif_level(d.level));
  result["message"] = text_message(quote_text(d.message));
  if (!d.sides.empty()) result["locations"] = json::array({side_location(d.sides.front())});
  json related = related_locations(d);
  if (!related.empty()) result["relatedLocations"] = std::move(related);
  result["partialFingerprints"] = json{{std::string(fingerprint_key), fingerprint_of(d)}};
  if (!d.key.empty()) {
    json key = json::object();
    for (auto const& [field, value] : d.key) key[field] = value;
    result["properties"] = json{{"key", std::move(key)}};
  }
  return result;
}

/// The driver's rules by id: the context's (the first of a duplicated id wins), then any id a
/// result names that the context lacks, so that every ruleIndex points at its rule.
std::map<std::string, rule_metadata> driver_rules(report const& r, report_context const& ctx) {
  std::map<std::string, rule_metadata> rules;
  for (rule_metadata const& m : ctx.rules) rules.emplace(m.id, m);
  for (discrepancy const& d : r.discrepancies) rules.emplace(d.rule, rule_metadata{d.rule, {}, {}, {}, {}});
  return rules;
}

json rule_json(rule_metadata const& m) {
  json rule;
  rule["id"] = m.id;
  std::string const summary = quote_text(m.summary);
  std::string const description = quote_text(m.description);
  if (!summary.empty()) rule["shortDescription"] = text_message(summary);
  if (!description.empty()) rule["fullDescription"] = text_message(description);
  if (m.level) rule["defaultConfiguration"] = json{{"level", std::string(sarif_level(*m.level))}};
  if (!m.kind.empty()) rule["properties"] = json{{"kind", m.kind}};
  return rule;
}

json notification_json(diagnostic const& e) {
  json notification;
  notification["level"] = "error";
  notification["message"] = text_message(quote_text(e.message));
  if (!e.path.empty()) {
    json location;
    location["physicalLocation"] = physical_location(e.path, {e.line, e.column}, {});
    notification["locations"] = json::array({std::move(location)});
  }
  return notification;
}

json invocation_json(report const& r) {
  json invocation;
  // Input errors leave the report incomplete, which is what SARIF means by an unsuccessful run.
  invocation["executionSuccessful"] = r.errors.empty();
  if (!r.errors.empty()) {
    json notifications = json::array();
    for (diagnostic const& e : r.errors) notifications.push_back(notification_json(e));
    invocation["toolExecutionNotifications"] = std::move(notifications);
  }
  return invocation;
}

bool is_uri_safe(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~' || c == '/';
}

}  // namespace

std::string sarif_uri(std::string_view path) {
  std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (is_uri_safe(c)) {
      uri += static_cast<char>(c);
    } else {
      uri += fmt::format("%{:02X}", c);
    }
  }
  return uri;
}

void write_sarif_report(report const& r, report_context const& ctx, std::ostream& out) {
  std::map<std::string, rule_metadata> const rules = driver_rules(r, ctx);
  std::map<std::string_view, std::size_t> index_of;
  json rules_json = json::array();
  for (auto const& [id, m] : rules) {
    index_of.emplace(id, rules_json.size());
    rules_json.push_back(rule_json(m));
  }

  json driver;
  driver["name"] = "claimcheck";
  driver["version"] = ctx.tool_version;
  driver["rules"] = std::move(rules_json);

  json artifacts = json::array();
  for (source_summary const& s : r.sources) {
    json artifact;
    artifact["location"] = json{{"uri", sarif_uri(s.path)}};
    artifact["roles"] = json::array({"analysisTarget"});
    artifact["properties"] = json{{"claims", s.claims}};
    artifacts.push_back(std::move(artifact));
  }

  json results = json::array();
  for (discrepancy const& d : r.discrepancies) results.push_back(result_json(d, index_of.at(d.rule)));

  json run;
  run["tool"] = json{{"driver", std::move(driver)}};
  run["invocations"] = json::array({invocation_json(r)});
  run["artifacts"] = std::move(artifacts);
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";

  json log;
  log["$schema"] = std::string(schema_uri);
  log["version"] = "2.1.0";
  log["runs"] = json::array({std::move(run)});
  out << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck
