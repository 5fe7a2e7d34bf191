#pragma once
// What the rule-engine tests share: claims built by hand over small invented sources, rules
// loaded from YAML text, and one-line summaries of discrepancies to compare against.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "claims/claim.hpp"
#include "diagnostics/diagnostic.hpp"
#include "report/discrepancy.hpp"
#include "rules/engine.hpp"
#include "rules/registry.hpp"
#include "rules/rule_loader.hpp"
#include "text/source_store.hpp"

namespace claimcheck::testing {

inline field_value person(std::string name, std::string key = {}) { return person_value{std::move(name), std::move(key)}; }
inline field_value office(std::string id, std::string text) { return office_value{std::move(id), std::move(text)}; }
inline field_value country(std::string id, std::string text) { return jurisdiction_value{std::move(id), std::move(text)}; }
inline field_value place(std::string name) { return place_value{std::move(name), {}}; }
inline field_value words(std::string text) { return text_value{std::move(text)}; }
inline field_value days(calendar_date first, calendar_date last) { return date_range{first, last}; }

/// One claim as a test states it: which source, the sentence that makes it, its fields.
struct stated {
  std::string source;
  std::string sentence;
  claim_kind kind = claim_kind::office_holder;
  std::vector<std::pair<field_id, field_value>> fields;
  std::optional<calendar_date> time = calendar_date{2031, 5, 14};
};

/// Sources and claims built from `stated` rows: each source's text is its sentences, one per
/// line, in row order; a claim spans its whole sentence. A row repeating the sentence of the row
/// before it in the same source is a second claim of that one sentence.
struct built_corpus {
  source_store store;
  std::vector<claim> claims;
};

inline std::unique_ptr<built_corpus> build(std::vector<stated> const& rows) {
  std::vector<std::string> paths;
  std::map<std::string, std::string> texts;
  std::vector<byte_span> spans;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    stated const& row = rows[i];
    if (i > 0 && rows[i - 1].source == row.source && rows[i - 1].sentence == row.sentence) {
      spans.push_back(spans.back());
      continue;
    }
    if (!texts.count(row.source)) paths.push_back(row.source);
    std::string& text = texts[row.source];
    std::uint32_t const begin = static_cast<std::uint32_t>(text.size());
    text += row.sentence;
    spans.push_back({begin, static_cast<std::uint32_t>(text.size())});
    text += "\n";
  }
  std::unique_ptr<built_corpus> out = std::make_unique<built_corpus>();
  std::map<std::string, source_id> ids;
  for (std::string const& path : paths) ids[path] = out->store.add(path, texts[path]);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    claim c{rows[i].kind, ids[rows[i].source], spans[i], spans[i], rows[i].time, false, {}};
    for (std::pair<field_id, field_value> const& f : rows[i].fields) c.fields.push_back({f.first, f.second, spans[i]});
    out->claims.push_back(std::move(c));
  }
  return out;
}

/// The rules of a YAML text that must load without a single diagnostic.
inline std::vector<std::unique_ptr<rule>> rules_from(std::string const& yaml) {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<std::unique_ptr<rule>> rules;
  diagnostics errors;
  load_rules_yaml("test.yaml", yaml, kinds, rules, errors);
  for (diagnostic const& d : errors.items()) FAIL_CHECK(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  return rules;
}

/// "rule severity: source=value, source=value" over the sides in report order.
inline std::string summary(discrepancy const& d) {
  std::vector<std::string> sides;
  for (discrepancy_side const& s : d.sides) sides.push_back(s.source + "=" + s.value);
  return fmt::format("{} {}: {}", d.rule, to_string(d.level), fmt::join(sides, ", "));
}

inline std::vector<std::string> summaries(std::vector<discrepancy> const& found) {
  std::vector<std::string> out;
  for (discrepancy const& d : found) out.push_back(summary(d));
  return out;
}

}  // namespace claimcheck::testing

// Helpers for the numeric and pattern rule kinds (agree, equivalent, conflicts-with).
#include <cmath>
#include <limits>

namespace claimcheck::testing {

/// An amount as the lowering pass makes it: `text` as written, `stated` its value, the bound
/// (`qualifier`: "", "at-least", "more-than", "at-most", "less-than", "about") and the unit.
inline field_value amount(std::string text, double stated, std::string qualifier = {}, std::string unit = {}) {
  double constexpr unbounded = std::numeric_limits<double>::infinity();
  amount_value a{stated, stated, stated, qualifier, std::move(unit), std::move(text)};
  if (qualifier == "at-least") a.high = unbounded;
  if (qualifier == "more-than") a.low = std::nextafter(stated, unbounded), a.high = unbounded;
  if (qualifier == "at-most") a.low = 0;
  if (qualifier == "less-than") a.low = 0, a.high = std::nextafter(stated, 0.0);
  if (qualifier == "about") a.low = stated * 0.9, a.high = stated * 1.1;
  return a;
}

/// A length of time: `length(10, duration::unit::year)`.
inline field_value length(double amount, duration::unit in) { return duration{amount, in}; }

/// One date, or a range of dates, as a date field holds it.
inline field_value on(calendar_date day) { return date_range{day, day}; }

/// The findings of the rules of `yaml` (which must load cleanly) over `rows`.
inline std::vector<discrepancy> check_rows(std::string const& yaml, std::vector<stated> const& rows) {
  std::unique_ptr<built_corpus> corpus = build(rows);
  std::vector<std::unique_ptr<rule>> rules = rules_from(yaml);
  return run_rules(rules, corpus->claims, check_context{corpus->store});
}

/// What loading `yaml` as "test.yaml" reports, as "line:column: message", and how many rules load.
struct load_outcome {
  std::size_t loaded = 0;
  std::vector<std::string> errors;
};

inline load_outcome load_outcome_of(std::string const& yaml) {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<std::unique_ptr<rule>> rules;
  diagnostics errors;
  load_rules_yaml("test.yaml", yaml, kinds, rules, errors);
  load_outcome out;
  out.loaded = rules.size();
  for (diagnostic const& d : errors.items()) out.errors.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
  return out;
}

}  // namespace claimcheck::testing
