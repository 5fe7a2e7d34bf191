// Inline suppression: which byte ranges of a source the claimcheck comments silence, for which
// rules; which discrepancies that drops; warnings for directives that do not do what they say;
// and comment lines staying out of the sentences claims are read from.
#include <catch2/catch.hpp>

#include <ostream>
#include <sstream>

#include "report/suppression.hpp"
#include "text/sentence_splitter.hpp"

namespace claimcheck {
// Lets Catch show a diagnostic that differs from the expected one.
[[maybe_unused]] static std::ostream& operator<<(std::ostream& out, diagnostic const& d) {
  return out << '{' << d.path << ':' << d.line << ':' << d.column << ": " << d.message << '}';
}
}  // namespace claimcheck

using namespace claimcheck;

namespace {

phrase_table test_abbreviations() {
  phrase_table table;
  for (std::string_view a : {"Gen.", "Mr.", "Dr."}) table.add(a, 0);
  return table;
}

phrase_table const& abbreviations() {
  static phrase_table const table = test_abbreviations();
  return table;
}

std::vector<std::string> const known_rules = {"office-holder-single-value", "event-date-agreement",
                                              "name-spelling-variants"};

struct scanned {
  source_suppressions suppressions;
  std::vector<diagnostic> warnings;
};

scanned scan(std::string const& text, std::uint32_t body_begin = 0) {
  source_file const file("news/a.md", text);
  diagnostics warnings;
  scanned out{scan_suppressions(file, body_begin, abbreviations(), known_rules, warnings), {}};
  out.warnings = warnings.items();
  return out;
}

/// Byte offset of `marker` in `text` (the tests mark claims with words that occur once).
std::uint32_t at(std::string const& text, std::string_view marker) {
  std::size_t const pos = text.find(marker);
  REQUIRE(pos != std::string::npos);
  return static_cast<std::uint32_t>(pos);
}

struct region_case {
  std::string name;
  std::string text;
  std::string marker;  // a word of the sentence that holds the claim
  std::string rule;
  bool suppressed;
};

}  // namespace

TEST_CASE("suppression: which claims the comments silence, for which rules", "[report][suppression]") {
  std::string const block =
      "Alpha met Beta.\n\n"
      "<!-- claimcheck-disable office-holder-single-value -->\n\n"
      "Gamma met Delta.\n\n"
      "<!-- claimcheck-enable -->\n\n"
      "Epsilon met Zeta.\n";
  std::string const all =
      "Alpha met Beta.\n\n"
      "<!-- claimcheck-disable -->\n"
      "Gamma met Delta.\n"
      "<!-- claimcheck-enable event-date-agreement -->\n"
      "Epsilon met Zeta.\n";
  std::string const listed =
      "<!-- claimcheck-disable office-holder-single-value, event-date-agreement -->\n"
      "Gamma met Delta. <!-- claimcheck-enable office-holder-single-value --> Epsilon met Zeta.\n"
      "<!-- claimcheck-enable -->\n"
      "Omega met Kappa.\n";
  std::string const spaced = "<!--claimcheck-disable   name-spelling-variants  event-date-agreement-->\nGamma met Delta.\n";
  std::string const next =
      "Alpha met Beta.\n"
      "<!-- claimcheck-disable-next-sentence office-holder-single-value -->\n"
      "Gamma met Dr. Delta in Rome. Epsilon met Zeta.\n\n"
      "Omega met Kappa.\n";
  std::string const next_all = "Alpha met Beta. <!-- claimcheck-disable-next-sentence --> Gamma met Delta. Epsilon met Zeta.\n";
  std::string const next_heading =
      "<!-- claimcheck-disable-next-sentence -->\n"
      "## Who met whom\n\n"
      "Gamma met Delta. Epsilon met Zeta.\n";
  std::string const unclosed_block = "Alpha met Beta.\n<!-- claimcheck-disable -->\nGamma met Delta.\n\nEpsilon met Zeta.\n";
  std::string const other_comments = "<!-- editor: check this -->\nGamma met Delta.\n<!-- claimcheck -->\nEpsilon met Zeta.\n";

  auto const c = GENERATE_COPY(values<region_case>({
      {"before a disable", block, "Alpha", "office-holder-single-value", false},
      {"inside disable RULE", block, "Gamma", "office-holder-single-value", true},
      {"inside disable RULE, another rule", block, "Gamma", "event-date-agreement", false},
      {"after the enable", block, "Epsilon", "office-holder-single-value", false},
      {"disable without a list: every rule", all, "Gamma", "name-spelling-variants", true},
      {"disable without a list, before it", all, "Alpha", "name-spelling-variants", false},
      {"enable RULE inside disable-all re-enables that rule", all, "Epsilon", "event-date-agreement", false},
      {"... and only that rule", all, "Epsilon", "office-holder-single-value", true},
      {"comma list, first rule", listed, "Gamma", "office-holder-single-value", true},
      {"comma list, second rule", listed, "Gamma", "event-date-agreement", true},
      {"enable RULE mid-paragraph ends that rule", listed, "Epsilon", "office-holder-single-value", false},
      {"... and keeps the other", listed, "Epsilon", "event-date-agreement", true},
      {"enable all ends the rest", listed, "Omega", "event-date-agreement", false},
      {"space list without spaces inside the comment", spaced, "Gamma", "event-date-agreement", true},
      {"space list, unlisted rule", spaced, "Gamma", "office-holder-single-value", false},
      {"next sentence (abbreviation inside)", next, "Delta", "office-holder-single-value", true},
      {"next sentence: the claim after the abbreviation", next, "Rome", "office-holder-single-value", true},
      {"next sentence, another rule", next, "Delta", "event-date-agreement", false},
      {"next sentence: not the sentence after it", next, "Epsilon", "office-holder-single-value", false},
      {"next sentence: not the sentence before it", next, "Alpha", "office-holder-single-value", false},
      {"next sentence: not the next paragraph", next, "Omega", "office-holder-single-value", false},
      {"inline next sentence without a list", next_all, "Gamma", "event-date-agreement", true},
      {"inline next sentence: only one", next_all, "Epsilon", "event-date-agreement", false},
      {"next sentence skips a heading", next_heading, "Gamma", "office-holder-single-value", true},
      {"next sentence after a heading: only one", next_heading, "Epsilon", "office-holder-single-value", false},
      {"a disable never enabled runs to the end", unclosed_block, "Epsilon", "event-date-agreement", true},
      {"other comments silence nothing", other_comments, "Gamma", "office-holder-single-value", false},
      {"a bare 'claimcheck' comment silences nothing", other_comments, "Epsilon", "office-holder-single-value",
       false},
  }));
  CAPTURE(c.name);
  scanned const s = scan(c.text);
  CHECK(s.suppressions.suppresses(c.rule, at(c.text, c.marker)) == c.suppressed);
}

