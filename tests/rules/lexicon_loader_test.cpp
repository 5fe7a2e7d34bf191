// The lexicon loader: the built-in lexicon loads cleanly and knows the words news prose uses;
// user lexicon files extend it; malformed files are reported with exact locations.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "rules/lexicon_loader.hpp"

using namespace claimcheck;

namespace {

lexicon const& builtin() {
  static lexicon const lex = [] {
    diagnostics errors;
    return load_builtin_lexicon(errors);
  }();
  return lex;
}

std::vector<std::string> messages(diagnostics const& errors) {
  std::vector<std::string> out;
  for (diagnostic const& d : errors.items())
    out.push_back(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  return out;
}

struct office_case {
  std::string title;
  std::string id;
  bool unique;
  std::string jurisdiction;
};

struct country_case {
  std::string phrase;
  std::string id;
};

struct number_case {
  std::string phrase;
  std::uint32_t value;
};

}  // namespace

TEST_CASE("lexicon: the built-in lexicon loads without errors", "[lexicon]") {
  diagnostics errors;
  lexicon const lex = load_builtin_lexicon(errors);
  CHECK(messages(errors) == std::vector<std::string>{});
  CHECK(lex.countries.size() >= 193);
  CHECK(lex.name_stopwords.size() >= 150);
}

TEST_CASE("lexicon: loading is deterministic", "[lexicon]") {
  diagnostics errors;
  lexicon const again = load_builtin_lexicon(errors);
  REQUIRE(again.offices.size() == builtin().offices.size());
  for (std::size_t i = 0; i < again.offices.size(); ++i) CHECK(again.offices[i].id == builtin().offices[i].id);
  REQUIRE(again.countries.size() == builtin().countries.size());
  for (std::size_t i = 0; i < again.countries.size(); ++i) CHECK(again.countries[i].id == builtin().countries[i].id);
  CHECK(again.titles.size() == builtin().titles.size());
}

TEST_CASE("lexicon: titles name their office", "[lexicon][offices]") {
  auto const c = GENERATE(values<office_case>({
      {"Defense Minister", "minister:defence", true, ""},
      {"Defence Minister", "minister:defence", true, ""},
      {"defence minister", "minister:defence", true, ""},
      {"Minister of Defence", "minister:defence", true, ""},
      {"Secretary of Defense", "minister:defence", true, ""},
      {"Defence Secretary", "minister:defence", true, ""},
      {"Secretary of State for Defence", "minister:defence", true, ""},
      {"Minister for Health", "minister:health", true, ""},
      {"Health and Human Services Secretary", "minister:health", true, ""},
      {"Minister of the Interior", "minister:interior", true, ""},
      {"Union Home Minister", "minister:interior", true, ""},
      {"Foreign Minister", "minister:foreign-affairs", true, ""},
      {"Minister for Foreign Affairs", "minister:foreign-affairs", true, ""},
      {"Treasury Secretary", "minister:finance", true, ""},
      {"Minister of Economy and Finance", "minister:finance", true, ""},
      {"Labor Secretary", "minister:labour", true, ""},
      {"Cabinet Secretary for Education", "minister:education", true, ""},
      {"Unification Minister", "minister:unification", true, ""},
      // explicit titles win over generated ones and may imply a jurisdiction
      {"Home Secretary", "minister:interior", true, "GB"},
      {"Secretary of State", "minister:foreign-affairs", true, "US"},
      {"Chancellor of the Exchequer", "minister:finance", true, "GB"},
      {"Taoiseach", "prime-minister", true, "IE"},
      {"Bank of Japan Governor", "central-bank-governor", true, "JP"},
      {"Prime Minister", "prime-minister", true, ""},
      {"Premier", "prime-minister", true, ""},
      {"PM", "prime-minister", true, ""},
      {"President", "president", true, ""},
      {"Chancellor", "chancellor", true, ""},
      {"Governor", "governor", true, ""},
      {"Mayor", "mayor", true, ""},
      {"Speaker", "speaker", true, ""},
      {"Chief Justice", "chief-justice", true, ""},
      {"Attorney General", "attorney-general", true, ""},
      {"Central Bank Governor", "central-bank-governor", true, ""},
      {"Army Chief", "army-chief", true, ""},
      {"Secretary-General", "secretary-general", true, ""},
      {"General Secretary", "general-secretary", true, ""},
      {"CEO", "chief-executive", true, ""},
      {"Chief Executive Officer", "chief-executive", true, ""},
      {"Chairwoman", "chair", true, ""},
      {"King", "king", true, ""},
      // many holders at once
      {"Vice President", "vice-president", false, ""},
      {"Deputy Prime Minister", "deputy-prime-minister", false, ""},
      {"Deputy Defence Minister", "deputy-minister:defence", false, ""},
      {"Vice Foreign Minister", "deputy-minister:foreign-affairs", false, ""},
      {"Minister of State for Defence", "junior-minister:defence", false, ""},
      {"Shadow Home Secretary", "shadow-minister:interior", false, ""},
      {"Foreign Ministry Spokesperson", "ministry-spokesperson:foreign-affairs", false, ""},
      {"Spokeswoman", "spokesperson", false, ""},
      {"Senator", "legislator", false, ""},
      {"Ambassador", "ambassador", false, ""},
      {"Minister", "minister", false, ""},
      {"Chief of Staff", "chief-of-staff", false, ""},
      {"Keynote Speaker", "event-speaker", false, ""},
  }));
  CAPTURE(c.title);
  office_entry const* office = builtin().office_for(c.title);
  REQUIRE(office != nullptr);
  CHECK(office->id == c.id);
  CHECK(office->unique == c.unique);
  CHECK(office->jurisdiction == c.jurisdiction);
}

TEST_CASE("lexicon: generated offices are named after their portfolio", "[lexicon][offices]") {
  CHECK(builtin().office_for("Secretary of Defense")->name == "defence minister");
  CHECK(builtin().office_for("Minister for Foreign Affairs")->name == "foreign minister");
  CHECK(builtin().office_for("Secretary of State")->name == "foreign minister");
  CHECK(builtin().office_for("Deputy Minister of Health")->name == "deputy health minister");
}

TEST_CASE("lexicon: words that are not titles", "[lexicon][offices]") {
  auto const phrase = GENERATE(as<std::string>{}, "Defence", "Ministry", "Defence Ministry", "Deputy Defence",
                               "President-elect", "Gen", "Under", "Bishop", "Manager", "Minister of Defence Procurement",
                               "Prime", "Ministers");
  CAPTURE(phrase);
  CHECK(builtin().office_for(phrase) == nullptr);
}

TEST_CASE("lexicon: country names and nationality adjectives", "[lexicon][countries]") {
  auto const c = GENERATE(values<country_case>({
      {"South Korean", "KR"}, {"South Korea", "KR"},   {"Republic of Korea", "KR"}, {"Korea", "KR"},
      {"Korean", "KR"},       {"North Korea", "KP"},   {"North Korean", "KP"},      {"DPRK", "KP"},
      {"U.S.", "US"},         {"US", "US"},            {"United States", "US"},     {"America", "US"},
      {"American", "US"},     {"UK", "GB"},            {"U.K.", "GB"},              {"Britain", "GB"},
      {"British", "GB"},      {"Japan", "JP"},         {"Japanese", "JP"},          {"Latvian", "LV"},
      {"Norwegian", "NO"},    {"Irish", "IE"},         {"Spanish", "ES"},           {"Dutch", "NL"},
      {"the Netherlands", "NL"}, {"Türkiye", "TR"},    {"Turkey", "TR"},            {"Ivory Coast", "CI"},
      {"Côte d'Ivoire", "CI"}, {"Czech", "CZ"},        {"Filipino", "PH"},          {"Emirati", "AE"},
      {"Taiwan", "TW"},       {"Kosovo", "XK"},        {"Palestinian", "PS"},       {"Hong Kong", "HK"},
      {"Vatican", "VA"},      {"Holy See", "VA"},      {"EU", "EU"},                {"European Union", "EU"},
      {"U.N.", "UN"},         {"NATO", "NATO"},        {"Nato", "NATO"},            {"ASEAN", "ASEAN"},
      {"African Union", "AFRICAN-UNION"}, {"World Health Organization", "WHO"}, {"WHO", "WHO"},
  }));
  CAPTURE(c.phrase);
  country_entry const* country = builtin().country_for(c.phrase);
  REQUIRE(country != nullptr);
  CHECK(country->id == c.id);
}

TEST_CASE("lexicon: regions and ambiguous names are not countries", "[lexicon][countries]") {
  auto const phrase = GENERATE(as<std::string>{}, "Galician", "Galicia", "Scotland", "Scottish", "Catalonia",
                               "Texas", "Congo", "Congolese", "Europe", "European", "Seoul");
  CAPTURE(phrase);
  CHECK(builtin().country_for(phrase) == nullptr);
}

TEST_CASE("lexicon: a lower-case word is never a nationality", "[lexicon][countries]") {
  // Lookups ignore case: "who" before a title must not read as the WHO.
  CHECK_FALSE(builtin().nationalities.find("who"));
}

TEST_CASE("lexicon: every country is found by its own name", "[lexicon][countries]") {
  std::set<std::string> ids;
  for (country_entry const& country : builtin().countries) {
    CAPTURE(country.id);
    CHECK(ids.insert(country.id).second);
    country_entry const* found = builtin().country_for(country.name);
    REQUIRE(found != nullptr);
    CHECK(found->id == country.id);
  }
}

TEST_CASE("lexicon: every implied jurisdiction is a country", "[lexicon][offices]") {
  for (office_entry const& office : builtin().offices) {
    if (office.jurisdiction.empty()) continue;
    CAPTURE(office.id, office.jurisdiction);
    bool const known = std::any_of(builtin().countries.begin(), builtin().countries.end(),
                                   [&](country_entry const& c) { return c.id == office.jurisdiction; });
    CHECK(known);
  }
}

TEST_CASE("lexicon: the longest phrase at the start of a text", "[lexicon]") {
  lexicon const& lex = builtin();
  auto const japan = lex.country_names.match("Japan's Defence Minister Gen Nakatani");
  REQUIRE(japan);
  CHECK(japan->length == std::string("Japan").size());
  auto const title = lex.titles.match("Defence Minister Gen Nakatani said");
  REQUIRE(title);
  CHECK(title->length == std::string("Defence Minister").size());
  auto const deputy = lex.titles.match("Deputy Defence Minister Kim Seon-ho");
  REQUIRE(deputy);
  CHECK(deputy->length == std::string("Deputy Defence Minister").size());
  CHECK(lex.offices[deputy->id].id == "deputy-minister:defence");
  auto const korean = lex.nationalities.match("South Korean Defence Minister Ahn Gyu-back");
  REQUIRE(korean);
  CHECK(korean->length == std::string("South Korean").size());
  auto const us = lex.nationalities.match("U.S. Secretary of Defense");
  REQUIRE(us);
  CHECK(us->length == std::string("U.S.").size());
  auto const met = lex.meeting_verbs.match("met with his South Korean counterpart");
  REQUIRE(met);
  CHECK(met->length == std::string("met with").size());
  auto const talks = lex.meeting_verbs.match("held bilateral talks with Norway's prime minister");
  REQUIRE(talks);
  CHECK(talks->length == std::string("held bilateral talks with").size());
  auto const arrived = lex.visit_verbs.match("arrived in Hanoi on March 4");
  REQUIRE(arrived);
  CHECK(arrived->length == std::string("arrived in").size());
  auto const state_visit = lex.visit_nouns.match("state visit to Japan");
  REQUIRE(state_visit);
  CHECK(state_visit->length == std::string("state visit").size());
  auto const counterpart = lex.counterpart_nouns.match("counterpart, Ahn Gyu-back");
  REQUIRE(counterpart);
  CHECK(counterpart->length == std::string("counterpart").size());
  auto const plural = lex.counterpart_nouns.match("counterparts' views");
  REQUIRE(plural);
  CHECK(plural->length == std::string("counterparts").size());
}

TEST_CASE("lexicon: months and weekdays", "[lexicon][dates]") {
  auto const c = GENERATE(values<number_case>({
      {"January", 1}, {"Jan", 1}, {"May", 5}, {"Aug", 8}, {"August", 8}, {"Sept", 9}, {"Sep", 9}, {"september", 9},
      {"Dec", 12},
  }));
  CAPTURE(c.phrase);
  CHECK(builtin().months.find(c.phrase) == c.value);
  CHECK(builtin().weekdays.find("Tuesday") == 2u);
  CHECK(builtin().weekdays.find("Thurs") == 4u);
  CHECK(builtin().weekdays.find("Sunday") == 7u);
  // A given name and a family name that would otherwise be refused as names.
  CHECK_FALSE(builtin().months.find("Jun"));
  CHECK_FALSE(builtin().weekdays.find("Sun"));
}

TEST_CASE("lexicon: number words and ordinals", "[lexicon][numbers]") {
  auto const c = GENERATE(values<number_case>({
      {"zero", 0}, {"a", 1}, {"an", 1}, {"one", 1}, {"ten", 10}, {"twelve", 12}, {"a dozen", 12}, {"twenty", 20},
      {"twenty-five", 25}, {"ninety-nine", 99}, {"a hundred", 100},
  }));
  CAPTURE(c.phrase);
  CHECK(builtin().number_words.find(c.phrase) == c.value);
  CHECK(builtin().ordinals.find("first") == 1u);
  CHECK(builtin().ordinals.find("twenty-first") == 21u);
  CHECK(builtin().ordinals.find("thirtieth") == 30u);
  CHECK(builtin().ordinals.find("hundredth") == 100u);
  CHECK_FALSE(builtin().number_words.find("several"));
  CHECK_FALSE(builtin().number_words.find("half a"));
}

TEST_CASE("lexicon: duration units", "[lexicon][numbers]") {
  struct unit_case {
    std::string phrase;
    duration::unit unit;
    double times;
  };
  auto const c = GENERATE(values<unit_case>({
      {"day", duration::unit::day, 1},       {"days", duration::unit::day, 1},
      {"weeks", duration::unit::week, 1},    {"fortnight", duration::unit::week, 2},
      {"month", duration::unit::month, 1},   {"years", duration::unit::year, 1},
      {"decade", duration::unit::year, 10},  {"decades", duration::unit::year, 10},
      {"century", duration::unit::year, 100},
  }));
  CAPTURE(c.phrase);
  auto const index = builtin().duration_units.find(c.phrase);
  REQUIRE(index);
  duration_unit_entry const& entry = builtin().duration_units_info.at(*index);
  CHECK(entry.unit == c.unit);
  CHECK(entry.times == c.times);
}

TEST_CASE("lexicon: role modifiers", "[lexicon]") {
  struct modifier_case {
    std::string phrase;
    role_time time;
  };
  auto const c = GENERATE(values<modifier_case>({
      {"former", role_time::past},      {"ex", role_time::past},           {"then", role_time::past},
      {"late", role_time::past},        {"erstwhile", role_time::past},    {"current", role_time::current},
      {"incumbent", role_time::current}, {"acting", role_time::current},   {"incoming", role_time::future},
      {"designate", role_time::future},
  }));
  CAPTURE(c.phrase);
  auto const id = builtin().role_modifiers.find(c.phrase);
  REQUIRE(id);
  CHECK(static_cast<role_time>(*id) == c.time);
  CHECK_FALSE(builtin().role_modifiers.find("new"));
}

TEST_CASE("lexicon: name stopwords, particles and abbreviations", "[lexicon][names]") {
  lexicon const& lex = builtin();
  for (char const* word : {"The", "He", "She", "In", "Officials", "Police", "According", "After", "Meanwhile", "However", "Mr"})
    CHECK(lex.name_stopwords.find(word));
  // Words that are names as well must stay usable in names.
  for (char const* word : {"Gen", "Will", "Park", "Long", "Young", "Oh", "Do", "President"})
    CHECK_FALSE(lex.name_stopwords.find(word));
  for (char const* word : {"de", "da", "van", "von", "der", "bin", "al", "y"}) CHECK(lex.name_particles.find(word));
  for (char const* word : {"Mr.", "Gen.", "Sept.", "Aug.", "U.S.", "U.K.", "Inc.", "a.m.", "e.g."})
    CHECK(lex.abbreviations.find(word));
  CHECK_FALSE(lex.abbreviations.find("etc."));
}

TEST_CASE("lexicon: a user file extends countries and offices of the built-in lexicon", "[lexicon][user]") {
  lexicon lex = builtin();
  diagnostics errors;
  load_lexicon_yaml("extra.yaml",
                    "countries:\n"
                    "  - {id: KR, names: [Hanguk]}\n"
                    "  - {id: XQ, name: Freedonia, adjectives: [Freedonian]}\n"
                    "offices:\n"
                    "  - {id: president, titles: [Head of State]}\n"
                    "  - {id: grand-vizier, jurisdiction: XQ, titles: [Grand Vizier]}\n",
                    lex, errors);
  CHECK(messages(errors) == std::vector<std::string>{});
  CHECK(lex.country_for("Hanguk")->id == "KR");
  CHECK(lex.country_for("Freedonian")->id == "XQ");
  CHECK(lex.office_for("Head of State")->id == "president");
  CHECK(lex.office_for("Grand Vizier")->jurisdiction == "XQ");
  CHECK(lex.countries.size() == builtin().countries.size() + 1);
}

TEST_CASE("lexicon: portfolios of a file combine with its patterns; explicit titles win", "[lexicon][user]") {
  lexicon lex;
  diagnostics errors;
  // The explicit office comes last in the file and still wins over the generated title.
  load_lexicon_yaml("space.yaml",
                    "portfolios:\n"
                    "  - {id: space, names: [Space, Outer Space]}\n"
                    "  - {id: home-affairs, name: home affairs, names: [Home]}\n"
                    "portfolio-titles:\n"
                    "  - office: 'minister:{}'\n"
                    "    name: '{} minister'\n"
                    "    patterns: ['{} Minister', 'Minister for {}']\n"
                    "  - {office: 'deputy:{}', name: 'deputy {} minister', unique: false, patterns: ['Deputy {} Minister']}\n"
                    "offices:\n"
                    "  - {id: home-boss, titles: [Home Minister]}\n",
                    lex, errors);
  CHECK(messages(errors) == std::vector<std::string>{});
  REQUIRE(lex.office_for("Minister for Outer Space"));
  CHECK(lex.office_for("Minister for Outer Space")->id == "minister:space");
  CHECK(lex.office_for("space minister")->name == "space minister");
  CHECK(lex.office_for("Minister for Home")->id == "minister:home-affairs");
  CHECK(lex.office_for("Minister for Home")->name == "home affairs minister");
  CHECK(lex.office_for("Home Minister")->id == "home-boss");
  CHECK(lex.office_for("Deputy Space Minister")->id == "deputy:space");
  CHECK_FALSE(lex.office_for("Deputy Space Minister")->unique);
}

TEST_CASE("lexicon: a bad entry is skipped and the rest of the file loads", "[lexicon][errors]") {
  lexicon lex;
  diagnostics errors;
  load_lexicon_yaml("mixed.yaml",
                    "countries:\n"
                    "  - {id: XA, name: Atlantis}\n"
                    "  - {id: XB}\n"
                    "  - {id: XC, name: Lemuria, adjectives: [Lemurian]}\n"
                    "months: {Smarch: 13, Jan: 1}\n",
                    lex, errors);
  CHECK(messages(errors) == std::vector<std::string>{
                                "mixed.yaml:3:5: missing required key 'name' in country 'XB'",
                                "mixed.yaml:5:18: month 'Smarch' must be a whole number from 1 to 12, got '13'",
                            });
  CHECK(lex.countries.size() == 2);
  CHECK(lex.country_for("Lemurian")->id == "XC");
  CHECK(lex.months.find("Jan") == 1u);
  CHECK_FALSE(lex.months.find("Smarch"));
}

TEST_CASE("lexicon: malformed files are reported where the problem is", "[lexicon][errors]") {
  struct bad_case {
    std::string yaml;
    std::vector<std::string> expected;
  };
  auto const c = GENERATE(values<bad_case>({
      {"- countries\n", {"bad.yaml:1:1: a lexicon file must be a map of sections, not a list"}},
      // yaml-cpp notices the unclosed map where the input ends.
      {"months: {Jan: 1\n", {"bad.yaml:2:1: YAML syntax error: end of map flow not found"}},
      {"months:\n  - January\n", {"bad.yaml:2:3: 'months' must be a map, not a list"}},
      {"months:\n  Jan: 1\n  Jan: 1\n", {"bad.yaml:3:3: key 'Jan' is given twice in 'months'"}},
      {"months:\n  Jan: 1\n  jan: 2\n", {"bad.yaml:3:3: 'jan' already stands for month 1"}},
      {"months:\n  Jan: x\n  Feb:\n  Mar: [3]\n",
       {"bad.yaml:2:8: month 'Jan' must be a whole number from 1 to 12, got 'x'",
        "bad.yaml:3:3: month 'Feb' must be a whole number from 1 to 12, not nothing",
        "bad.yaml:4:8: month 'Mar' must be a whole number from 1 to 12, not a list"}},
      {"weekdays: {Funday: 8}\n", {"bad.yaml:1:20: weekday 'Funday' must be a whole number from 1 to 7, got '8'"}},
      {"countries: {id: XX}\n", {"bad.yaml:1:12: 'countries' must be a list, not a map"}},
      {"countries:\n  - XX\n", {"bad.yaml:2:5: each item of 'countries' must be a map, not a single value"}},
      {"countries:\n  - {name: Nowhere}\n", {"bad.yaml:2:5: missing required key 'id' in country entry"}},
      {"countries:\n  - {id: XX, name: Nowhere, adjective: [Nowherian]}\n",
       {"bad.yaml:2:29: unknown key 'adjective' in country 'XX' (expected one of: id, name, names, adjectives)"}},
      {"countries:\n  - {id: XX, name: Nowhere}\n  - {id: XX, name: Elsewhere}\n",
       {"bad.yaml:3:10: duplicate country id 'XX'"}},
      {"countries:\n  - {id: XX, name: [Nowhere]}\n", {"bad.yaml:2:20: 'name' must be a single value, not a list"}},
      {"countries:\n  - {id: XX, name: Nowhere, names: {a: b}}\n",
       {"bad.yaml:2:36: 'names' must be a list, not a map"}},
      {"countries:\n  - {id: XX, name: Nowhere, names: [Nowhere Land, [Nada]]}\n",
       {"bad.yaml:2:51: each item of 'names' must be a single value, not a list"}},
      {"countries:\n  - {id: XX, name: Georgia}\n  - {id: XY, name: Georgia}\n",
       {"bad.yaml:3:20: 'Georgia' already stands for country 'XX'"}},
      {"offices:\n  - {id: boss}\n", {"bad.yaml:2:5: missing required key 'titles' in office 'boss'"}},
      {"offices:\n  - {id: boss, unique: maybe, titles: [Boss]}\n",
       {"bad.yaml:2:24: 'unique' must be true or false, got 'maybe'"}},
      {"offices:\n  - {id: boss, jurisdiction: ZZ, titles: [Boss]}\n",
       {"bad.yaml:2:30: unknown jurisdiction 'ZZ': no country has this id"}},
      {"offices:\n  - {id: boss, titles: [Boss]}\n  - {id: boss, titles: [Chief Boss]}\n",
       {"bad.yaml:3:10: duplicate office 'boss'"}},
      {"offices:\n  - {id: boss, titles: [Boss]}\n  - {id: chief, titles: [boss]}\n",
       {"bad.yaml:3:26: 'boss' already stands for office 'boss'"}},
      {"modifiers:\n  someday: [eventually]\n",
       {"bad.yaml:2:3: unknown role time 'someday' (expected one of: past, current, future)"}},
      {"modifiers:\n  past: [former]\n  future: [former]\n",
       {"bad.yaml:3:12: 'former' already stands for role time 'past'"}},
      {"duration-units:\n  - {unit: era, names: [eras]}\n  - {unit: year, times: -1, names: [antiyears]}\n",
       {"bad.yaml:2:12: 'unit' must be one of day, week, month, year, hour, minute, second, got 'era'",
        "bad.yaml:3:25: 'times' must be a positive number, got '-1'"}},
      {"abbreviations: [Gen]\nname-particles: [Van]\n",
       {"bad.yaml:1:17: abbreviation 'Gen' must end with a full stop",
        "bad.yaml:2:18: name particle 'Van' must start with a lower-case letter"}},
      {"meeting-verbs: [met, '']\n", {"bad.yaml:1:22: an item of 'meeting-verbs' is empty"}},
      {"portfolio-titles:\n  - {office: minister, name: '{} minister', patterns: ['{} Boss', 'Boss']}\n",
       {"bad.yaml:2:14: 'minister' must contain '{}' exactly once",
        "bad.yaml:2:67: pattern 'Boss' must contain '{}' exactly once"}},
      {"portfolios:\n  - {id: space}\n", {"bad.yaml:2:5: missing required key 'names' in portfolio 'space'"}},
  }));
  CAPTURE(c.yaml);
  lexicon lex;
  diagnostics errors;
  load_lexicon_yaml("bad.yaml", c.yaml, lex, errors);
  CHECK(messages(errors) == c.expected);
}

TEST_CASE("lexicon: an empty file or section adds nothing and is no error", "[lexicon][errors]") {
  auto const yaml = GENERATE(as<std::string>{}, "", "# only a comment\n", "months:\n", "countries: []\n");
  CAPTURE(yaml);
  lexicon lex;
  diagnostics errors;
  load_lexicon_yaml("empty.yaml", yaml, lex, errors);
  CHECK(errors.empty());
  CHECK(lex.countries.empty());
  CHECK(lex.months.size() == 0);
}

TEST_CASE("lexicon: an unknown section is named with the sections there are", "[lexicon]") {
  lexicon lex;
  diagnostics errors;
  load_lexicon_yaml("bad.yaml", "colours: [red]\n", lex, errors);
  REQUIRE(errors.items().size() == 1);
  std::string const& message = errors.items().front().message;
  CHECK(errors.items().front().line == 1);
  CHECK(message.starts_with("unknown lexicon section 'colours' (expected one of: abbreviations, "));
  CHECK(message.ends_with(", weekdays)"));
}
