// run_rules: every rule over all claims, findings de-duplicated across rules and sorted.
#include "rule_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

/// A rule that reports what it is told to, to test the engine apart from any rule kind.
class canned_rule final : public rule {
 public:
  canned_rule(std::string id, std::vector<discrepancy> found) : id_(std::move(id)), found_(std::move(found)) {}
  std::string_view id() const override { return id_; }
  void check(std::span<claim const>, check_context const&, std::vector<discrepancy>& out) const override {
    out.insert(out.end(), found_.begin(), found_.end());
  }

 private:
  std::string id_;
  std::vector<discrepancy> found_;
};

discrepancy_side side(std::string source, std::uint32_t offset, std::string text, std::string value) {
  return {std::move(source), offset, {1, offset + 1}, {1, offset + 9}, std::move(text), "office-holder", std::move(value)};
}

discrepancy finding(std::string rule, std::vector<discrepancy_side> sides) {
  return {std::move(rule), severity::error, "m", {}, std::move(sides)};
}

std::vector<discrepancy> run(std::vector<std::unique_ptr<rule>> const& rules) {
  source_store store;
  return run_rules(rules, {}, check_context{store});
}

}  // namespace

TEST_CASE("run_rules: the same sentences and values found twice are one finding", "[rules][engine]") {
  std::vector<std::unique_ptr<rule>> rules;
  rules.push_back(std::make_unique<canned_rule>(
      "zeta-first-listed", std::vector<discrepancy>{finding("zeta-first-listed", {side("b.md", 40, "B says.", "Rell"),
                                                                                   side("a.md", 0, "A says.", "Kask")})}));
  // The same two quotations at other offsets and in the other order: still the same finding.
  rules.push_back(std::make_unique<canned_rule>(
      "alpha-second", std::vector<discrepancy>{finding("alpha-second", {side("a.md", 3, "A says.", "Kask"),
                                                                        side("b.md", 44, "B says.", "Rell")})}));
  std::vector<discrepancy> const found = run(rules);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "zeta-first-listed");
  CHECK(summary(found[0]) == "zeta-first-listed error: a.md=Kask, b.md=Rell");
}

TEST_CASE("run_rules: other values or other sentences are other findings", "[rules][engine]") {
  std::vector<std::unique_ptr<rule>> rules;
  rules.push_back(std::make_unique<canned_rule>(
      "one", std::vector<discrepancy>{finding("one", {side("a.md", 0, "A says.", "Kask"), side("b.md", 40, "B says.", "Rell")})}));
  rules.push_back(std::make_unique<canned_rule>(
      "two", std::vector<discrepancy>{
                 finding("two", {side("a.md", 0, "A says.", "Mira Kask"), side("b.md", 40, "B says.", "Rell")}),
                 finding("two", {side("a.md", 0, "A says.", "Kask"), side("c.md", 0, "C says.", "Rell")})}));
  CHECK(run(rules).size() == 3);
}

TEST_CASE("run_rules: findings come out sorted by first side, then rule", "[rules][engine]") {
  std::vector<std::unique_ptr<rule>> rules;
  rules.push_back(std::make_unique<canned_rule>(
      "r-b", std::vector<discrepancy>{finding("r-b", {side("c.md", 5, "C.", "x"), side("a.md", 9, "A.", "y")}),
                                      finding("r-b", {side("a.md", 2, "A2.", "x"), side("b.md", 1, "B.", "y")})}));
  rules.push_back(std::make_unique<canned_rule>(
      "r-a", std::vector<discrepancy>{finding("r-a", {side("a.md", 9, "A.", "z"), side("d.md", 0, "D.", "w")})}));
  std::vector<std::string> const expected = {"r-b error: a.md=x, b.md=y", "r-a error: a.md=z, d.md=w",
                                             "r-b error: a.md=y, c.md=x"};
  CHECK(summaries(run(rules)) == expected);
}

TEST_CASE("run_rules: two rules finding the same conflict report it once", "[rules][engine]") {
  std::string const yaml = R"(rules:
  - id: holder
    kind: single-value
    claims: office-holder
    key: [office]
    value: person
    message: "{office}: {values}"
  - id: holder-copy
    kind: single-value
    claims: office-holder
    key: [office]
    value: person
    message: "again {office}: {values}"
)";
  std::vector<stated> rows(2);
  rows[0] = {"a.md", "Harbour master Mira Kask spoke.", claim_kind::office_holder,
             {{field_id::person, person("Mira Kask")}, {field_id::office, office("harbour-master", "harbour master")}}};
  rows[1] = {"b.md", "Harbour master Tomas Rell spoke.", claim_kind::office_holder,
             {{field_id::person, person("Tomas Rell")}, {field_id::office, office("harbour-master", "harbour master")}}};
  std::unique_ptr<built_corpus> corpus = build(rows);
  std::vector<std::unique_ptr<rule>> rules = rules_from(yaml);
  std::vector<discrepancy> const found = run_rules(rules, corpus->claims, check_context{corpus->store});
  // The copy finds the same thing and is dropped: the rule listed first wins.
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "holder");
  CHECK(found[0].message == "harbour master: Mira Kask vs Tomas Rell");
}

TEST_CASE("run_rules: a later finding quoting only what an earlier one quotes is dropped", "[rules][engine]") {
  std::vector<std::unique_ptr<rule>> rules;
  rules.push_back(std::make_unique<canned_rule>(
      "strict", std::vector<discrepancy>{finding("strict", {side("a.md", 0, "A says.", "Kask"),
                                                            side("a.md", 20, "A again.", "Kask"),
                                                            side("b.md", 40, "B says.", "Rell")})}));
  rules.push_back(std::make_unique<canned_rule>(
      "loose", std::vector<discrepancy>{
                   // Two of the three quotations above: nothing new.
                   finding("loose", {side("a.md", 0, "A says.", "Kask"), side("b.md", 40, "B says.", "Rell")}),
                   // A quotation the first finding lacks: a finding of its own.
                   finding("loose", {side("a.md", 0, "A says.", "Kask"), side("c.md", 5, "C says.", "Rell")})}));
  // Sorted by first side, then rule.
  CHECK(summaries(run(rules)) == std::vector<std::string>{"loose error: a.md=Kask, c.md=Rell",
                                                          "strict error: a.md=Kask, a.md=Kask, b.md=Rell"});
}
