// The project config: reading .claimcheck.yaml (values, paths joined to its directory, located
// errors), the command line winning over it, finding it by walking up, and the ignore globs.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <unistd.h>

#include "pipeline/project_config.hpp"

namespace claimcheck {
// Lets Catch show a diagnostic that differs from the expected one.
[[maybe_unused]] static std::ostream& operator<<(std::ostream& out, diagnostic const& d) {
  return out << '{' << d.path << ':' << d.line << ':' << d.column << ": " << d.message << '}';
}
}  // namespace claimcheck

using namespace claimcheck;

namespace {

namespace fs = std::filesystem;

std::vector<std::string> const formats = {"text", "json"};

project_config parse(std::string_view text, diagnostics& errors, std::string_view path = "proj/.claimcheck.yaml") {
  return parse_project_config(path, text, formats, errors);
}

/// A fresh directory under the system's temporary directory, removed with its contents.
struct scratch_directory {
  fs::path path;
  scratch_directory() {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() /
           ("claimcheck-config-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(path);
  }
  ~scratch_directory() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  void write(std::string const& relative, std::string_view text) const {
    fs::create_directories((path / relative).parent_path());
    std::ofstream(path / relative) << text;
  }
};

struct error_case {
  std::string text;
  diagnostic expected;
};

struct ignore_case {
  std::vector<std::string> patterns;
  std::string base;
  std::string path;
  bool ignored;
};

}  // namespace

TEST_CASE("config: every key read, paths joined to the config's directory", "[pipeline][config]") {
  diagnostics errors;
  project_config const c = parse(
      "# the team's settings\n"
      "rules: [checks/house.yaml, /etc/claimcheck/shared.yaml]\n"
      "facts:\n  - facts/\n  - ./more/../sheet.yaml\n"
      "lexicon: [words.yaml]\n"
      "no-default-rules: yes\n"
      "format: json\n"
      "fail-on: never\n"
      "min-level: warning\n"
      "max-discrepancies: 12\n"
      "baseline: ci/baseline.yaml\n"
      "ignore: [drafts/, \"*.notes.md\"]\n",
      errors);
  CHECK(errors.empty());
  CHECK(c.path == "proj/.claimcheck.yaml");
  CHECK(c.directory == "proj");
  CHECK(c.rules == std::vector<std::string>{"proj/checks/house.yaml", "/etc/claimcheck/shared.yaml"});
  CHECK(c.facts == std::vector<std::string>{"proj/facts/", "proj/sheet.yaml"});
  CHECK(c.lexicon == std::vector<std::string>{"proj/words.yaml"});
  CHECK(c.no_default_rules == true);
  CHECK(c.format == "json");
  REQUIRE(c.fail_on.has_value());
  CHECK_FALSE(c.fail_on->has_value());
  CHECK(c.min_level == severity::warning);
  CHECK(c.max_discrepancies == std::size_t{12});
  CHECK(c.baseline == "proj/ci/baseline.yaml");
  CHECK(c.ignore == std::vector<std::string>{"drafts/", "*.notes.md"});
}

TEST_CASE("config: a file in the current directory keeps its paths as written", "[pipeline][config]") {
  diagnostics errors;
  project_config const c = parse("rules: [house.yaml]\nbaseline: b.yaml\n", errors, ".claimcheck.yaml");
  CHECK(errors.empty());
  CHECK(c.directory.empty());
  CHECK(c.rules == std::vector<std::string>{"house.yaml"});
  CHECK(c.baseline == "b.yaml");
}

TEST_CASE("config: empty files and keys left out set nothing", "[pipeline][config]") {
  for (std::string_view text : {"", "# nothing yet\n", "---\n"}) {
    CAPTURE(text);
    diagnostics errors;
    project_config const c = parse(text, errors);
    CHECK(errors.empty());
    CHECK_FALSE(c.rules.has_value());
    CHECK_FALSE(c.format.has_value());
    CHECK_FALSE(c.fail_on.has_value());
    CHECK_FALSE(c.max_discrepancies.has_value());
  }
  diagnostics errors;
  CHECK(parse("rules:\n", errors).rules == std::vector<std::string>{});  // an empty list, not an error
  CHECK(errors.empty());
}

TEST_CASE("config: unknown keys and wrong types are located diagnostics", "[pipeline][config]") {
  std::string const p = "proj/.claimcheck.yaml";
  auto const c = GENERATE_COPY(values<error_case>({
      {"fail_on: warning\n", {p, 1, 1, "unknown key 'fail_on' (did you mean 'fail-on'?)"}},
      {"format: json\nrule: [a.yaml]\n", {p, 2, 1, "unknown key 'rule' (did you mean 'rules'?)"}},
      {"min_level: error\n", {p, 1, 1, "unknown key 'min_level' (did you mean 'min-level'?)"}},
      {"colour: always\n",
       {p, 1, 1,
        "unknown key 'colour' (expected one of: rules, facts, lexicon, no-default-rules, format, fail-on, "
        "min-level, max-discrepancies, baseline, ignore)"}},
      {"rules: house.yaml\n", {p, 1, 8, "'rules' must be a list of paths"}},
      {"facts:\n  - a.yaml\n  - [b.yaml]\n", {p, 3, 5, "each item of 'facts' must be one of the paths"}},
      {"ignore: {drafts: true}\n", {p, 1, 9, "'ignore' must be a list of glob patterns"}},
      {"no-default-rules: maybe\n", {p, 1, 19, "'no-default-rules' must be true or false"}},
      {"format: xml\n", {p, 1, 9, "unknown format 'xml' (expected one of: text, json)"}},
      {"format: [json]\n", {p, 1, 9, "'format' must be a single value"}},
      {"fail-on: sometimes\n", {p, 1, 10, "'fail-on' must be error, warning, info or never, not 'sometimes'"}},
      {"min-level: never\n", {p, 1, 12, "'min-level' must be info, warning or error, not 'never'"}},
      {"max-discrepancies: -1\n", {p, 1, 20, "'max-discrepancies' must be a whole number, 0 or more, not '-1'"}},
      {"max-discrepancies: 2.5\n", {p, 1, 20, "'max-discrepancies' must be a whole number, 0 or more, not '2.5'"}},
      {"max-discrepancies: lots\n", {p, 1, 20, "'max-discrepancies' must be a whole number, 0 or more, not 'lots'"}},
      {"baseline:\n", {p, 1, 1, "'baseline' must be a single value"}},
      {"no-default-rules:\n", {p, 1, 1, "'no-default-rules' must be true or false"}},
      {"format: json\nformat: text\n", {p, 2, 1, "key 'format' given twice (first on line 1); this one is used"}},
      {"- rules\n", {p, 1, 1, "a claimcheck config must be a map of settings (rules, format, fail-on, ...)"}},
      {"rules: [a.yaml\n", {p, 2, 1, "invalid YAML: end of sequence flow not found"}},
  }));
  CAPTURE(c.text);
  diagnostics errors;
  parse(c.text, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front() == c.expected);
}

TEST_CASE("config: the keys that could be read still apply beside a bad one", "[pipeline][config]") {
  diagnostics errors;
  project_config const c = parse("fail_on: never\nmin-level: error\nformat: json\n", errors);
  CHECK(errors.items().size() == 1);
  CHECK_FALSE(c.fail_on.has_value());
  CHECK(c.min_level == severity::error);
  CHECK(c.format == "json");
}

TEST_CASE("config: the command line wins over the config's key of the same name", "[pipeline][config]") {
  diagnostics errors;
  project_config const c = parse(
      "rules: [house.yaml]\nfacts: [sheet.yaml]\nformat: json\nfail-on: never\nmin-level: error\n"
      "max-discrepancies: 4\nbaseline: b.yaml\nno-default-rules: true\nignore: [drafts/]\n",
      errors);
  REQUIRE(errors.empty());

  SECTION("nothing given: the config fills every setting") {
    run_options options;
    apply_project_config(c, options);
    CHECK(options.rule_paths == std::vector<std::string>{"proj/house.yaml"});
    CHECK(options.fact_paths == std::vector<std::string>{"proj/sheet.yaml"});
    CHECK(options.format == "json");
    CHECK_FALSE(options.fail_on.has_value());
    CHECK(options.min_level == severity::error);
    CHECK(options.max_discrepancies == std::size_t{4});
    CHECK(options.baseline_path == "proj/b.yaml");
    CHECK(options.no_default_rules);
    CHECK(options.ignore == std::vector<std::string>{"drafts/"});
    CHECK(options.ignore_base == "proj");
  }
  SECTION("given options keep their command-line values, lists included") {
    run_options options;
    options.rule_paths = {"mine.yaml"};
    options.format = "text";
    options.fail_on = severity::warning;
    options.max_discrepancies = 0;
    options.given = {"rules", "format", "fail-on", "max-discrepancies"};
    apply_project_config(c, options);
    CHECK(options.rule_paths == std::vector<std::string>{"mine.yaml"});
    CHECK(options.format == "text");
    CHECK(options.fail_on == severity::warning);
    CHECK(options.max_discrepancies == std::size_t{0});
    // what was not given still comes from the config
    CHECK(options.min_level == severity::error);
    CHECK(options.fact_paths == std::vector<std::string>{"proj/sheet.yaml"});
    CHECK(options.baseline_path == "proj/b.yaml");
  }
}

TEST_CASE("config: found by walking up from the first input, stopping at the project top", "[pipeline][config]") {
  scratch_directory dir;
  fs::path const root = dir.path;
  fs::create_directories(root / "project" / ".git");
  fs::create_directories(root / "project" / "news" / "deep");
  dir.write("project/news/deep/a.md", "Alpha.\n");
  dir.write("outside/.claimcheck.yaml", "format: json\n");
  fs::create_directories(root / "outside" / "repo" / ".git");
  fs::create_directories(root / "outside" / "repo" / "news");

  SECTION("none up to the directory holding .git") {
    CHECK_FALSE(find_project_config((root / "project" / "news" / "deep" / "a.md").string()).has_value());
    // a config above the project top is never read
    CHECK_FALSE(find_project_config((root / "outside" / "repo" / "news").string()).has_value());
  }
  SECTION("the nearest one wins, from a file or a directory") {
    dir.write("project/.claimcheck.yaml", "format: text\n");
    dir.write("project/news/.claimcheck.yaml", "format: json\n");
    fs::path const nearest = root / "project" / "news" / ".claimcheck.yaml";
    CHECK(find_project_config((root / "project" / "news" / "deep" / "a.md").string()) == nearest.generic_string());
    CHECK(find_project_config((root / "project" / "news" / "deep").string()) == nearest.generic_string());
    CHECK(find_project_config((root / "project" / "news" / "deep" / "").string()) == nearest.generic_string());
    CHECK(find_project_config((root / "project" / "news").string()) == nearest.generic_string());
    // the directory holding .git is itself checked before the walk stops
    CHECK(find_project_config((root / "project" / "b.md").string()) ==
          (root / "project" / ".claimcheck.yaml").generic_string());
  }
  SECTION("a missing input still starts the walk from its directory") {
    dir.write("project/.claimcheck.yaml", "format: text\n");
    CHECK(find_project_config((root / "project" / "news" / "no-such.md").string()) ==
          (root / "project" / ".claimcheck.yaml").generic_string());
  }
}

TEST_CASE("config: --no-config and --config choose the file", "[pipeline][config]") {
  scratch_directory dir;
  fs::create_directories(dir.path / ".git");
  dir.write(".claimcheck.yaml", "format: json\n");
  dir.write("other.yaml", "min-level: error\n");
  run_options options;
  options.paths = {(dir.path / "a.md").string()};

  diagnostics errors;
  CHECK(with_project_config(options, formats, errors).format == "json");

  options.no_config = true;
  CHECK(with_project_config(options, formats, errors).format == "text");

  options.no_config = false;
  options.config_path = (dir.path / "other.yaml").string();
  run_options const named = with_project_config(options, formats, errors);
  CHECK(named.format == "text");
  CHECK(named.min_level == severity::error);
  CHECK(errors.empty());

  options.config_path = (dir.path / "missing.yaml").string();
  with_project_config(options, formats, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front() == diagnostic{options.config_path, 0, 0, "cannot open file"});
}

TEST_CASE("config: ignore globs, relative to the config's directory", "[pipeline][config]") {
  auto const c = GENERATE(values<ignore_case>({
      {{"drafts/"}, "", "drafts/a.md", true},
      {{"drafts"}, "", "drafts/a.md", true},
      {{"drafts"}, "", "news/drafts/a.md", true},           // a name without '/' matches at any depth
      {{"drafts/"}, "", "news/drafts/a.md", true},          // a trailing '/' does not anchor
      {{"/drafts"}, "", "news/drafts/a.md", false},         // a leading one does
      {{"/drafts"}, "", "drafts/a.md", true},
      {{"news/drafts"}, "", "news/drafts/a.md", true},
      {{"news/drafts"}, "", "old/news/drafts/a.md", false},
      {{"./drafts/*"}, "", "drafts/sub/a.md", true},
      {{"*.notes.md"}, "", "news/monday.notes.md", true},
      {{"*.notes.md"}, "", "news/monday.md", false},
      {{"news/*.md"}, "", "news/a.md", true},
      {{"news/*.md"}, "", "news/sub/a.md", true},           // '*' crosses '/'
      {{"news/?.md"}, "", "news/ab.md", false},
      {{"drafts/", "*.txt"}, "", "wire/feed.txt", true},
      {{"drafts/"}, "docs", "docs/drafts/a.md", true},
      {{"drafts/"}, "docs", "drafts/a.md", false},          // outside the config's directory
      {{"drafts/"}, "docs", "docs/../drafts/a.md", false},
      {{"*"}, "docs", "news/a.md", false},
      {{"*"}, "", "<stdin>", false},
      {{}, "", "drafts/a.md", false},
      {{"draft"}, "", "drafts/a.md", false},               // whole names only
  }));
  CAPTURE(c.patterns, c.base, c.path);
  CHECK(is_ignored(c.patterns, c.base, c.path) == c.ignored);
}
