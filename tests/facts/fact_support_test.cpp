// Fact support notes on conflicts between sources: written only when the sheet confirms one
// side and contradicts another, never on a guess. People are invented.
#include "fact_fixture.hpp"
#include "facts/fact_support.hpp"
#include "tests/rules/rule_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const sheet_yaml = two_terms_sheet;

field_value const defence = office("minister:defence", "defence minister");
field_value const korea = country("KR", "South Korea");

stated holder(std::string source, std::string who, std::optional<calendar_date> time = calendar_date{2031, 9, 8}) {
  stated s{std::move(source), "Defence Minister " + who + " spoke.", claim_kind::office_holder, {}, time};
  s.fields.emplace_back(field_id::person, person(who));
  s.fields.emplace_back(field_id::office, defence);
  s.fields.emplace_back(field_id::jurisdiction, korea);
  return s;
}

/// A conflict over the claims of `corpus`, one side per claim, as a slot rule reports it.
discrepancy conflict_over(built_corpus const& corpus) {
  discrepancy d;
  d.rule = "office-holder-single-value";
  d.key = {{"office", "defence minister"}, {"jurisdiction", "South Korea"}};
  for (claim const& c : corpus.claims) {
    source_file const& file = corpus.store[c.source];
    discrepancy_side s;
    s.source = std::string(file.path());
    s.offset = c.span.begin;
    s.start = file.locate(c.span.begin);
    s.end = file.locate(c.span.end);
    s.kind = std::string(to_string(c.kind));
    s.value = display(c.find(field_id::person)->value);
    d.sides.push_back(std::move(s));
  }
  return d;
}

std::optional<fact_note> note_for(std::vector<stated> const& rows, std::string const& yaml = sheet_yaml) {
  std::unique_ptr<built_corpus> corpus = build(rows);
  fact_sheets const sheets = clean_sheet(yaml);
  std::vector<discrepancy> found{conflict_over(*corpus)};
  note_fact_support(found, corpus->claims, corpus->store, sheets);
  return found[0].fact_sheet;
}

std::string shown(std::optional<fact_note> const& note) {
  return note ? fmt::format("{} ({}:{}:{})", note->value, note->path, note->at.line, note->at.column) : "-";
}

}  // namespace

TEST_CASE("fact support: which side of a conflict the sheet backs", "[facts][support]") {
  struct support_case {
    std::vector<stated> rows;
    std::string note;
  };
  support_case const c = GENERATE(values<support_case>({
      {{holder("a.md", "Mara Velden"), holder("b.md", "Tomas Orlov")}, "Mara Velden (facts.yaml:8:5)"},
      {{holder("a.md", "Velden"), holder("b.md", "Tomas Orlov")}, "Mara Velden (facts.yaml:8:5)"},
      {{holder("a.md", "Mara Velden", calendar_date{2029, 1, 10}), holder("b.md", "Tomas Orlov", calendar_date{2029, 1, 11})},
       "Tomas Orlov (facts.yaml:2:5)"},
      // Both sides contradicted, or neither met by a fact: the sheet decides nothing.
      {{holder("a.md", "Kim Doyun"), holder("b.md", "Tomas Orlov")}, "-"},
      {{holder("a.md", "Mara Velden", calendar_date{2030, 6, 1}), holder("b.md", "Tomas Orlov", calendar_date{2030, 6, 1})},
       "-"},
      // Only one side met: confirmed but nothing contradicted, or contradicted but nothing confirmed.
      {{holder("a.md", "Mara Velden"), holder("b.md", "Tomas Orlov", calendar_date{2030, 6, 1})}, "-"},
      {{holder("a.md", "Tomas Orlov"), holder("b.md", "Kim Doyun", calendar_date{2030, 6, 1})}, "-"},
      // An undated side is no evidence either way.
      {{holder("a.md", "Mara Velden", std::nullopt), holder("b.md", "Tomas Orlov")}, "-"},
  }));
  CHECK(shown(note_for(c.rows)) == c.note);
}

TEST_CASE("fact support: undated claims count for nothing, even against a single holder", "[facts][support]") {
  std::string const one_term = R"(facts:
  - claims: office-holder
    office: defence minister
    jurisdiction: South Korea
    person: Mara Velden
    from: 2031-07-25
)";
  CHECK(shown(note_for({holder("a.md", "Mara Velden", std::nullopt), holder("b.md", "Tomas Orlov", std::nullopt)},
                       one_term)) == "-");
}

TEST_CASE("fact support: findings that already quote a sheet, and runs without facts", "[facts][support]") {
  std::unique_ptr<built_corpus> corpus = build({holder("a.md", "Mara Velden"), holder("b.md", "Tomas Orlov")});
  std::vector<discrepancy> found{conflict_over(*corpus)};
  found[0].sides[0].kind = "fact-sheet";
  note_fact_support(found, corpus->claims, corpus->store, clean_sheet(sheet_yaml));
  CHECK(!found[0].fact_sheet);

  std::vector<discrepancy> plain{conflict_over(*corpus)};
  note_fact_support(plain, corpus->claims, corpus->store, fact_sheets{});
  CHECK(!plain[0].fact_sheet);
}

TEST_CASE("fact support: a side is traced to its claim by place and value", "[facts][support]") {
  std::unique_ptr<built_corpus> corpus = build({holder("a.md", "Mara Velden"), holder("b.md", "Tomas Orlov")});
  fact_sheets const sheets = clean_sheet(sheet_yaml);
  SECTION("a side whose value no claim there gives is no evidence") {
    std::vector<discrepancy> found{conflict_over(*corpus)};
    found[0].sides[0].value = "Someone Else";
    note_fact_support(found, corpus->claims, corpus->store, sheets);
    CHECK(!found[0].fact_sheet);
  }
  SECTION("a field in the discrepancy's key is never the disputed one") {
    std::vector<discrepancy> found{conflict_over(*corpus)};
    found[0].key.emplace_back("person", "Mara Velden");
    note_fact_support(found, corpus->claims, corpus->store, sheets);
    CHECK(!found[0].fact_sheet);
  }
}
