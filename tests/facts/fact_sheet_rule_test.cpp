// The fact-sheet rule kind over hand-built claims: a claim is reported only when its time lies in
// a fact's period and its value cannot be the fact's; everything near that must stay silent.
// People are invented.
#include "fact_fixture.hpp"
#include "tests/rules/rule_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const holder_rule = R"yaml(
rules:
  - id: holder-facts
    kind: fact-sheet
    claims: office-holder
    key: [office, jurisdiction]
    value: person
    severity: error
    undated-severity: warning
    message: "{stated} was not {office} of {jurisdiction} on {time}: the fact sheet gives {expected} ({term})"
)yaml";

// Two terms with a gap between them: 2028-05 to 2029-10, and from 2031-07-25 on.
std::string const two_terms = two_terms_sheet;

std::string const one_term = R"(facts:
  - claims: office-holder
    office: defence minister
    jurisdiction: South Korea
    person: Mara Velden
    from: 2031-07-25
)";

field_value const defence = office("minister:defence", "defence minister");
field_value const korea = country("KR", "South Korea");
field_value const japan = country("JP", "Japan");

stated holder(std::string who, std::optional<calendar_date> time, std::optional<field_value> where = korea,
              std::string source = "draft.md") {
  stated s{std::move(source), "Defence Minister " + who + " spoke.", claim_kind::office_holder, {}, time};
  s.fields.emplace_back(field_id::person, person(who));
  s.fields.emplace_back(field_id::office, defence);
  if (where) s.fields.emplace_back(field_id::jurisdiction, *where);
  return s;
}

std::vector<discrepancy> check_against(std::string const& rules_yaml, fact_sheets const* sheets,
                                       std::vector<stated> const& rows) {
  std::unique_ptr<built_corpus> corpus = build(rows);
  loaded_rules loaded = load_fact_rules(rules_yaml);
  REQUIRE(loaded.errors.empty());
  std::vector<discrepancy> out;
  for (std::unique_ptr<rule> const& r : loaded.rules) r->check(corpus->claims, check_context{corpus->store, sheets}, out);
  return out;
}

std::vector<discrepancy> check_against(std::string const& rules_yaml, std::string const& sheet_yaml,
                                       std::vector<stated> const& rows) {
  fact_sheets const sheets = clean_sheet(sheet_yaml);
  return check_against(rules_yaml, &sheets, rows);
}

}  // namespace

TEST_CASE("fact-sheet rule: a claim within a term naming someone else", "[facts][rule]") {
  std::vector<discrepancy> const found =
      check_against(holder_rule, two_terms, {holder("Tomas Orlov", calendar_date{2031, 9, 8})});
  REQUIRE(found.size() == 1);
  discrepancy const& d = found[0];
  CHECK(d.rule == "holder-facts");
  CHECK(d.level == severity::error);
  CHECK(d.message ==
        "Tomas Orlov was not defence minister of South Korea on 2031-09-08: the fact sheet gives Mara Velden (from "
        "2031-07-25)");
  CHECK(d.key == std::vector<std::pair<std::string, std::string>>{{"office", "defence minister"},
                                                                   {"jurisdiction", "South Korea"}});
  REQUIRE(d.sides.size() == 2);
  discrepancy_side const& claim_side = d.sides[0];
  CHECK(claim_side.source == "draft.md");
  CHECK(claim_side.start == line_column{1, 1});
  CHECK(claim_side.text == "Defence Minister Tomas Orlov spoke.");
  CHECK(claim_side.kind == "office-holder");
  CHECK(claim_side.value == "Tomas Orlov");
  discrepancy_side const& fact_side = d.sides[1];
  CHECK(fact_side.source == "facts.yaml");
  CHECK(fact_side.start == line_column{8, 5});
  CHECK(fact_side.end == line_column{8, 5});
  CHECK(fact_side.kind == "fact-sheet");
  CHECK(fact_side.value == "Mara Velden");
  CHECK(fact_side.text ==
        "office-holder fact: office = defence minister, jurisdiction = South Korea, person = Mara Velden; holds from "
        "2031-07-25");
  CHECK(fact_side.offset == two_terms.find("  - claims", 10) + 4);
}

