// Fact sheets from YAML: what good entries become, and every kind of bad entry reported at its
// line and column and skipped while the rest of the sheet still loads. People are invented.
#include "fact_fixture.hpp"

#include "facts/fact_values.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string field_key(fact const& f, field_id id) {
  fact_field const* field = f.find(id);
  return field == nullptr ? std::string("-") : comparison_key(field->value);
}

std::string field_shown(fact const& f, field_id id) {
  fact_field const* field = f.find(id);
  return field == nullptr ? std::string("-") : display(field->value);
}

std::string iso_or_open(std::optional<calendar_date> const& d) { return d ? d->iso() : std::string("open"); }

}  // namespace

TEST_CASE("fact sheet: good entries of every kind a sheet can state", "[facts][loader]") {
  fact_sheets const sheets = clean_sheet(R"(facts:
  - claims: office-holder
    office: Defence Minister
    jurisdiction: South Korean
    person: Mara Velden
    from: 2031-07-25
    to: ~
  - claims: office-holder
    office: minister:defence
    jurisdiction: KR
    person: Tomas Orlov
    from: 2028-05
    to: 2029-10
    note: the ministry's list of former ministers
  - claims: office-holder
    office: Taoiseach
    person: Niamh Carrow
  - claims: count
    counted: Homes
    event: Destroyed
    amount: 1,200
    from: 2031
  - claims: event
    subject: The Fires
    event: started
    date: 2031-08-07/2031-08-09
    place: Portugal
)");
  REQUIRE(sheets.facts.size() == 5);

  fact const& current = sheets.facts[0];
  CHECK(current.kind == claim_kind::office_holder);
  CHECK(current.path == "facts.yaml");
  CHECK(current.at == line_column{2, 5});
  CHECK(field_key(current, field_id::office) == "minister:defence");
  CHECK(field_shown(current, field_id::office) == "defence minister");
  CHECK(field_key(current, field_id::jurisdiction) == "KR");
  CHECK(field_shown(current, field_id::jurisdiction) == "South Korea");
  CHECK(field_shown(current, field_id::person) == "Mara Velden");
  CHECK(current.find(field_id::person)->at == line_column{5, 13});
  CHECK(iso_or_open(current.from) == "2031-07-25");
  CHECK(iso_or_open(current.to) == "open");
  CHECK(describe(current) ==
        "office-holder fact: office = defence minister, jurisdiction = South Korea, person = Mara Velden; holds from "
        "2031-07-25");

  fact const& former = sheets.facts[1];
  CHECK(field_key(former, field_id::office) == "minister:defence");
  CHECK(field_key(former, field_id::jurisdiction) == "KR");
  CHECK(describe(former) ==
        "office-holder fact: office = defence minister, jurisdiction = South Korea, person = Tomas Orlov; holds from "
        "2028-05 to 2029-10 (note: the ministry's list of former ministers)");

  // An office that implies its country needs no jurisdiction; a fact with no dates always holds.
  fact const& implied = sheets.facts[2];
  CHECK(field_key(implied, field_id::office) == "prime-minister");
  CHECK(field_key(implied, field_id::jurisdiction) == "IE");
  CHECK(implied.timeless());
  CHECK(term_text(implied) == "at any time");

  fact const& count = sheets.facts[3];
  CHECK(field_key(count, field_id::counted) == "home");
  CHECK(field_key(count, field_id::event) == "destroyed");
  CHECK(field_shown(count, field_id::amount) == "1,200");
  CHECK(std::get<amount_value>(count.find(field_id::amount)->value).stated == 1200);
  CHECK(term_text(count) == "from 2031");

  fact const& event = sheets.facts[4];
  CHECK(field_key(event, field_id::subject) == "fire");
  CHECK(field_key(event, field_id::event) == "started");
  CHECK(field_key(event, field_id::date) == "2031-08-07/2031-08-09");
  CHECK(field_shown(event, field_id::place) == "Portugal");
}

TEST_CASE("fact sheet: empty sheets state no facts and are no error", "[facts][loader]") {
  for (std::string const yaml : {"", "facts:\n", "facts: []\n", "# nothing yet\n"}) {
    CAPTURE(yaml);
    loaded_sheet const loaded = load_sheet(yaml);
    CHECK(loaded.sheets.facts.empty());
    CHECK(loaded.errors.empty());
  }
}

namespace {

struct bad_entry_case {
  std::string entry;  ///< one list item, starting on line 2 of the sheet
  std::vector<std::string> errors;
};

// Follows every bad entry, to show that the rest of the sheet still loads.
std::string const good_entry = R"(  - claims: office-holder
    office: prime minister
    jurisdiction: Japan
    person: Kenta Oyama
)";

}  // namespace

