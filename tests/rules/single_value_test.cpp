// The single-value rule kind over hand-built claims: what must be reported, and the many near
// misses that must not be (a false alarm is as much a defect as a missed conflict).
#include "rule_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const holder_rule = R"(
rules:
  - id: holder
    kind: single-value
    claims: office-holder
    key: [office, jurisdiction]
    optional-key: [jurisdiction]
    value: person
    within-days: 180
    severity: error
    undated-severity: warning
    partial-key-severity: info
    message: "holders of {office} of {jurisdiction}: {values}"
    partial-key-message: "holders of {office}: {values}"
)";

field_value const fisheries = office("minister:fisheries", "fisheries minister");
field_value const trade = office("minister:trade", "trade minister");
field_value const valdoria = country("VD", "Valdoria");
field_value const ostmark = country("OM", "Ostmark");

stated holder(std::string source, std::string sentence, field_value who, std::optional<calendar_date> time = calendar_date{2031, 5, 14},
              field_value what = fisheries, std::optional<field_value> where = valdoria) {
  stated s{std::move(source), std::move(sentence), claim_kind::office_holder, {}, time};
  s.fields.emplace_back(field_id::person, std::move(who));
  s.fields.emplace_back(field_id::office, std::move(what));
  if (where) s.fields.emplace_back(field_id::jurisdiction, std::move(*where));
  return s;
}

std::vector<discrepancy> run(std::string const& yaml, std::vector<stated> const& rows) {
  std::unique_ptr<built_corpus> corpus = build(rows);
  std::vector<std::unique_ptr<rule>> rules = rules_from(yaml);
  return run_rules(rules, corpus->claims, check_context{corpus->store});
}

struct holder_case {
  char const* name;
  std::vector<stated> rows;
  std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("single-value: which office-holder claims conflict", "[rules][single-value]") {
  std::vector<holder_case> const cases = {
      {"the same person in two sources",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Mira Kask, the fisheries minister, agreed.", person("Mira Kask"))},
       {}},
      {"spelling variants of one name",
       {holder("a.md", "Minister Anna-Liis Rebane spoke.", person("Anna-Liis Rebane")),
        holder("b.md", "Minister Anna Liis Rebane spoke.", person("Anna Liis Rebane")),
        holder("c.md", "Minister ANNA-LIIS REBANE spoke.", person("ANNA-LIIS REBANE"))},
       {}},
      {"a surname next to the full name",
       {holder("a.md", "Minister Rebane spoke.", person("Rebane")),
        holder("b.md", "Minister Anna-Liis Rebane spoke.", person("Anna-Liis Rebane"))},
       {}},
      {"two different people",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"))},
       {"holder error: a.md=Mira Kask, b.md=Tomas Rell"}},
      {"a bare surname shared by both rivals joins neither side",
       {holder("a.md", "Minister Juhan Kask spoke.", person("Juhan Kask")),
        holder("b.md", "Minister Mira Kask spoke.", person("Mira Kask")),
        holder("c.md", "Minister Kask spoke.", person("Kask"))},
       {"holder error: a.md=Juhan Kask, b.md=Mira Kask"}},
      {"a surname compatible with one full name only sides with it",
       {holder("a.md", "Minister Kask spoke.", person("Kask")),
        holder("b.md", "Minister Tomas Rell spoke.", person("Tomas Rell")),
        holder("c.md", "Minister Mira Kask spoke.", person("Mira Kask"))},
       {"holder error: a.md=Kask, b.md=Tomas Rell, c.md=Mira Kask"}},
      {"one source naming two people never contradicts itself",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("a.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"))},
       {}},
      {"other offices and other countries are other slots",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Trade Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 5, 14}, trade),
        holder("c.md", "Ostmark's fisheries minister Ivo Saar spoke.", person("Ivo Saar"), calendar_date{2031, 5, 14},
               fisheries, ostmark)},
       {}},
      {"holders years apart are successive, not rivals",
       {holder("a.md", "Mira Kask was fisheries minister in 2020.", person("Mira Kask"), calendar_date{2020, 0, 0}),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"))},
       {}},
      {"a coarse time overlapping the other is close",
       {holder("a.md", "Mira Kask was fisheries minister in 2031.", person("Mira Kask"), calendar_date{2031, 0, 0}),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 11, 30})},
       {"holder error: a.md=Mira Kask, b.md=Tomas Rell"}},
      {"a claim without a time conflicts, as a warning",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), std::nullopt),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"))},
       {"holder warning: a.md=Mira Kask, b.md=Tomas Rell"}},
      {"a time without a year counts as no time",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), calendar_date{0, 5, 14}),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2001, 1, 1})},
       {"holder warning: a.md=Mira Kask, b.md=Tomas Rell"}},
      {"one dated conflict makes the finding an error",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell")),
        holder("c.md", "Fisheries Minister Tomas Rell left.", person("Tomas Rell"), std::nullopt)},
       {"holder error: a.md=Mira Kask, b.md=Tomas Rell, c.md=Tomas Rell"}},
      {"a claim lacking the optional key is not compared with those that have it",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 5, 14}, fisheries,
               std::nullopt)},
       {}},
      {"claims lacking the optional key are compared among themselves",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), calendar_date{2031, 5, 14}, fisheries,
               std::nullopt),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 5, 14}, fisheries,
               std::nullopt)},
       {"holder info: a.md=Mira Kask, b.md=Tomas Rell"}},
      {"one side per sentence and value",
       {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"))},
       {"holder error: a.md=Mira Kask, b.md=Tomas Rell"}},
      {"three sources, three people: one finding",
       {holder("c.md", "Fisheries Minister Ivo Saar spoke.", person("Ivo Saar")),
        holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
        holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"))},
       {"holder error: a.md=Mira Kask, b.md=Tomas Rell, c.md=Ivo Saar"}},
  };
  for (holder_case const& c : cases) {
    SECTION(c.name) { CHECK(summaries(run(holder_rule, c.rows)) == c.expected); }
  }
}

