#pragma once
/// `claimcheck rules list|explain|test`: rule files are a user interface, so the tool shows what
/// it loaded, explains one rule from its file, and runs the examples the rules carry.
#include <ostream>
#include <string>
#include <vector>

namespace claimcheck {

enum class rules_action { list, explain, test };

/// What a `rules` subcommand was asked to do, as the command line said it.
struct rules_command_options {
  rules_action what = rules_action::list;
  std::vector<std::string> rule_paths;
  std::vector<std::string> lexicon_paths;  ///< the lexicon the examples are read with (test)
  bool no_default_rules = false;
  std::string id;  ///< explain: the rule to explain
};

/// Runs one `rules` subcommand; its output goes to `out`, rule-file errors to `err` (before
/// anything is written to `out`). Exit status:
///   list, explain: 0; 2 when a rule file could not be used or (explain) no rule has the id;
///   test: 0 when every example passes, 1 when one fails, 2 when a rule file could not be used.
/// `list` and `explain` show the rules as loaded, without running their examples.
int run_rules_command(rules_command_options const& options, std::ostream& out, std::ostream& err);

}  // namespace claimcheck
