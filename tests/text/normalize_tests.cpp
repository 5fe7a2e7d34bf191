#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.hpp"

using namespace claimcheck;

namespace {

normalized_text normalize(std::string_view text) {
  normalized_text out;
  normalize_sentence(text, 0, static_cast<std::uint32_t>(text.size()), out);
  return out;
}

}  // namespace

TEST_CASE("normalize: cleaned text", "[text][normalize]") {
  struct normalize_case {
    char const* name;
    std::string_view input;
    std::string_view expected;
  };
  std::vector<normalize_case> const cases = {
      {"plain text unchanged", "The envoy met the mayor.", "The envoy met the mayor."},
      {"whitespace runs collapse", "The  envoy\t\tmet\n  the\r\nmayor.", "The envoy met the mayor."},
      {"ends trimmed", " \n\t The envoy. \n ", "The envoy."},
      {"no-break and thin spaces", "10\u00A0000 troops\u2009and\u202Fmore", "10 000 troops and more"},
      {"curly apostrophes", "the minister\u2019s \u2018plan\u2019 and \u02BCokina", "the minister's 'plan' and 'okina"},
      {"curly double quotes and guillemets", "\u201CYes,\u201D she said, \u00ABno\u00BB", "\"Yes,\" she said, \"no\""},
      {"en dash and minus", "2020\u20132024 and \u22123 degrees", "2020-2024 and -3 degrees"},
      {"em dash is spaced", "talks\u2014the first\u2014ended", "talks - the first - ended"},
      {"em dash between spaces", "talks \u2014 ended", "talks - ended"},
      {"typewriter dash", "talks--the first--ended", "talks - the first - ended"},
      {"longer hyphen runs stay", "a --- b", "a --- b"},
      {"soft hyphen removed", "minis\u00ADter", "minister"},
      {"zero-width space removed", "mini\u200Bster", "minister"},
      {"ellipsis spelled out", "Wait\u2026", "Wait..."},
      {"bold label", "**Q:** Did you meet?", "Q: Did you meet?"},
      {"underscore emphasis", "It was _very_ late, *truly*.", "It was very late, truly."},
      {"emphasis before punctuation", "*Note*: the vote moved.", "Note: the vote moved."},
      {"underscore inside a word stays", "file_name and snake_case", "file_name and snake_case"},
      {"lone star between spaces stays", "5 * 3", "5 * 3"},
      {"backticks removed", "the `treaty` text", "the treaty text"},
      {"escaped markdown", "a \\*literal\\* star", "a *literal* star"},
      {"link keeps its text", "[The envoy](https://example.com/a_b) met her.", "The envoy met her."},
      {"image keeps its text", "![A photo](pic.png) shows it", "A photo shows it"},
      {"escaped bracket closing a link", "[a \\](x) b", "a ] b"},
      {"brackets that are no link stay", "the [acting] minister (interim)", "the [acting] minister (interim)"},
      {"hyphenated word across a line", "Jae-\nmyung met", "Jae-myung met"},
      {"hyphenated word across CRLF", "Jae-\r\n   myung met", "Jae-myung met"},
      {"soft hyphen at a line end joins", "minis\u00AD\nter", "minister"},
      {"dash before a line break keeps the space", "News -\nLeaders met", "News - Leaders met"},
      {"hyphen then blank line keeps the space", "Jae-\n\nmyung", "Jae- myung"},
      {"dash opening a wrapped line", "(Example News)\n- Leaders met", "(Example News) - Leaders met"},
      {"block-quote markers of wrapped lines", "We will not\n> > back down", "We will not back down"},
      {"greater-than inside a line stays", "x > 5", "x > 5"},
      {"non-ASCII letters kept", "Þór Ásgeirsson in São Paulo", "Þór Ásgeirsson in São Paulo"},
      {"invalid bytes kept", "a\xFF" "b", "a\xFF" "b"},
      {"only whitespace", " \u00A0\n ", ""},
      {"empty", "", ""},
  };
  for (normalize_case const& c : cases) {
    INFO(c.name);
    normalized_text const out = normalize(c.input);
    CHECK(out.text == c.expected);
    REQUIRE(out.origin.size() == out.text.size() + 1);
    CHECK(out.origin.back() == c.input.size());
    // Copied ASCII letters and digits point at themselves in the source.
    for (std::size_t i = 0; i < out.text.size(); ++i) {
      char const ch = out.text[i];
      bool const alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      if (alnum) CHECK(c.input[out.origin[i]] == ch);
      if (i > 0) CHECK(out.origin[i - 1] <= out.origin[i]);
    }
  }
}

