// Sources manifests: publication dates and outlets kept beside the articles.
#include <catch2/catch.hpp>

#include "pipeline/source_manifest.hpp"

using namespace claimcheck;

namespace {

std::vector<std::string> messages(diagnostics const& errors) {
  std::vector<std::string> out;
  for (diagnostic const& d : errors.items())
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  return out;
}

}  // namespace

TEST_CASE("manifest: entries give dates, outlets and titles to the articles they name", "[manifest]") {
  source_manifest manifest;
  diagnostics errors;
  load_source_manifest_yaml("desk/sources.yaml",
                            "sources:\n"
                            "  - path: a-wire.txt\n"
                            "    date: 2031-03-05\n"
                            "    outlet: Harbour Wire\n"
                            "  - {path: sub/b.md, title: Talks in Tarrow}\n",
                            manifest, errors);
  CHECK(errors.empty());
  REQUIRE(manifest.size() == 2);

  document a;
  apply_manifest(manifest, "desk/./a-wire.txt", a);
  REQUIRE(a.meta.date);
  CHECK(a.meta.date->iso() == "2031-03-05");
  CHECK(a.meta.outlet == "Harbour Wire");

  // Front matter wins: what the file says of itself is kept.
  document b;
  b.meta.title = "Own title";
  apply_manifest(manifest, "desk/sub/b.md", b);
  CHECK(b.meta.title == "Own title");
  CHECK(!b.meta.date);

  document other;
  apply_manifest(manifest, "desk/c.md", other);
  CHECK(!other.meta.date);
  CHECK(manifest_entry(manifest, "elsewhere/a-wire.txt") == nullptr);
}

TEST_CASE("manifest: mistakes are located, and the good entries still load", "[manifest]") {
  struct row {
    std::string yaml;
    std::vector<std::string> expected;
    std::size_t entries;
  };
  auto const r = GENERATE(values<row>({
      {"sources:\n  - path: a.md\n    date: 5 March 2031\n  - path: b.md\n",
       {"3:11: 'date' must be YYYY-MM-DD, not '5 March 2031'"}, 1},
      {"sources:\n  - path: a.md\n    publisher: Wire\n", {"3:5: unknown key 'publisher' (expected one of: path, date, outlet, title)"}, 0},
      {"sources:\n  - date: 2031-03-05\n", {"2:5: a source entry needs 'path'"}, 0},
      {"sources:\n  - a.md\n", {"2:5: a source entry must be a map with 'path' and its metadata"}, 0},
      {"sources:\n  - path: a.md\n  - path: ./a.md\n", {"3:5: './a.md' is listed twice"}, 1},
      {"sources:\n  - path: [a.md]\n", {"2:11: 'path' must be a single value", "2:5: a source entry needs 'path'"}, 0},
      {"sources: [\n", {"2:1: invalid YAML: end of sequence flow not found"}, 0},
  }));
  CAPTURE(r.yaml);
  source_manifest manifest;
  diagnostics errors;
  load_source_manifest_yaml("sources.yaml", r.yaml, manifest, errors);
  CHECK(messages(errors) == r.expected);
  CHECK(manifest.size() == r.entries);
}
