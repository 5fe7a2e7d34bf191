#include "pipeline/project_config.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <system_error>
#include <yaml-cpp/yaml.h>

#include "pipeline/load_data.hpp"
#include "pipeline/rule_listing.hpp"
#include "report/exit_status.hpp"
#include "rules/yaml_file.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> const known_keys = {"rules",  "facts",     "lexicon",           "no-default-rules",
                                             "format", "fail-on",   "min-level",         "max-discrepancies",
                                             "baseline", "ignore"};

/// `relative` joined to the config's directory; absolute paths stay as they are.
std::string resolved(std::string const& directory, std::string const& relative) {
  fs::path const p(relative);
  if (directory.empty() || p.is_absolute()) return p.lexically_normal().generic_string();
  return (fs::path(directory) / p).lexically_normal().generic_string();
}

class config_reader {
 public:
  config_reader(std::string_view text, std::span<std::string const> formats, project_config& out,
                diagnostics& errors)
      : text_(text), formats_(formats), out_(out), errors_(errors) {}

  void read(YAML::Node const& root) {
    if (root.IsNull()) return;  // an empty file sets nothing
    if (!root.IsMap()) {
      error(root, "a claimcheck config must be a map of settings (rules, format, fail-on, ...)");
      return;
    }
    std::map<std::string, std::uint32_t> seen;  // key -> line of its first appearance
    for (YAML::const_iterator it = root.begin(); it != root.end(); ++it) {
      YAML::Node const key = it->first;
      if (!key.IsScalar()) {
        error(key, "a config key must be a name");
        continue;
      }
      std::string const& name = key.Scalar();
      line_column const at = yaml_location(text_, key.Mark());
      if (auto const [first, fresh] = seen.emplace(name, at.line); !fresh) {
        error(key, fmt::format("key '{}' given twice (first on line {}); this one is used", name, first->second));
      }
      entry(name, key, it->second);
    }
  }

  void error(YAML::Node const& node, std::string message) { error(node.Mark(), std::move(message)); }

  void error(YAML::Mark const& mark, std::string message) {
    line_column const at = yaml_location(text_, mark);
    errors_.add(out_.path, at.line, at.column, std::move(message));
  }

 private:
  void entry(std::string const& name, YAML::Node const& key, YAML::Node const& value) {
    // A key with no value has its mark on the next line; the key is where to look.
    value_mark_ = value.IsNull() ? key.Mark() : value.Mark();
    if (name == "rules") {
      out_.rules = paths(name, value);
    } else if (name == "facts") {
      out_.facts = paths(name, value);
    } else if (name == "lexicon") {
      out_.lexicon = paths(name, value);
    } else if (name == "ignore") {
      out_.ignore = words(name, value, "glob patterns");
    } else if (name == "no-default-rules") {
      bool flag = false;
      if (value.IsScalar() && YAML::convert<bool>::decode(value, flag)) out_.no_default_rules = flag;
      else error(value_mark_, "'no-default-rules' must be true or false");
    } else if (name == "format") {
      std::optional<std::string> const word = scalar(name, value);
      if (!word) return;
      if (std::find(formats_.begin(), formats_.end(), *word) == formats_.end()) {
        error(value_mark_, fmt::format("unknown format '{}' (expected one of: {})", *word, fmt::join(formats_, ", ")));
        return;
      }
      out_.format = *word;
    } else if (name == "fail-on") {
      std::optional<std::string> const word = scalar(name, value);
      if (!word) return;
      if (std::optional<std::optional<severity>> const level = fail_on_from(*word)) out_.fail_on = *level;
      else error(value_mark_, fmt::format("'fail-on' must be error, warning, info or never, not '{}'", *word));
    } else if (name == "min-level") {
      std::optional<std::string> const word = scalar(name, value);
      if (!word) return;
      if (std::optional<severity> const level = severity_from(*word)) out_.min_level = *level;
      else error(value_mark_, fmt::format("'min-level' must be info, warning or error, not '{}'", *word));
    } else if (name == "max-discrepancies") {
      std::optional<std::string> const word = scalar(name, value);
      if (!word) return;
      std::size_t n = 0;
      auto const [end, code] = std::from_chars(word->data(), word->data() + word->size(), n);
      if (word->empty() || code != std::errc() || end != word->data() + word->size()) {
        error(value_mark_, fmt::format("'max-discrepancies' must be a whole number, 0 or more, not '{}'", *word));
        return;
      }
      out_.max_discrepancies = n;
    } else if (name == "baseline") {
      if (std::optional<std::string> const path = scalar(name, value)) out_.baseline = resolved(out_.directory, *path);
    } else {
      std::vector<std::string> const close = close_ids(name, known_keys);
      error(key, close.empty()
                     ? fmt::format("unknown key '{}' (expected one of: {})", name, fmt::join(known_keys, ", "))
                     : fmt::format("unknown key '{}' (did you mean '{}'?)", name, close.front()));
    }
  }

  /// A non-empty scalar, or an error.
  std::optional<std::string> scalar(std::string const& name, YAML::Node const& value) {
    if (value.IsScalar() && !value.Scalar().empty()) return value.Scalar();
    error(value_mark_, fmt::format("'{}' must be a single value", name));
    return std::nullopt;
  }

