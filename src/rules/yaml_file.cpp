#include "rules/yaml_file.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace claimcheck {

namespace {

/// Notes where the last document started, and nothing else.
class document_start_watcher : public YAML::EventHandler {
 public:
  YAML::Mark start;
  void OnDocumentStart(YAML::Mark const& mark) override { start = mark; }
  void OnDocumentEnd() override {}
  void OnNull(YAML::Mark const&, YAML::anchor_t) override {}
  void OnAlias(YAML::Mark const&, YAML::anchor_t) override {}
  void OnScalar(YAML::Mark const&, std::string const&, YAML::anchor_t, std::string const&) override {}
  void OnSequenceStart(YAML::Mark const&, std::string const&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(YAML::Mark const&, std::string const&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

std::vector<YAML::Node> load_all_yaml(std::string_view text) {
  std::string const owned(text);
  std::istringstream in(owned);
  YAML::Parser parser(in);
  document_start_watcher watcher;
  int previous = -1;
  while (parser.HandleNextDocument(watcher)) {
    if (watcher.start.pos == previous) throw YAML::ParserException(watcher.start, "unexpected ',' outside a list or map");
    previous = watcher.start.pos;
  }
  return YAML::LoadAll(owned);
}

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