TEST_CASE("fact-sheet rule: which claims are measured against which term", "[facts][rule]") {
  struct time_case {
    std::string who;
    std::optional<calendar_date> time;
    std::vector<std::string> found;  ///< summaries, "rule severity: source=value, ..."
  };
  time_case const c = GENERATE(values<time_case>({
      // Inside a term: the holder, a surname of the holder, or someone else.
      {"Mara Velden", calendar_date{2031, 9, 8}, {}},
      {"Velden", calendar_date{2031, 9, 8}, {}},
      {"Tomas Orlov", calendar_date{2031, 9, 8}, {"holder-facts error: draft.md=Tomas Orlov, facts.yaml=Mara Velden"}},
      {"Mara Velden", calendar_date{2029, 3, 1}, {"holder-facts error: draft.md=Mara Velden, facts.yaml=Tomas Orlov"}},
      {"Kim Doyun", calendar_date{2031, 8, 0}, {"holder-facts error: draft.md=Kim Doyun, facts.yaml=Mara Velden"}},
      {"Kim Doyun", calendar_date{2028, 5, 1}, {"holder-facts error: draft.md=Kim Doyun, facts.yaml=Tomas Orlov"}},
      // Between terms, before the first, or over a period a term only starts in: the sheet cannot say.
      {"Kim Doyun", calendar_date{2030, 6, 1}, {}},
      {"Kim Doyun", calendar_date{2027, 12, 31}, {}},
      {"Kim Doyun", calendar_date{2031, 0, 0}, {}},
      {"Kim Doyun", calendar_date{2031, 7, 0}, {}},
      // A time with no year cannot be placed; the sheet knows two holders, so no single answer.
      {"Kim Doyun", calendar_date{0, 9, 8}, {}},
      {"Kim Doyun", std::nullopt, {}},
  }));
  CAPTURE(c.who, c.time ? c.time->iso() : "none");
  CHECK(summaries(check_against(holder_rule, two_terms, {holder(c.who, c.time)})) == c.found);
}

TEST_CASE("fact-sheet rule: other slots and no sheet stay silent", "[facts][rule]") {
  calendar_date const during{2031, 9, 8};
  SECTION("another country's defence minister") {
    CHECK(check_against(holder_rule, two_terms, {holder("Tomas Orlov", during, japan)}).empty());
  }
  SECTION("a defence minister of no stated country") {
    CHECK(check_against(holder_rule, two_terms, {holder("Tomas Orlov", during, std::nullopt)}).empty());
  }
  SECTION("another office") {
    stated s = holder("Tomas Orlov", during);
    s.fields[1].second = office("minister:finance", "finance minister");
    CHECK(check_against(holder_rule, two_terms, {s}).empty());
  }
  SECTION("no fact sheet at all") { CHECK(check_against(holder_rule, nullptr, {holder("Tomas Orlov", during)}).empty()); }
  SECTION("fact sheets without facts") {
    fact_sheets const none;
    CHECK(check_against(holder_rule, &none, {holder("Tomas Orlov", during)}).empty());
  }
}

TEST_CASE("fact-sheet rule: undated claims meet a sheet that knows one holder", "[facts][rule]") {
  SECTION("one bounded term: compared, at the undated severity") {
    std::vector<discrepancy> const found = check_against(holder_rule, one_term, {holder("Tomas Orlov", std::nullopt)});
    CHECK(summaries(found) == std::vector<std::string>{"holder-facts warning: draft.md=Tomas Orlov, facts.yaml=Mara Velden"});
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Tomas Orlov was not defence minister of South Korea on undated: the fact sheet gives Mara Velden (from "
          "2031-07-25)");
  }
  SECTION("the one holder named: nothing") {
    CHECK(check_against(holder_rule, one_term, {holder("Velden", std::nullopt)}).empty());
  }
  SECTION("one holder over two terms is still one holder") {
    std::string const twice = one_term + "  - claims: office-holder\n    office: defence minister\n"
                                         "    jurisdiction: South Korea\n    person: Mara Velden\n"
                                         "    from: 2024\n    to: 2026\n";
    std::vector<discrepancy> const found = check_against(holder_rule, twice, {holder("Tomas Orlov", std::nullopt)});
    REQUIRE(found.size() == 1);
    CHECK(found[0].sides.size() == 3);
    CHECK(found[0].level == severity::warning);
  }
  SECTION("a fact that holds at all times is no guess: full severity") {
    std::string const always = "facts:\n  - claims: office-holder\n    office: Taoiseach\n    person: Niamh Carrow\n";
    stated s = holder("Orla Finnerty", std::nullopt, country("IE", "Ireland"));
    s.fields[1].second = office("prime-minister", "Taoiseach");
    CHECK(summaries(check_against(holder_rule, always, {s})) ==
          std::vector<std::string>{"holder-facts error: draft.md=Orla Finnerty, facts.yaml=Niamh Carrow"});
  }
}

TEST_CASE("fact-sheet rule: one finding per sentence, one per claim elsewhere", "[facts][rule]") {
  calendar_date const during{2031, 9, 8};
  stated const first = holder("Tomas Orlov", during);
  stated const again = holder("Tomas Orlov", during);  // the same sentence: a second claim of it
  stated other = holder("Tomas Orlov", during, korea, "other.md");
  std::vector<discrepancy> const found = check_against(holder_rule, two_terms, {first, again, other});
  CHECK(summaries(found) == std::vector<std::string>{"holder-facts error: draft.md=Tomas Orlov, facts.yaml=Mara Velden",
                                                     "holder-facts error: other.md=Tomas Orlov, facts.yaml=Mara Velden"});
}

TEST_CASE("fact-sheet rule: the default message", "[facts][rule]") {
  std::string const plain = R"(
rules:
  - id: holder-facts
    kind: fact-sheet
    claims: office-holder
    key: [office, jurisdiction]
    value: person
)";
  std::vector<discrepancy> const found = check_against(plain, one_term, {holder("Tomas Orlov", calendar_date{2031, 9, 8})});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "Tomas Orlov contradicts the fact sheet, which gives Mara Velden (from 2031-07-25)");
  CHECK(found[0].level == severity::error);
}

