#include <catch2/catch.hpp>

#include <string>

#include "text/document.hpp"
#include "text/sentence_splitter.hpp"

using namespace claimcheck;

namespace {

struct loaded {
  document doc;
  diagnostics errors;
  std::string text;
};

loaded load(std::string text) {
  source_store store;
  source_id const id = store.add("story.md", text);
  loaded result;
  result.doc = load_document(store, id, result.errors);
  result.text = std::move(text);
  return result;
}

std::string body(loaded const& l) { return l.text.substr(l.doc.body_begin); }

}  // namespace

TEST_CASE("document: good front matter", "[text][document]") {
  loaded const l = load(
      "---\n"
      "title: Envoy visits the capital\n"
      "date: 2026-11-16\n"
      "outlet: Example News\n"
      "author: Ona Vale\n"
      "tags: [talks, trade]\n"
      "---\n"
      "The envoy arrived on Monday.\n");
  CHECK(l.errors.empty());
  CHECK(l.doc.source == 0);
  CHECK(body(l) == "The envoy arrived on Monday.\n");
  REQUIRE(l.doc.meta.date);
  CHECK(l.doc.meta.date->iso() == "2026-11-16");
  CHECK(l.doc.meta.title == "Envoy visits the capital");
  CHECK(l.doc.meta.outlet == "Example News");
  using pairs = std::vector<std::pair<std::string, std::string>>;
  CHECK(l.doc.meta.extra == pairs{{"author", "Ona Vale"}});
}

TEST_CASE("document: date forms", "[text][document]") {
  struct date_case {
    char const* value;
    char const* iso;  // empty when the date is rejected
  };
  std::vector<date_case> const cases = {
      {"2026-11-16", "2026-11-16"},
      {"\"2026-02-28\"", "2026-02-28"},
      {"2026-11-16T09:30:00+09:00", "2026-11-16"},
      {"2026-11-16 09:30", "2026-11-16"},
      {"2024-02-29", "2024-02-29"},
      {"2026-02-29", ""},
      {"2026-13-01", ""},
      {"2026-11-31", ""},
      {"16/11/2026", ""},
      {"November 16, 2026", ""},
      {"2026-11", ""},
      {"2026-11-16x", ""},
  };
  for (date_case const& c : cases) {
    INFO(c.value);
    loaded const l = load(std::string("---\ndate: ") + c.value + "\n---\nBody.\n");
    if (*c.iso) {
      CHECK(l.errors.empty());
      REQUIRE(l.doc.meta.date);
      CHECK(l.doc.meta.date->iso() == c.iso);
    } else {
      CHECK_FALSE(l.doc.meta.date);
      REQUIRE(l.errors.items().size() == 1);
      diagnostic const& d = l.errors.items()[0];
      CHECK(d.path == "story.md");
      CHECK(d.line == 2);
      CHECK(d.column == 7);
      CHECK_THAT(d.message, Catch::Contains("is not a date in the form YYYY-MM-DD"));
    }
    CHECK(body(l) == "Body.\n");
  }
}

TEST_CASE("document: no front matter", "[text][document]") {
  for (std::string text : {"Plain prose. Nothing else.\n", "", "--- not a marker\ntitle: x\n---\n",
                           "Text\n---\ntitle: x\n---\n"}) {
    INFO(text);
    loaded const l = load(text);
    CHECK(l.errors.empty());
    CHECK(l.doc.body_begin == 0);
    CHECK_FALSE(l.doc.meta.date);
    CHECK(l.doc.meta.title.empty());
    CHECK(l.doc.meta.extra.empty());
  }
}

