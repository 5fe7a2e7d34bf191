#pragma once
/// The project config, `.claimcheck.yaml`: the settings a team wants every run to share (its
/// rules, fact sheets, output format, gate) written once beside the articles instead of in each
/// CI job and editor. Every key is the long name of the command-line option it stands for, and
/// an option given on the command line wins over its key:
///
///   rules: [checks/house-rules.yaml]   # list of paths   (--rules)
///   facts: [facts/]                    # list of paths   (--facts)
///   lexicon: [words.yaml]              # list of paths   (--lexicon)
///   no-default-rules: false            # true or false   (--no-default-rules)
///   format: json                       # an output format (--format)
///   fail-on: warning                   # error|warning|info|never
///   min-level: info                    # info|warning|error
///   max-discrepancies: 3               # whole number, 0 or more
///   baseline: claimcheck-baseline.yaml # path            (--baseline)
///   ignore: [drafts/, "*.notes.md"]    # globs of inputs to skip (no option)
///
/// Paths are relative to the config file's directory. A list on the command line replaces the
/// config's list rather than adding to it, like every other setting, so that one run can always
/// say exactly what it uses. Unknown keys and values of the wrong type are diagnostics at their
/// file:line:column (an unknown key names the nearest known one), and the keys that could be read
/// still apply.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "pipeline/options.hpp"
#include "report/discrepancy.hpp"

namespace claimcheck {

/// What one config file says; a key left out is an empty optional. Paths are already joined to
/// the config's directory.
struct project_config {
  std::string path;       ///< the file, as diagnostics name it
  std::string directory;  ///< its directory, what relative paths count from; empty for "."
  std::optional<std::vector<std::string>> rules;
  std::optional<std::vector<std::string>> facts;
  std::optional<std::vector<std::string>> lexicon;
  std::optional<bool> no_default_rules;
  std::optional<std::string> format;
  std::optional<std::optional<severity>> fail_on;  ///< inner nullopt: "never"
  std::optional<severity> min_level;
  std::optional<std::size_t> max_discrepancies;
  std::optional<std::string> baseline;
  std::optional<std::vector<std::string>> ignore;  ///< glob patterns, as written
};

/// The name of the file looked for.
inline constexpr std::string_view project_config_name = ".claimcheck.yaml";

/// Looks for `.claimcheck.yaml` in the directory of `first_input` (the input itself if it is a
/// directory; the current directory for "-" or an empty path), then in each parent in turn. The
/// walk stops at the file system root, and after a directory holding `.git` (the top of the
/// project) has been checked. The path is returned relative to the current directory when the
/// file is under it, absolute otherwise.
std::optional<std::string> find_project_config(std::string_view first_input);

/// Reads the text of a config file found at `path`. `formats` are the values `format` may take.
/// Problems go to `errors`; never throws.
project_config parse_project_config(std::string_view path, std::string_view text,
                                    std::span<std::string const> formats, diagnostics& errors);

/// Copies every setting of `config` into `options` unless `options.given` names its key (the
/// command line gave that option). `ignore` patterns always apply, relative to the config.
void apply_project_config(project_config const& config, run_options& options);

/// The options a `check` run uses: `options` with the project config applied. The config is
/// `options.config_path` when set (its absence is an error), else the one find_project_config
/// finds from the first input, and none at all with `options.no_config`.
run_options with_project_config(run_options options, std::span<std::string const> formats, diagnostics& errors);

/// Whether an input path matches one of the `ignore` patterns of a config in `base` (empty: the
/// current directory). The path is taken relative to `base`; inputs outside it and "<stdin>" are
/// never ignored. As in .gitignore, a pattern with a '/' before its end ("news/*.md", "/drafts",
/// "./drafts") is matched (fnmatch; '*' matches '/' too) against that relative path and each of
/// its parent directories, so "/drafts" skips all of drafts/; a pattern without one ("drafts",
/// "drafts/", "*.notes.md") against each name along the path, at any depth.
bool is_ignored(std::span<std::string const> patterns, std::string_view base, std::string_view path);

}  // namespace claimcheck