TEST_CASE("single-value: claims missing a field, or of another kind, are not compared", "[rules][single-value]") {
  stated no_person = holder("b.md", "Fisheries Minister spoke.", person("x"));
  no_person.fields.erase(no_person.fields.begin());
  stated no_office = holder("c.md", "Tomas Rell spoke.", person("Tomas Rell"));
  no_office.fields.erase(no_office.fields.begin() + 1);
  stated meeting = holder("d.md", "Tomas Rell met someone.", person("Tomas Rell"));
  meeting.kind = claim_kind::meeting;
  std::vector<stated> const rows = {holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")), no_person,
                                    no_office, meeting};
  CHECK(run(holder_rule, rows).empty());
}

TEST_CASE("single-value: the time window is inclusive", "[rules][single-value]") {
  // 2031-05-14 plus 180 days is 2031-11-10.
  std::vector<stated> const close = {
      holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), calendar_date{2031, 5, 14}),
      holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 11, 10})};
  std::vector<stated> const apart = {
      holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), calendar_date{2031, 5, 14}),
      holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 11, 11})};
  CHECK(run(holder_rule, close).size() == 1);
  CHECK(run(holder_rule, apart).empty());
}

TEST_CASE("single-value: without within-days, any two times may conflict", "[rules][single-value]") {
  std::string const timeless = R"(
rules:
  - id: holder
    kind: single-value
    claims: office-holder
    key: [office, jurisdiction]
    value: person
    message: "{values}"
)";
  std::vector<stated> const rows = {
      holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), calendar_date{1990, 1, 1}),
      holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 1, 1})};
  CHECK(summaries(run(timeless, rows)) == std::vector<std::string>{"holder error: a.md=Mira Kask, b.md=Tomas Rell"});
}

