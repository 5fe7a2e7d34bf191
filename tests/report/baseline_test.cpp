// Baselines: written for review, read back by fingerprint, malformed files as located
// diagnostics, and what accepting one does to a list of discrepancies.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <unistd.h>

#include "report/baseline.hpp"
#include "report/fingerprint.hpp"
#include "sample_report.hpp"

namespace claimcheck {
// Lets Catch show a diagnostic that differs from the expected one.
[[maybe_unused]] static std::ostream& operator<<(std::ostream& out, diagnostic const& d) {
  return out << '{' << d.path << ':' << d.line << ':' << d.column << ": " << d.message << '}';
}
}  // namespace claimcheck

using namespace claimcheck;

namespace {

namespace fs = std::filesystem;

std::vector<std::string> fingerprints_of(baseline const& b) {
  std::vector<std::string> out;
  for (baseline::entry const& e : b.entries) out.push_back(e.fingerprint);
  return out;
}

std::string read_text(fs::path const& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

/// A fresh directory under the system's temporary directory, removed with its contents.
struct scratch_directory {
  fs::path path;
  scratch_directory() {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() /
           ("claimcheck-baseline-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(path);
  }
  ~scratch_directory() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

struct malformed_case {
  std::string text;
  diagnostic expected;
};

}  // namespace

TEST_CASE("baseline: what is written reads back as the same fingerprints", "[report][baseline]") {
  report const r = testing::sample_report();
  diagnostics errors;
  baseline const b = parse_baseline("b.yaml", baseline_text(r.discrepancies), errors);
  CHECK(errors.empty());
  std::vector<std::string> expected;
  for (discrepancy const& d : r.discrepancies) expected.push_back(fingerprint_of(d));
  std::vector<std::string> got = fingerprints_of(b);
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  CHECK(got == expected);
}

TEST_CASE("baseline: the written file lists rule, values and sources for review", "[report][baseline]") {
  report r;
  r.discrepancies.push_back(testing::sample_report().discrepancies.at(1));
  std::string const id = fingerprint_of(r.discrepancies.front());
  CHECK(baseline_text(r.discrepancies) ==
        "# claimcheck baseline: discrepancies reviewed and accepted.\n"
        "# A run given --baseline with this file does not report (or fail on) a discrepancy whose\n"
        "# fingerprint is listed here. Only 'fingerprint' is read; the other fields are for the\n"
        "# reviewer. Add a comment saying why an entry was accepted; delete entries reported stale.\n"
        "discrepancies:\n"
        "  - fingerprint: " + id + "\n"
        "    rule: event-date-agreement\n"
        "    severity: warning\n"
        "    message: \"sources date the harbour reopening differently: 3 March 2031 vs 4 March 2031\"\n"
        "    sides:\n"
        "      - source: news/harbour-a.md\n"
        "        value: 3 March 2031\n"
        "        sentence: The harbour reopened on 3 March 2031.\n"
        "      - source: news/harbour-c.md\n"
        "        value: 4 March 2031\n"
        "        sentence: Ships returned when the harbour reopened on 4 March 2031.\n");
}

TEST_CASE("baseline: entries are ordered and deduplicated whatever the input order", "[report][baseline]") {
  std::vector<discrepancy> found = testing::sample_report().discrepancies;
  std::string const forward = baseline_text(found);
  std::reverse(found.begin(), found.end());
  for (discrepancy& d : found) std::reverse(d.sides.begin(), d.sides.end());
  CHECK(baseline_text(found) == forward);
  found.push_back(found.front());  // the same finding twice: one entry accepts both
  CHECK(baseline_text(found) == forward);
  CHECK(baseline_text({}) == forward.substr(0, forward.find("discrepancies:")) + "discrepancies: []\n");
}

TEST_CASE("baseline: an empty file and an empty list accept nothing, without errors", "[report][baseline]") {
  for (std::string_view text : {"", "# nothing yet\n", "discrepancies: []\n", "discrepancies:\n"}) {
    CAPTURE(text);
    diagnostics errors;
    CHECK(parse_baseline("b.yaml", text, errors).entries.empty());
    CHECK(errors.empty());
  }
}

TEST_CASE("baseline: a JSON file of the same shape loads", "[report][baseline]") {
  diagnostics errors;
  baseline const b = parse_baseline(
      "b.json", R"({"discrepancies": [{"fingerprint": "0123456789abcdef", "rule": "x"}, {"fingerprint": "fedcba9876543210"}]})",
      errors);
  CHECK(errors.empty());
  CHECK(fingerprints_of(b) == std::vector<std::string>{"0123456789abcdef", "fedcba9876543210"});
}

TEST_CASE("baseline: malformed files are located diagnostics, the good entries still read", "[report][baseline]") {
  auto const c = GENERATE(values<malformed_case>({
      {"discrepancies: [\n", {"b.yaml", 2, 1, "invalid YAML: end of sequence flow not found"}},
      {"- fingerprint: 0123456789abcdef\n", {"b.yaml", 1, 1, "a baseline file must be a map with a 'discrepancies' list"}},
      {"discrepancy:\n  - fingerprint: 0123456789abcdef\n",
       {"b.yaml", 1, 1, "unknown top-level key 'discrepancy' (expected: discrepancies)"}},
      {"discrepancies: 0123456789abcdef\n", {"b.yaml", 1, 16, "'discrepancies' must be a list of discrepancies"}},
      {"discrepancies:\n  - 0123456789abcdef\n", {"b.yaml", 2, 5, "a baseline entry must be a map with a 'fingerprint'"}},
      {"discrepancies:\n  - rule: office-holder\n", {"b.yaml", 2, 5, "baseline entry has no 'fingerprint'"}},
      {"discrepancies:\n  - fingerprint: 0123456789ABCDEF\n",
       {"b.yaml", 2, 18, "fingerprint '0123456789ABCDEF' is not 16 lower-case hexadecimal digits"}},
      {"discrepancies:\n  - fingerprint: 0123\n",
       {"b.yaml", 2, 18, "fingerprint '0123' is not 16 lower-case hexadecimal digits"}},
      {"discrepancies:\n  - fingerprint: [0123456789abcdef]\n",
       {"b.yaml", 2, 18, "'fingerprint' must be 16 hexadecimal digits"}},
  }));
  CAPTURE(c.text);
  diagnostics errors;
  baseline const b = parse_baseline("b.yaml", c.text, errors);
  REQUIRE(errors.items().size() >= 1);
  CHECK(errors.items().front() == c.expected);
  CHECK(b.entries.empty());
}

TEST_CASE("baseline: one bad entry does not lose the others", "[report][baseline]") {
  diagnostics errors;
  baseline const b = parse_baseline("b.yaml",
                                    "discrepancies:\n"
                                    "  - fingerprint: 0123456789abcdef\n"
                                    "  - fingerprint: nothex\n"
                                    "  # reviewed: outlet B misspelt the name\n"
                                    "  - fingerprint: fedcba9876543210\n",
                                    errors);
  CHECK(fingerprints_of(b) == std::vector<std::string>{"0123456789abcdef", "fedcba9876543210"});
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front().line == 3);
  CHECK(b.entries.back().at == line_column{5, 5});
}

TEST_CASE("baseline: accepting drops listed findings and counts stale entries", "[report][baseline]") {
  std::vector<discrepancy> found = testing::sample_report().discrepancies;
  std::string const first = fingerprint_of(found.at(0));
  std::string const second = fingerprint_of(found.at(1));
  baseline accepted;
  accepted.entries = {{second, {}}, {"00000000000000aa", {}}, {"00000000000000aa", {}}, {"00000000000000bb", {}}};
  gate_counts counts;
  accept_baseline(found, accepted, counts);
  REQUIRE(found.size() == 1);
  CHECK(fingerprint_of(found.front()) == first);
  CHECK(counts.baseline_used);
  CHECK(counts.accepted_by_baseline == 1);
  CHECK(counts.stale_baseline_entries == 2);  // a fingerprint listed twice is one stale entry
}

TEST_CASE("baseline: a finding moved elsewhere in its file stays accepted", "[report][baseline]") {
  std::vector<discrepancy> found = testing::sample_report().discrepancies;
  diagnostics errors;
  baseline const accepted = parse_baseline("b.yaml", baseline_text(found), errors);
  for (discrepancy& d : found) {
    for (discrepancy_side& s : d.sides) {
      s.offset += 500;
      s.start.line += 12;
      s.end.line += 12;
    }
  }
  gate_counts counts;
  accept_baseline(found, accepted, counts);
  CHECK(found.empty());
  CHECK(counts.accepted_by_baseline == 2);
  CHECK(counts.stale_baseline_entries == 0);
}

TEST_CASE("baseline: a changed value is a new finding, and its old entry goes stale", "[report][baseline]") {
  std::vector<discrepancy> found = testing::sample_report().discrepancies;
  diagnostics errors;
  baseline const accepted = parse_baseline("b.yaml", baseline_text(found), errors);
  found.at(0).sides.at(1).value = "Piet Aldana";
  gate_counts counts;
  accept_baseline(found, accepted, counts);
  REQUIRE(found.size() == 1);
  CHECK(found.front().rule == "office-holder-single-value");
  CHECK(counts.accepted_by_baseline == 1);
  CHECK(counts.stale_baseline_entries == 1);
}

TEST_CASE("baseline: written atomically, replacing the old file, leaving no temporary", "[report][baseline]") {
  scratch_directory dir;
  fs::path const target = dir.path / "claimcheck-baseline.yaml";
  std::vector<discrepancy> const found = testing::sample_report().discrepancies;
  {
    std::ofstream old(target);
    old << "discrepancies: []\n";
  }
  diagnostics errors;
  CHECK(write_baseline_file(target.string(), found, errors));
  CHECK(errors.empty());
  CHECK(read_text(target) == baseline_text(found));
  std::size_t files = 0;
  for (fs::directory_entry const& e : fs::directory_iterator(dir.path)) {
    CAPTURE(e.path().string());
    ++files;
  }
  CHECK(files == 1);
  baseline const back = read_baseline_file(target.string(), errors);
  CHECK(errors.empty());
  CHECK(back.entries.size() == 2);
}

TEST_CASE("baseline: unwritable and unreadable paths are diagnostics", "[report][baseline]") {
  scratch_directory dir;
  std::string const missing_directory = (dir.path / "no-such-dir" / "b.yaml").string();
  diagnostics errors;
  CHECK_FALSE(write_baseline_file(missing_directory, testing::sample_report().discrepancies, errors));
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front().path == missing_directory);
  CHECK(errors.items().front().message.starts_with("cannot write baseline"));
  CHECK_FALSE(fs::exists(dir.path / "no-such-dir"));

  diagnostics read_errors;
  CHECK(read_baseline_file(missing_directory, read_errors).entries.empty());
  REQUIRE(read_errors.items().size() == 1);
  CHECK(read_errors.items().front() == diagnostic{missing_directory, 0, 0, "cannot open file"});
}
