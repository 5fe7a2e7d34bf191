// The conflicts-with rule kind: a claim of one pattern and a claim of the other about the same
// key, from different sources at about the same time, are one finding per key; everything else
// (the same pattern twice, one source, other keys, other times, other kinds) stays silent.
#include "rule_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const went_ahead_rule = R"(
rules:
  - id: went-ahead
    kind: conflicts-with
    claims: event
    where-event: [was called off, was cancelled]
    other: event
    other-where-event: [was held, started]
    same: [subject]
    within-days: 30
    severity: error
    undated-severity: warning
    message: "did the {subject} go ahead? {this} vs {other}"
)";

stated happening(std::string source, std::string what, std::string verb,
                 std::optional<calendar_date> time = calendar_date{2031, 5, 14}) {
  stated s{std::move(source), "The " + what + " " + verb + ".", claim_kind::event, {}, time};
  s.fields.emplace_back(field_id::subject, words(std::move(what)));
  s.fields.emplace_back(field_id::event, words(std::move(verb)));
  return s;
}

struct conflict_case {
  char const* name;
  std::vector<stated> rows;
  std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("conflicts-with: which pairs of claims conflict", "[rules][conflicts-with]") {
  std::vector<conflict_case> const cases = {
      {"called off in one source, held in another",
       {happening("a.md", "summit", "was called off"), happening("b.md", "summit", "was held")},
       {"went-ahead error: a.md=was called off, b.md=was held"}},
      {"the other side may come first",
       {happening("a.md", "summit", "started"), happening("b.md", "summit", "was cancelled")},
       {"went-ahead error: a.md=started, b.md=was cancelled"}},
      {"texts are compared case-folded",
       {happening("a.md", "summit", "Was Cancelled"), happening("b.md", "summit", "was held")},
       {"went-ahead error: a.md=Was Cancelled, b.md=was held"}},
      {"both held", {happening("a.md", "summit", "was held"), happening("b.md", "summit", "started")}, {}},
      {"both called off", {happening("a.md", "summit", "was called off"), happening("b.md", "summit", "was cancelled")}, {}},
      {"a text matching neither side",
       {happening("a.md", "summit", "was postponed"), happening("b.md", "summit", "was held")},
       {}},
      {"one source never contradicts itself",
       {happening("a.md", "summit", "was called off"), happening("a.md", "summit", "was held")},
       {}},
      {"other subjects are other keys",
       {happening("a.md", "summit", "was called off"), happening("b.md", "parade", "was held")},
       {}},
      {"claims months apart are about different occasions",
       {happening("a.md", "summit", "was called off"), happening("b.md", "summit", "was held", calendar_date{2031, 9, 1})},
       {}},
      {"an undated claim conflicts as a warning",
       {happening("a.md", "summit", "was called off", std::nullopt), happening("b.md", "summit", "was held")},
       {"went-ahead warning: a.md=was called off, b.md=was held"}},
      {"three sources: one finding listing every side",
       {happening("c.md", "summit", "was held"), happening("a.md", "summit", "was called off"),
        happening("b.md", "summit", "started")},
       {"went-ahead error: a.md=was called off, b.md=started, c.md=was held"}},
      {"a source may stand on both sides",
       {happening("a.md", "summit", "was called off"), happening("a.md", "summit", "was held"),
        happening("b.md", "summit", "was cancelled"), happening("c.md", "summit", "was held")},
       {"went-ahead error: a.md=was called off, a.md=was held, b.md=was cancelled, c.md=was held"}},
      {"a claim with no conflicting pair is left out",
       {happening("a.md", "summit", "was called off"), happening("b.md", "summit", "was held"),
        happening("c.md", "summit", "was held", calendar_date{2031, 9, 1})},
       {"went-ahead error: a.md=was called off, b.md=was held"}},
  };
  for (conflict_case const& c : cases) {
    SECTION(c.name) { CHECK(summaries(check_rows(went_ahead_rule, c.rows)) == c.expected); }
  }
}

TEST_CASE("conflicts-with: claims of another kind or lacking the key are not compared", "[rules][conflicts-with]") {
  stated counted = happening("b.md", "summit", "was held");
  counted.kind = claim_kind::count;
  stated no_subject = happening("c.md", "summit", "was held");
  no_subject.fields.erase(no_subject.fields.begin());
  CHECK(check_rows(went_ahead_rule, {happening("a.md", "summit", "was called off"), counted, no_subject}).empty());
}

TEST_CASE("conflicts-with: a finding carries message, key and quoted sides", "[rules][conflicts-with]") {
  std::vector<discrepancy> const found =
      check_rows(went_ahead_rule, {happening("b.md", "summit", "was held"), happening("a.md", "summit", "was called off"),
                                   happening("c.md", "summit", "started")});
  REQUIRE(found.size() == 1);
  discrepancy const& d = found[0];
  CHECK(d.rule == "went-ahead");
  CHECK(d.level == severity::error);
  CHECK(d.message == "did the summit go ahead? was called off vs was held / started");
  CHECK(d.key == std::vector<std::pair<std::string, std::string>>{{"subject", "summit"}});
  REQUIRE(d.sides.size() == 3);
  CHECK(d.sides[0].source == "a.md");
  CHECK(d.sides[0].text == "The summit was called off.");
  CHECK(d.sides[0].kind == "event");
  CHECK(d.sides[0].start == line_column{1, 1});
}

TEST_CASE("conflicts-with: time from a date field, and sides without conditions", "[rules][conflicts-with]") {
  std::string const rule = R"(
rules:
  - id: met-while-away
    kind: conflicts-with
    claims: meeting
    other: event
    other-where-event: [was cancelled]
    same: [place, date]
    time-field: date
    within-days: 0
    message: "{place} on {date}: {this} vs {other}"
)";
  auto const meeting = [](std::string source, date_range when, calendar_date article) {
    stated s{std::move(source), "Saar met Kask in Port Alder.", claim_kind::meeting, {}, article};
    s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
    s.fields.emplace_back(field_id::counterpart, person("Mira Kask"));
    s.fields.emplace_back(field_id::place, place("Port Alder"));
    s.fields.emplace_back(field_id::date, when);
    return s;
  };
  auto const cancelled = [](std::string source, date_range when, calendar_date article) {
    stated s{std::move(source), "The talks in Port Alder were cancelled.", claim_kind::event, {}, article};
    s.fields.emplace_back(field_id::subject, words("talks"));
    s.fields.emplace_back(field_id::event, words("was cancelled"));
    s.fields.emplace_back(field_id::place, place("Port Alder"));
    s.fields.emplace_back(field_id::date, when);
    return s;
  };
  date_range const may_3{{2031, 5, 3}, {2031, 5, 3}};
  date_range const may_9{{2031, 5, 9}, {2031, 5, 9}};
  // Articles written a week apart about the same day.
  std::vector<discrepancy> const found =
      check_rows(rule, {meeting("a.md", may_3, {2031, 5, 4}), cancelled("b.md", may_3, {2031, 5, 11})});
  REQUIRE(found.size() == 1);
  CHECK(summary(found[0]) == "met-while-away error: a.md=Ivo Saar, Mira Kask, b.md=was cancelled");
  CHECK(found[0].message == "Port Alder on 2031-05-03: Ivo Saar, Mira Kask vs was cancelled");
  // Other days are other keys.
  CHECK(check_rows(rule, {meeting("a.md", may_3, {2031, 5, 4}), cancelled("b.md", may_9, {2031, 5, 11})}).empty());
}

