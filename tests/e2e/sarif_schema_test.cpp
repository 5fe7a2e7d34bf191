// SARIF reports against the SARIF 2.1.0 JSON schema, and JUnit reports through an XML parser:
// what code-scanning and CI services will do with them. Hand-built reports cover every shape
// (several sides, a fact sheet's note, input errors, odd paths and bytes); the golden JSON reports
// and a run with a fact sheet bring the real corpora through the same reporters.
//
// Needs scripts/fetch-sarif-schema.sh (npm, once; cached after) and python3 with the jsonschema
// module (Debian: python3-jsonschema). A missing tool fails the test with the command that
// installs it: a schema check that silently skips would prove nothing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../report/format_samples.hpp"
#include "report/junit_reporter.hpp"
#include "report/sarif_reporter.hpp"
#include "run_binary.hpp"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

struct shell_result {
  std::string out;  // standard output and standard error together
  int status = -1;
};

shell_result run_shell(std::string const& command) {
  std::string const full = std::string("cd '") + CLAIMCHECK_SOURCE_DIR + "' && { " + command + "; } 2>&1";
  shell_result result;
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  int const status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

/// A fresh directory for the reports, removed with them.
class scratch_dir {
 public:
  scratch_dir() {
    std::string pattern = (fs::temp_directory_path() / "claimcheck-schema-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  scratch_dir(scratch_dir const&) = delete;
  scratch_dir& operator=(scratch_dir const&) = delete;
  ~scratch_dir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  fs::path const& path() const { return path_; }

 private:
  fs::path path_;
};

/// A report as the JSON reporter wrote it (contract version 1), read back so that real runs can
/// go through the other reporters before the command line offers them.
report report_from_json(std::string const& text) {
  using json = nlohmann::ordered_json;
  auto const str = [](json const& j, char const* key) { return j.at(key).get<std::string>(); };
  auto const num = [](json const& j, char const* key) { return j.at(key).get<std::uint32_t>(); };
  json const doc = json::parse(text);
  report r;
  for (json const& s : doc.at("sources")) r.sources.push_back({str(s, "path"), s.at("claims").get<std::size_t>()});
  for (json const& e : doc.at("errors")) {
    r.errors.push_back({str(e, "path"), num(e, "line"), num(e, "column"), str(e, "message")});
  }
  for (json const& d : doc.at("discrepancies")) {
    discrepancy x;
    x.rule = str(d, "rule");
    x.level = severity_from(str(d, "severity")).value();
    x.message = str(d, "message");
    for (auto const& [field, value] : d.at("key").items()) x.key.emplace_back(field, value.get<std::string>());
    for (json const& c : d.at("claims")) {
      discrepancy_side s = testing::side(str(c, "source"), 0, {num(c, "line"), num(c, "column")},
                                         {num(c, "end_line"), num(c, "end_column")}, str(c, "text"), str(c, "kind"),
                                         str(c, "value"));
      s.speaker = c.value("speaker", "");
      x.sides.push_back(std::move(s));
    }
    if (d.contains("fact_sheet")) {
      json const& f = d.at("fact_sheet");
      x.fact_sheet = fact_note{str(f, "value"), str(f, "path"), {num(f, "line"), num(f, "column")}};
    }
    r.discrepancies.push_back(std::move(x));
  }
  return r;
}

/// Odd paths and bytes: spaces, a colon, an absolute path, standard input, invalid UTF-8,
/// control characters, a backwards span.
report awkward_report() {
  report r;
  r.sources = {{"news/two words.md", 1}, {"/srv/feeds/a:b.md", 1}, {"<stdin>", 1}};
  r.errors = {{"<stdin>", 2, 0, "bad \x80 byte"}, {"rules/x.yaml", 0, 4, "column without a line"}};
  r.discrepancies = {{"odd-rule",
                      severity::info,
                      "values \x01 differ\n\"quoted\"",
                      {{"field", "caf\xC3\xA9"}},
                      {testing::side("news/two words.md", 0, {3, 9}, {3, 2}, "Backwards \xC3 span.", "k", "v1"),
                       testing::side("/srv/feeds/a:b.md", 0, {1, 1}, {2, 1}, "Across lines.", "k", "v2"),
                       testing::side("<stdin>", 0, {0, 0}, {0, 0}, "Nowhere.", "k", "v3")}}};
  return r;
}

struct named_report {
  std::string name;
  report data;
};

/// Every report the checks below write: hand-built, the golden corpora, and a run with facts.
std::vector<named_report> reports_to_check() {
  std::vector<named_report> reports = {
      {"varied", testing::varied_report()},
      {"sample", testing::sample_report()},
      {"empty", report{}},
      {"awkward", awkward_report()},
  };
  for (fs::directory_entry const& e : fs::directory_iterator(fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/golden")) {
    if (e.path().extension() != ".json") continue;
    reports.push_back({"golden-" + e.path().stem().string(),
                       report_from_json(testing::read_source_file("tests/golden/" + e.path().filename().string()))});
  }
  testing::binary_result const run = testing::run_claimcheck(
      "check examples/nakatani-seoul --facts examples/facts/south-korea-defence.yaml --format json --fail-on never 2>/dev/null");
  INFO(run.out);
  REQUIRE(run.status == 0);
  reports.push_back({"facts-run", report_from_json(run.out)});
  std::sort(reports.begin(), reports.end(), [](named_report const& a, named_report const& b) { return a.name < b.name; });
  return reports;
}

void write_text(fs::path const& path, std::string const& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string shell_quoted(fs::path const& path) { return "'" + path.string() + "'"; }

}  // namespace

TEST_CASE("e2e: SARIF reports validate against the SARIF 2.1.0 JSON schema", "[e2e][sarif]") {
  shell_result const fetched = run_shell("bash scripts/fetch-sarif-schema.sh");
  if (fetched.status != 0) {
    FAIL("no SARIF schema: run `bash scripts/fetch-sarif-schema.sh` (the first run needs npm: "
         "apt-get install npm); it said:\n"
         << fetched.out);
  }
  std::string schema = fetched.out.substr(0, fetched.out.find_last_not_of('\n') + 1);
  schema = schema.substr(schema.find_last_of('\n') + 1);  // the path is the last line printed

  scratch_dir dir;
  std::vector<named_report> const reports = reports_to_check();
  bool saw_fact_sheet = false;
  std::string files;
  for (named_report const& r : reports) {
    report sorted = r.data;
    sort_report(sorted);
    std::ostringstream out;
    write_sarif_report(sorted, testing::varied_context(), out);
    fs::path const file = dir.path() / (r.name + ".sarif");
    write_text(file, out.str());
    files += ' ' + shell_quoted(file);
    for (discrepancy const& d : sorted.discrepancies) saw_fact_sheet = saw_fact_sheet || d.fact_sheet.has_value();
  }
  // The real run with a fact sheet must bring a fact sheet's note through, or it tests nothing new.
  CHECK(saw_fact_sheet);

  shell_result const validated = run_shell("bash scripts/validate-sarif.sh " + shell_quoted(schema) + files);
  INFO(validated.out);
  if (validated.status == 3) {
    FAIL("python3 has no jsonschema module; install it with: apt-get install python3-jsonschema\n" << validated.out);
  }
  CHECK(validated.status == 0);
  CHECK(validated.out.find(": valid") != std::string::npos);

  // A control: the same check must reject a broken log, or a pass above would mean nothing.
  nlohmann::json broken = nlohmann::json::parse(std::ifstream(dir.path() / "varied.sarif"));
  broken["runs"][0]["results"][0]["level"] = "fatal";
  broken["runs"][0]["results"][0].erase("message");
  write_text(dir.path() / "broken.sarif", broken.dump(2));
  shell_result const rejected = run_shell("bash scripts/validate-sarif.sh " + shell_quoted(schema) + ' ' +
                                          shell_quoted(dir.path() / "broken.sarif"));
  INFO(rejected.out);
  CHECK(rejected.status == 1);
  CHECK(rejected.out.find("runs/0/results/0/level") != std::string::npos);
}

TEST_CASE("e2e: JUnit reports are well-formed XML", "[e2e][junit]") {
  scratch_dir dir;
  std::string files;
  for (named_report const& r : reports_to_check()) {
    report sorted = r.data;
    sort_report(sorted);
    std::ostringstream out;
    write_junit_report(sorted, out);
    fs::path const file = dir.path() / (r.name + ".xml");
    write_text(file, out.str());
    files += ' ' + shell_quoted(file);
  }
  // Python's standard XML parser: strict about well-formedness and character ranges.
  shell_result const parsed = run_shell(
      "python3 -c 'import sys, xml.etree.ElementTree as tree\n"
      "for path in sys.argv[1:]:\n"
      "    root = tree.parse(path).getroot()\n"
      "    assert root.tag == \"testsuites\", path\n"
      "print(\"parsed\", len(sys.argv) - 1)'" + files);
  INFO(parsed.out);
  CHECK(parsed.status == 0);
}
