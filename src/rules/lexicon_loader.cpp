#include "rules/lexicon_loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rules/builtin_data.hpp"

namespace claimcheck {

namespace {

/// A scalar as written, with where it is written.
struct text_at {
  std::string text;
  YAML::Mark at;
};

/// One key of a YAML map and its value, in file order.
struct map_item {
  text_at key;
  YAML::Node value;
};

struct portfolio {
  std::string id;
  std::string name;
  std::vector<std::string> names;
};

struct title_group {
  std::string office;  // "minister:{}"
  std::string name;    // "{} minister"
  bool unique = true;
  std::vector<std::string> patterns;
};

struct jurisdiction_use {
  std::string country_id;
  std::string path;
  YAML::Mark at;
};

/// What waits until every file of one load is read: ministers are generated after all explicit
/// titles (so that those win), and an office may name a country of a later file.
struct pending_work {
  std::vector<portfolio> portfolios;
  std::vector<title_group> groups;
  std::vector<jurisdiction_use> jurisdictions;
};

diagnostic located(std::string_view path, YAML::Mark const& at, std::string message) {
  if (at.is_null()) return {std::string(path), 0, 0, std::move(message)};
  return {std::string(path), static_cast<std::uint32_t>(at.line + 1), static_cast<std::uint32_t>(at.column + 1),
          std::move(message)};
}

std::string_view shape_name(YAML::Node const& node) {
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a map";
  if (node.IsScalar()) return "a single value";
  return "nothing";
}

std::string with_placeholder(std::string_view pattern, std::string_view value) {
  std::string out(pattern);
  if (std::size_t const at = out.find("{}"); at != std::string::npos) out.replace(at, 2, value);
  return out;
}

bool has_one_placeholder(std::string_view text) {
  std::size_t const first = text.find("{}");
  return first != std::string_view::npos && text.find("{}", first + 2) == std::string_view::npos;
}

std::string spaced_id(std::string_view id) {
  std::string out(id);
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

std::optional<long> whole_number(std::string_view text, long min, long max) {
  long value = 0;
  auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) return std::nullopt;
  return value;
}

std::optional<duration::unit> unit_named(std::string_view name) {
  if (name == "day") return duration::unit::day;
  if (name == "week") return duration::unit::week;
  if (name == "month") return duration::unit::month;
  if (name == "year") return duration::unit::year;
  if (name == "hour") return duration::unit::hour;
  if (name == "minute") return duration::unit::minute;
  if (name == "second") return duration::unit::second;
  return std::nullopt;
}

std::string_view unit_name(duration::unit unit) {
  switch (unit) {
    case duration::unit::day:
      return "day";
    case duration::unit::week:
      return "week";
    case duration::unit::month:
      return "month";
    case duration::unit::year:
      return "year";
    case duration::unit::hour:
      return "hour";
    case duration::unit::minute:
      return "minute";
    case duration::unit::second:
      return "second";
  }
  return "year";
}

std::optional<double> positive_number(std::string_view text) {
  double value = 0;
  auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value > 0)) return std::nullopt;
  return value;
}

/// Index is the value of ast::bound (grammar/ast.hpp), in the same order.
constexpr std::array<std::string_view, 6> bound_names = {"exact",    "at-least",  "more-than",
                                                         "at-most", "less-than", "about"};

constexpr std::array<std::string_view, 3> role_time_names = {"past", "current", "future"};
/// In the order of date_part after none: a part's id in the table is its date_part value.
constexpr std::array<std::string_view, 3> date_part_names = {"early", "mid", "late"};

/// Reads one lexicon file into a lexicon, reporting what it cannot use.
class file_reader {
 public:
  file_reader(std::string_view path, lexicon& into, diagnostics& errors, pending_work& later)
      : path_(path), lex_(into), errors_(errors), later_(later) {}

