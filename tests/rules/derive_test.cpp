// The derive rule kind over hand-built claims: an anniversary whose years do not add up, and a
// conversion off the rate of an exchange-rate table, are findings on their own; matching sums,
// tolerances, undated claims and pairs or times no table knows stay silent. Tables and their
// errors are read from files written for each test.
#include "rule_fixture.hpp"

#include <filesystem>
#include <fstream>

#include "pipeline/rule_examples.hpp"
#include "rules/kinds/rate_table_loader.hpp"
#include "rules/lexicon_loader.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const anniversary_rule = R"(
rules:
  - id: anniversary-year
    kind: derive
    check: anniversary-year
    message: "{ordinal} anniversary of {since} ({event}): {expected}, not {stated}"
)";

/// An anniversary claim of `years` from `base`, dated `time` (none: undated), with the date the
/// text gives when it says one.
stated anniversary_of(std::string source, int years, std::optional<int> base, std::optional<calendar_date> time,
                      std::optional<int> falls = std::nullopt) {
  stated s{std::move(source), "The treaty's anniversary was marked.", claim_kind::anniversary, {}, time};
  s.fields.emplace_back(field_id::ordinal, years);
  s.fields.emplace_back(field_id::event, words("treaty"));
  if (base) s.fields.emplace_back(field_id::since, on(calendar_date{*base, 0, 0}));
  if (falls) s.fields.emplace_back(field_id::date, on(calendar_date{*falls, 0, 0}));
  return s;
}

/// A table file and a rules file naming it by a relative path, in a directory of their own.
class table_dir {
 public:
  explicit table_dir(std::string const& name) : dir_(std::filesystem::temp_directory_path() / ("claimcheck-derive-" + name)) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~table_dir() { std::filesystem::remove_all(dir_); }
  table_dir(table_dir const&) = delete;
  table_dir& operator=(table_dir const&) = delete;

  std::string write(std::string const& file, std::string const& text) const {
    std::string const path = (dir_ / file).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string path(std::string const& file) const { return (dir_ / file).string(); }

 private:
  std::filesystem::path dir_;
};

std::string const yen_table = R"(rates:
  - {from: JPY, to: USD, rate: 0.0066, from-date: 2024-01-01, to-date: 2024-12-31, note: an invented average}
  - {from: USD, to: JPY, rate: 140, from-date: 2023, to-date: 2023}
)";

/// An exchange-rate rule over `table` (absolute), with extra YAML lines.
std::string exchange_rule(std::string const& table, std::string const& extra = {}) {
  return fmt::format(R"yaml(
rules:
  - id: yen-rate
    kind: derive
    check: exchange-rate
    rates: "{}"
    message: "{{amount}} = {{equivalent}}; expected {{expected}} at {{rate}} {{to}} per {{from}} ({{period}}, {{tolerance}})"
{})yaml",
                     table, extra);
}

stated conversion_of(std::string source, field_value from, field_value to,
                     std::optional<calendar_date> time = calendar_date{2024, 6, 3}) {
  stated s{std::move(source), "The fund got a sum.", claim_kind::conversion, {}, time};
  s.fields.emplace_back(field_id::amount, std::move(from));
  s.fields.emplace_back(field_id::equivalent, std::move(to));
  return s;
}

field_value yen(std::string text, double value) { return amount(std::move(text), value, "", "JPY"); }
field_value dollars(std::string text, double value, std::string bound = {}) {
  return amount(std::move(text), value, std::move(bound), "USD");
}

}  // namespace

TEST_CASE("derive anniversary-year: the base plus the years is the year it falls", "[rules][derive]") {
  struct anniversary_case {
    char const* name;
    stated row;
    std::vector<std::string> expected;
  };
  std::vector<anniversary_case> const cases = {
      {"the sum holds", anniversary_of("a.md", 60, 1965, calendar_date{2025, 9, 9}), {}},
      {"a year off", anniversary_of("a.md", 60, 1965, calendar_date{2026, 1, 5}),
       {"anniversary-year error: a.md=60th anniversary of 1965, dated 2026"}},
      {"ten years off", anniversary_of("a.md", 50, 1965, calendar_date{2025, 9, 9}),
       {"anniversary-year error: a.md=50th anniversary of 1965, dated 2025"}},
      {"the date the text gives wins over the claim's time",
       anniversary_of("a.md", 60, 1965, calendar_date{2026, 1, 5}, 2025), {}},
      {"a stated date that does not add up", anniversary_of("a.md", 60, 1965, calendar_date{2025, 9, 9}, 2024),
       {"anniversary-year error: a.md=60th anniversary of 1965, dated 2024"}},
      {"undated", anniversary_of("a.md", 60, 1965, std::nullopt), {}},
      {"no base year", anniversary_of("a.md", 60, std::nullopt, calendar_date{2026, 1, 5}), {}},
  };
  for (anniversary_case const& c : cases) {
    SECTION(c.name) { CHECK(summaries(check_rows(anniversary_rule, {c.row})) == c.expected); }
  }
}

