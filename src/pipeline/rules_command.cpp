#include "pipeline/rules_command.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pipeline/load_data.hpp"
#include "pipeline/rule_examples.hpp"
#include "pipeline/rule_listing.hpp"
#include "report/text_reporter.hpp"

namespace claimcheck {

namespace {

/// The rule with `id`, or nullptr after reporting the ids it may have meant.
loaded_rule const* find_rule(std::vector<loaded_rule> const& rules, std::string const& id, diagnostics& errors) {
  std::vector<loaded_rule>::const_iterator const found =
      std::find_if(rules.begin(), rules.end(), [&](loaded_rule const& r) { return r.spec.id == id; });
  if (found != rules.end()) return &*found;
  std::vector<std::string> ids;
  for (loaded_rule const& r : rules) ids.push_back(r.spec.id);
  std::vector<std::string> const close = close_ids(id, ids);
  if (close.empty())
    errors.add("", 0, 0,
               fmt::format("unknown rule id '{}' (no loaded rule has a similar id; 'claimcheck rules list' shows them all)",
                           id));
  else
    errors.add("", 0, 0, fmt::format("unknown rule id '{}' (close ids: {})", id, fmt::join(close, ", ")));
  return nullptr;
}

int test(std::vector<loaded_rule> const& rules, std::vector<std::string> const& lexicon_paths, diagnostics& errors,
         std::ostream& out, std::ostream& err) {
  lexicon const lex = load_lexicon_files(lexicon_paths, errors);
  // Everything that went wrong reading the files is said before the verdicts it may explain.
  write_diagnostics(errors.items(), err, text_options{false});
  std::vector<example_result> results;
  std::size_t without_examples = 0;
  for (loaded_rule const& r : rules) {
    std::vector<example_result> own = run_rule_examples(r, lex);
    if (own.empty()) ++without_examples;
    for (example_result& result : own) results.push_back(std::move(result));
  }
  write_example_results(results, without_examples, out);
  if (!errors.empty()) return 2;
  bool const all_passed = std::all_of(results.begin(), results.end(), [](example_result const& r) { return r.passed; });
  return all_passed ? 0 : 1;
}

}  // namespace

int run_rules_command(rules_command_options const& options, std::ostream& out, std::ostream& err) {
  diagnostics errors;
  std::vector<loaded_rule> const rules = load_rule_files(!options.no_default_rules, options.rule_paths, errors);
  if (options.what == rules_action::test) return test(rules, options.lexicon_paths, errors, out, err);

  loaded_rule const* explained = nullptr;
  if (options.what == rules_action::explain) explained = find_rule(rules, options.id, errors);
  write_diagnostics(errors.items(), err, text_options{false});
  if (options.what == rules_action::list) write_rule_list(rules, out);
  if (explained != nullptr) write_rule_explanation(explained->spec, out);
  return errors.empty() ? 0 : 2;
}

}  // namespace claimcheck