  /// A list of non-empty scalars (a missing value is an empty list); bad items are errors and
  /// left out.
  std::optional<std::vector<std::string>> words(std::string const& name, YAML::Node const& value,
                                                std::string_view what) {
    std::vector<std::string> out;
    if (value.IsNull()) return out;
    if (!value.IsSequence()) {
      error(value_mark_, fmt::format("'{}' must be a list of {}", name, what));
      return std::nullopt;
    }
    for (YAML::const_iterator it = value.begin(); it != value.end(); ++it) {
      if (it->IsScalar() && !it->Scalar().empty()) out.push_back(it->Scalar());
      else error(*it, fmt::format("each item of '{}' must be one of the {}", name, what));
    }
    return out;
  }

  std::optional<std::vector<std::string>> paths(std::string const& name, YAML::Node const& value) {
    std::optional<std::vector<std::string>> out = words(name, value, "paths");
    if (out)
      for (std::string& p : *out) p = resolved(out_.directory, p);
    return out;
  }

  std::string_view text_;
  YAML::Mark value_mark_;  // where the value of the entry being read is, for its errors
  std::span<std::string const> formats_;
  project_config& out_;
  diagnostics& errors_;
};

bool given(run_options const& options, std::string_view name) {
  return std::find(options.given.begin(), options.given.end(), name) != options.given.end();
}

/// The absolute, normalised form of a path (empty: the current directory), without a trailing
/// separator.
fs::path absolute_path(fs::path const& p) {
  std::error_code ignored;
  fs::path out = fs::absolute(p.empty() ? fs::path(".") : p, ignored).lexically_normal();
  if (!out.has_filename() && out != out.root_path()) out = out.parent_path();
  return out;
}

/// `p` relative to the current directory when it is under it, else absolute.
std::string shown(fs::path const& p) {
  std::error_code error;
  fs::path const here = fs::current_path(error);
  if (!error) {
    fs::path const relative = p.lexically_relative(here);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return p.generic_string();
}

}  // namespace

std::optional<std::string> find_project_config(std::string_view first_input) {
  std::error_code error;
  fs::path start(first_input == "-" ? std::string_view() : first_input);
  if (!start.empty() && !fs::is_directory(start, error)) start = start.parent_path();
  fs::path directory = absolute_path(start);
  while (true) {
    fs::path const candidate = directory / project_config_name;
    if (fs::is_regular_file(candidate, error)) return shown(candidate);
    if (fs::exists(directory / ".git", error)) return std::nullopt;  // the top of the project
    fs::path const parent = directory.parent_path();
    if (parent == directory) return std::nullopt;
    directory = parent;
  }
}

project_config parse_project_config(std::string_view path, std::string_view text,
                                    std::span<std::string const> formats, diagnostics& errors) {
  project_config out;
  out.path = std::string(path);
  out.directory = fs::path(path).parent_path().generic_string();
  config_reader reader(text, formats, out, errors);
  try {
    std::vector<YAML::Node> const documents = load_all_yaml(text);
    if (documents.empty()) return out;
    if (documents.size() > 1)
      reader.error(documents[1], "a claimcheck config holds one YAML document; the rest is ignored");
    reader.read(documents.front());
  } catch (YAML::Exception const& e) {
    reader.error(e.mark, "invalid YAML: " + e.msg);
  }
  return out;
}

void apply_project_config(project_config const& config, run_options& options) {
  auto const set = [&options](std::string_view name, auto const& from, auto& to) {
    if (from && !given(options, name)) to = *from;
  };
  set("rules", config.rules, options.rule_paths);
  set("facts", config.facts, options.fact_paths);
  set("lexicon", config.lexicon, options.lexicon_paths);
  set("no-default-rules", config.no_default_rules, options.no_default_rules);
  set("format", config.format, options.format);
  set("fail-on", config.fail_on, options.fail_on);
  set("min-level", config.min_level, options.min_level);
  if (config.max_discrepancies && !given(options, "max-discrepancies"))
    options.max_discrepancies = config.max_discrepancies;
  set("baseline", config.baseline, options.baseline_path);
  if (config.ignore) {
    options.ignore = *config.ignore;
    options.ignore_base = config.directory;
  }
}

run_options with_project_config(run_options options, std::span<std::string const> formats, diagnostics& errors) {
  if (options.no_config) return options;
  std::optional<std::string> const path =
      !options.config_path.empty() ? options.config_path
                                   : find_project_config(options.paths.empty() ? std::string() : options.paths.front());
  if (!path) return options;
  std::string text;
  if (!read_whole_file(*path, text, errors)) return options;
  apply_project_config(parse_project_config(*path, text, formats, errors), options);
  return options;
}

bool is_ignored(std::span<std::string const> patterns, std::string_view base, std::string_view path) {
  if (patterns.empty() || path == "<stdin>") return false;
  fs::path const relative =
      absolute_path(fs::path(path)).lexically_relative(absolute_path(fs::path(base)));
  if (relative.empty() || *relative.begin() == ".." || *relative.begin() == ".") return false;
  fs::path prefix;
  for (fs::path const& name : relative) {
    prefix /= name;
    std::string const prefix_text = prefix.generic_string();
    std::string const name_text = name.generic_string();
    for (std::string pattern : patterns) {
      // As in .gitignore: a trailing '/' does not anchor, a leading one (or "./") does.
      while (pattern.size() > 1 && pattern.back() == '/') pattern.pop_back();
      bool const anchored = pattern.find('/') != std::string::npos;
      if (pattern.starts_with("./")) pattern.erase(0, 2);
      else if (pattern.starts_with("/")) pattern.erase(0, 1);
      std::string const& subject = anchored ? prefix_text : name_text;
      if (fnmatch(pattern.c_str(), subject.c_str(), 0) == 0) return true;
    }
  }
  return false;
}

}  // namespace claimcheck