TEST_CASE("conflicts-with: malformed rules are located errors", "[rules][conflicts-with][loader]") {
  auto const with = [](std::string const& from, std::string const& to) {
    std::string text = went_ahead_rule;
    std::size_t const at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  struct bad_case {
    char const* name;
    std::string yaml;
    std::vector<std::string> errors;
  };
  std::string const all_fields =
      "person, office, jurisdiction, subject, counterpart, place, date, duration, ordinal, role, amount, counted, event, "
      "since, equivalent";
  std::vector<bad_case> const cases = {
      {"an unknown kind for the other side", with("other: event", "other: events"),
       {"7:12: unknown claim kind 'events' (expected one of: office-holder, meeting, visit, count, event, price, "
        "first-since, vote-share, term, sum, anniversary, conversion)"}},
      {"an unknown field in a condition", with("where-event:", "where-evnt:"),
       {"6:5: unknown field 'evnt' in where-evnt (expected one of: " + all_fields + ")"}},
      {"a condition on a field the claims never carry", with("other-where-event:", "other-where-amount:"),
       {"8:5: field 'amount' in other-where-amount is not a field of event claims (they carry: subject, place, date, "
        "event)"}},
      {"a condition with no texts", with("[was held, started]", "[]"), {"8:24: 'other-where-event' must list at least one text"}},
      {"a nested where", with("    where-event: [was called off, was cancelled]\n", "    where: {event: [was called off]}\n"),
       {"6:5: unknown key 'where' in rule 'went-ahead' (expected one of: claims, description, examples, id, kind, message, other, "
        "other-where-<field>, other-where-event, same, severity, time-field, undated-severity, where-<field>, "
        "within-days)"}},
      {"a shared field the other kind never carries", with("other: event", "other: count"),
       {"9:12: field 'subject' in same is not a field of count claims (they carry: date, amount, counted, event)"}},
      {"a key field one side lacks", with("same: [subject]", "same: [subject, amount]"),
       {"9:21: field 'amount' in same is not a field of event claims (they carry: subject, place, date, event)"}},
      {"an empty key", with("same: [subject]", "same: []"), {"9:11: 'same' must name at least one field"}},
      {"two patterns alike", with("other-where-event: [was held, started]", "other-where-event: [was cancelled, WAS CALLED OFF]"),
       {"7:12: 'other' is the same pattern as 'claims': a kind of claim conflicts with itself only when "
        "'where-<field>' or 'other-where-<field>' texts tell the two apart"}},
      {"a time field that holds no dates", went_ahead_rule + "    time-field: place\n",
       {"14:17: 'time-field' must name a field that holds dates (date), not 'place'"}},
      {"an unknown placeholder", with("{this} vs {other}", "{this} vs {that}"),
       {"13:14: bad message template: unknown placeholder '{that}' (expected one of: other, rule, subject, this)"}},
      {"a missing other side", with("    other: event\n", ""),
       {"3:5: missing required key 'other' in rule 'went-ahead'"}},
  };
  for (bad_case const& c : cases) {
    SECTION(c.name) {
      load_outcome const r = load_outcome_of(c.yaml);
      CHECK(r.errors == c.errors);
      CHECK(r.loaded == 0);
    }
  }
}