TEST_CASE("single-value: a finding carries message, key and located, quoted sides", "[rules][single-value]") {
  std::vector<stated> const rows = {
      holder("b.md", "Intro line.", person("Nobody")),
      holder("b.md", "Valdoria's   fisheries\tminister is Tomas Rell.", person("Tomas Rell")),
      holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask")),
      holder("a.md", "Later, Minister Kask left.", person("Kask")),
  };
  // "Nobody" is a third person: keep it away from the others with another office.
  std::vector<stated> claims = rows;
  claims[0].fields[1].second = trade;
  std::vector<discrepancy> const found = run(holder_rule, claims);
  REQUIRE(found.size() == 1);
  discrepancy const& d = found[0];
  CHECK(d.rule == "holder");
  CHECK(d.level == severity::error);
  CHECK(d.message == "holders of fisheries minister of Valdoria: Mira Kask vs Tomas Rell");
  CHECK(d.key == std::vector<std::pair<std::string, std::string>>{{"office", "fisheries minister"},
                                                                   {"jurisdiction", "Valdoria"}});
  REQUIRE(d.sides.size() == 3);
  CHECK(d.sides[0].source == "a.md");
  CHECK(d.sides[0].offset == 0);
  CHECK(d.sides[0].start == line_column{1, 1});
  CHECK(d.sides[0].end == line_column{1, 36});
  CHECK(d.sides[0].text == "Fisheries Minister Mira Kask spoke.");
  CHECK(d.sides[0].kind == "office-holder");
  CHECK(d.sides[0].value == "Mira Kask");
  CHECK(d.sides[1].source == "a.md");
  CHECK(d.sides[1].start == line_column{2, 1});
  CHECK(d.sides[1].value == "Kask");
  CHECK(d.sides[2].source == "b.md");
  CHECK(d.sides[2].offset == 12);
  CHECK(d.sides[2].start == line_column{2, 1});
  CHECK(d.sides[2].text == "Valdoria's fisheries minister is Tomas Rell.");
  CHECK(d.sides[2].value == "Tomas Rell");
}

TEST_CASE("single-value: the partial-key message and severity", "[rules][single-value]") {
  std::vector<stated> const rows = {
      holder("a.md", "Fisheries Minister Mira Kask spoke.", person("Mira Kask"), calendar_date{2031, 5, 14}, fisheries,
             std::nullopt),
      holder("b.md", "Fisheries Minister Tomas Rell spoke.", person("Tomas Rell"), calendar_date{2031, 5, 14}, fisheries,
             std::nullopt)};
  std::vector<discrepancy> const found = run(holder_rule, rows);
  REQUIRE(found.size() == 1);
  CHECK(found[0].level == severity::info);
  CHECK(found[0].message == "holders of fisheries minister: Mira Kask vs Tomas Rell");
  CHECK(found[0].key == std::vector<std::pair<std::string, std::string>>{{"office", "fisheries minister"}});

  // Without a partial-key message, the missing field reads "unstated".
  std::string const plain = R"yaml(
rules:
  - id: holder
    kind: single-value
    claims: office-holder
    key: [office, jurisdiction]
    optional-key: [jurisdiction]
    value: person
    message: "{office} of {jurisdiction}: {values} ({rule})"
)yaml";
  std::vector<discrepancy> const again = run(plain, rows);
  REQUIRE(again.size() == 1);
  CHECK(again[0].level == severity::error);
  CHECK(again[0].message == "fisheries minister of unstated: Mira Kask vs Tomas Rell (holder)");
}

TEST_CASE("single-value: the value shown for a set of agreeing names is the fullest", "[rules][single-value]") {
  std::vector<stated> const rows = {
      holder("a.md", "Minister Kask spoke.", person("Kask")),
      holder("c.md", "Minister Mira Kask spoke.", person("Mira Kask")),
      holder("b.md", "Minister Tomas Rell spoke.", person("Tomas Rell")),
  };
  std::vector<discrepancy> const found = run(holder_rule, rows);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "holders of fisheries minister of Valdoria: Mira Kask vs Tomas Rell");
}

