#pragma once
/// The words the grammar knows by heart: titles, countries and nationality adjectives, months,
/// number words, verbs of meeting and visiting. All of it is data loaded from rules/lexicon/*.yaml
/// (see src/rules/lexicon_loader.hpp); the grammar only refers to the tables by role.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  /// Looks keys up by string_view, so that matching allocates nothing.
  struct key_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  std::unordered_map<std::string, entry, key_hash, std::equal_to<>> phrases_;  // key: folded phrase
  /// Every run of whole first words of a longer phrase ("prime" of "prime minister"): a match
  /// stops growing as soon as the words read so far begin no phrase.
  std::unordered_set<std::string, key_hash, std::equal_to<>> word_prefixes_;
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

/// A currency the grammar knows; money values name it by its ISO 4217 code.
struct currency_entry {
  std::string code;  ///< ISO 4217, "JPY"
  std::string name;  ///< English name for reports, "Japanese yen"
};

/// A sign written before an amount, glued or spaced: "$", "US$", "€", "Rs.". Matched exactly,
/// case and all, since "US$" is a currency and "us" never is.
struct currency_symbol {
  std::string text;
  std::uint32_t currency = 0;  ///< index into lexicon::currencies
};

/// A number the text gives only roughly, as a span: "hundreds" is 100 to 1,000.
struct number_range {
  double low = 0;
  double high = 0;
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
  /// Words that date by counting from the document's date. Their ids are signed offsets kept as
  /// the bits of an int32 (read them back with static_cast<std::int32_t>).
  phrase_table relative_days;   ///< "yesterday" -> -1, "today" -> 0, "tomorrow" -> 1
  phrase_table date_shifts;     ///< before a unit, weekday or month: "last" -> -1, "this" -> 0, "next" -> 1
  phrase_table date_parts;      ///< "early", "start of" -> 1; "mid" -> 2; "late", "end of" -> 3 (date_part)
  /// Parts of a year named by their months: "spring", "Q3", "first half" -> index into
  /// number_ranges (first and last month; 13 and 14 are January and February of the next year).
  phrase_table periods_of_year;
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
  phrase_table start_verbs;       ///< how an event begins: "broke out", "started", "began"
  phrase_table occurrence_verbs;  ///< how an event is held: "runs", "took place", "was held"
  phrase_table payment_verbs;     ///< before a price: "will pay", "is offering", "paid"
  phrase_table purchase_verbs;    ///< before what is bought: "agreed to buy", "acquired"
  phrase_table speech_verbs;      ///< reported speech: "said", "told reporters", "announced"
  phrase_table term_verbs;        ///< before a term: "keep", "jailed", "sentenced to" -> index into term_verb_names
  std::vector<std::string> term_verb_names;  ///< what each group of term verbs means: "keep", "jail"
  phrase_table sum_nouns;         ///< what a stated sum is: "fee", "fine", "premium" ("a fixed fee of €42 million")
  phrase_table term_nouns;        ///< after a length: "contract", "lease", "ban" ("a five-year contract")

  phrase_table name_stopwords;  ///< capitalised words never part of a name: "The", "He", "On"
  phrase_table name_particles;  ///< lower-case words inside names: "de", "van", "bin"
  phrase_table honorifics;      ///< before a name, not part of it: "Mr.", "Dr.", "Sir"
  phrase_table abbreviations;   ///< "Gen.", "U.S.", "Aug.": a full stop after them ends no sentence

  // Quantities and money (rules/lexicon/quantities.yaml, currencies.yaml).
  phrase_table scales;                   ///< "million", "bn", "hundred" -> index into scale_values
  std::vector<double> scale_values;      ///< "million" is 1e6
  phrase_table approximate_amounts;      ///< "hundreds", "tens" -> index into number_ranges
  phrase_table approximate_multipliers;  ///< "several", "a few" (only before a scale) -> index into number_ranges
  std::vector<number_range> number_ranges;
  phrase_table bounds;           ///< before a number, "at least", "nearly" -> ast::bound as a number
  phrase_table trailing_bounds;  ///< after a number, "or more", "or so" -> ast::bound as a number
  phrase_table percent_signs;    ///< "%", "percent", "per cent"
  phrase_table number_labels;    ///< "No.", "#": the number after one is a label, not a quantity
  phrase_table time_markers;     ///< "a.m.", "p.m.": the number before one is a time of day
  phrase_table currency_names;   ///< after an amount, "yen", "US dollars", "JPY" -> index into currencies
  phrase_table currency_hundredths;  ///< after an amount, "cents", "pence" -> index into currencies
  std::vector<currency_symbol> currency_symbols;  ///< before an amount
  phrase_table equivalent_links;  ///< "or", "equivalent to": "¥1bn, or about $8.47m"
  std::vector<currency_entry> currencies;

  /// Office for a title phrase as written, if the lexicon knows it.
  office_entry const* office_for(std::string_view title) const;
  /// Country for a name or adjective as written ("South Korea", "South Korean", "Japan's" without 's).
  country_entry const* country_for(std::string_view name) const;
  /// Country by its id ("IE"), as office entries name the jurisdiction they imply.
  country_entry const* country_by_id(std::string_view id) const;
};

}  // namespace claimcheck
