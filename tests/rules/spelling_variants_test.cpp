// The spelling-variants rule kind: one person written two ways across sources is an info note,
// never a conflict; surnames, case and one source's own spellings are not variants.
#include "rule_fixture.hpp"

#include "rules/kinds/spelling_variants.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const variants_rule = R"(
rules:
  - id: names
    kind: spelling-variants
    fields: [person, counterpart]
    message: "name spelled two ways: {values}"
)";

std::vector<discrepancy> run_variants(std::vector<stated> const& rows, std::string const& yaml = variants_rule) {
  std::unique_ptr<built_corpus> corpus = build(rows);
  registry kinds;
  kinds.add("spelling-variants", make_spelling_variants_rule);
  std::vector<std::unique_ptr<rule>> rules;
  diagnostics errors;
  load_rules_yaml("test.yaml", yaml, kinds, rules, errors);
  for (diagnostic const& d : errors.items()) FAIL_CHECK(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  return run_rules(rules, corpus->claims, check_context{corpus->store});
}

stated holder(std::string source, std::string name) {
  stated s{std::move(source), "Minister " + name + " spoke.", claim_kind::office_holder, {}};
  s.fields.emplace_back(field_id::person, person(std::move(name)));
  s.fields.emplace_back(field_id::office, office("minister:fisheries", "fisheries minister"));
  return s;
}

}  // namespace

TEST_CASE("spelling-variants: one name written two ways across sources", "[spelling-variants]") {
  struct row {
    char const* name;
    std::vector<stated> rows;
    std::vector<std::string> expected;
  };
  auto const r = GENERATE(values<row>({
      {"hyphen and space", {holder("a.md", "Lee Jae Myung"), holder("b.md", "Lee Jae-myung")},
       {"names info: a.md=Lee Jae Myung, b.md=Lee Jae-myung"}},
      {"accents", {holder("a.md", "Geneviève Thériault"), holder("b.md", "Genevieve Theriault")},
       {"names info: a.md=Geneviève Thériault, b.md=Genevieve Theriault"}},
      {"special letters", {holder("a.md", "Ásdís Þorvaldsdóttir"), holder("b.md", "Asdis Thorvaldsdottir")},
       {"names info: a.md=Ásdís Þorvaldsdóttir, b.md=Asdis Thorvaldsdottir"}},
      {"same spelling", {holder("a.md", "Ana Ruiz"), holder("b.md", "Ana Ruiz")}, {}},
      {"case only", {holder("a.md", "LEE Jae-myung"), holder("b.md", "Lee Jae-myung")}, {}},
      {"surname alone", {holder("a.md", "Thériault"), holder("b.md", "Geneviève Thériault")}, {}},
      {"different people", {holder("a.md", "Ana Ruiz"), holder("b.md", "Ana Ruis")}, {}},
      {"one source", {holder("a.md", "Lee Jae Myung"), holder("a.md", "Lee Jae-myung")}, {}},
  }));
  CAPTURE(r.name);
  CHECK(summaries(run_variants(r.rows)) == r.expected);
}

TEST_CASE("spelling-variants: the message names both spellings", "[spelling-variants]") {
  std::vector<discrepancy> const found = run_variants({holder("a.md", "Kim Min Jun"), holder("b.md", "Kim Min-jun")});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "name spelled two ways: Kim Min Jun vs Kim Min-jun");
}

TEST_CASE("spelling-variants: rules that cannot work are refused with their place", "[spelling-variants]") {
  registry kinds;
  kinds.add("spelling-variants", make_spelling_variants_rule);
  std::vector<std::unique_ptr<rule>> rules;
  diagnostics errors;
  load_rules_yaml("bad.yaml", R"(rules:
  - id: names
    kind: spelling-variants
    fields: [amount]
    message: "{values} {office}"
)", kinds, rules, errors);
  CHECK(rules.empty());
  std::vector<std::string> messages;
  for (diagnostic const& d : errors.items()) messages.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
  CHECK(messages == std::vector<std::string>{"4:14: field 'amount' does not hold names",
                                             "5:14: bad message template: unknown placeholder '{office}' (expected one of: rule, values)"});
}
