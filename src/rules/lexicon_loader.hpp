#pragma once
/// Reads the lexicon, the words the grammar knows by heart, from YAML: the built-in files under
/// rules/lexicon/ and any files the user adds. The schema is described in rules/lexicon/README.md.
/// With the rule loader, the only code that knows yaml-cpp.
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "grammar/lexicon.hpp"

namespace claimcheck {

/// Adds the entries of one lexicon YAML text to `into`; malformed entries are reported with
/// path:line:column (from the yaml-cpp node marks, 1-based) and skipped, the rest still loads.
/// A country or office id that `into` already has (from an earlier file) is extended with the
/// entry's names and titles. Ministers are generated from the portfolios and title patterns of
/// this same text, after its explicit titles, so that explicit titles win.
void load_lexicon_yaml(std::string_view path, std::string_view yaml_text, lexicon& into, diagnostics& errors);

/// The built-in lexicon: every builtin file (src/rules/builtin_data.hpp) under "rules/lexicon/",
/// in path order. Portfolio titles are generated once all files are read, so any file's explicit
/// titles win over them and any file's portfolios meet any file's patterns.
lexicon load_builtin_lexicon(diagnostics& errors);

}  // namespace claimcheck