TEST_CASE("fact sheet: every bad entry is reported where it is wrong and skipped", "[facts][loader]") {
  bad_entry_case const c = GENERATE(values<bad_entry_case>({
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    persn: Kenta Oyama
)",
       {"5:5: unknown key 'persn' in a fact about office-holder claims (expected one of: claims, office, jurisdiction, "
        "person, from, to, note)"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    amount: 3
)",
       {"5:5: unknown key 'amount' in a fact about office-holder claims (expected one of: claims, office, "
        "jurisdiction, person, from, to, note)"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: [Kenta Oyama, Sora Ito]
)",
       {"5:13: 'person' must be a single value, not a list"}},
      {R"(  - claims: office-holder
    office: {title: defence minister}
    jurisdiction: Japan
    person: Kenta Oyama
)",
       {"3:13: 'office' must be a single value, not a map"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person:
)",
       {"5:5: 'person' has no value"}},
      {R"(  - claims: office-holder
    office: defence ministre
    jurisdiction: Japan
    person: Kenta Oyama
)",
       {"3:13: unknown office 'defence ministre' (not a title or office id in the lexicon)"}},
      {R"(  - claims: office-holder
    office: ambassador
    jurisdiction: Japan
    person: Kenta Oyama
)",
       {"3:13: office 'ambassador' has many holders at a time; a fact sheet can only state offices with one holder"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Narnia
    person: Kenta Oyama
)",
       {"4:19: unknown country 'Narnia' (not a country name, adjective or id in the lexicon)"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    from: 25 July 2031
)",
       {"6:11: 'from' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '25 July 2031'"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    from: 2031-02-30
)",
       {"6:11: 'from' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '2031-02-30'"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    to: 2031-13
)",
       {"6:9: 'to' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '2031-13'"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    from: [2031]
)",
       {"6:11: 'from' must be a single value, not a list"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    from: 2031-05
    to: 2030
)",
       {"7:9: 'to' (2030) is before 'from' (2031-05)"}},
      {R"(  - office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
)",
       {"2:5: missing required key 'claims'"}},
      {R"(  - claims: offce-holder
    person: Kenta Oyama
)",
       {"2:13: unknown claim kind 'offce-holder' (expected one of: office-holder, count, event)"}},
      {R"(  - claims: meeting
    subject: Kenta Oyama
)",
       {"2:13: a fact sheet cannot state meeting claims (expected one of: office-holder, count, event)"}},
      {R"(  - claims: office-holder
    jurisdiction: Japan
    person: Kenta Oyama
)",
       {"2:5: missing required key 'office' in a fact about office-holder claims"}},
      {R"(  - claims: office-holder
    office: defence minister
    person: Kenta Oyama
)",
       {"2:5: missing required key 'jurisdiction' in a fact about office-holder claims"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
)",
       {"2:5: a fact about office-holder claims must state its value: person"}},
      {R"(  - claims: event
    subject: flood
    event: started
)",
       {"2:5: a fact about event claims must state at least one of: date, place"}},
      {R"(  - claims: count
    counted: homes
    event: destroyed
    amount: many
)",
       {"5:13: 'amount' must be a number (\"1200\", \"1,200\", \"41.5%\"), got 'many'"}},
      {R"(  - claims: event
    subject: flood
    event: started
    date: 2031-08-09/2031-08-07
)",
       {"5:11: 'date' must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or two joined by '/', the second not before the "
        "first; got '2031-08-09/2031-08-07'"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    person: Sora Ito
)",
       {"6:5: duplicate key 'person'"}},
      {R"(  - claims: office-holder
    office: defence minister
    jurisdiction: Japan
    person: Kenta Oyama
    note:
)",
       {"6:5: 'note' has no value"}},
      {R"(  - just a sentence
)",
       {"2:5: each fact must be a map with at least 'claims'"}},
      {R"(  - claims: office-holder
    office: defence ministre
    jurisdiction: Narnia
    person: Kenta Oyama
    from: soon
)",
       {"3:13: unknown office 'defence ministre' (not a title or office id in the lexicon)",
        "4:19: unknown country 'Narnia' (not a country name, adjective or id in the lexicon)",
        "6:11: 'from' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got 'soon'"}},
  }));
  CAPTURE(c.entry);
  loaded_sheet const loaded = load_sheet("facts:\n" + c.entry + good_entry);
  CHECK(loaded.errors == c.errors);
  REQUIRE(loaded.sheets.facts.size() == 1);
  CHECK(display(loaded.sheets.facts[0].find(field_id::person)->value) == "Kenta Oyama");
}

TEST_CASE("fact sheet: problems with the whole file", "[facts][loader]") {
  struct file_case {
    std::string yaml;
    std::vector<std::string> errors;
  };
  file_case const c = GENERATE(values<file_case>({
      {"- claims: office-holder\n", {"1:1: a fact sheet must be a map with a 'facts' list"}},
      {"fact: []\n", {"1:1: unknown top-level key 'fact' (expected: facts)", "1:1: missing top-level key 'facts'"}},
      {"facts: 3\n", {"1:8: 'facts' must be a list of facts"}},
      {"facts: [\n", {"2:1: invalid YAML: end of sequence flow not found"}},
      {"facts:\n  - claims: office-holder\n   person: Kenta Oyama\n", {"3:4: invalid YAML: end of sequence not found"}},
      {"facts: []\n---\nfacts: []\n", {"3:1: a fact sheet holds one YAML document; the rest is ignored"}},
  }));
  CAPTURE(c.yaml);
  loaded_sheet const loaded = load_sheet(c.yaml);
  CHECK(loaded.errors == c.errors);
  CHECK(loaded.sheets.facts.empty());
}