TEST_CASE("suppression: regions are the text between the comments", "[report][suppression]") {
  std::string const text = "A.\n<!-- claimcheck-disable event-date-agreement -->\nB.\n<!-- claimcheck-enable -->\nC.\n";
  scanned const s = scan(text);
  std::uint32_t const begin = at(text, "\nB.");
  std::uint32_t const end = at(text, "<!-- claimcheck-enable");
  REQUIRE(s.suppressions.regions.size() == 1);
  CHECK(s.suppressions.regions.front() == suppressed_region{begin, end, false, {"event-date-agreement"}});
  CHECK(s.suppressions.path == "news/a.md");
  CHECK(s.warnings.empty());
}

TEST_CASE("suppression: comments in the front matter are not read", "[report][suppression]") {
  std::string const text = "---\ntitle: \"<!-- claimcheck-disable -->\"\n---\nGamma met Delta.\n";
  scanned const s = scan(text, at(text, "Gamma"));
  CHECK(s.suppressions.regions.empty());
  CHECK_FALSE(s.suppressions.suppresses("event-date-agreement", at(text, "Gamma")));
}

struct warning_case {
  std::string text;
  diagnostic expected;
};

TEST_CASE("suppression: misspelt directives and unknown rules are warnings at their place", "[report][suppression]") {
  auto const c = GENERATE(values<warning_case>({
      {"Alpha.\n<!-- claimcheck-disabel office-holder-single-value -->\n",
       {"news/a.md", 2, 6,
        "unknown claimcheck directive 'claimcheck-disabel' (did you mean 'claimcheck-disable'?); the comment is "
        "ignored"}},
      {"<!-- claimcheck-disable-next-line -->\nAlpha.\n",
       {"news/a.md", 1, 6,
        "unknown claimcheck directive 'claimcheck-disable-next-line' (did you mean "
        "'claimcheck-disable-next-sentence'?); the comment is ignored"}},
      {"<!-- ClaimCheck-Enable -->\n",
       {"news/a.md", 1, 6,
        "unknown claimcheck directive 'ClaimCheck-Enable' (did you mean 'claimcheck-enable'?); the comment is "
        "ignored"}},
      {"<!-- claimcheck-disable office-holder-single-valeu -->\n",
       {"news/a.md", 1, 25,
        "unknown rule 'office-holder-single-valeu' in claimcheck-disable (did you mean "
        "'office-holder-single-value'?)"}},
      {"<!-- claimcheck-enable, no-such-rule -->\n", {"news/a.md", 1, 25, "unknown rule 'no-such-rule' in claimcheck-enable"}},
      {"Alpha met Beta.\n<!-- claimcheck-disable-next-sentence -->\n",
       {"news/a.md", 2, 6, "claimcheck-disable-next-sentence has no sentence after it"}},
      {"Alpha.\n\n<!-- claimcheck-disable\nBeta.\n",
       {"news/a.md", 3, 6, "'claimcheck-disable' comment is never closed (expected '-->')"}},
  }));
  CAPTURE(c.text);
  scanned const s = scan(c.text);
  REQUIRE(s.warnings.size() == 1);
  CHECK(s.warnings.front() == c.expected);
}