TEST_CASE("single-value: meeting counterparts conflict only when the role is stated", "[rules][single-value]") {
  std::string const counterpart_rule = R"(
rules:
  - id: counterpart
    kind: single-value
    claims: meeting
    key: [subject, role, jurisdiction]
    optional-key: [jurisdiction]
    value: counterpart
    within-days: 30
    message: "{subject} met {values}"
)";
  auto const meeting = [](std::string source, std::string sentence, std::string other, bool as_counterpart,
                          std::optional<field_value> from = std::nullopt) {
    stated s{std::move(source), std::move(sentence), claim_kind::meeting, {}, calendar_date{2031, 5, 14}};
    s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
    s.fields.emplace_back(field_id::counterpart, person(std::move(other)));
    if (as_counterpart) s.fields.emplace_back(field_id::role, words("counterpart"));
    if (from) s.fields.emplace_back(field_id::jurisdiction, *from);
    return s;
  };
  SECTION("plain meetings with different people") {
    CHECK(run(counterpart_rule, {meeting("a.md", "Saar met Mira Kask.", "Mira Kask", false),
                                 meeting("b.md", "Saar met Tomas Rell.", "Tomas Rell", false)})
              .empty());
  }
  SECTION("two counterparts from the same country") {
    CHECK(summaries(run(counterpart_rule,
                        {meeting("a.md", "Saar met his Valdorian counterpart Mira Kask.", "Mira Kask", true, valdoria),
                         meeting("b.md", "Saar met his Valdorian counterpart Tomas Rell.", "Tomas Rell", true, valdoria)})) ==
          std::vector<std::string>{"counterpart error: a.md=Mira Kask, b.md=Tomas Rell"});
  }
  SECTION("counterparts from different countries") {
    CHECK(run(counterpart_rule,
              {meeting("a.md", "Saar met his Valdorian counterpart Mira Kask.", "Mira Kask", true, valdoria),
               meeting("b.md", "Saar met his Ostmark counterpart Tomas Rell.", "Tomas Rell", true, ostmark)})
              .empty());
  }
  SECTION("a counterpart with a country and one without") {
    CHECK(run(counterpart_rule,
              {meeting("a.md", "Saar met his Valdorian counterpart Mira Kask.", "Mira Kask", true, valdoria),
               meeting("b.md", "Saar met his counterpart Tomas Rell.", "Tomas Rell", true)})
              .empty());
  }
}

TEST_CASE("single-value: visit dates", "[rules][single-value]") {
  std::string const visit_rule = R"(
rules:
  - id: visit-date
    kind: single-value
    claims: visit
    key: [subject, place]
    value: date
    within-days: 14
    message: "{subject} in {place}: {values}"
)";
  auto const visit = [](std::string source, date_range when, std::string where = "Port Alder") {
    stated s{std::move(source), "Ivo Saar visited.", claim_kind::visit, {}, when.start};
    s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
    s.fields.emplace_back(field_id::place, place(std::move(where)));
    s.fields.emplace_back(field_id::date, when);
    return s;
  };
  date_range const early{{2031, 3, 3}, {2031, 3, 5}};
  date_range const late{{2031, 3, 4}, {2031, 3, 6}};
  date_range const march{{2031, 3, 0}, {2031, 3, 0}};
  date_range const next_year{{2032, 3, 3}, {2032, 3, 5}};

  std::vector<discrepancy> const found = run(visit_rule, {visit("a.md", early), visit("b.md", late)});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "Ivo Saar in Port Alder: 2031-03-03/2031-03-05 vs 2031-03-04/2031-03-06");

  CHECK(run(visit_rule, {visit("a.md", early), visit("b.md", march)}).empty());        // coarser, containing
  CHECK(run(visit_rule, {visit("a.md", early), visit("b.md", early)}).empty());        // equal
  CHECK(run(visit_rule, {visit("a.md", early), visit("b.md", next_year)}).empty());    // another visit
  CHECK(run(visit_rule, {visit("a.md", early), visit("b.md", late, "Kessen")}).empty());  // another place
}

TEST_CASE("single-value: a time field places claims better than the article date", "[rules][single-value]") {
  std::string const rule_without = R"(
rules:
  - id: visit-date
    kind: single-value
    claims: visit
    key: [subject, place]
    value: date
    within-days: 14
    message: "{values}"
)";
  std::string const rule_with = rule_without + "    time-field: date\n";
  // Both articles are from the same week; one recalls a visit of years before.
  auto const visit = [](std::string source, date_range when, std::optional<calendar_date> article) {
    stated s{std::move(source), "Ivo Saar visited Port Alder.", claim_kind::visit, {}, article};
    s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
    s.fields.emplace_back(field_id::place, place("Port Alder"));
    s.fields.emplace_back(field_id::date, when);
    return s;
  };
  date_range const now{{2031, 3, 3}, {2031, 3, 5}};
  date_range const then{{2024, 10, 0}, {2024, 10, 0}};
  date_range const no_year{{0, 3, 20}, {0, 3, 20}};
  std::vector<stated> const recalled = {visit("a.md", now, calendar_date{2031, 3, 5}),
                                        visit("b.md", then, calendar_date{2031, 3, 6})};
  CHECK(run(rule_without, recalled).size() == 1);
  CHECK(run(rule_with, recalled).empty());
  // A date without a year falls back on the article's date.
  std::vector<stated> const yearless = {visit("a.md", now, calendar_date{2031, 3, 5}),
                                        visit("b.md", no_year, calendar_date{2031, 3, 6})};
  CHECK(summaries(run(rule_with, yearless)) == std::vector<std::string>{"visit-date error: a.md=2031-03-03/2031-03-05, b.md=XXXX-03-20"});
  // With the time field, an undated article still has a dated claim.
  std::vector<stated> const undated_articles = {visit("a.md", now, std::nullopt),
                                                visit("b.md", date_range{{2031, 3, 10}, {2031, 3, 10}}, std::nullopt)};
  CHECK(summaries(run(rule_with, undated_articles)) ==
        std::vector<std::string>{"visit-date error: a.md=2031-03-03/2031-03-05, b.md=2031-03-10"});
}

