#include "pipeline/rule_examples.hpp"

#include <fmt/format.h>

#include "claims/cross_source.hpp"
#include "pipeline/extract.hpp"
#include "report/discrepancy.hpp"
#include "text/document.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

namespace {

/// The discrepancies `r` finds over the texts of one example, in report order.
std::vector<discrepancy> check_example(loaded_rule const& r, rule_example const& example, lexicon const& lex) {
  source_store store;
  std::vector<claim> claims;
  for (example_text const& text : example.texts) {
    // Each source is named after the place of its text, so a finding points back at the rules file.
    source_id const id = store.add(fmt::format("{}:{}:{}", r.spec.path, text.at.line, text.at.column), text.text);
    // The document is built rather than read, so that a text opening with "---" is prose, not
    // front matter, and the example's date stands for the publication date.
    document doc;
    doc.source = id;
    doc.meta.date = text.date;
    extract_document_claims(store, doc, lex, claims);
  }
  bind_bare_names(claims);
  complete_jurisdictions(claims);
  report found;
  r.compiled->check(claims, check_context{store}, found.discrepancies);
  sort_report(found);
  return std::move(found.discrepancies);
}

}  // namespace

std::vector<example_result> run_rule_examples(loaded_rule const& r, lexicon const& lex) {
  std::vector<example_result> out;
  for (rule_example const& example : r.spec.examples) {
    example_result result;
    result.rule = r.spec.id;
    result.path = r.spec.path;
    result.at = example.at;
    result.expects = example.expects;
    for (discrepancy const& d : check_example(r, example, lex)) result.found.push_back(d.message);
    bool const conflict_found = !result.found.empty();
    result.passed = conflict_found == (example.expects == example_expectation::conflict);
    out.push_back(std::move(result));
  }
  return out;
}

std::string failure_message(example_result const& result) {
  if (result.expects == example_expectation::conflict)
    return fmt::format("rule '{}': example expects a conflict but none was found", result.rule);
  std::string message = fmt::format("rule '{}': example expects no conflict but found: {}", result.rule,
                                    result.found.empty() ? std::string() : result.found.front());
  if (result.found.size() > 1) message += fmt::format(" (and {} more)", result.found.size() - 1);
  return message;
}

void refuse_rules_failing_examples(std::vector<loaded_rule>& rules, lexicon const& lex, diagnostics& errors) {
  std::vector<loaded_rule> kept;
  kept.reserve(rules.size());
  for (loaded_rule& r : rules) {
    bool ok = true;
    for (example_result const& result : run_rule_examples(r, lex)) {
      if (result.passed) continue;
      errors.add(result.path, result.at.line, result.at.column, failure_message(result));
      ok = false;
    }
    if (ok) kept.push_back(std::move(r));
  }
  rules = std::move(kept);
}

}  // namespace claimcheck
