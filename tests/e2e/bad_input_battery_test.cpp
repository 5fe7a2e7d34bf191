// End to end: the bad-input battery. Every kind of input a newsroom feed can produce by mistake
// (broken encodings, binary files, empty and huge files, odd line ends, broken front matter and
// rule files, paths that lead nowhere) gets its exact message, at its place, and exit status 2
// when an input could not be used; the good inputs of the same run are still checked in full.
// Fixtures are written to a scratch directory at run time; the small YAML and Markdown ones live
// in tests/e2e/bad-input/.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "run_binary.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using claimcheck::testing::run_claimcheck;

/// A fresh directory under the system's temporary directory, removed with what it holds.
class scratch_directory {
 public:
  scratch_directory() {
    static std::atomic<int> counter{0};
    path_ = fs::temp_directory_path() /
            ("claimcheck-battery-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~scratch_directory() {
    std::error_code ignored;
    // A file made unreadable must be readable again before it can be removed everywhere.
    for (fs::recursive_directory_iterator it(path_, ignored), end; it != end; it.increment(ignored))
      if (!it->is_symlink(ignored)) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
  }
  scratch_directory(scratch_directory const&) = delete;
  scratch_directory& operator=(scratch_directory const&) = delete;

  /// Writes `bytes` exactly as given (no line-end translation) and returns the file's path.
  std::string write(std::string const& relative, std::string const& bytes) const {
    fs::path const file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  std::string operator/(std::string const& relative) const { return (path_ / relative).string(); }

 private:
  fs::path path_;
};

/// The sentence every fixture hides somewhere: one office-holder claim, 38 characters long, on a
/// subject no example story touches, so that it adds no discrepancy to theirs.
constexpr char const* claim_sentence = "Portuguese Fisheries Minister Ana Ruiz opened the harbour in Porto on Tuesday.";
constexpr int claim_length = 38;  // "Portuguese Fisheries Minister Ana Ruiz"

std::string quoted(std::string const& path) { return "'" + path + "'"; }

std::string quoted_all(std::vector<std::string> const& paths) {
  std::string joined;
  for (std::string const& p : paths) joined += " " + quoted(p);
  return joined;
}

struct json_run {
  json report;
  int status = -1;
  std::string raw;
};

/// `claimcheck check <arguments> --format json`, its report parsed.
json_run check_json(std::string const& arguments) {
  claimcheck::testing::binary_result const result = run_claimcheck("check " + arguments + " --format json 2>/dev/null");
  json_run run;
  run.status = result.status;
  run.raw = result.out;
  INFO(result.out.substr(0, 2000));
  REQUIRE_NOTHROW(run.report = json::parse(result.out));
  return run;
}

/// One error as "path:line:column: message", the way a reader sees it and Catch prints it.
using located_message = std::string;

located_message at(std::string const& path, int line, int column, std::string const& message) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

/// The report's errors, sorted. A list of the keys a rule kind accepts, which grows with the
/// kinds, is cut from the end of a message ("unknown key 'x' in rule 'y' (expected one of: ...)").
std::vector<located_message> errors_of(json const& report) {
  std::vector<located_message> out;
  for (json const& e : report.at("errors")) {
    std::string message = e.at("message").get<std::string>();
    if (std::size_t const list = message.find(" (expected one of: "); list != std::string::npos && message.ends_with(")"))
      message.erase(list);
    out.push_back(at(e.at("path").get<std::string>(), e.at("line").get<int>(), e.at("column").get<int>(), message));
  }
  std::sort(out.begin(), out.end());
  return out;
}

/// The claims the report counts for one source; -1 when the source is not in the report at all.
int claims_of(json const& report, std::string const& path) {
  for (json const& s : report.at("sources"))
    if (s.at("path") == path) return s.at("claims").get<int>();
  return -1;
}

/// The example story checked beside the bad inputs still yields its two error discrepancies
/// (and only stories' claims are in them).
void check_story_still_reported(json const& report) {
  int story_errors = 0;
  for (json const& d : report.at("discrepancies")) {
    bool all_story = true;
    for (json const& c : d.at("claims"))
      all_story = all_story && c.at("source").get<std::string>().starts_with("examples/nakatani-seoul/");
    CHECK(all_story);
    if (all_story && d.at("severity") == "error") ++story_errors;
  }
  CHECK(story_errors == 2);
  CHECK(claims_of(report, "examples/nakatani-seoul/a-harbour-line-wire.md") > 0);
  CHECK(claims_of(report, "examples/nakatani-seoul/b-meridian-ledger.md") > 0);
  CHECK(claims_of(report, "examples/nakatani-seoul/c-northgate-review.md") > 0);
}

constexpr char const* story = "examples/nakatani-seoul";

/// `extract` output as one parsed claim per line.
std::vector<json> extract_claims(std::string const& arguments) {
  claimcheck::testing::binary_result const result = run_claimcheck("extract " + arguments + " 2>/dev/null");
  std::vector<json> claims;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) claims.push_back(json::parse(line));
  return claims;
}

/// The one office-holder claim of a fixture, by source path.
json const* office_claim_of(std::vector<json> const& claims, std::string const& path) {
  for (json const& c : claims)
    if (c.at("source") == path && c.at("kind") == "office-holder") return &c;
  return nullptr;
}

bool running_as_root() { return ::geteuid() == 0; }

}  // namespace

