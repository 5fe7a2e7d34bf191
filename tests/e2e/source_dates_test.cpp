// End to end: where an article's date comes from when the file itself does not say it — a
// sources manifest, then the run's --date — and report formats written to a file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using claimcheck::testing::run_claimcheck;

namespace {

namespace fs = std::filesystem;

struct temp_dir {
  fs::path path;
  explicit temp_dir(std::string const& name) : path(fs::temp_directory_path() / ("claimcheck-" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~temp_dir() { fs::remove_all(path); }
  void write(std::string const& file, std::string const& text) const { std::ofstream(path / file) << text; }
  std::string operator/(std::string const& file) const { return (path / file).string(); }
};

/// The date field of the one meeting claim `extract` prints for `arguments`.
std::string meeting_date(std::string const& arguments) {
  auto const result = run_claimcheck("extract " + arguments + " 2>/dev/null");
  std::istringstream lines(result.out);
  std::string line;
  while (std::getline(lines, line)) {
    auto const claim = nlohmann::json::parse(line);
    if (claim["kind"] != "meeting") continue;
    return claim["fields"].contains("date") ? claim["fields"]["date"]["value"].get<std::string>() : "-";
  }
  return "no meeting";
}

}  // namespace

TEST_CASE("e2e: an undated article takes its date from a manifest, then from --date", "[e2e][dates]") {
  temp_dir const dir("source-dates");
  dir.write("a.txt", "Treasurer Olaf Brenn met Mayor Ines Calder on Monday.\n");
  dir.write("sources.yaml", "sources:\n  - path: a.txt\n    date: 2031-03-05\n    outlet: Harbour Wire\n");
  // Undated: the weekday stays unresolved, never guessed.
  CHECK(meeting_date(dir / "a.txt") == "-");
  CHECK(meeting_date(dir / "a.txt" + " --date 2031-06-11") == "2031-06-09");
  CHECK(meeting_date(dir / "a.txt" + " --sources " + dir / "sources.yaml") == "2031-03-03");
  // The manifest is nearer the article than the run's fallback.
  CHECK(meeting_date(dir / "a.txt" + " --sources " + dir / "sources.yaml --date 2031-06-11") == "2031-03-03");
}

TEST_CASE("e2e: a broken manifest is a located error, and the articles are still read", "[e2e][dates]") {
  temp_dir const dir("bad-manifest");
  dir.write("a.txt", "Treasurer Olaf Brenn met Mayor Ines Calder on Monday.\n");
  dir.write("sources.yaml", "sources:\n  - path: a.txt\n    date: March 2031\n");
  auto const result =
      run_claimcheck("check " + dir / "a.txt" + " --sources " + dir / "sources.yaml" + " --format json 2>/dev/null");
  CHECK(result.status == 2);
  auto const report = nlohmann::json::parse(result.out);
  REQUIRE(report["errors"].size() == 1);
  CHECK(report["errors"][0]["line"] == 3);
  CHECK(report["errors"][0]["column"] == 11);
  CHECK(report["errors"][0]["message"] == "'date' must be YYYY-MM-DD, not 'March 2031'");
  CHECK(report["summary"]["claims"].get<int>() > 0);
}

TEST_CASE("e2e: every report format, written whole to --output", "[e2e][formats]") {
  temp_dir const dir("formats");
  struct row {
    std::string format;
    std::string marker;  // a piece of text only that format writes
  };
  auto const r = GENERATE(values<row>({{"sarif", "\"version\": \"2.1.0\""},
                                       {"junit", "<testsuites"},
                                       {"github", "::error file=examples/nakatani-seoul/"},
                                       {"markdown", "| "},
                                       {"line", ":office-holder-single-value:"},
                                       {"rdjsonl", "\"code\":{\"value\":\"office-holder-single-value\"}"},
                                       {"json", "\"version\": 1"},
                                       {"text", "[office-holder-single-value]"}}));
  CAPTURE(r.format);
  std::string const out = dir / ("report." + r.format);
  auto const result = run_claimcheck("check examples/nakatani-seoul --format " + r.format + " --output " + out);
  CHECK(result.status == 1);
  CHECK(result.out.empty());  // the report went to the file, not to standard output
  std::ifstream in(out);
  std::string const written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(written.find(r.marker) != std::string::npos);
  // No temporary file is left beside it.
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("e2e: an unwritable --output is exit 2 and writes nothing", "[e2e][formats]") {
  auto const result = run_claimcheck("check examples/nakatani-seoul --output /nonexistent-dir/report.txt 2>/dev/null");
  CHECK(result.status == 2);
  CHECK(!fs::exists("/nonexistent-dir/report.txt"));
}
