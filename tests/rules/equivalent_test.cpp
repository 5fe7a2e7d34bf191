// The equivalent rule kind: durations and ordinals compared by what they mean, with no
// tolerance. "A decade" is "ten years" is "120 months"; "ten years" is not "twelve years", nor
// "ten days" "twelve days", although single-value lets lengths a few days apart pass.
#include "rule_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const since_rule = R"(
rules:
  - id: since
    kind: equivalent
    claims: first-since
    key: [ordinal, counted, jurisdiction]
    value: duration
    within-days: 30
    undated-severity: warning
    message: "the last {counted} in {jurisdiction}: {values}"
)";

stated first_in(std::string source, duration since, std::optional<calendar_date> time = calendar_date{2031, 5, 14},
                int ordinal = 1) {
  stated s{std::move(source), "The first summit held in Valdoria for some time.", claim_kind::first_since, {}, time};
  s.fields.emplace_back(field_id::ordinal, ordinal);
  s.fields.emplace_back(field_id::counted, words("summit"));
  s.fields.emplace_back(field_id::jurisdiction, country("VD", "Valdoria"));
  s.fields.emplace_back(field_id::duration, since);
  return s;
}

using unit = duration::unit;

struct equivalent_case {
  char const* name;
  std::vector<stated> rows;
  std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("equivalent: durations by meaning", "[rules][equivalent]") {
  std::vector<equivalent_case> const cases = {
      {"a decade, ten years and 120 months",
       {first_in("a.md", {10, unit::year}), first_in("b.md", {10, unit::year}), first_in("c.md", {120, unit::month})},
       {}},
      {"eighteen months and a year and a half", {first_in("a.md", {18, unit::month}), first_in("b.md", {1.5, unit::year})}, {}},
      {"48 hours and two days", {first_in("a.md", {48, unit::hour}), first_in("b.md", {2, unit::day})}, {}},
      {"two weeks and fourteen days", {first_in("a.md", {2, unit::week}), first_in("b.md", {14, unit::day})}, {}},
      {"a month and thirty days", {first_in("a.md", {1, unit::month}), first_in("b.md", {30, unit::day})}, {}},
      {"ten and twelve years", {first_in("a.md", {10, unit::year}), first_in("b.md", {12, unit::year})},
       {"since error: a.md=P10Y, b.md=P12Y"}},
      {"ten years and 121 months", {first_in("a.md", {10, unit::year}), first_in("b.md", {121, unit::month})},
       {"since error: a.md=P10Y, b.md=P121M"}},
      {"ten and twelve days", {first_in("a.md", {10, unit::day}), first_in("b.md", {12, unit::day})},
       {"since error: a.md=P10D, b.md=P12D"}},
      {"36 hours and two days", {first_in("a.md", {36, unit::hour}), first_in("b.md", {2, unit::day})},
       {"since error: a.md=PT36H, b.md=P2D"}},
      {"a month and forty days", {first_in("a.md", {1, unit::month}), first_in("b.md", {40, unit::day})},
       {"since error: a.md=P1M, b.md=P40D"}},
      {"one source never contradicts itself", {first_in("a.md", {10, unit::year}), first_in("a.md", {12, unit::year})}, {}},
      {"the second such summit is another slot",
       {first_in("a.md", {10, unit::year}), first_in("b.md", {12, unit::year}, calendar_date{2031, 5, 14}, 2)},
       {}},
      {"claims months apart are about other summits",
       {first_in("a.md", {10, unit::year}), first_in("b.md", {12, unit::year}, calendar_date{2031, 9, 1})},
       {}},
      {"an undated claim conflicts as a warning",
       {first_in("a.md", {10, unit::year}, std::nullopt), first_in("b.md", {12, unit::year})},
       {"since warning: a.md=P10Y, b.md=P12Y"}},
  };
  for (equivalent_case const& c : cases) {
    SECTION(c.name) { CHECK(summaries(check_rows(since_rule, c.rows)) == c.expected); }
  }
}

TEST_CASE("equivalent: stricter than single-value on lengths a few days apart", "[rules][equivalent]") {
  std::string single = since_rule;
  single.replace(single.find("kind: equivalent"), 16, "kind: single-value");
  std::vector<stated> const rows = {first_in("a.md", {10, unit::day}), first_in("b.md", {12, unit::day})};
  CHECK(check_rows(single, rows).empty());
  CHECK(check_rows(since_rule, rows).size() == 1);
}

TEST_CASE("equivalent: the message gives each length once, in its longest spelling", "[rules][equivalent]") {
  std::vector<discrepancy> const found =
      check_rows(since_rule, {first_in("b.md", {120, unit::month}), first_in("a.md", {10, unit::year}),
                              first_in("c.md", {7, unit::year})});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "the last summit in Valdoria: P120M vs P7Y");
  CHECK(summary(found[0]) == "since error: a.md=P10Y, b.md=P120M, c.md=P7Y");
}

