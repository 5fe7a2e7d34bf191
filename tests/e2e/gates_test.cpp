// End to end: the gate controls of `claimcheck check` on the example corpus and on temporary
// copies of it: --min-level, --fail-on, --max-discrepancies, baselines written and used,
// claimcheck-disable comments, and the project config found beside the articles.
//
// Counts are taken from the default run of the same corpus rather than written down, so that a
// rule change that adds a finding to the corpus does not break what these tests are about; the
// findings they rely on by name (the defence minister error, the name-spelling info) are
// checked to be there.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

#include "run_binary.hpp"

using claimcheck::testing::run_claimcheck;
using json = nlohmann::json;

namespace {

namespace fs = std::filesystem;

constexpr std::string_view corpus = "examples/nakatani-seoul";
constexpr std::string_view minister_rule = "office-holder-single-value";
constexpr std::string_view spelling_rule = "name-spelling-variants";

/// A copy of the example corpus in a fresh temporary directory (`root/stories`), removed at the
/// end. `root` holds `.git`, so that no config above it is ever read.
struct corpus_copy {
  fs::path root;
  fs::path stories;

  corpus_copy() {
    static std::atomic<int> counter{0};
    root = fs::temp_directory_path() /
           ("claimcheck-gates-e2e-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    stories = root / "stories";
    fs::create_directories(root / ".git");
    fs::copy(fs::path(CLAIMCHECK_SOURCE_DIR) / corpus, stories, fs::copy_options::recursive);
  }
  ~corpus_copy() {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }

  std::string at(std::string const& relative) const { return "'" + (root / relative).string() + "'"; }

  void write(std::string const& relative, std::string_view text) const { std::ofstream(root / relative) << text; }

  std::string read(std::string const& relative) const {
    std::ifstream in(root / relative, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
  }

  /// Replaces the one occurrence of `old_text` in a file.
  void replace(std::string const& relative, std::string_view old_text, std::string_view new_text) const {
    std::string text = read(relative);
    std::size_t const pos = text.find(old_text);
    REQUIRE(pos != std::string::npos);
    REQUIRE(text.find(old_text, pos + 1) == std::string::npos);
    text.replace(pos, old_text.size(), new_text);
    write(relative, text);
  }
};

struct json_run {
  json report;
  int status = -1;
};

json_run check_json(std::string const& arguments) {
  auto const result = run_claimcheck("check " + arguments + " --format json 2>/dev/null");
  json_run out;
  out.status = result.status;
  out.report = json::parse(result.out, nullptr, false);
  REQUIRE_FALSE(out.report.is_discarded());
  return out;
}

std::size_t count_rule(json const& report, std::string_view rule) {
  std::size_t n = 0;
  for (json const& d : report["discrepancies"])
    if (d["rule"] == rule) ++n;
  return n;
}

std::size_t total(json const& summary) {
  return summary["errors"].get<std::size_t>() + summary["warnings"].get<std::size_t>() +
         summary["infos"].get<std::size_t>();
}

std::string last_line(std::string const& text) {
  std::size_t const end = text.size() - (text.ends_with('\n') ? 1 : 0);
  std::size_t const begin = text.rfind('\n', end - 1);
  return text.substr(begin == std::string::npos ? 0 : begin + 1, end - (begin == std::string::npos ? 0 : begin + 1));
}

std::size_t occurrences(std::string const& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

/// The default run of a corpus: what the gate tests compare with.
json_run const& default_run() {
  static json_run const run = check_json(std::string(corpus));
  return run;
}

}  // namespace

TEST_CASE("gates e2e: by default the example corpus fails on its errors and shows its info", "[e2e][gates]") {
  json_run const& run = default_run();
  CHECK(run.status == 1);
  json const& summary = run.report["summary"];
  CHECK(summary["errors"].get<int>() >= 2);
  CHECK(summary["infos"].get<int>() >= 1);
  CHECK(count_rule(run.report, minister_rule) == 1);
  CHECK(count_rule(run.report, spelling_rule) == 1);
  // No gate in use: the summary keeps exactly its version-1 keys.
  CHECK(summary.size() == 6);
}

TEST_CASE("gates e2e: --min-level hides what is below it, never the verdict", "[e2e][gates]") {
  json const& before = default_run().report["summary"];
  json_run const errors_only = check_json(std::string(corpus) + " --min-level error");
  CHECK(errors_only.status == 1);
  for (json const& d : errors_only.report["discrepancies"]) CHECK(d["severity"] == "error");
  CHECK(count_rule(errors_only.report, spelling_rule) == 0);
  json const& summary = errors_only.report["summary"];
  CHECK(summary["errors"] == before["errors"]);
  CHECK(summary["infos"] == 0);
  CHECK(summary["min_level"] == "error");
  CHECK(summary["hidden_below_min_level"].get<std::size_t>() ==
        before["warnings"].get<std::size_t>() + before["infos"].get<std::size_t>());

  // Hidden findings still fail the run when --fail-on reaches them: here with the errors accepted
  // as tolerated, the hidden info alone is one too many.
  std::string const errors = before["errors"].dump();
  auto const hidden_fails = run_claimcheck("check " + std::string(corpus) +
                                           " --min-level error --fail-on info --max-discrepancies " + errors +
                                           " --color never 2>/dev/null");
  CHECK(hidden_fails.status == 1);
  CHECK(hidden_fails.out.find(" info: ") == std::string::npos);
  CHECK(last_line(hidden_fails.out).ends_with(" failing of " + errors + " allowed by --max-discrepancies"));

  auto const text = run_claimcheck("check " + std::string(corpus) + " --min-level warning --color never 2>/dev/null");
  CHECK(text.status == 1);
  CHECK(text.out.find(" info: ") == std::string::npos);
  CHECK(last_line(text.out).ends_with("; " + before["infos"].dump() + " hidden below --min-level warning"));
}

TEST_CASE("gates e2e: --max-discrepancies tolerates up to N at or above --fail-on", "[e2e][gates]") {
  json const& before = default_run().report["summary"];
  std::size_t const errors = before["errors"].get<std::size_t>();
  std::size_t const all = total(before);
  REQUIRE(all > errors);

  json_run const at_limit = check_json(std::string(corpus) + " --max-discrepancies " + std::to_string(errors));
  CHECK(at_limit.status == 0);
  CHECK(at_limit.report["summary"]["max_discrepancies"] == errors);
  CHECK(at_limit.report["summary"]["failing"] == errors);
  CHECK(total(at_limit.report["summary"]) == all);  // tolerated findings are still reported

  CHECK(check_json(std::string(corpus) + " --max-discrepancies " + std::to_string(errors - 1)).status == 1);
  CHECK(check_json(std::string(corpus) + " --fail-on info --max-discrepancies " + std::to_string(errors)).status == 1);
  CHECK(check_json(std::string(corpus) + " --fail-on info --max-discrepancies " + std::to_string(all)).status == 0);
  CHECK(check_json(std::string(corpus) + " --fail-on never --max-discrepancies 0").status == 0);
  // A negative count is a usage error.
  CHECK(run_claimcheck("check " + std::string(corpus) + " --max-discrepancies -1 >/dev/null 2>&1").status == 2);
}

TEST_CASE("gates e2e: a baseline written then used accepts today's findings, through edits elsewhere",
          "[e2e][gates]") {
  corpus_copy copy;
  std::string const stories = copy.at("stories");
  std::string const baseline = copy.at("baseline.yaml");

  // Writing a baseline does not change the verdict of the run that writes it.
  json_run const written = check_json(stories + " --write-baseline " + baseline);
  CHECK(written.status == 1);
  std::size_t const all = total(written.report["summary"]);
  std::string const recorded = copy.read("baseline.yaml");
  CHECK(occurrences(recorded, "- fingerprint: ") == all);
  CHECK(recorded.find("rule: office-holder-single-value") != std::string::npos);
  CHECK(recorded.find("value: Lee Jong-sup") != std::string::npos);

  json_run const accepted = check_json(stories + " --baseline " + baseline);
  CHECK(accepted.status == 0);
  CHECK(accepted.report["discrepancies"].empty());
  CHECK(accepted.report["summary"]["accepted_by_baseline"] == all);
  CHECK(accepted.report["summary"]["stale_baseline_entries"] == 0);

  // A paragraph added above and another changed below move every line; nothing new is reported.
  copy.replace("stories/a-harbour-line-wire.md", "date: 2025-09-08\n---\n",
               "date: 2025-09-08\n---\n\nThis story was updated with a correction to the headline.\n\n");
  copy.replace("stories/b-meridian-ledger.md", "If the next visit comes sooner, that alone would count as progress.",
               "A sooner second visit would itself be a sign of progress.");
  auto const edited = run_claimcheck("check " + stories + " --baseline " + baseline + " --color never 2>/dev/null");
  CHECK(edited.status == 0);
  CHECK(last_line(edited.out) == "0 discrepancies (0 errors, 0 warnings, 0 infos) in 3 sources, " +
                                     default_run().report["summary"]["claims"].dump() +
                                     " claims; 0 input errors; " + std::to_string(all) +
                                     " accepted by baseline (0 stale entries)");

  // The findings that need the third article are gone without it: their entries are stale, not errors.
  json_run const fewer = check_json(copy.at("stories/a-harbour-line-wire.md") + " " +
                                    copy.at("stories/b-meridian-ledger.md") + " --baseline " + baseline);
  CHECK(fewer.status == 0);
  CHECK(fewer.report["summary"]["stale_baseline_entries"].get<std::size_t>() >= 1);
  CHECK(fewer.report["summary"]["accepted_by_baseline"].get<std::size_t>() +
            fewer.report["summary"]["stale_baseline_entries"].get<std::size_t>() ==
        all);

  // The same file used and rewritten in one run: the stale entries are reported, then gone.
  std::string const two_sources =
      copy.at("stories/a-harbour-line-wire.md") + " " + copy.at("stories/b-meridian-ledger.md");
  json_run const pruned = check_json(two_sources + " --baseline " + baseline + " --write-baseline " + baseline);
  CHECK(pruned.report["summary"]["stale_baseline_entries"] == fewer.report["summary"]["stale_baseline_entries"]);
  CHECK(occurrences(copy.read("baseline.yaml"), "- fingerprint: ") ==
        fewer.report["summary"]["accepted_by_baseline"].get<std::size_t>());
  json_run const after_pruning = check_json(two_sources + " --baseline " + baseline);
  CHECK(after_pruning.status == 0);
  CHECK(after_pruning.report["summary"]["stale_baseline_entries"] == 0);
  copy.write("baseline.yaml", recorded);

  // Changing the disputed sentence itself asks for a new review.
  copy.replace("stories/b-meridian-ledger.md", "South Korean Defense Minister Lee Jong-sup in Seoul",
               "South Korean Defense Minister Lee Jong-sup at the ministry in Seoul");
  json_run const changed = check_json(stories + " --baseline " + baseline);
  CHECK(changed.status == 1);
  CHECK(count_rule(changed.report, minister_rule) == 1);
}

TEST_CASE("gates e2e: a malformed or missing baseline is a located error, exit 2", "[e2e][gates]") {
  corpus_copy copy;
  copy.write("baseline.yaml", "discrepancies:\n  - fingerprint: 0123456789abcdef\n  - rule: only\n");
  auto const bad = run_claimcheck("check " + copy.at("stories") + " --baseline " + copy.at("baseline.yaml") +
                                  " --color never 2>/dev/null");
  CHECK(bad.status == 2);
  CHECK(bad.out.starts_with((copy.root / "baseline.yaml").string() +
                            ":3:5: error: baseline entry has no 'fingerprint'\n"));

  auto const missing = run_claimcheck("check " + copy.at("stories") + " --baseline " + copy.at("none.yaml") +
                                      " --color never 2>/dev/null");
  CHECK(missing.status == 2);
  CHECK(missing.out.starts_with((copy.root / "none.yaml").string() + ": error: cannot open file\n"));
}

TEST_CASE("gates e2e: claimcheck-disable comments suppress findings in the draft", "[e2e][gates]") {
  json const& before = default_run().report["summary"];
  std::size_t const all = total(before);
  std::string const sentence = "Gen. Nakatani held talks with South Korean Defense Minister Lee Jong-sup";

  SECTION("next sentence, for one rule") {
    corpus_copy copy;
    std::string const stories = copy.at("stories");
    std::string const baseline = copy.at("baseline.yaml");
    REQUIRE(check_json(stories + " --write-baseline " + baseline).status == 1);
    copy.replace("stories/b-meridian-ledger.md", sentence,
                 "<!-- claimcheck-disable-next-sentence office-holder-single-value -->\n" + sentence);
    json_run const run = check_json(stories);
    CHECK(count_rule(run.report, minister_rule) == 0);
    CHECK(run.report["summary"]["suppressed"] == 1);
    CHECK(total(run.report["summary"]) == all - 1);
    // The comment line changed no other finding: the baseline still accepts all the rest, and
    // only the suppressed finding's entry goes stale.
    json_run const with_baseline = check_json(stories + " --baseline " + baseline);
    CHECK(with_baseline.status == 0);
    CHECK(with_baseline.report["summary"]["accepted_by_baseline"] == all - 1);
    CHECK(with_baseline.report["summary"]["stale_baseline_entries"] == 1);
  }
  SECTION("a disabled block, for every rule") {
    corpus_copy copy;
    std::string const paragraph = "The visit follows President Lee Jae-myung's visit to Japan";
    copy.replace("stories/a-harbour-line-wire.md", paragraph, "<!-- claimcheck-disable -->\n" + paragraph);
    copy.replace("stories/a-harbour-line-wire.md", "The previous such trip", "<!-- claimcheck-enable -->\n\nThe previous such trip");
    json_run const run = check_json(copy.at("stories"));
    CHECK(count_rule(run.report, spelling_rule) == 0);
    CHECK(count_rule(run.report, "visit-date-single-value") == 0);
    CHECK(count_rule(run.report, minister_rule) == 1);  // its sides lie outside the block
    CHECK(run.report["summary"]["suppressed"].get<std::size_t>() >= 2);
  }
  SECTION("a misspelt directive is a warning and suppresses nothing") {
    corpus_copy copy;
    copy.replace("stories/b-meridian-ledger.md", sentence,
                 "<!-- claimcheck-disabel office-holder-single-value -->\n" + sentence);
    auto const run = run_claimcheck("check " + copy.at("stories") + " --color never 2>&1");
    CHECK(run.status == 1);
    CHECK(run.out.find((copy.stories / "b-meridian-ledger.md").string() +
                       ":9:6: warning: unknown claimcheck directive 'claimcheck-disabel' (did you mean "
                       "'claimcheck-disable'?); the comment is ignored\n") != std::string::npos);
    CHECK(run.out.find("[office-holder-single-value]") != std::string::npos);
  }
}

TEST_CASE("gates e2e: the project config is found beside the articles; flags win over it", "[e2e][gates]") {
  corpus_copy copy;
  std::string const stories = copy.at("stories");

  SECTION("settings from the config, and a flag overriding one") {
    copy.write(".claimcheck.yaml", "fail-on: never\nmin-level: error\n");
    auto const passing = run_claimcheck("check " + stories + " --color never 2>/dev/null");
    CHECK(passing.status == 0);
    CHECK(passing.out.find(" info: ") == std::string::npos);
    auto const failing = run_claimcheck("check " + stories + " --fail-on error --color never 2>/dev/null");
    CHECK(failing.status == 1);
    CHECK(failing.out.find(" info: ") == std::string::npos);
    // --no-config: back to the defaults
    auto const plain = run_claimcheck("check " + stories + " --no-config --color never 2>/dev/null");
    CHECK(plain.status == 1);
    CHECK(plain.out.find(" info: ") != std::string::npos);
  }
  SECTION("format, ignore and a baseline relative to the config") {
    REQUIRE(check_json(stories + " --write-baseline " + copy.at("accepted.yaml")).status == 1);
    copy.write(".claimcheck.yaml", "format: json\nignore: [\"c-*.md\"]\nbaseline: accepted.yaml\n");
    auto const run = run_claimcheck("check " + stories + " 2>/dev/null");
    json const report = json::parse(run.out, nullptr, false);
    REQUIRE_FALSE(report.is_discarded());
    CHECK(run.status == 0);
    CHECK(report["summary"]["sources"] == 2);
    CHECK(report["summary"]["accepted_by_baseline"].get<std::size_t>() >= 1);
    CHECK(report["summary"]["stale_baseline_entries"].get<std::size_t>() >= 1);  // c's findings are gone
  }
  SECTION("an unknown key is a located error, exit 2") {
    copy.write(".claimcheck.yaml", "# settings\nfail_on: never\n");
    auto const run = run_claimcheck("check " + stories + " --color never 2>/dev/null");
    CHECK(run.status == 2);
    CHECK(run.out.starts_with((copy.root / ".claimcheck.yaml").string() +
                              ":2:1: error: unknown key 'fail_on' (did you mean 'fail-on'?)\n"));
    CHECK(run_claimcheck("check " + stories + " --no-config >/dev/null 2>&1").status == 1);
  }
  SECTION("--config names another file") {
    copy.write("ci.yaml", "fail-on: never\n");
    CHECK(run_claimcheck("check " + stories + " --config " + copy.at("ci.yaml") + " >/dev/null 2>&1").status == 0);
    CHECK(run_claimcheck("check " + stories + " --config " + copy.at("ci.yaml") + " --no-config >/dev/null 2>&1")
              .status == 2);  // the two exclude each other
  }
}