TEST_CASE("document: front matter problems", "[text][document]") {
  SECTION("never closed") {
    loaded const l = load("---\ntitle: Talks\nThe envoy arrived.\n");
    CHECK(l.doc.body_begin == 0);
    CHECK(l.doc.meta.title.empty());
    REQUIRE(l.errors.items().size() == 1);
    CHECK(l.errors.items()[0] == diagnostic{"story.md", 1, 1,
                                            "front matter opened by '---' on line 1 is never closed "
                                            "(expected a line '---' after it)"});
  }
  SECTION("not YAML") {
    loaded const l = load("---\ntitle: Talks\nbad: [unclosed\n---\nThe envoy arrived.\n");
    CHECK(body(l) == "The envoy arrived.\n");
    REQUIRE(l.errors.items().size() == 1);
    diagnostic const& d = l.errors.items()[0];
    CHECK(d.line >= 3);
    CHECK(d.line <= 4);
    CHECK_THAT(d.message, Catch::StartsWith("front matter is not valid YAML: "));
  }
  SECTION("not a mapping") {
    loaded const l = load("---\n- one\n- two\n---\nBody.\n");
    CHECK(body(l) == "Body.\n");
    REQUIRE(l.errors.items().size() == 1);
    CHECK(l.errors.items()[0] == diagnostic{"story.md", 2, 1, "front matter is not a mapping of keys to values"});
  }
  SECTION("prose between rules is not a mapping") {
    loaded const l = load("---\nJust a line of prose\n---\nBody.\n");
    CHECK(body(l) == "Body.\n");
    REQUIRE(l.errors.items().size() == 1);
    CHECK(l.errors.items()[0].line == 2);
  }
  SECTION("title that is not text") {
    loaded const l = load("---\ndate: 2026-11-16\ntitle:\n  - a\n  - b\n---\nBody.\n");
    REQUIRE(l.errors.items().size() == 1);
    CHECK(l.errors.items()[0].message == "front matter 'title' must be text");
    CHECK(l.errors.items()[0].line == 4);
    REQUIRE(l.doc.meta.date);  // the rest is still read
  }
  SECTION("column counts characters after non-ASCII text") {
    loaded const l = load("---\ntitle: Þór\nplace: Ísafjörður\ndate: Ísafjörður\n---\nBody.\n");
    REQUIRE(l.errors.items().size() == 1);
    CHECK(l.errors.items()[0].line == 4);
    CHECK(l.errors.items()[0].column == 7);
    using pairs = std::vector<std::pair<std::string, std::string>>;
    CHECK(l.doc.meta.extra == pairs{{"place", "Ísafjörður"}});
  }
}

TEST_CASE("document: line-end and marker variants", "[text][document]") {
  SECTION("CRLF line ends") {
    loaded const l = load("---\r\ntitle: Talks\r\ndate: 2026-11-16\r\n---\r\nBody.\r\n");
    CHECK(l.errors.empty());
    CHECK(l.doc.meta.title == "Talks");
    REQUIRE(l.doc.meta.date);
    CHECK(l.doc.meta.date->iso() == "2026-11-16");
    CHECK(body(l) == "Body.\r\n");
  }
  SECTION("CRLF with a bad date reports the right line") {
    loaded const l = load("---\r\ntitle: Talks\r\ndate: soon\r\n---\r\nBody.\r\n");
    REQUIRE(l.errors.items().size() == 1);
    CHECK(l.errors.items()[0].line == 3);
    CHECK(l.errors.items()[0].column == 7);
  }
  SECTION("closed by three dots, trailing blanks allowed") {
    loaded const l = load("---  \ntitle: Talks\n...\t\nBody.");
    CHECK(l.errors.empty());
    CHECK(l.doc.meta.title == "Talks");
    CHECK(body(l) == "Body.");
  }
  SECTION("empty block") {
    loaded const l = load("---\n---\nBody.");
    CHECK(l.errors.empty());
    CHECK(body(l) == "Body.");
  }
  SECTION("block closing at the end of the file") {
    loaded const l = load("---\noutlet: Example News\n---");
    CHECK(l.errors.empty());
    CHECK(l.doc.meta.outlet == "Example News");
    CHECK(l.doc.body_begin == l.text.size());
  }
  SECTION("byte order mark before the block") {
    loaded const l = load("\xEF\xBB\xBF---\ntitle: Talks\n---\nBody.");
    CHECK(l.errors.empty());
    CHECK(l.doc.meta.title == "Talks");
    CHECK(body(l) == "Body.");
  }
}

TEST_CASE("document: the body is what the sentence splitter reads", "[text][document]") {
  loaded const l = load(
      "---\n"
      "title: Envoy visits\n"
      "---\n"
      "# Envoy visits the capital\n"
      "\n"
      "RIGA, Nov. 16 (Example News) - The envoy met the\n"
      "mayor on Monday. They spoke for an hour.\n");
  phrase_table abbreviations;
  abbreviations.add("Nov.", 0);
  std::vector<sentence_span> spans;
  split_sentences(l.text, l.doc.body_begin, abbreviations, spans);
  std::vector<std::string> sentences;
  for (sentence_span const& s : spans) sentences.push_back(l.text.substr(s.begin, s.end - s.begin));
  CHECK(sentences == std::vector<std::string>{"Envoy visits the capital",
                                              "RIGA, Nov. 16 (Example News) - The envoy met the\nmayor on Monday.",
                                              "They spoke for an hour."});
  REQUIRE(spans.size() == 3);
  CHECK(spans[0].heading);
  CHECK_FALSE(spans[1].heading);
}