TEST_CASE("derive anniversary-year: the message and key", "[rules][derive]") {
  std::vector<discrepancy> const found =
      check_rows(anniversary_rule, {anniversary_of("a.md", 60, 1966, calendar_date{2025, 9, 9})});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "60th anniversary of 1966 (treaty): 2026, not 2025");
  CHECK(found[0].key == std::vector<std::pair<std::string, std::string>>{{"event", "treaty"}, {"since", "1966"}});
  REQUIRE(found[0].sides.size() == 1);
  CHECK(found[0].sides[0].kind == "anniversary");
}

TEST_CASE("derive exchange-rate: a conversion against the table's rate for its time", "[rules][derive]") {
  table_dir const dir("cases");
  std::string const yaml = exchange_rule(dir.write("rates.yaml", yen_table));
  struct exchange_case {
    char const* name;
    stated row;
    std::vector<std::string> expected;
  };
  std::vector<exchange_case> const cases = {
      {"near the rate", conversion_of("a.md", yen("one billion yen", 1e9), dollars("$6.7 million", 6.7e6)), {}},
      {"far off the rate", conversion_of("a.md", yen("one billion yen", 1e9), dollars("$8.47 million", 8.47e6)),
       {"yen-rate error: a.md=one billion yen = $8.47 million, " + dir.path("rates.yaml") + "=1 JPY = 0.0066 USD"}},
      {"at the edge of the tolerance", conversion_of("a.md", yen("one billion yen", 1e9), dollars("$6.93 million", 6.93e6)),
       {}},
      {"just past the edge", conversion_of("a.md", yen("one billion yen", 1e9), dollars("$6.94 million", 6.94e6)),
       {"yen-rate error: a.md=one billion yen = $6.94 million, " + dir.path("rates.yaml") + "=1 JPY = 0.0066 USD"}},
      {"about a figure allows a tenth more",
       conversion_of("a.md", yen("one billion yen", 1e9), dollars("about $7.5 million", 7.5e6, "about")), {}},
      {"an entry written the other way round serves at its inverse",
       conversion_of("a.md", yen("one billion yen", 1e9), dollars("$9 million", 9e6), calendar_date{2023, 5, 1}),
       {"yen-rate error: a.md=one billion yen = $9 million, " + dir.path("rates.yaml") + "=1 JPY = 0.007143 USD"}},
      {"the conversion the other way round", conversion_of("a.md", dollars("$1 million", 1e6), yen("¥151m", 151e6)), {}},
      {"a time the table does not cover",
       conversion_of("a.md", yen("one billion yen", 1e9), dollars("$8.47 million", 8.47e6), calendar_date{2019, 5, 1}),
       {}},
      {"a pair the table does not know",
       conversion_of("a.md", amount("€2bn", 2e9, "", "EUR"), dollars("$9bn", 9e9)), {}},
      {"undated", conversion_of("a.md", yen("one billion yen", 1e9), dollars("$8.47 million", 8.47e6), std::nullopt),
       {}},
  };
  for (exchange_case const& c : cases) {
    SECTION(c.name) { CHECK(summaries(check_rows(yaml, {c.row})) == c.expected); }
  }
}

TEST_CASE("derive exchange-rate: the message, the key and the table's side", "[rules][derive]") {
  table_dir const dir("message");
  std::string const table = dir.write("rates.yaml", yen_table);
  std::vector<discrepancy> found = check_rows(
      exchange_rule(table, "    relative-tolerance: 0.1\n    severity: warning"),
      {conversion_of("a.md", yen("one billion yen", 1e9), dollars("$8.47 million", 8.47e6))});
  REQUIRE(found.size() == 1);
  discrepancy const& d = found[0];
  CHECK(d.level == severity::warning);
  CHECK(d.message ==
        "one billion yen = $8.47 million; expected USD 6.6 million at 0.0066 USD per JPY (from 2024-01-01 to "
        "2024-12-31, 10%)");
  CHECK(d.key == std::vector<std::pair<std::string, std::string>>{{"amount", "JPY"}, {"equivalent", "USD"}});
  REQUIRE(d.sides.size() == 2);
  CHECK(d.sides[1].source == table);
  CHECK(d.sides[1].start == line_column{2, 5});
  CHECK(d.sides[1].kind == "fact-sheet");
  CHECK(d.sides[1].text == "JPY to USD at 0.0066, from 2024-01-01 to 2024-12-31 (note: an invented average)");
}

TEST_CASE("derive: a table is named relative to the rules file", "[rules][derive]") {
  table_dir const dir("relative");
  dir.write("rates.yaml", yen_table);
  std::string const rules_path = dir.path("rules.yaml");
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<std::unique_ptr<rule>> rules;
  diagnostics errors;
  load_rules_yaml(rules_path, exchange_rule("rates.yaml"), kinds, rules, errors);
  CHECK(errors.empty());
  CHECK(rules.size() == 1);
}