TEST_CASE("battery: unusable articles are reported, awkward ones read, the rest checked in full", "[e2e][battery]") {
  scratch_directory const dir;
  std::string const s = claim_sentence;
  // Invalid UTF-8 (a Latin-1 "é" at byte 14), before the claim on the same line.
  std::string const invalid = dir.write("invalid-utf8.md", "Harbour news.\nCaf\xE9 notes. " + s + "\n");
  std::string const binary = dir.write("binary.md", std::string("PK\x03\x04\0\0\x08\0", 8) + s);
  std::string const empty = dir.write("empty.md", "");
  std::string const bom = dir.write("bom.md", "\xEF\xBB\xBF" + s + "\n");
  std::string const crlf = dir.write("crlf.md", "Harbour news\r\n\r\nA first line.\r\n" + s + "\r\n");
  std::string const cr = dir.write("cr.md", "Harbour news\r\rA first line.\r" + s + "\r");
  std::string const missing = dir / "no-such-article.md";
  // A link that loops onto itself, named on the command line.
  std::string const self_link = dir / "self-link.md";
  fs::create_symlink("self-link.md", self_link);
  // A directory holding a link back to itself (never followed: no loop, no error), and a link
  // named as an article whose file is gone, as if deleted between listing and reading.
  std::string const folder = dir / "folder";
  dir.write("folder/inside.md", s + "\n");
  fs::create_directory_symlink(folder, folder + "/loop");
  fs::create_symlink(dir / "folder/deleted.md", folder + "/gone.md");
  std::string const folder_inside = folder + "/inside.md";
  std::string const folder_gone = folder + "/gone.md";
  std::string const unclosed = "tests/e2e/bad-input/unclosed-front-matter.md";
  std::string const not_yaml = "tests/e2e/bad-input/not-yaml-front-matter.md";
  std::string const unbalanced = "tests/e2e/bad-input/unbalanced.md";
  // Root reads anything, so the unreadable file is only unreadable for other users.
  std::string const unreadable = dir.write("unreadable.md", s + "\n");
  fs::permissions(unreadable, fs::perms::none);

  json_run const run = check_json(quoted_all({story, invalid, binary, empty, bom, crlf, cr, missing, self_link, folder,
                                              unclosed, not_yaml, unbalanced, unreadable}));
  CHECK(run.status == 2);  // some inputs could not be used
  std::vector<located_message> expected = {
      at(invalid, 2, 4, "invalid UTF-8 at byte 17"),
      at(binary, 0, 0, "binary file skipped (it contains NUL bytes)"),
      at(empty, 0, 0, "empty file skipped (nothing to check)"),
      at(missing, 0, 0, "no such file or directory"),
      at(self_link, 0, 0, "cannot access: Too many levels of symbolic links"),
      at(folder_gone, 0, 0, "cannot follow symbolic link: No such file or directory"),
      at(unclosed, 1, 1, "front matter opened by '---' on line 1 is never closed (expected a line '---' after it)"),
      at(not_yaml, 3, 5, "front matter is not valid YAML: end of sequence flow not found"),
  };
  if (!running_as_root()) expected.push_back(at(unreadable, 0, 0, "cannot read file: Permission denied"));
  std::sort(expected.begin(), expected.end());
  CHECK(errors_of(run.report) == expected);

  // Unusable inputs are no sources; every usable one was checked, its claim found.
  CHECK(claims_of(run.report, binary) == -1);
  CHECK(claims_of(run.report, empty) == -1);
  CHECK(claims_of(run.report, missing) == -1);
  CHECK(claims_of(run.report, self_link) == -1);
  CHECK(claims_of(run.report, folder_gone) == -1);
  for (std::string const& usable : {invalid, bom, crlf, cr, folder_inside, unclosed, not_yaml, unbalanced}) {
    INFO(usable);
    CHECK(claims_of(run.report, usable) == 1);
  }
  if (running_as_root()) {
    WARN("running as root: the chmod 000 file is readable, so 'cannot read file' is not checked");
    CHECK(claims_of(run.report, unreadable) == 1);
  } else {
    CHECK(claims_of(run.report, unreadable) == -1);
  }
  check_story_still_reported(run.report);
}