TEST_CASE("single-value: meetings on one stated day, unless one source lists several", "[rules][single-value]") {
  std::string const same_day_rule = R"(
rules:
  - id: same-day
    kind: single-value
    claims: meeting
    key: [subject]
    value: counterpart
    time-field: date
    time-field-precision: day
    within-days: 0
    several-values-in-one-source: skip-slot
    severity: warning
    message: "{subject} met {values}"
)";
  auto const meeting = [](std::string source, std::string other, std::optional<date_range> when) {
    stated s{std::move(source), "Saar met " + other + ".", claim_kind::meeting, {}, calendar_date{2031, 5, 14}};
    s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
    s.fields.emplace_back(field_id::counterpart, person(std::move(other)));
    if (when) s.fields.emplace_back(field_id::date, *when);
    return s;
  };
  date_range const monday{{2031, 5, 12}, {2031, 5, 12}};
  date_range const tuesday{{2031, 5, 13}, {2031, 5, 13}};
  date_range const may{{2031, 5, 0}, {2031, 5, 0}};
  SECTION("two people on the same day, from two sources") {
    CHECK(summaries(run(same_day_rule, {meeting("a.md", "Mira Kask", monday), meeting("b.md", "Tomas Rell", monday)})) ==
          std::vector<std::string>{"same-day warning: a.md=Mira Kask, b.md=Tomas Rell"});
  }
  SECTION("different days") {
    CHECK(run(same_day_rule, {meeting("a.md", "Mira Kask", monday), meeting("b.md", "Tomas Rell", tuesday)}).empty());
  }
  SECTION("a meeting without its own date, though the article is dated") {
    CHECK(run(same_day_rule, {meeting("a.md", "Mira Kask", monday), meeting("b.md", "Tomas Rell", std::nullopt)}).empty());
  }
  SECTION("a month is too coarse to say it was the same meeting") {
    CHECK(run(same_day_rule, {meeting("a.md", "Mira Kask", may), meeting("b.md", "Tomas Rell", may)}).empty());
  }
  SECTION("one source says he met both that day") {
    CHECK(run(same_day_rule, {meeting("a.md", "Mira Kask", monday), meeting("a.md", "Tomas Rell", monday),
                              meeting("b.md", "Tomas Rell", monday)})
              .empty());
  }
}

TEST_CASE("single-value: the day-precision and one-source parameters are checked", "[rules][single-value]") {
  auto const errors_of = [](std::string const& extra) {
    std::string const yaml = R"(
rules:
  - id: same-day
    kind: single-value
    claims: meeting
    key: [subject]
    value: counterpart
)" + extra + R"(    message: "{values}"
)";
    registry kinds;
    register_builtin_kinds(kinds);
    std::vector<std::unique_ptr<rule>> rules;
    diagnostics errors;
    load_rules_yaml("test.yaml", yaml, kinds, rules, errors);
    std::vector<std::string> out;
    for (diagnostic const& d : errors.items()) out.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
    return out;
  };
  CHECK(errors_of("    time-field: date\n    time-field-precision: day\n    several-values-in-one-source: skip-slot\n").empty());
  CHECK(errors_of("    time-field-precision: day\n") ==
        std::vector<std::string>{"8:27: 'time-field-precision' needs 'time-field'"});
  CHECK(errors_of("    time-field: date\n    time-field-precision: week\n") ==
        std::vector<std::string>{"9:27: 'time-field-precision' must be day, month or year, not 'week'"});
  CHECK(errors_of("    several-values-in-one-source: merge\n") ==
        std::vector<std::string>{"8:35: 'several-values-in-one-source' must be skip-slot or check, not 'merge'"});
}