TEST_CASE("derive: bad parameters and bad tables are located errors", "[rules][derive]") {
  table_dir const dir("errors");
  std::string const good = dir.write("good.yaml", yen_table);
  std::string const negative = dir.write("negative.yaml", "rates:\n  - {from: JPY, to: USD, rate: -1}\n");
  std::string const overlapping = dir.write("overlap.yaml", R"(rates:
  - {from: JPY, to: USD, rate: 0.0066, from-date: 2024}
  - {from: USD, to: JPY, rate: 150, from-date: 2024-06, to-date: 2025}
)");
  std::string const misshapen = dir.write("misshapen.yaml", R"(rates:
  - {from: yen, to: USD, rate: 0.0066, until: 2024}
  - {to: USD, rate: 0.0066}
  - {from: EUR, to: EUR, rate: 1}
  - {from: EUR, to: USD, rate: 1.08, from-date: 2024, to-date: 2023}
)");
  std::string const missing = dir.path("missing.yaml");
  struct error_case {
    char const* name;
    std::string yaml;
    std::vector<std::string> errors;
  };
  std::vector<error_case> const cases = {
      {"an unknown check", "rules:\n  - id: r\n    kind: derive\n    check: sum\n",
       {"4:12: unknown derive check 'sum' (expected one of: anniversary-year, exchange-rate)"}},
      {"rates on an anniversary check",
       "rules:\n  - id: r\n    kind: derive\n    check: anniversary-year\n    rates: x.yaml\n",
       {"5:12: 'rates' applies to 'check: exchange-rate' only"}},
      {"no rates for an exchange check", "rules:\n  - id: r\n    kind: derive\n    check: exchange-rate\n",
       {"2:5: missing required key 'rates' in rule 'r' (an exchange-rate table file, or a list of them, relative to "
        "the rules file)"}},
      {"a tolerance out of range", exchange_rule(good, "    relative-tolerance: 5"),
       {"8:25: 'relative-tolerance' must be a number from 0 to 1 (a fraction: 0.05 for 5%), got '5'"}},
      {"an unknown placeholder",
       "rules:\n  - id: r\n    kind: derive\n    check: anniversary-year\n    message: \"{rate}\"\n",
       {"5:14: bad message template: unknown placeholder '{rate}' (expected one of: event, expected, ordinal, rule, "
        "since, stated, years)"}},
      {"a table that cannot be read", exchange_rule(missing),
       {"6:12: exchange-rate table " + missing + ": cannot read the file"}},
      {"a negative rate", exchange_rule(negative),
       {"6:12: exchange-rate table " + negative + ":2:32: 'rate' must be a positive number, got '-1'"}},
      {"overlapping periods of one pair", exchange_rule(overlapping),
       {"6:12: exchange-rate table " + overlapping + ":3:5: overlaps the rate at " + overlapping +
        ":2: from 2024-06 to 2025 and from 2024 both give a rate between USD and JPY (150 and 0.0066)"}},
      {"misshapen entries", exchange_rule(misshapen),
       {"6:12: exchange-rate table " + misshapen +
            ":2:12: 'from' must be an ISO 4217 code of three capital letters (\"JPY\"), got 'yen'",
        "6:12: exchange-rate table " + misshapen +
            ":2:40: unknown key 'until' in a rate (expected one of: from, to, rate, from-date, to-date, note)",
        "6:12: exchange-rate table " + misshapen + ":3:5: missing required key 'from' in a rate",
        "6:12: exchange-rate table " + misshapen + ":4:5: 'from' and 'to' are the same currency (EUR)",
        "6:12: exchange-rate table " + misshapen + ":5:64: 'to-date' (2023) is before 'from-date' (2024)"}},
  };
  for (error_case const& c : cases) {
    SECTION(c.name) {
      load_outcome const outcome = load_outcome_of(c.yaml);
      CHECK(outcome.loaded == 0);
      CHECK(outcome.errors == c.errors);
    }
  }
}

TEST_CASE("derive: the example rate table and rule load, and their examples pass", "[rules][derive][examples]") {
  std::string const root = CLAIMCHECK_SOURCE_DIR;
  diagnostics errors;
  rate_table table;
  load_rate_table_file(root + "/examples/facts/exchange-rates.yaml", table, errors);
  CHECK(errors.empty());
  CHECK(table.rates.size() >= 4);

  std::string const rules_path = root + "/examples/facts/exchange-rate-rules.yaml";
  std::ifstream in(rules_path, std::ios::binary);
  std::string const text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<loaded_rule> rules;
  load_rules_yaml(rules_path, text, kinds, rules, errors);
  for (diagnostic const& d : errors.items()) FAIL_CHECK(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  REQUIRE(rules.size() == 1);
  lexicon const lex = load_builtin_lexicon(errors);
  std::vector<example_result> const results = run_rule_examples(rules[0], lex);
  REQUIRE(results.size() == 2);
  for (example_result const& r : results) {
    CAPTURE(r.at.line);
    CHECK(r.passed);
  }
}