TEST_CASE("fact-sheet rule: counts and event dates", "[facts][rule]") {
  std::string const rules = R"yaml(
rules:
  - id: count-facts
    kind: fact-sheet
    claims: count
    key: [counted, event]
    value: amount
    message: "{counted} {event}: {stated}, not {expected}"
  - id: event-date-facts
    kind: fact-sheet
    claims: event
    key: [subject, event]
    value: date
    time-field: date
    message: "the {subject} {event} on {expected}, not {stated} (as of {time})"
)yaml";
  std::string const sheet = R"(facts:
  - claims: count
    counted: homes
    event: destroyed
    amount: 1200
    from: 2031-08-10
  - claims: event
    subject: fire
    event: started
    date: 2031-08-07
)";
  auto count = [](field_value how_many, calendar_date when) {
    return stated{"wire.md", "Homes were destroyed.", claim_kind::count,
                  {{field_id::amount, std::move(how_many)}, {field_id::counted, words("home")},
                   {field_id::event, words("destroyed")}},
                  when};
  };
  auto started = [](calendar_date day) {
    return stated{"wire.md", "The fire started.", claim_kind::event,
                  {{field_id::subject, words("fire")}, {field_id::event, words("started")}, {field_id::date, on(day)}},
                  calendar_date{2031, 8, 12}};
  };
  struct case_row {
    stated row;
    std::vector<std::string> messages;
  };
  case_row const c = GENERATE_REF(values<case_row>({
      {count(amount("1,500", 1500), {2031, 8, 12}), {"home destroyed: 1,500, not 1200"}},
      {count(amount("about 1,200", 1200, "about"), {2031, 8, 12}), {}},
      {count(amount("at least 1,000", 1000, "at-least"), {2031, 8, 12}), {}},
      {count(amount("1,500", 1500), {2031, 8, 9}), {}},  // before the fact holds
      {started({2031, 8, 8}), {"the fire started on 2031-08-07, not 2031-08-08 (as of 2031-08-08)"}},
      {started({2031, 8, 7}), {}},
      {started({2031, 8, 0}), {}},
  }));
  std::vector<std::string> messages;
  for (discrepancy const& d : check_against(rules, sheet, {c.row})) messages.push_back(d.message);
  CHECK(messages == c.messages);
}

TEST_CASE("fact-sheet rule: bad parameters are reported where they are written", "[facts][rule]") {
  struct param_case {
    std::string lines;  ///< the rule's keys after id and kind, from line 5 on
    std::vector<std::string> errors;
  };
  param_case const c = GENERATE(values<param_case>({
      {"    claims: meeting\n    key: [subject]\n    value: counterpart\n",
       {"5:13: a fact sheet cannot state meeting claims (expected one of: office-holder, count, event)"}},
      {"    claims: office-holder\n    key: [person]\n    value: person\n",
       {"6:11: field 'person' in key is not a key field of office-holder facts (expected one of: office, "
        "jurisdiction)"}},
      {"    claims: office-holder\n    key: [jurisdiction]\n    value: office\n",
       {"7:12: field 'office' in value is not a value field of office-holder facts (expected one of: person)"}},
      {"    claims: office-holder\n    key: []\n    value: person\n", {"6:10: 'key' must name at least one field"}},
      {"    claims: office-holder\n    key: [office]\n    value: person\n    message: \"{values}\"\n",
       {"8:14: bad message template: unknown placeholder '{values}' (expected one of: expected, office, rule, stated, "
        "term, time)"}},
      {"    claims: event\n    key: [subject, event]\n    value: date\n    time-field: place\n",
       {"8:17: 'time-field' must name a field that holds dates (date), not 'place'"}},
  }));
  CAPTURE(c.lines);
  loaded_rules const loaded =
      load_fact_rules("\nrules:\n  - id: holder-facts\n    kind: fact-sheet\n" + c.lines);
  CHECK(loaded.errors == c.errors);
  CHECK(loaded.rules.empty());
}

TEST_CASE("fact-sheet rule: keys of other kinds are unknown keys", "[facts][rule]") {
  loaded_rules const loaded = load_fact_rules(
      "\nrules:\n  - id: holder-facts\n    kind: fact-sheet\n    claims: office-holder\n    key: [office]\n"
      "    value: person\n    within-days: 30\n");
  REQUIRE(loaded.errors.size() == 1);
  // The list of keys every rule shares may grow; the kind's own keys must be in it.
  CHECK_THAT(loaded.errors[0], Catch::StartsWith("8:5: unknown key 'within-days' in rule 'holder-facts' (expected one of: "));
  for (std::string const key : {"claims", "key", "value", "time-field", "severity", "undated-severity", "message"}) {
    CAPTURE(key);
    std::string const& e = loaded.errors[0];
    CHECK((e.find(" " + key + ",") != std::string::npos || e.find(" " + key + ")") != std::string::npos));
  }
  CHECK(loaded.rules.empty());
}
