#include "pipeline/rule_listing.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ostream.h>

namespace claimcheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  for (char const c : text) {
    if (!is_space(c)) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t const above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

/// A parameter's value as a reader would write it back: scalars bare, lists in brackets.
std::string render(spec_value const& v) {
  switch (v.form) {
    case spec_value::shape::null: return "";
    case spec_value::shape::scalar: return v.text;
    case spec_value::shape::map: return "{...}";
    case spec_value::shape::list: {
      std::vector<std::string> items;
      for (spec_value const& item : v.items) items.push_back(render(item));
      return fmt::format("[{}]", fmt::join(items, ", "));
    }
  }
  return "";
}

std::string origin(rule_spec const& spec) { return fmt::format("{}:{}", spec.path, spec.at.line); }

}  // namespace

std::string first_sentence(std::string_view description) {
  std::string const text = collapse_whitespace(description);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.' && text[i] != '!' && text[i] != '?') continue;
    std::size_t end = i + 1;
    while (end < text.size() && (text[end] == '"' || text[end] == '\'' || text[end] == ')' || text[end] == ']')) ++end;
    if (end == text.size() || text[end] == ' ') return text.substr(0, end);
  }
  return text;
}

std::vector<std::string> close_ids(std::string_view id, std::vector<std::string> const& known) {
  std::size_t const allowed = std::max<std::size_t>(2, id.size() / 5);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (std::string const& candidate : known) {
    std::size_t const distance = edit_distance(id, candidate);
    bool const contains =
        !id.empty() && (candidate.find(id) != std::string::npos || id.find(candidate) != std::string_view::npos);
    if (distance <= allowed || contains) scored.emplace_back(distance, candidate);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::pair<std::size_t, std::string> const& s : scored) out.push_back(s.second);
  return out;
}

void write_rule_list(std::span<loaded_rule const> rules, std::ostream& out) {
  std::size_t id_width = 0;
  std::size_t kind_width = 0;
  std::size_t origin_width = 0;
  for (loaded_rule const& r : rules) {
    id_width = std::max(id_width, r.spec.id.size());
    kind_width = std::max(kind_width, r.spec.kind.size());
    origin_width = std::max(origin_width, origin(r.spec).size());
  }
  for (loaded_rule const& r : rules) {
    std::string line = fmt::format("{:<{}}  {:<{}}  {:<{}}  {}", r.spec.id, id_width, r.spec.kind, kind_width,
                                   origin(r.spec), origin_width, first_sentence(r.spec.description));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

void write_rule_explanation(rule_spec const& spec, std::ostream& out) {
  fmt::print(out, "id: {}\nkind: {}\norigin: {}:{}:{}\n", spec.id, spec.kind, spec.path, spec.at.line, spec.at.column);
  std::string description = spec.description;
  while (!description.empty() && is_space(description.back())) description.pop_back();
  if (description.empty()) description = "(none)";
  std::string indented;
  for (char const c : description) indented += c == '\n' ? std::string("\n  ") : std::string(1, c);
  fmt::print(out, "description: {}\n", indented);
  if (spec.params.empty()) out << "parameters: none\n";
  else out << "parameters:\n";
  for (spec_param const& p : spec.params) {
    std::string const value = render(p.value);
    fmt::print(out, "  {}:{}{}\n", p.name, value.empty() ? "" : " ", value);
  }
  if (spec.examples.empty()) out << "examples: none\n";
  else out << "examples:\n";
  for (rule_example const& example : spec.examples) {
    fmt::print(out, "  {}:{}:{}: {}\n", spec.path, example.at.line, example.at.column, to_string(example.expects));
    for (example_text const& text : example.texts) {
      if (text.date) fmt::print(out, "    - [{}] {}\n", text.date->iso(), collapse_whitespace(text.text));
      else fmt::print(out, "    - {}\n", collapse_whitespace(text.text));
    }
  }
}

void write_example_results(std::span<example_result const> results, std::size_t rules_without_examples,
                           std::ostream& out) {
  std::size_t failed = 0;
  for (example_result const& r : results) {
    std::string const where = fmt::format("{}:{}:{}", r.path, r.at.line, r.at.column);
    if (r.passed) {
      fmt::print(out, "PASS {}: {}: {}\n", where, r.rule, to_string(r.expects));
      continue;
    }
    ++failed;
    if (r.expects == example_expectation::conflict) {
      fmt::print(out, "FAIL {}: {}: conflict: none found\n", where, r.rule);
    } else {
      std::string more = r.found.size() > 1 ? fmt::format(" (and {} more)", r.found.size() - 1) : std::string();
      fmt::print(out, "FAIL {}: {}: no-conflict: found: {}{}\n", where, r.rule, r.found.front(), more);
    }
  }
  fmt::print(out, "{} example{}: {} passed, {} failed", results.size(), results.size() == 1 ? "" : "s",
             results.size() - failed, failed);
  if (rules_without_examples > 0)
    fmt::print(out, "; {} rule{} without examples", rules_without_examples, rules_without_examples == 1 ? "" : "s");
  out << '\n';
}

}  // namespace claimcheck