TEST_CASE("battery: claims keep their line and column with a BOM, CRLF, CR and invalid UTF-8", "[e2e][battery]") {
  scratch_directory const dir;
  std::string const s = claim_sentence;
  std::string const bom = dir.write("bom.md", "\xEF\xBB\xBF" + s + "\n");
  std::string const crlf = dir.write("crlf.md", "Harbour news\r\n\r\nA first line.\r\n" + s + "\r\n");
  std::string const cr = dir.write("cr.md", "Harbour news\r\rA first line.\r" + s + "\r");
  // The bad byte counts as one column, as the replacement character an editor shows.
  std::string const invalid = dir.write("invalid-utf8.md", "Harbour news.\nCaf\xE9 notes. " + s + "\n");
  std::vector<json> const claims = extract_claims(quoted_all({bom, crlf, cr, invalid}));

  struct expectation {
    std::string path;
    int line;
    int column;
  };
  for (expectation const& e : std::vector<expectation>{{bom, 1, 1}, {crlf, 4, 1}, {cr, 4, 1}, {invalid, 2, 13}}) {
    INFO(e.path);
    json const* c = office_claim_of(claims, e.path);
    REQUIRE(c != nullptr);
    CHECK((*c)["line"] == e.line);
    CHECK((*c)["column"] == e.column);
    CHECK((*c)["end_line"] == e.line);
    CHECK((*c)["end_column"] == e.column + claim_length);
    CHECK((*c)["fields"]["person"]["name"] == "Ana Ruiz");
    CHECK((*c)["text"] == claim_sentence);  // no line end, no BOM in the quoted sentence
  }
}

TEST_CASE("battery: broken rule files are reported where they break; the rest still runs", "[e2e][battery]") {
  scratch_directory const dir;
  // Nesting far past yaml-cpp's limit, in the middle of a rule.
  std::string const deep = dir.write(
      "deep.yaml", "rules:\n  - id: deep-rule\n    kind: single-value\n    key: " + std::string(100000, '[') +
                       std::string(100000, ']') + "\n");
  std::string const rules = "tests/e2e/bad-input/";
  json_run const run = check_json(std::string(story) + " --rules " + rules + "wrong-types.yaml --rules " + rules +
                                  "unknown-key.yaml --rules " + rules + "duplicate-ids.yaml --rules " + rules +
                                  "alias-bomb.yaml --rules " + quoted(deep));
  CHECK(run.status == 2);
  std::vector<located_message> expected = {
      at(rules + "wrong-types.yaml", 8, 18, "'within-days' must be a whole number, got 'soon'"),
      at(rules + "unknown-key.yaml", 8, 5, "unknown key 'colour' in rule 'has-unknown-key'"),
      at(rules + "duplicate-ids.yaml", 9, 9, "duplicate rule id 'named-twice' (first defined at line 3)"),
      at(rules + "alias-bomb.yaml", 9, 10, "'key' holds more than 100000 values once its aliases are expanded"),
      // The refused value leaves the rule without the key it needs.
      at(rules + "alias-bomb.yaml", 4, 5, "missing required key 'key' in rule 'laughing-rule'"),
      at(deep, 4, 200010, "invalid YAML: nested too deeply")  // where the parser gave up,
  };
  std::sort(expected.begin(), expected.end());
  CHECK(errors_of(run.report) == expected);
  // The unknown key's message goes on to list the keys the kind reads.
  CHECK(run.raw.find("unknown key 'colour' in rule 'has-unknown-key' (expected one of: claims, ") != std::string::npos);
  check_story_still_reported(run.report);
}