  void read(std::string_view text) {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text));
    } catch (YAML::Exception const& e) {
      error(e.mark, "YAML syntax error: " + e.msg);
      return;
    }
    try {
      read_sections(root);
    } catch (YAML::Exception const& e) {
      // Reads go through checks first; this is a last guard so a surprise stays a located error.
      error(e.mark, "YAML error: " + e.msg);
    }
  }

 private:
  using section_reader = void (file_reader::*)(YAML::Node const&, text_at const&);

  // --- reporting and reading values ----------------------------------------------------------

  void error(YAML::Mark const& at, std::string message) { errors_.add(located(path_, at, std::move(message))); }

  // A value with nothing in it has no position of its own worth showing: point at its key.
  static YAML::Mark where(YAML::Node const& node, YAML::Mark const& key_at) {
    return node.IsNull() || node.Mark().is_null() ? key_at : node.Mark();
  }

  /// The items of a map, without the keys given twice (which are reported). `in` says whose keys
  /// they are in messages.
  std::optional<std::vector<map_item>> items_of(YAML::Node const& node, text_at const& key, std::string_view in) {
    if (!node.IsMap()) {
      error(where(node, key.at), fmt::format("'{}' must be a map, not {}", key.text, shape_name(node)));
      return std::nullopt;
    }
    std::vector<map_item> items;
    for (auto const& pair : node) {
      text_at name{pair.first.IsScalar() ? pair.first.Scalar() : std::string(), pair.first.Mark()};
      if (!pair.first.IsScalar()) {
        error(name.at, fmt::format("the keys of {} must be single values, not {}", in, shape_name(pair.first)));
        continue;
      }
      bool const repeated =
          std::any_of(items.begin(), items.end(), [&](map_item const& m) { return m.key.text == name.text; });
      if (repeated) {
        error(name.at, fmt::format("key '{}' is given twice in {}", name.text, in));
        continue;
      }
      items.push_back({std::move(name), pair.second});
    }
    return items;
  }

  /// A scalar with some text in it.
  std::optional<text_at> scalar(YAML::Node const& node, text_at const& key) {
    if (node.IsNull()) {
      error(key.at, fmt::format("'{}' has no value", key.text));
      return std::nullopt;
    }
    if (!node.IsScalar()) {
      error(node.Mark(), fmt::format("'{}' must be a single value, not {}", key.text, shape_name(node)));
      return std::nullopt;
    }
    if (fold_phrase(node.Scalar()).empty()) {
      error(node.Mark(), fmt::format("'{}' must not be empty", key.text));
      return std::nullopt;
    }
    return text_at{node.Scalar(), node.Mark()};
  }

  /// A list of phrases; a single phrase reads as a list of one. Bad items are reported and skipped.
  std::vector<text_at> phrases(YAML::Node const& node, text_at const& key) {
    if (node.IsScalar() || node.IsNull()) {
      if (auto one = scalar(node, key)) return {std::move(*one)};
      return {};
    }
    if (!node.IsSequence()) {
      error(node.Mark(), fmt::format("'{}' must be a list, not {}", key.text, shape_name(node)));
      return {};
    }
    std::vector<text_at> out;
    for (YAML::Node const& item : node) {
      if (!item.IsScalar()) {
        error(where(item, node.Mark()),
              fmt::format("each item of '{}' must be a single value, not {}", key.text, shape_name(item)));
      } else if (fold_phrase(item.Scalar()).empty()) {
        error(item.Mark(), fmt::format("an item of '{}' is empty", key.text));
      } else {
        out.push_back({item.Scalar(), item.Mark()});
      }
    }
    return out;
  }

  /// The entries of a list section, each of which must be a map.
  std::vector<YAML::Node> entries(YAML::Node const& node, text_at const& key) {
    if (!node.IsSequence()) {
      error(where(node, key.at), fmt::format("'{}' must be a list, not {}", key.text, shape_name(node)));
      return {};
    }
    std::vector<YAML::Node> out;
    for (YAML::Node const& item : node) {
      if (item.IsMap()) {
        out.push_back(item);
      } else {
        error(where(item, node.Mark()),
              fmt::format("each item of '{}' must be a map, not {}", key.text, shape_name(item)));
      }
    }
    return out;
  }

  /// One map of a list section ("- {id: KR, name: South Korea}") and how messages name it.
  struct entry {
    std::string label;  // "country 'KR'", or "country entry" before an id is known
    YAML::Mark at;
    std::vector<map_item> items;

    map_item const* find(std::string_view key) const {
      for (map_item const& item : items)
        if (item.key.text == key) return &item;
      return nullptr;
    }
  };

  /// The keys of one entry, checked against the keys its kind allows; `id_key` names the entry
  /// in messages ("country 'KR'").
  std::optional<entry> entry_of(YAML::Node const& node, std::string_view kind, std::string_view section,
                                std::vector<std::string_view> const& allowed, std::string_view id_key) {
    auto items = items_of(node, text_at{std::string(section), node.Mark()}, fmt::format("an item of '{}'", section));
    if (!items) return std::nullopt;
    entry e{std::string(kind) + " entry", node.Mark(), std::move(*items)};
    if (map_item const* id = e.find(id_key); id != nullptr && id->value.IsScalar())
      e.label = fmt::format("{} '{}'", kind, id->value.Scalar());
    for (map_item const& item : e.items)
      if (std::find(allowed.begin(), allowed.end(), item.key.text) == allowed.end())
        error(item.key.at, fmt::format("unknown key '{}' in {} (expected one of: {})", item.key.text, e.label,
                                       fmt::join(allowed, ", ")));
    return e;
  }

  /// A key the entry must have, as a scalar.
  std::optional<text_at> required_scalar(entry const& e, std::string_view key) {
    map_item const* item = e.find(key);
    if (item == nullptr) {
      error(e.at, fmt::format("missing required key '{}' in {}", key, e.label));
      return std::nullopt;
    }
    return scalar(item->value, item->key);
  }

  /// A key the entry may have; `bad` is set when it is there but unusable.
  std::optional<text_at> optional_scalar(entry const& e, std::string_view key, bool& bad) {
    map_item const* item = e.find(key);
    if (item == nullptr) return std::nullopt;
    auto value = scalar(item->value, item->key);
    bad = bad || !value;
    return value;
  }

  /// The phrases under a key of the entry; a missing key is reported when `needed`.
  std::vector<text_at> phrases_of(entry const& e, std::string_view key, bool needed) {
    map_item const* item = e.find(key);
    if (item != nullptr) return phrases(item->value, item->key);
    if (needed) error(e.at, fmt::format("missing required key '{}' in {}", key, e.label));
    return {};
  }

  /// Adds a phrase unless the table already gives it another meaning, which is reported.
  void add_phrase(phrase_table& table, text_at const& phrase, std::uint32_t id,
                  std::function<std::string(std::uint32_t)> const& meaning) {
    if (auto const known = table.find(phrase.text); known && *known != id) {
      error(phrase.at, fmt::format("'{}' already stands for {}", phrase.text, meaning(*known)));
      return;
    }
    table.add(phrase.text, id);
  }

  // --- sections ------------------------------------------------------------------------------

  void read_sections(YAML::Node const& root) {
    if (root.IsNull()) return;  // an empty file adds nothing
    if (!root.IsMap()) {
      error(root.Mark(), fmt::format("a lexicon file must be a map of sections, not {}", shape_name(root)));
      return;
    }
    static constexpr std::array<std::pair<std::string_view, section_reader>, 42> sections = {{
        {"abbreviations", &file_reader::read_abbreviations},
        {"approximate-amounts", &file_reader::read_approximate_amounts},
        {"approximate-multipliers", &file_reader::read_approximate_multipliers},
        {"bounds", &file_reader::read_bounds},
        {"count-verbs", &file_reader::read_count_verbs},
        {"counterpart-nouns", &file_reader::read_counterpart_nouns},
        {"countries", &file_reader::read_countries},
        {"currencies", &file_reader::read_currencies},
        {"date-parts", &file_reader::read_date_parts},
        {"date-shifts", &file_reader::read_date_shifts},
        {"duration-units", &file_reader::read_duration_units},
        {"equivalent-links", &file_reader::read_equivalent_links},
        {"function-words", &file_reader::read_function_words},
        {"honorifics", &file_reader::read_honorifics},
        {"meeting-verbs", &file_reader::read_meeting_verbs},
        {"modifiers", &file_reader::read_modifiers},
        {"months", &file_reader::read_months},
        {"name-particles", &file_reader::read_name_particles},
        {"name-stopwords", &file_reader::read_name_stopwords},
        {"number-labels", &file_reader::read_number_labels},
        {"numbers", &file_reader::read_numbers},
        {"occurrence-verbs", &file_reader::read_occurrence_verbs},
        {"offices", &file_reader::read_offices},
        {"ordinals", &file_reader::read_ordinals},
        {"payment-verbs", &file_reader::read_payment_verbs},
        {"percent-signs", &file_reader::read_percent_signs},
        {"periods-of-year", &file_reader::read_periods_of_year},
        {"portfolio-titles", &file_reader::read_portfolio_titles},
        {"portfolios", &file_reader::read_portfolios},
        {"purchase-verbs", &file_reader::read_purchase_verbs},
        {"relative-days", &file_reader::read_relative_days},
        {"scales", &file_reader::read_scales},
        {"speech-verbs", &file_reader::read_speech_verbs},
        {"start-verbs", &file_reader::read_start_verbs},
        {"sum-nouns", &file_reader::read_sum_nouns},
        {"term-nouns", &file_reader::read_term_nouns},
        {"term-verbs", &file_reader::read_term_verbs},
        {"time-markers", &file_reader::read_time_markers},
        {"trailing-bounds", &file_reader::read_trailing_bounds},
        {"visit-nouns", &file_reader::read_visit_nouns},
        {"visit-verbs", &file_reader::read_visit_verbs},
        {"weekdays", &file_reader::read_weekdays},
    }};
    auto const items = items_of(root, text_at{"lexicon file", root.Mark()}, "the lexicon file");
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      auto const known =
          std::find_if(sections.begin(), sections.end(), [&](auto const& s) { return s.first == item.key.text; });
      if (known == sections.end()) {
        std::vector<std::string_view> names;
        for (auto const& s : sections) names.push_back(s.first);
        error(item.key.at,
              fmt::format("unknown lexicon section '{}' (expected one of: {})", item.key.text, fmt::join(names, ", ")));
      } else if (!item.value.IsNull()) {  // an empty section adds nothing
        (this->*known->second)(item.value, item.key);
      }
    }
  }

  void read_word_list(phrase_table& table, YAML::Node const& node, text_at const& key) {
    for (text_at const& phrase : phrases(node, key)) table.add(phrase.text, 0);
  }
  void read_meeting_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.meeting_verbs, n, k); }
  void read_visit_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.visit_verbs, n, k); }
  void read_visit_nouns(YAML::Node const& n, text_at const& k) { read_word_list(lex_.visit_nouns, n, k); }
  void read_counterpart_nouns(YAML::Node const& n, text_at const& k) { read_word_list(lex_.counterpart_nouns, n, k); }
  void read_count_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.count_verbs, n, k); }
  void read_function_words(YAML::Node const& n, text_at const& k) { read_word_list(lex_.function_words, n, k); }
  void read_payment_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.payment_verbs, n, k); }
  void read_purchase_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.purchase_verbs, n, k); }
  void read_honorifics(YAML::Node const& n, text_at const& k) { read_word_list(lex_.honorifics, n, k); }
  void read_start_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.start_verbs, n, k); }
  void read_speech_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.speech_verbs, n, k); }
  void read_term_nouns(YAML::Node const& n, text_at const& k) { read_word_list(lex_.term_nouns, n, k); }
  void read_sum_nouns(YAML::Node const& n, text_at const& k) { read_word_list(lex_.sum_nouns, n, k); }

  // A map from what the verbs mean to the ways of writing them: `keep: [keep, kept, will keep]`.
  void read_term_verbs(YAML::Node const& node, text_at const& key) {
    auto const items = items_of(node, key, fmt::format("'{}'", key.text));
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      std::vector<std::string>& names = lex_.term_verb_names;
      auto const known = std::find(names.begin(), names.end(), item.key.text);
      auto const id = static_cast<std::uint32_t>(known - names.begin());
      if (known == names.end()) names.push_back(item.key.text);
      for (text_at const& phrase : phrases(item.value, item.key))
        add_phrase(lex_.term_verbs, phrase, id,
                   [this](std::uint32_t other) { return fmt::format("term verb '{}'", lex_.term_verb_names[other]); });
    }
  }
  void read_occurrence_verbs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.occurrence_verbs, n, k); }
  void read_name_stopwords(YAML::Node const& n, text_at const& k) { read_word_list(lex_.name_stopwords, n, k); }

  void read_name_particles(YAML::Node const& node, text_at const& key) {
    for (text_at const& phrase : phrases(node, key)) {
      // The grammar only tries a particle where a lower-case letter stands.
      if (phrase.text.front() < 'a' || phrase.text.front() > 'z')
        error(phrase.at, fmt::format("name particle '{}' must start with a lower-case letter", phrase.text));
      else
        lex_.name_particles.add(phrase.text, 0);
    }
  }

  void read_abbreviations(YAML::Node const& node, text_at const& key) {
    for (text_at const& phrase : phrases(node, key)) {
      // The sentence splitter looks the word up together with the full stop it is deciding on.
      if (phrase.text.back() != '.')
        error(phrase.at, fmt::format("abbreviation '{}' must end with a full stop", phrase.text));
      else
        lex_.abbreviations.add(phrase.text, 0);
    }
  }

  void read_numbered(phrase_table& table, YAML::Node const& node, text_at const& key, std::string_view noun, long min,
                     long max) {
    auto const items = items_of(node, key, fmt::format("'{}'", key.text));
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      std::optional<long> value;
      if (item.value.IsScalar()) value = whole_number(item.value.Scalar(), min, max);
      if (!value) {
        std::string const got = item.value.IsScalar() ? fmt::format("got '{}'", item.value.Scalar())
                                                      : fmt::format("not {}", shape_name(item.value));
        error(where(item.value, item.key.at),
              fmt::format("{} '{}' must be a whole number from {} to {}, {}", noun, item.key.text, min, max, got));
        continue;
      }
      // Negative values (day offsets) are kept as the bits of an int32; the rest read the same.
      add_phrase(table, item.key, static_cast<std::uint32_t>(static_cast<std::int32_t>(*value)),
                 [noun](std::uint32_t known) { return fmt::format("{} {}", noun, static_cast<std::int32_t>(known)); });
    }
  }
  void read_months(YAML::Node const& n, text_at const& k) { read_numbered(lex_.months, n, k, "month", 1, 12); }
  void read_weekdays(YAML::Node const& n, text_at const& k) { read_numbered(lex_.weekdays, n, k, "weekday", 1, 7); }
  void read_relative_days(YAML::Node const& n, text_at const& k) {
    read_numbered(lex_.relative_days, n, k, "day offset", -7, 7);
  }
  void read_date_shifts(YAML::Node const& n, text_at const& k) {
    read_numbered(lex_.date_shifts, n, k, "date shift", -1, 1);
  }

  void read_date_parts(YAML::Node const& node, text_at const& key) {
    auto const items = items_of(node, key, fmt::format("'{}'", key.text));
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      auto const part = std::find(date_part_names.begin(), date_part_names.end(), item.key.text);
      if (part == date_part_names.end()) {
        error(item.key.at, fmt::format("unknown date part '{}' (expected one of: {})", item.key.text,
                                       fmt::join(date_part_names, ", ")));
        continue;
      }
      auto const id = static_cast<std::uint32_t>(part - date_part_names.begin()) + 1;
      for (text_at const& phrase : phrases(item.value, item.key))
        add_phrase(lex_.date_parts, phrase, id,
                   [](std::uint32_t known) { return fmt::format("date part '{}'", date_part_names[known - 1]); });
    }
  }
  void read_numbers(YAML::Node const& n, text_at const& k) {
    read_numbered(lex_.number_words, n, k, "number", 0, 1'000'000'000);
  }
  void read_ordinals(YAML::Node const& n, text_at const& k) {
    read_numbered(lex_.ordinals, n, k, "ordinal", 1, 1'000'000'000);
  }

  void read_modifiers(YAML::Node const& node, text_at const& key) {
    auto const items = items_of(node, key, fmt::format("'{}'", key.text));
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      auto const time = std::find(role_time_names.begin(), role_time_names.end(), item.key.text);
      if (time == role_time_names.end()) {
        error(item.key.at, fmt::format("unknown role time '{}' (expected one of: {})", item.key.text,
                                       fmt::join(role_time_names, ", ")));
        continue;
      }
      auto const id = static_cast<std::uint32_t>(time - role_time_names.begin());
      for (text_at const& phrase : phrases(item.value, item.key))
        add_phrase(lex_.role_modifiers, phrase, id,
                   [](std::uint32_t known) { return fmt::format("role time '{}'", role_time_names[known]); });
    }
  }

  void read_countries(YAML::Node const& node, text_at const& key) {
    for (YAML::Node const& item : entries(node, key)) {
      auto const e = entry_of(item, "country", key.text, {"id", "name", "names", "adjectives"}, "id");
      if (!e) continue;
      bool bad = false;
      auto const id = required_scalar(*e, "id");
      auto const name = optional_scalar(*e, "name", bad);
      if (!id || bad) continue;
      if (!countries_here_.insert(id->text).second) {
        error(id->at, fmt::format("duplicate country id '{}'", id->text));
        continue;
      }
      auto const known = std::find_if(lex_.countries.begin(), lex_.countries.end(),
                                      [&](country_entry const& c) { return c.id == id->text; });
      std::uint32_t index = 0;
      if (known != lex_.countries.end()) {  // an earlier file's country, extended
        index = static_cast<std::uint32_t>(known - lex_.countries.begin());
        if (name && name->text != known->name) {
          error(name->at, fmt::format("country '{}' is already named '{}'", id->text, known->name));
          continue;
        }
      } else if (!name) {
        error(e->at, fmt::format("missing required key 'name' in {}", e->label));
        continue;
      } else {
        index = static_cast<std::uint32_t>(lex_.countries.size());
        lex_.countries.push_back({id->text, name->text});
      }
      auto const meaning = [this](std::uint32_t other) {
        return fmt::format("country '{}'", lex_.countries[other].id);
      };
      if (name) add_phrase(lex_.country_names, *name, index, meaning);
      for (text_at const& phrase : phrases_of(*e, "names", false))
        add_phrase(lex_.country_names, phrase, index, meaning);
      for (text_at const& phrase : phrases_of(*e, "adjectives", false))
        add_phrase(lex_.nationalities, phrase, index, meaning);
    }
  }

  void read_offices(YAML::Node const& node, text_at const& key) {
    for (YAML::Node const& item : entries(node, key)) {
      auto const e = entry_of(item, "office", key.text, {"id", "name", "unique", "jurisdiction", "titles"}, "id");
      if (!e) continue;
      bool bad = false;
      auto const id = required_scalar(*e, "id");
      auto const name = optional_scalar(*e, "name", bad);
      auto const unique_text = optional_scalar(*e, "unique", bad);
      auto const jurisdiction = optional_scalar(*e, "jurisdiction", bad);
      if (!id || bad) continue;
      bool unique = true;
      if (unique_text && !YAML::convert<bool>::decode(e->find("unique")->value, unique)) {
        error(unique_text->at, fmt::format("'unique' must be true or false, got '{}'", unique_text->text));
        continue;
      }
      std::string const where_id = jurisdiction ? jurisdiction->text : std::string();
      if (!offices_here_.insert({id->text, where_id}).second) {
        error(id->at, jurisdiction ? fmt::format("duplicate office '{}' for jurisdiction '{}'", id->text, where_id)
                                   : fmt::format("duplicate office '{}'", id->text));
        continue;
      }
      office_entry wanted{id->text, name ? name->text : spaced_id(id->text), unique, where_id};
      auto const known = std::find_if(lex_.offices.begin(), lex_.offices.end(), [&](office_entry const& o) {
        return o.id == wanted.id && o.jurisdiction == wanted.jurisdiction;
      });
      std::uint32_t index = static_cast<std::uint32_t>(known - lex_.offices.begin());
      if (known == lex_.offices.end()) {
        lex_.offices.push_back(wanted);
      } else if ((name && known->name != wanted.name) || (unique_text && known->unique != unique)) {
        error(id->at, fmt::format("office '{}' is already defined with name '{}' and unique: {}", id->text, known->name,
                                  known->unique));
        continue;
      }
      if (jurisdiction) later_.jurisdictions.push_back({jurisdiction->text, std::string(path_), jurisdiction->at});
      for (text_at const& title : phrases_of(*e, "titles", true))
        add_phrase(lex_.titles, title, index, [this](std::uint32_t other) { return office_label(other); });
    }
  }

  std::string office_label(std::uint32_t index) const {
    office_entry const& office = lex_.offices[index];
    if (office.jurisdiction.empty()) return fmt::format("office '{}'", office.id);
    return fmt::format("office '{}' of '{}'", office.id, office.jurisdiction);
  }

  void read_duration_units(YAML::Node const& node, text_at const& key) {
    for (YAML::Node const& item : entries(node, key)) {
      auto const e = entry_of(item, "duration unit", key.text, {"unit", "times", "names"}, "unit");
      if (!e) continue;
      bool bad = false;
      auto const unit_text = required_scalar(*e, "unit");
      auto const times_text = optional_scalar(*e, "times", bad);
      if (!unit_text || bad) continue;
      auto const unit = unit_named(unit_text->text);
      if (!unit) {
        error(unit_text->at, fmt::format("'unit' must be one of day, week, month, year, hour, minute, second, got '{}'",
                                         unit_text->text));
        continue;
      }
      double times = 1;
      if (times_text) {
        auto const [end, ec] =
            std::from_chars(times_text->text.data(), times_text->text.data() + times_text->text.size(), times);
        if (ec != std::errc() || end != times_text->text.data() + times_text->text.size() || !(times > 0)) {
          error(times_text->at, fmt::format("'times' must be a positive number, got '{}'", times_text->text));
          continue;
        }
      }
      auto const index = static_cast<std::uint32_t>(lex_.duration_units_info.size());
      lex_.duration_units_info.push_back({*unit, times});
      for (text_at const& phrase : phrases_of(*e, "names", true))
        add_phrase(lex_.duration_units, phrase, index, [this](std::uint32_t other) {
          duration_unit_entry const& known = lex_.duration_units_info[other];
          return fmt::format("a duration of {} {}", known.times, unit_name(known.unit));
        });
    }
  }

  // --- quantities and money ------------------------------------------------------------------

  /// A map from phrase to one positive number ("million: 1000000") or a range of two ("hundreds:
  /// [100, 1000]"); `ranged` says which. Yields each phrase with its low and high ends.
  void read_valued(YAML::Node const& node, text_at const& key, bool ranged,
                   std::function<void(text_at const&, number_range)> const& add) {
    auto const items = items_of(node, key, fmt::format("'{}'", key.text));
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      std::optional<number_range> range;
      if (!ranged && item.value.IsScalar()) {
        if (auto const v = positive_number(item.value.Scalar())) range = number_range{*v, *v};
      } else if (ranged && item.value.IsSequence() && item.value.size() == 2 && item.value[0].IsScalar() &&
                 item.value[1].IsScalar()) {
        auto const low = positive_number(item.value[0].Scalar());
        auto const high = positive_number(item.value[1].Scalar());
        if (low && high && *low < *high) range = number_range{*low, *high};
      }
      if (!range) {
        error(where(item.value, item.key.at),
              ranged ? fmt::format("'{}' must be a list of two positive numbers, low then high", item.key.text)
                     : fmt::format("'{}' must be a positive number", item.key.text));
        continue;
      }
      add(item.key, *range);
    }
  }

  void read_scales(YAML::Node const& node, text_at const& key) {
    read_valued(node, key, false, [this](text_at const& phrase, number_range r) {
      if (auto const known = lex_.scales.find(phrase.text); known && lex_.scale_values[*known] == r.low) return;
      auto const index = static_cast<std::uint32_t>(lex_.scale_values.size());
      lex_.scale_values.push_back(r.low);
      add_phrase(lex_.scales, phrase, index,
                 [this](std::uint32_t other) { return fmt::format("the scale {}", lex_.scale_values[other]); });
    });
  }

  void read_ranges(phrase_table& table, YAML::Node const& node, text_at const& key) {
    read_valued(node, key, true, [this, &table](text_at const& phrase, number_range r) {
      if (auto const known = table.find(phrase.text)) {
        number_range const& was = lex_.number_ranges[*known];
        if (was.low == r.low && was.high == r.high) return;  // the same meaning again
      }
      auto const index = static_cast<std::uint32_t>(lex_.number_ranges.size());
      lex_.number_ranges.push_back(r);
      add_phrase(table, phrase, index, [this](std::uint32_t other) {
        return fmt::format("the range {} to {}", lex_.number_ranges[other].low, lex_.number_ranges[other].high);
      });
    });
  }
  void read_approximate_amounts(YAML::Node const& n, text_at const& k) { read_ranges(lex_.approximate_amounts, n, k); }
  void read_periods_of_year(YAML::Node const& n, text_at const& k) { read_ranges(lex_.periods_of_year, n, k); }
  void read_approximate_multipliers(YAML::Node const& n, text_at const& k) {
    read_ranges(lex_.approximate_multipliers, n, k);
  }

  void read_bound_map(phrase_table& table, YAML::Node const& node, text_at const& key) {
    auto const items = items_of(node, key, fmt::format("'{}'", key.text));
    for (map_item const& item : items.value_or(std::vector<map_item>{})) {
      auto const bound = std::find(bound_names.begin(), bound_names.end(), item.key.text);
      if (bound == bound_names.end()) {
        error(item.key.at, fmt::format("unknown bound '{}' (expected one of: {})", item.key.text,
                                       fmt::join(bound_names, ", ")));
        continue;
      }
      auto const id = static_cast<std::uint32_t>(bound - bound_names.begin());
      for (text_at const& phrase : phrases(item.value, item.key))
        add_phrase(table, phrase, id,
                   [](std::uint32_t known) { return fmt::format("bound '{}'", bound_names[known]); });
    }
  }
  void read_bounds(YAML::Node const& n, text_at const& k) { read_bound_map(lex_.bounds, n, k); }
  void read_trailing_bounds(YAML::Node const& n, text_at const& k) { read_bound_map(lex_.trailing_bounds, n, k); }
  void read_percent_signs(YAML::Node const& n, text_at const& k) { read_word_list(lex_.percent_signs, n, k); }
  void read_number_labels(YAML::Node const& n, text_at const& k) { read_word_list(lex_.number_labels, n, k); }
  void read_time_markers(YAML::Node const& n, text_at const& k) { read_word_list(lex_.time_markers, n, k); }
  void read_equivalent_links(YAML::Node const& n, text_at const& k) { read_word_list(lex_.equivalent_links, n, k); }

  void read_currencies(YAML::Node const& node, text_at const& key) {
    for (YAML::Node const& item : entries(node, key)) {
      auto const e =
          entry_of(item, "currency", key.text, {"code", "name", "symbols", "names", "hundredths"}, "code");
      if (!e) continue;
      bool bad = false;
      auto const code = required_scalar(*e, "code");
      auto const name = optional_scalar(*e, "name", bad);
      if (!code || bad) continue;
      bool const iso_shape = code->text.size() == 3 && std::all_of(code->text.begin(), code->text.end(),
                                                                   [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!iso_shape) {
        error(code->at, fmt::format("currency code '{}' must be three capital letters (ISO 4217)", code->text));
        continue;
      }
      if (!currencies_here_.insert(code->text).second) {
        error(code->at, fmt::format("duplicate currency code '{}'", code->text));
        continue;
      }
      auto const known = std::find_if(lex_.currencies.begin(), lex_.currencies.end(),
                                      [&](currency_entry const& c) { return c.code == code->text; });
      auto const index = static_cast<std::uint32_t>(known - lex_.currencies.begin());
      if (known == lex_.currencies.end()) {  // else an earlier file's currency, extended
        lex_.currencies.push_back({code->text, name ? name->text : code->text});
      } else if (name && name->text != known->name) {
        error(name->at, fmt::format("currency '{}' is already named '{}'", code->text, known->name));
        continue;
      }
      auto const meaning = [this](std::uint32_t other) {
        return fmt::format("currency '{}'", lex_.currencies[other].code);
      };
      // The code itself is written both before an amount ("USD 5m") and after it ("5m USD").
      std::vector<text_at> symbols = phrases_of(*e, "symbols", false);
      symbols.insert(symbols.begin(), *code);
      for (text_at const& symbol : symbols) add_symbol(symbol, index, meaning);
      add_phrase(lex_.currency_names, *code, index, meaning);
      for (text_at const& phrase : phrases_of(*e, "names", false))
        add_phrase(lex_.currency_names, phrase, index, meaning);
      for (text_at const& phrase : phrases_of(*e, "hundredths", false))
        add_phrase(lex_.currency_hundredths, phrase, index, meaning);
    }
  }

  void add_symbol(text_at const& symbol, std::uint32_t index,
                  std::function<std::string(std::uint32_t)> const& meaning) {
    if (symbol.text.find_first_of(" \t") != std::string::npos) {
      error(symbol.at, fmt::format("currency symbol '{}' must not contain a space", symbol.text));
      return;
    }
    auto const known = std::find_if(lex_.currency_symbols.begin(), lex_.currency_symbols.end(),
                                    [&](currency_symbol const& s) { return s.text == symbol.text; });
    if (known == lex_.currency_symbols.end())
      lex_.currency_symbols.push_back({symbol.text, index});
    else if (known->currency != index)
      error(symbol.at, fmt::format("'{}' already stands for {}", symbol.text, meaning(known->currency)));
  }

  void read_portfolios(YAML::Node const& node, text_at const& key) {
    for (YAML::Node const& item : entries(node, key)) {
      auto const e = entry_of(item, "portfolio", key.text, {"id", "name", "names"}, "id");
      if (!e) continue;
      bool bad = false;
      auto const id = required_scalar(*e, "id");
      auto const name = optional_scalar(*e, "name", bad);
      std::vector<text_at> const names = phrases_of(*e, "names", true);
      if (!id || bad) continue;
      if (!portfolios_here_.insert(id->text).second) {
        error(id->at, fmt::format("duplicate portfolio id '{}'", id->text));
        continue;
      }
      auto known = std::find_if(later_.portfolios.begin(), later_.portfolios.end(),
                                [&](portfolio const& p) { return p.id == id->text; });
      if (known == later_.portfolios.end()) {
        later_.portfolios.push_back({id->text, name ? name->text : spaced_id(id->text), {}});
        known = std::prev(later_.portfolios.end());
      }
      for (text_at const& phrase : names) known->names.push_back(phrase.text);
    }
  }

  void read_portfolio_titles(YAML::Node const& node, text_at const& key) {
    for (YAML::Node const& item : entries(node, key)) {
      auto const e =
          entry_of(item, "portfolio title group", key.text, {"office", "name", "unique", "patterns"}, "office");
      if (!e) continue;
      bool bad = false;
      auto const office = required_scalar(*e, "office");
      auto const name = required_scalar(*e, "name");
      auto const unique_text = optional_scalar(*e, "unique", bad);
      std::vector<text_at> const patterns = phrases_of(*e, "patterns", true);
      if (!office || !name || bad) continue;
      title_group group{office->text, name->text, true, {}};
      if (unique_text && !YAML::convert<bool>::decode(e->find("unique")->value, group.unique)) {
        error(unique_text->at, fmt::format("'unique' must be true or false, got '{}'", unique_text->text));
        continue;
      }
      for (text_at const* t : {&*office, &*name}) {
        if (has_one_placeholder(t->text)) continue;
        error(t->at, fmt::format("'{}' must contain '{{}}' exactly once", t->text));
        bad = true;
      }
      for (text_at const& pattern : patterns) {
        if (has_one_placeholder(pattern.text))
          group.patterns.push_back(pattern.text);
        else
          error(pattern.at, fmt::format("pattern '{}' must contain '{{}}' exactly once", pattern.text));
      }
      if (!bad) later_.groups.push_back(std::move(group));
    }
  }

  std::string_view path_;
  lexicon& lex_;
  diagnostics& errors_;
  pending_work& later_;
  // Ids defined by this file: a second definition here is a mistake, one in an earlier file an extension.
  std::set<std::string> countries_here_;
  std::set<std::pair<std::string, std::string>> offices_here_;
  std::set<std::string> portfolios_here_;
  std::set<std::string> currencies_here_;
};