TEST_CASE("equivalent: ordinals", "[rules][equivalent]") {
  std::string const visit_rule = R"(
rules:
  - id: visit-count
    kind: equivalent
    claims: visit
    key: [subject, place, duration]
    value: ordinal
    message: "{subject} in {place}: {values}"
)";
  auto const visit = [](std::string source, int nth) {
    stated s{std::move(source), "Ivo Saar made a visit to Port Alder.", claim_kind::visit, {}, calendar_date{2031, 5, 14}};
    s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
    s.fields.emplace_back(field_id::place, place("Port Alder"));
    s.fields.emplace_back(field_id::duration, duration{10, unit::year});
    s.fields.emplace_back(field_id::ordinal, nth);
    return s;
  };
  CHECK(check_rows(visit_rule, {visit("a.md", 2), visit("b.md", 2)}).empty());
  CHECK(summaries(check_rows(visit_rule, {visit("a.md", 2), visit("b.md", 3)})) ==
        std::vector<std::string>{"visit-count error: a.md=2, b.md=3"});
}

TEST_CASE("equivalent: malformed rules are located errors", "[rules][equivalent][loader]") {
  struct bad_case {
    char const* name;
    std::string yaml;
    std::vector<std::string> errors;
  };
  std::vector<bad_case> const cases = {
      {"dates are for agree",
       "rules:\n  - id: visit-when\n    kind: equivalent\n    claims: visit\n    key: [subject, place]\n"
       "    value: date\n    message: \"{values}\"\n",
       {"6:12: 'equivalent' compares durations and ordinals; field 'date' holds dates (use 'agree' for amounts and dates)"}},
      {"amounts are for agree",
       "rules:\n  - id: walkout\n    kind: equivalent\n    claims: count\n    key: [counted, event]\n"
       "    value: amount\n    message: \"{values}\"\n",
       {"6:12: 'equivalent' compares durations and ordinals; field 'amount' holds amounts (use 'agree' for amounts and "
        "dates)"}},
      {"a key field the claims never carry",
       "rules:\n  - id: since\n    kind: equivalent\n    claims: first-since\n    key: [ordinal, counted, place]\n"
       "    value: duration\n    message: \"{values}\"\n",
       {"5:29: field 'place' in key is not a field of first-since claims (they carry: jurisdiction, duration, ordinal, "
        "counted)"}},
      {"no tolerance to give", since_rule + "    absolute-tolerance: 5\n",
       {"11:5: unknown key 'absolute-tolerance' in rule 'since' (expected one of: claims, description, examples, id, key, kind, "
        "message, optional-key, partial-key-message, partial-key-severity, several-values-in-one-source, severity, time-field, "
        "time-field-precision, undated-severity, value, within-days)"}},
  };
  for (bad_case const& c : cases) {
    SECTION(c.name) {
      load_outcome const r = load_outcome_of(c.yaml);
      CHECK(r.errors == c.errors);
      CHECK(r.loaded == 0);
    }
  }
}
