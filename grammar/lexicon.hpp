#pragma once
/// The words the grammar knows by heart: titles, countries and nationality adjectives, months,
/// number words, verbs of meeting and visiting. All of it is data loaded from rules/lexicon/*.yaml
/// (see src/rules/lexicon_loader.hpp); the grammar only refers to the tables by role.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "values/calendar.hpp"

namespace claimcheck {

/// Phrases of one or more words mapped to ids, matched case-insensitively (ASCII letters) at the
/// start of a text; the longest phrase wins and must end at a word boundary.
class phrase_table {
 public:
  struct match_result {
    std::size_t length;  ///< bytes of text matched
    std::uint32_t id;
  };

  /// Adds a phrase; a phrase added twice keeps its first id. Runs of spaces count as one.
  void add(std::string_view phrase, std::uint32_t id);
  /// The longest phrase that `text` starts with, ending at a word boundary of `text`.
  std::optional<match_result> match(std::string_view text) const;
  /// The id of exactly this phrase (case-insensitive), if known.
  std::optional<std::uint32_t> find(std::string_view phrase) const;
  std::size_t size() const { return phrases_.size(); }

 private:
  struct entry {
    std::uint32_t id;
    /// Written all in capitals ("US", "WHO"): matches only text in capitals, so that "visited
    /// us" or "who said" are not read as the acronym.
    bool capitals_only;
  };
  std::unordered_map<std::string, entry> phrases_;  // key: folded phrase
  std::size_t max_words_ = 0;
};

/// Folds a phrase for lookup: ASCII letters lower-cased, runs of spaces made one, ends trimmed.
std::string fold_phrase(std::string_view phrase);

struct office_entry {
  std::string id;            ///< "prime-minister", "minister:defence"
  std::string name;          ///< canonical English name, "defence minister"
  bool unique = true;        ///< one holder at a time per jurisdiction (not "senator", "minister")
  std::string jurisdiction;  ///< country id when the title implies it ("Taoiseach"), else empty
};

struct country_entry {
  std::string id;    ///< ISO 3166 alpha-2, "KR"; or an organisation's short id, "EU"
  std::string name;  ///< canonical name, "South Korea"
};

/// Words before a title that shift it in time: "former", "then-", "incoming".
enum class role_time : std::uint8_t { past, current, future };

struct duration_unit_entry {
  duration::unit unit;
  double times = 1;  ///< "decade" is ten years, "fortnight" two weeks
};

struct lexicon {
  phrase_table titles;  ///< -> index into offices
  std::vector<office_entry> offices;

  phrase_table country_names;  ///< "South Korea", "Japan" -> index into countries
  phrase_table nationalities;  ///< "South Korean", "Japanese" -> index into countries
  std::vector<country_entry> countries;

  phrase_table role_modifiers;  ///< -> role_time

  phrase_table months;          ///< "August", "Aug", "Sept" -> 1..12
  phrase_table weekdays;        ///< "Monday", "Mon" -> 1..7
  phrase_table number_words;    ///< "ten" -> 10, "a" -> 1, "a dozen" -> 12
  phrase_table ordinals;        ///< "first" -> 1, "10th" is read as digits by the grammar
  phrase_table duration_units;  ///< "years", "decade" -> index into duration_units_info
  std::vector<duration_unit_entry> duration_units_info;

  phrase_table meeting_verbs;  ///< "met", "met with", "held talks with", "hosted"
  phrase_table visit_verbs;    ///< "visited", "is visiting", "arrived in", "travelled to"
  phrase_table visit_nouns;    ///< "visit", "trip", "state visit"
  phrase_table counterpart_nouns;  ///< "counterpart", "opposite number"
  phrase_table count_verbs;   ///< verbs of what befell a counted group: "fled", "lost", "died"
  phrase_table function_words;  ///< "the", "of", "were", "who": never the counted thing itself

  phrase_table name_stopwords;  ///< capitalised words never part of a name: "The", "He", "On"
  phrase_table name_particles;  ///< lower-case words inside names: "de", "van", "bin"
  phrase_table abbreviations;   ///< "Gen.", "U.S.", "Aug.": a full stop after them ends no sentence

  /// Office for a title phrase as written, if the lexicon knows it.
  office_entry const* office_for(std::string_view title) const;
  /// Country for a name or adjective as written ("South Korea", "South Korean", "Japan's" without 's).
  country_entry const* country_for(std::string_view name) const;
  /// Country by its id ("IE"), as office entries name the jurisdiction they imply.
  country_entry const* country_by_id(std::string_view id) const;
};

}  // namespace claimcheck