TEST_CASE("suppression: well-formed directives and other comments warn of nothing", "[report][suppression]") {
  for (std::string const text :
       {"<!-- claimcheck-disable -->\nA.\n<!-- claimcheck-enable -->\n", "<!-- a note for the editor -->\nA.\n",
        "<!-- claimcheck-disable-next-sentence name-spelling-variants -->\nA met B.\n", "No comments at all.\n",
        "<!-- -->\n<!--\nunclosed note\n"}) {
    CAPTURE(text);
    CHECK(scan(text).warnings.empty());
  }
}

TEST_CASE("suppression: a discrepancy is dropped when any side is silenced in its own source",
          "[report][suppression]") {
  std::string const a = "Alpha met Beta.\n<!-- claimcheck-disable-next-sentence office-holder-single-value -->\nGamma met Delta.\n";
  std::string const b = "Epsilon met Zeta.\n";
  source_file const file_a("news/a.md", a);
  source_file const file_b("news/b.md", b);
  diagnostics warnings;
  suppression_set set;
  set.add(scan_suppressions(file_a, 0, abbreviations(), known_rules, warnings));
  set.add(scan_suppressions(file_b, 0, abbreviations(), known_rules, warnings));
  CHECK(warnings.empty());

  auto const side = [](std::string source, std::uint32_t offset) {
    discrepancy_side s;
    s.source = std::move(source);
    s.offset = offset;
    return s;
  };
  std::vector<discrepancy> found = {
      // silenced side first, second, and in the other order of sources
      {"office-holder-single-value", severity::error, "1", {}, {side("news/a.md", at(a, "Gamma")), side("news/b.md", 0)}, {}},
      {"office-holder-single-value", severity::error, "2", {}, {side("news/b.md", 0), side("news/a.md", at(a, "Delta"))}, {}},
      // the unsilenced sentence of the same source
      {"office-holder-single-value", severity::error, "3", {}, {side("news/a.md", at(a, "Alpha")), side("news/b.md", 0)}, {}},
      // another rule
      {"event-date-agreement", severity::warning, "4", {}, {side("news/a.md", at(a, "Gamma")), side("news/b.md", 0)}, {}},
      // a path with no comments, and a fact sheet's side at the same offset
      {"office-holder-single-value", severity::error, "5", {}, {side("facts/sheet.yaml", at(a, "Gamma"))}, {}},
  };
  CHECK(drop_suppressed(found, set) == 2);
  std::vector<std::string> left;
  for (discrepancy const& d : found) left.push_back(d.message);
  CHECK(left == std::vector<std::string>{"3", "4", "5"});
}

TEST_CASE("suppression: warnings print like the text report's errors", "[report][suppression]") {
  std::ostringstream out;
  std::vector<diagnostic> const warnings = {{"news/a.md", 4, 2, "unknown rule 'x' in claimcheck-enable"},
                                            {"news/b.md", 0, 0, "no place"},
                                            {"", 0, 0, "no file"}};
  write_warnings(warnings, out);
  CHECK(out.str() ==
        "news/a.md:4:2: warning: unknown rule 'x' in claimcheck-enable\n"
        "news/b.md: warning: no place\n"
        "warning: no file\n");
}

TEST_CASE("sentences: a comment line is no sentence and ends the paragraph", "[report][suppression][sentences]") {
  auto const split = [](std::string_view text) {
    std::vector<sentence_span> spans;
    split_sentences(text, 0, abbreviations(), spans);
    std::vector<std::string> out;
    for (sentence_span const& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
  };
  CHECK(split("<!-- claimcheck-disable-next-sentence office-holder-single-value -->\nGamma met Delta.\n") ==
        std::vector<std::string>{"Gamma met Delta."});
  CHECK(split("Alpha met\n  <!-- claimcheck-disable -->  \nGamma met Delta.\n") ==
        std::vector<std::string>{"Alpha met", "Gamma met Delta."});
  CHECK(split("Gamma met Delta.\n<!-- claimcheck-enable -->\n") == std::vector<std::string>{"Gamma met Delta."});
  // Not a comment line: text after the comment stays prose.
  CHECK(split("<!-- note --> Gamma met Delta.\n") == std::vector<std::string>{"<!-- note --> Gamma met Delta."});
  CHECK(split("<!-- a --> Gamma met Delta <!-- b -->\n") ==
        std::vector<std::string>{"<!-- a --> Gamma met Delta <!-- b -->"});
}
