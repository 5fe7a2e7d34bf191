#include "pipeline/source_manifest.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <yaml-cpp/yaml.h>

#include "rules/yaml_file.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;

std::string normal_path(fs::path const& p) {
  std::error_code ec;
  fs::path const absolute = fs::absolute(p, ec);
  return (ec ? p : absolute).lexically_normal().generic_string();
}

class manifest_reader {
 public:
  manifest_reader(std::string_view path, std::string_view text, source_manifest& into, diagnostics& errors)
      : path_(path), text_(text), into_(into), errors_(errors), base_(fs::path(std::string(path)).parent_path()) {}

  void read(YAML::Node const& root) {
    std::optional<YAML::Node> const list = top_level_list(
        root, text_, "sources", "a sources manifest", [this](line_column at, std::string m) { error(at, std::move(m)); });
    if (!list) return;
    for (YAML::const_iterator it = list->begin(); it != list->end(); ++it) entry(*it);
  }

 private:
  void error(line_column at, std::string message) { errors_.add(std::string(path_), at.line, at.column, std::move(message)); }
  line_column at(YAML::Node const& n) const { return yaml_location(text_, n.Mark()); }

  void entry(YAML::Node const& node) {
    if (!node.IsMap()) {
      error(at(node), "a source entry must be a map with 'path' and its metadata");
      return;
    }
    std::optional<std::string> path;
    document_metadata meta;
    bool ok = true;
    for (YAML::const_iterator it = node.begin(); it != node.end(); ++it) {
      std::string const key = it->first.IsScalar() ? it->first.Scalar() : std::string();
      YAML::Node const value = it->second;
      if (!value.IsScalar()) {
        error(at(value), fmt::format("'{}' must be a single value", key));
        ok = false;
        continue;
      }
      std::string const text = value.Scalar();
      if (key == "path") {
        path = text;
      } else if (key == "date") {
        meta.date = calendar_date::from_iso(text);
        if (!meta.date || text.size() != 10) {
          error(at(value), fmt::format("'date' must be YYYY-MM-DD, not '{}'", text));
          ok = false;
        }
      } else if (key == "outlet") {
        meta.outlet = text;
      } else if (key == "title") {
        meta.title = text;
      } else {
        error(at(it->first), fmt::format("unknown key '{}' (expected one of: path, date, outlet, title)", key));
        ok = false;
      }
    }
    if (!path || path->empty()) {
      error(at(node), "a source entry needs 'path'");
      return;
    }
    if (!ok) return;
    std::string const key = normal_path(base_ / *path);
    if (!into_.emplace(key, std::move(meta)).second) error(at(node), fmt::format("'{}' is listed twice", *path));
  }

  std::string_view path_;
  std::string_view text_;
  source_manifest& into_;
  diagnostics& errors_;
  fs::path base_;
};

}  // namespace

void load_source_manifest_yaml(std::string_view path, std::string_view text, source_manifest& into,
                               diagnostics& errors) {
  try {
    std::vector<YAML::Node> const documents = load_all_yaml(text);
    if (documents.empty()) return;
    manifest_reader(path, text, into, errors).read(documents.front());
  } catch (YAML::Exception const& e) {
    line_column const where = yaml_location(text, e.mark);
    errors.add(std::string(path), where.line, where.column, "invalid YAML: " + e.msg);
  }
}

void load_source_manifest(std::string const& path, source_manifest& into, diagnostics& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.add(path, 0, 0, "cannot read sources manifest");
    return;
  }
  std::ostringstream text;
  text << in.rdbuf();
  load_source_manifest_yaml(path, text.str(), into, errors);
}

document_metadata const* manifest_entry(source_manifest const& manifest, std::string_view article_path) {
  if (manifest.empty()) return nullptr;
  auto const found = manifest.find(normal_path(fs::path(std::string(article_path))));
  return found == manifest.end() ? nullptr : &found->second;
}

void apply_manifest(source_manifest const& manifest, std::string_view article_path, document& doc) {
  document_metadata const* entry = manifest_entry(manifest, article_path);
  if (entry == nullptr) return;
  if (!doc.meta.date) doc.meta.date = entry->date;
  if (doc.meta.outlet.empty()) doc.meta.outlet = entry->outlet;
  if (doc.meta.title.empty()) doc.meta.title = entry->title;
}

}  // namespace claimcheck
