#pragma once
/// What every YAML file claimcheck reads (rules, fact sheets) shares: positions in the terms
/// editors use, and the one top-level list each file holds.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/yaml.h>

#include "text/source_store.hpp"

namespace claimcheck {

/// YAML::LoadAll without its hang: yaml-cpp 0.7 loops for ever, allocating as it goes, on a
/// stray ',' where a document should start (each round reads an empty document without moving
/// on). A first pass that only watches where documents start finds that and throws it as the
/// YAML::ParserException it is; otherwise the documents are loaded as LoadAll loads them.
std::vector<YAML::Node> load_all_yaml(std::string_view text);

/// A yaml-cpp position as line and column; yaml-cpp counts columns in bytes, diagnostics count
/// code points, as editors do. Empty for a null mark.
line_column yaml_location(std::string_view text, YAML::Mark const& mark);

/// The list under `key` in a file's root map ("rules", "facts"). Every problem (root not a map,
/// other top-level keys, the key missing, not a list) goes to `error` with its place; nullopt
/// when there is nothing to read, including an empty file or an empty list. `what` names the
/// file in messages ("a rules file").
std::optional<YAML::Node> top_level_list(YAML::Node const& root, std::string_view text, std::string_view key,
                                         std::string_view what,
                                         std::function<void(line_column, std::string)> const& error);

}  // namespace claimcheck