TEST_CASE("normalize: origin mapping", "[text][normalize]") {
  using offsets = std::vector<std::uint32_t>;

  SECTION("collapsed whitespace maps to the first byte of the run") {
    normalized_text const out = normalize("a \n\tb");
    CHECK(out.text == "a b");
    CHECK(out.origin == offsets{0, 1, 4, 5});
  }
  SECTION("multi-byte replacements map to the character's first byte") {
    normalized_text const out = normalize("\u2018x\u2019");  // 3 + 1 + 3 bytes
    CHECK(out.text == "'x'");
    CHECK(out.origin == offsets{0, 3, 4, 7});
  }
  SECTION("spaces inserted around an em dash map to the dash") {
    normalized_text const out = normalize("a\u2014b");
    CHECK(out.text == "a - b");
    CHECK(out.origin == offsets{0, 1, 1, 1, 4, 5});
  }
  SECTION("a real space before an em dash keeps its own offset") {
    normalized_text const out = normalize("a \u2014b");
    CHECK(out.text == "a - b");
    CHECK(out.origin == offsets{0, 1, 2, 2, 5, 6});
  }
  SECTION("hyphen joining a wrapped word") {
    normalized_text const out = normalize("Jae-\nmyung");
    CHECK(out.text == "Jae-myung");
    CHECK(out.origin[3] == 3);
    CHECK(out.origin[4] == 5);
  }
  SECTION("removed markup leaves no trace") {
    normalized_text const out = normalize("**Q:** Yes");
    CHECK(out.text == "Q: Yes");
    CHECK(out.origin == offsets{2, 3, 6, 7, 8, 9, 10});
  }
  SECTION("ellipsis bytes map one to one") {
    normalized_text const out = normalize("x\u2026");
    CHECK(out.origin == offsets{0, 1, 2, 3, 4});
  }
  SECTION("offsets are absolute when the sentence sits inside a larger text") {
    std::string_view const text = "First. Second\u00A0one. Third.";
    normalized_text out;
    normalize_sentence(text, 7, 19, out);
    CHECK(out.text == "Second one.");
    CHECK(out.origin.front() == 7);
    CHECK(out.origin[6] == 13);  // the space stands for the two bytes of the no-break space
    CHECK(out.origin[7] == 15);
    CHECK(out.origin.back() == 19);
  }
  SECTION("the output is replaced, not appended to") {
    normalized_text out;
    normalize_sentence("a long first sentence", 0, 21, out);
    normalize_sentence("short", 0, 5, out);
    CHECK(out.text == "short");
    CHECK(out.origin == offsets{0, 1, 2, 3, 4, 5});
  }
  SECTION("out-of-range bounds are clamped") {
    normalized_text out;
    normalize_sentence("abc", 2, 99, out);
    CHECK(out.text == "c");
    CHECK(out.origin == offsets{2, 3});
  }
}

TEST_CASE("normalize: whitespace classes", "[text][normalize]") {
  CHECK(space_length_at(" x", 0) == 1);
  CHECK(space_length_at("\u00A0x", 0) == 2);
  CHECK(space_length_at("\u2009x", 0) == 3);
  CHECK(space_length_at("\u3000", 0) == 3);
  CHECK(space_length_at("x ", 0) == 0);
  CHECK(space_length_at("\u2019", 0) == 0);
  CHECK(space_length_at("x", 5) == 0);
}

TEST_CASE("normalize: linear on long and hostile input", "[text][normalize][slow]") {
  std::vector<std::string> inputs;
  for (std::string_view piece : {"[", "[a](", "*", "_ ", "-\n", "\u2014", "\\", " \n> "}) {
    std::string s;
    while (s.size() < (1u << 20)) s.append(piece);
    inputs.push_back(std::move(s));
  }
  normalized_text out;
  for (std::string const& input : inputs) {
    normalize_sentence(input, 0, static_cast<std::uint32_t>(input.size()), out);
    REQUIRE(out.origin.size() == out.text.size() + 1);
  }
}
