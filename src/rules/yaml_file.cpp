#include "rules/yaml_file.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>

namespace claimcheck {

line_column yaml_location(std::string_view text, YAML::Mark const& mark) {
  if (mark.is_null() || mark.pos < 0) return {};
  std::size_t const pos = std::min(static_cast<std::size_t>(mark.pos), text.size());
  std::size_t begin = pos;
  while (begin > 0 && text[begin - 1] != '\n' && text[begin - 1] != '\r') --begin;
  std::uint32_t column = 1;
  for (std::size_t i = begin; i < pos; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return {static_cast<std::uint32_t>(mark.line + 1), column};
}

std::optional<YAML::Node> top_level_list(YAML::Node const& root, std::string_view text, std::string_view key,
                                         std::string_view what,
                                         std::function<void(line_column, std::string)> const& error) {
  if (root.IsNull()) return std::nullopt;  // an empty file states nothing
  if (!root.IsMap()) {
    error(yaml_location(text, root.Mark()), fmt::format("{} must be a map with a '{}' list", what, key));
    return std::nullopt;
  }
  std::optional<YAML::Node> list;
  for (YAML::const_iterator it = root.begin(); it != root.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      list = it->second;
    } else {
      std::string const name = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
      error(yaml_location(text, it->first.Mark()), fmt::format("unknown top-level key '{}' (expected: {})", name, key));
    }
  }
  if (!list) {
    error(yaml_location(text, root.Mark()), fmt::format("missing top-level key '{}'", key));
    return std::nullopt;
  }
  if (list->IsNull()) return std::nullopt;
  if (!list->IsSequence()) {
    error(yaml_location(text, list->Mark()), fmt::format("'{}' must be a list of {}", key, key));
    return std::nullopt;
  }
  return list;
}

}  // namespace claimcheck
