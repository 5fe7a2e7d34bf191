#pragma once
/// Running the examples a rule carries in its rules file. Each example is a small set of
/// articles the rule must (or must not) find a discrepancy between; running them takes the whole
/// extraction pipeline, which is why this lives here and not in the loader. A rule whose examples
/// fail does not do what its file says, and is refused.
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "grammar/lexicon.hpp"
#include "rules/rule_loader.hpp"

namespace claimcheck {

/// The outcome of one example of one rule.
struct example_result {
  std::string rule;  ///< the rule's id
  std::string path;  ///< the rules file
  line_column at;    ///< where the example is written
  example_expectation expects = example_expectation::conflict;
  bool passed = false;
  /// The messages of the discrepancies the rule found over the example's texts, in report order.
  std::vector<std::string> found;
};

/// Runs every example of `r`, in file order: each text becomes a source of its own in a fresh
/// store (dated by the example when it gives a date), claims are extracted with `lex`,
/// jurisdictions completed across the example's sources, and `r` alone is run over them.
std::vector<example_result> run_rule_examples(loaded_rule const& r, lexicon const& lex);

/// What a failed example says to the person who wrote it:
/// "rule 'x': example expects a conflict but none was found", or
/// "rule 'x': example expects no conflict but found: <first message>" (with "(and N more)").
std::string failure_message(example_result const& result);

/// Runs the examples of every rule; each failing example is reported to `errors` at its place in
/// the rules file, and a rule with any failing example is removed from `rules`. The order of the
/// rules kept does not change.
void refuse_rules_failing_examples(std::vector<loaded_rule>& rules, lexicon const& lex, diagnostics& errors);

}  // namespace claimcheck
