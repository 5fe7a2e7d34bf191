#pragma once
/// What every YAML file claimcheck reads (rules, fact sheets) shares: positions in the terms
/// editors use, and the one top-level list each file holds.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <yaml-cpp/yaml.h>

#include "text/source_store.hpp"

namespace claimcheck {

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
