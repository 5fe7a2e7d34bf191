#pragma once
/// The data a run reads besides its articles: the lexicon and the rules, each the built-in files
/// (compiled into the binary) followed by the user's own. Shared by `check`, `extract` and the
/// `rules` subcommands, so that every command sees the same rules loaded the same way.
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "grammar/lexicon.hpp"
#include "facts/fact_sheet.hpp"
#include "rules/rule_loader.hpp"

namespace claimcheck {

/// Reads a whole file into `text`; a file that cannot be opened is a diagnostic and false.
bool read_whole_file(std::string const& path, std::string& text, diagnostics& errors);

/// The YAML files a path names: the path itself, or a directory's *.yaml and *.yml files
/// (not its subdirectories) in name order.
std::vector<std::string> yaml_files(std::string const& path, diagnostics& errors);

/// The built-in lexicon, then every file of `paths` (see yaml_files) added to it in order.
lexicon load_lexicon_files(std::vector<std::string> const& paths, diagnostics& errors);

/// The built-in rule packs (rules/*.yaml, not rules/lexicon/) unless `default_rules` is false,
/// with the fact-sheet pack (rules/facts/) too when `fact_rules` is true, then every file of
/// `paths` in order, read with every built-in rule kind. Examples are not run.
std::vector<loaded_rule> load_rule_files(bool default_rules, std::vector<std::string> const& paths,
                                         diagnostics& errors, bool fact_rules = false);

/// Every fact sheet of `paths` (see yaml_files), its offices and countries read with `lex`.
fact_sheets load_fact_files(std::vector<std::string> const& paths, lexicon const& lex, diagnostics& errors);

/// The compiled rules alone, in load order, for the engine.
std::vector<std::unique_ptr<rule>> compiled_rules(std::vector<loaded_rule>&& rules);

}  // namespace claimcheck