/// A data dump pasted into an article: one line of `megabytes` MiB of minified records between
/// two sentences. Both sentences are found, the last at its column 50 million bytes on.
void check_single_line_dump(std::size_t megabytes) {
  scratch_directory const dir;
  std::string const record = "{\"id\":4711,\"slug\":\"harbour-porto\",\"tags\":[\"ports\",\"fisheries\"]},";
  std::string text = std::string(claim_sentence) + " [";
  std::size_t const target = megabytes * 1024u * 1024u;
  text.reserve(target + 200);
  while (text.size() < target) text += record;
  text += "] ";
  std::size_t const last_sentence_column = text.size() + 1;  // all ASCII: a byte is a column
  text += claim_sentence;
  std::string const big = dir.write("dump.md", text);

  json_run const run = check_json(std::string(story) + " " + quoted(big));
  CHECK(run.status == 1);  // no input error; the story's discrepancies fail the run
  CHECK(errors_of(run.report).empty());
  CHECK(claims_of(run.report, big) == 2);
  check_story_still_reported(run.report);

  std::vector<json> const claims = extract_claims(quoted(big));
  REQUIRE(claims.size() == 2);
  CHECK(claims[0]["column"] == 1);
  CHECK(claims[1]["line"] == 1);
  CHECK(claims[1]["column"] == last_sentence_column);
}

// Work is linear in the text (sentences are cut at 2,000 bytes, phrase matching looks at a
// bounded prefix), but the grammar reads about 20 s per MiB of such text under the sanitizers
// and 5-10 s per MiB in a release build, so the suite runs a 2 MiB line and the 50 MiB one is
// run by hand: claimcheck_tests "[huge]".
TEST_CASE("battery: a 2 MB file without a line break is read to its end", "[e2e][battery][slow]") {
  check_single_line_dump(2);
}

TEST_CASE("battery: a 50 MB file without a line break is read to its end", "[.][e2e][battery][huge]") {
  check_single_line_dump(50);
}

TEST_CASE("battery: a sentence of 100,000 capitalised words", "[e2e][battery][slow]") {
  scratch_directory const dir;
  std::vector<std::string> const words = {"Harbour", "Porto", "Quay", "Tide", "Anchor", "Lisbon", "North", "Pier"};
  std::string text;
  for (std::size_t i = 0; i < 100000; ++i) text += words[(i * 7 + i / 3) % words.size()] + " ";
  text += "Ended.\n\n" + std::string(claim_sentence) + "\n";
  std::string const long_sentence = dir.write("capitals.md", text);

  json_run const run = check_json(std::string(story) + " " + quoted(long_sentence));
  CHECK(run.status == 1);
  CHECK(errors_of(run.report).empty());
  CHECK(claims_of(run.report, long_sentence) >= 1);
  check_story_still_reported(run.report);
}

TEST_CASE("battery: the same inputs in another order give a byte-identical report", "[e2e][battery]") {
  scratch_directory const dir;
  std::string const invalid = dir.write("invalid-utf8.md", "Caf\xE9 notes. " + std::string(claim_sentence) + "\n");
  std::string const crlf = dir.write("crlf.md", std::string(claim_sentence) + "\r\n");
  std::string const empty = dir.write("empty.md", "");
  std::vector<std::string> inputs = {"examples/nakatani-seoul/a-harbour-line-wire.md",
                                     "examples/nakatani-seoul/b-meridian-ledger.md",
                                     "examples/nakatani-seoul/c-northgate-review.md",
                                     invalid,
                                     crlf,
                                     empty,
                                     dir / "missing.md"};
  json_run const forward = check_json(quoted_all(inputs));
  std::reverse(inputs.begin(), inputs.end());
  json_run const backward = check_json(quoted_all(inputs));
  std::rotate(inputs.begin(), inputs.begin() + 3, inputs.end());
  json_run const rotated = check_json(quoted_all(inputs));
  CHECK(forward.status == 2);
  CHECK(forward.raw == backward.raw);
  CHECK(forward.raw == rotated.raw);
}