namespace {

std::string holder_entry(std::string const& person, std::string const& from, std::string const& to,
                         std::string const& country = "South Korea") {
  std::string out = "  - claims: office-holder\n    office: defence minister\n    jurisdiction: " + country +
                    "\n    person: " + person + "\n";
  if (!from.empty()) out += "    from: " + from + "\n";
  if (!to.empty()) out += "    to: " + to + "\n";
  return out;
}

}  // namespace

TEST_CASE("fact sheet: two holders of one office at once are an error of the sheet", "[facts][loader]") {
  struct term_case {
    std::string second;  ///< the entry after "Mara Velden, 2028-05 to 2029-10", starting on line 8
    std::vector<std::string> errors;
  };
  term_case const c = GENERATE(values<term_case>({
      {holder_entry("Tomas Orlov", "2029-06", ""),
       {"8:5: overlaps the fact at facts.yaml:2: person 'Tomas Orlov' from 2029-06 and 'Mara Velden' from 2028-05 to "
        "2029-10 for the same office and jurisdiction"}},
      {holder_entry("Tomas Orlov", "", "2028-06"),
       {"8:5: overlaps the fact at facts.yaml:2: person 'Tomas Orlov' until 2028-06 and 'Mara Velden' from 2028-05 "
        "to 2029-10 for the same office and jurisdiction"}},
      {holder_entry("Tomas Orlov", "", ""),
       {"8:5: overlaps the fact at facts.yaml:2: person 'Tomas Orlov' at any time and 'Mara Velden' from 2028-05 to "
        "2029-10 for the same office and jurisdiction"}},
      {holder_entry("Tomas Orlov", "2028-09", "2029-02"),
       {"8:5: overlaps the fact at facts.yaml:2: person 'Tomas Orlov' from 2028-09 to 2029-02 and 'Mara Velden' "
        "from 2028-05 to 2029-10 for the same office and jurisdiction"}},
      {holder_entry("Tomas Orlov", "2029-09-20", "2030"),
       {"8:5: overlaps the fact at facts.yaml:2: person 'Tomas Orlov' from 2029-09-20 to 2030 and 'Mara Velden' "
        "from 2028-05 to 2029-10 for the same office and jurisdiction"}},
      // A handover named at the precision both give, or inside the month one names: no clash.
      {holder_entry("Tomas Orlov", "2029-10", ""), {}},
      {holder_entry("Tomas Orlov", "2029-10-20", ""), {}},
      {holder_entry("Tomas Orlov", "2029-11-02", ""), {}},
      {holder_entry("Tomas Orlov", "2027", "2028-05"), {}},
      // The same person twice, another country, or terms apart: no clash.
      {holder_entry("Velden", "2029-01", "2030"), {}},
      {holder_entry("Tomas Orlov", "2028-05", "2029-10", "Japan"), {}},
      {holder_entry("Tomas Orlov", "2031", ""), {}},
  }));
  CAPTURE(c.second);
  loaded_sheet const loaded = load_sheet("facts:\n" + holder_entry("Mara Velden", "2028-05", "2029-10") + c.second);
  CHECK(loaded.errors == c.errors);
  CHECK(loaded.sheets.facts.size() == (c.errors.empty() ? 2u : 1u));
}

TEST_CASE("fact sheet: a clash with an earlier sheet names that sheet", "[facts][loader]") {
  fact_sheets sheets;
  diagnostics errors;
  load_fact_sheet_yaml("first.yaml", "facts:\n" + holder_entry("Mara Velden", "2028", ""), builtin_lexicon(), sheets,
                       errors);
  load_fact_sheet_yaml("second.yaml", "facts:\n" + holder_entry("Tomas Orlov", "2030", ""), builtin_lexicon(), sheets,
                       errors);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items()[0].path == "second.yaml");
  CHECK(error_lines(errors)[0] ==
        "2:5: overlaps the fact at first.yaml:2: person 'Tomas Orlov' from 2030 and 'Mara Velden' from 2028 for the "
        "same office and jurisdiction");
  REQUIRE(sheets.facts.size() == 1);
  CHECK(sheets.facts[0].path == "first.yaml");
}

TEST_CASE("fact sheet: dates a sheet may write", "[facts][loader]") {
  struct date_case {
    std::string text;
    std::string iso;  ///< empty: refused
  };
  date_case const c = GENERATE(values<date_case>({
      {"2031", "2031"},
      {"2031-07", "2031-07"},
      {"2031-07-25", "2031-07-25"},
      {"2032-02-29", "2032-02-29"},
      {"2031-02-29", ""},
      {"2031-04-31", ""},
      {"2031-00", ""},
      {"2031-7-25", ""},
      {"0000", ""},
      {"XXXX-07-25", ""},
      {"31", ""},
      {"2031-07-25T10:00", ""},
      {"", ""},
  }));
  CAPTURE(c.text);
  std::optional<calendar_date> const d = read_sheet_date(c.text);
  CHECK((d ? d->iso() : std::string()) == c.iso);
}