/// Checks the jurisdictions offices named, then generates the title of every portfolio in every
/// pattern. Generated titles never replace a title already known, so explicit ones win.
void finish(pending_work const& later, lexicon& lex, diagnostics& errors) {
  for (jurisdiction_use const& use : later.jurisdictions) {
    bool const known = std::any_of(lex.countries.begin(), lex.countries.end(),
                                   [&](country_entry const& c) { return c.id == use.country_id; });
    if (!known)
      errors.add(
          located(use.path, use.at, fmt::format("unknown jurisdiction '{}': no country has this id", use.country_id)));
  }
  for (title_group const& group : later.groups) {
    for (portfolio const& p : later.portfolios) {
      office_entry const office{
          with_placeholder(group.office, p.id), with_placeholder(group.name, p.name), group.unique, {}};
      auto const known = std::find_if(lex.offices.begin(), lex.offices.end(), [&](office_entry const& o) {
        return o.id == office.id && o.jurisdiction.empty();
      });
      auto const index = static_cast<std::uint32_t>(known - lex.offices.begin());
      if (known == lex.offices.end()) lex.offices.push_back(office);
      for (std::string const& name : p.names)
        for (std::string const& pattern : group.patterns) lex.titles.add(with_placeholder(pattern, name), index);
    }
  }
}

}  // namespace

void load_lexicon_yaml(std::string_view path, std::string_view yaml_text, lexicon& into, diagnostics& errors) {
  pending_work later;
  file_reader(path, into, errors, later).read(yaml_text);
  finish(later, into, errors);
}

lexicon load_builtin_lexicon(diagnostics& errors) {
  std::vector<builtin_file> files;
  for (builtin_file const& file : builtin_files())
    if (file.path.starts_with("rules/lexicon/") && file.path.ends_with(".yaml")) files.push_back(file);
  std::sort(files.begin(), files.end(), [](builtin_file const& a, builtin_file const& b) { return a.path < b.path; });
  lexicon lex;
  pending_work later;
  for (builtin_file const& file : files) file_reader(file.path, lex, errors, later).read(file.content);
  finish(later, lex, errors);
  return lex;
}

}  // namespace claimcheck
