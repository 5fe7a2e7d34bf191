// Office holders as news prose names them: title and country before the name, after it in
// apposition, or a title alone; and phrasings that name nobody.
#include <catch2/catch.hpp>

#include "grammar_fixture.hpp"

using claimcheck::testing::parse;

namespace {

struct person_case {
  std::string sentence;
  std::string name;
  std::string title;
  std::string jurisdiction;
  std::string modifier;
};

}  // namespace

TEST_CASE("person: a title with its country or organisation names a person", "[grammar][person]") {
  auto const c = GENERATE(values<person_case>({
      {"South Korean Defence Minister Lee Jong-sup arrived on Monday.", "Lee Jong-sup", "Defence Minister", "South Korean", ""},
      {"Japan's Defence Minister Gen Nakatani said the talks went well.", "Gen Nakatani", "Defence Minister", "Japan", ""},
      {"Ahn Gyu-back, South Korea's defence minister, said little.", "Ahn Gyu-back", "defence minister", "South Korea", ""},
      {"U.S. Secretary of Defense Ash Carter visited the base.", "Ash Carter", "Secretary of Defense", "U.S.", ""},
      {"Health Minister Declan Furlong told parliament otherwise.", "Declan Furlong", "Health Minister", "", ""},
      {"Sweden's Prime Minister, Johan Lindqvist, left early.", "Johan Lindqvist", "Prime Minister", "Sweden", ""},
      {"He later met Norway's prime minister, Eirik Solvang, in private.", "Eirik Solvang", "prime minister", "Norway", ""},
      {"Iceland's Prime Minister Ásdís Þorvaldsdóttir spoke first.", "Ásdís Þorvaldsdóttir", "Prime Minister", "Iceland", ""},
      {"Latvian Defense Minister Inese Kalniņa presented a plan.", "Inese Kalniņa", "Defense Minister", "Latvian", ""},
      {"President Lee Jae-myung landed in the afternoon.", "Lee Jae-myung", "President", "", ""},
      {"Eirik Solvang, the Norwegian prime minister, declined to comment.", "Eirik Solvang", "prime minister", "Norwegian", ""},
      {"The deal was signed by former Prime Minister Shinzo Abe in 2015.", "Shinzo Abe", "Prime Minister", "", "former"},
      {"Dutch Foreign Minister Pieter van der Berg chaired the session.", "Pieter van der Berg", "Foreign Minister", "Dutch", ""},
      {"Nigerian Finance Minister Ngozi Adeyemi-Okafor signed it.", "Ngozi Adeyemi-Okafor", "Finance Minister", "Nigerian", ""},
      {"Vietnamese Trade Minister Nguyễn Thị Lan welcomed the delegation.", "Nguyễn Thị Lan", "Trade Minister", "Vietnamese", ""},
      {"the Prime Minister of Japan, Shigeru Ishiba, received him.", "Shigeru Ishiba", "Prime Minister", "Japan", ""},
  }));
  CAPTURE(c.sentence);
  auto const found = parse(c.sentence);
  REQUIRE(found.people.size() == 1);
  auto const& p = found.people.front();
  CHECK(p.name.view() == c.name);
  CHECK(p.title.title.view() == c.title);
  CHECK(p.title.jurisdiction.view() == c.jurisdiction);
  CHECK(p.title.modifier.view() == c.modifier);
}

TEST_CASE("person: phrasings that name no office holder", "[grammar][person]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "The defence minister said on Tuesday that talks would go on.",
                                 "In Seoul, officials said the visit was a success.",
                                 "Defence ministers from ten countries met in the capital.",
                                 "He is the Prime Minister.",
                                 "Minister after minister resigned.",
                                 "The President said nothing.");
  CAPTURE(sentence);
  CHECK(parse(sentence).people.empty());
}

TEST_CASE("person: a place before an appositive title is not its holder", "[grammar][person]") {
  auto const found = parse("In Seoul, Defence Minister Ahn Gyu-back said the talks were useful.");
  REQUIRE(found.people.size() == 1);
  CHECK(found.people.front().name.view() == "Ahn Gyu-back");
}
