#include "grammar/number_def.hpp"

#include <charconv>
#include <limits>
#include <string>

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(amount_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bound_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(trailing_bound_type, iterator_type, context_type)
}  // namespace parsers

parsers::quantity_type const& quantity() { return parsers::quantity; }
parsers::amount_type const& amount() { return parsers::amount; }
parsers::bound_type const& bound() { return parsers::bound; }
parsers::trailing_bound_type const& trailing_bound() { return parsers::trailing_bound; }

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool digit_at(std::string_view text, std::size_t at) { return at < text.size() && is_digit(text[at]); }

// More digits than a double holds exactly is an identifier, not an amount.
constexpr std::size_t max_digits = 15;

bool is_article(std::string_view word) {
  return word == "a" || word == "A" || word == "an" || word == "An" || word == "AN";
}

// A multiple of ten from twenty to ninety, after which a unit may follow apart: "twenty five".
bool is_tens(double value) {
  return value >= 20 && value <= 90 && static_cast<int>(value) % 10 == 0 && value == static_cast<int>(value);
}

// A scale word apart from its number: two letters or more, as "5 m" is metres.
std::optional<phrase_table::match_result> spaced_scale(std::string_view text, lexicon const& lex) {
  auto found = lex.scales.match(text);
  if (found && found->length < 2) found.reset();
  return found;
}

}  // namespace

namespace parsers::detail {

std::optional<scanned_number> scan_digits(std::string_view text) {
  std::string number;
  std::size_t i = 0;
  while (digit_at(text, i)) number.push_back(text[i++]);
  std::size_t const lead = i;
  if (lead == 0 || (lead > 1 && text[0] == '0')) return std::nullopt;  // "0199" is a code
  // Thousands separators, only in groups of three after a lead of one to three digits.
  while (lead <= 3 && i < text.size() && text[i] == ',' && digit_at(text, i + 1) && digit_at(text, i + 2) &&
         digit_at(text, i + 3) && !digit_at(text, i + 4)) {
    number.append(text.substr(i + 1, 3));
    i += 4;
  }
  if (text.size() > i + 1 && text[i] == '.' && digit_at(text, i + 1)) {
    number.push_back('.');
    ++i;
    while (digit_at(text, i)) number.push_back(text[i++]);
  }
  // What follows must not carry the digit run on: "2,10", "1.2.3", "555-0199", "8:30", "3/4", or
  // another group after a space ("20 7946 0958"), which reads as a phone number or a code.
  if (i + 1 < text.size() && digit_at(text, i + 1)) {
    char const next = text[i];
    if (next == ',' || next == '.' || next == '-' || next == ':' || next == '/' || next == ' ') return std::nullopt;
  }
  std::size_t const significant = number.size() - (number.find('.') == std::string::npos ? 0 : 1);
  if (significant > max_digits) return std::nullopt;
  double value = 0;
  auto const [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec != std::errc() || end != number.data() + number.size()) return std::nullopt;
  return scanned_number{i, value};
}

// The usual reading of English number words: units add up, "hundred" multiplies the units of its
// group, and a larger scale closes the group ("two hundred and fifty thousand" = 250 x 1,000);
// closed groups must fall ("two million five hundred thousand"). Where the words stop making a
// number, the number ends with the last word that did.
std::optional<scanned_number> scan_word_number(std::string_view text, lexicon const& lex) {
  enum class last_word { none, unit, hundred, group };
  last_word last = last_word::none;
  double total = 0;
  double current = 0;
  double last_unit = 0;
  double last_group = std::numeric_limits<double>::infinity();
  bool group_has_hundred = false;
  std::size_t end = 0;
  // "twenty thousand, five hundred": a comma may close a group. Where the words after it stop at
  // a scale that does not fit ("a million, two million"), they were a list: the number ends there.
  std::size_t comma_end = 0;
  double comma_total = 0;
  while (true) {
    std::size_t at = end;
    bool after_and = false;
    if (last != last_word::none) {
      if (last == last_word::group && current == 0 && text.substr(at).starts_with(", ") && comma_end == 0) {
        comma_end = end;
        comma_total = total;
        ++at;
      } else if (at >= text.size() || (text[at] != ' ' && text[at] != '-')) {
        break;
      }
      ++at;
      // "and" joins only after a hundred or a group: "two hundred and fifty", "a thousand and one".
      if (last != last_word::unit && text.substr(at).starts_with("and ")) {
        at += 4;
        after_and = true;
      }
    }
    std::string_view const rest = text.substr(at);
    if (!after_and && (last == last_word::unit || last == last_word::hundred)) {
      if (auto const scale = spaced_scale(rest, lex)) {
        double const times = lex.scale_values[scale->id];
        if (times < 1000 && last == last_word::unit && !group_has_hundred) {
          current *= times;
          group_has_hundred = true;
          last = last_word::hundred;
          end = at + scale->length;
          continue;
        }
        if (times >= 1000 && times < last_group) {
          total += current * times;
          current = 0;
          group_has_hundred = false;
          last_group = times;
          last = last_word::group;
          end = at + scale->length;
          continue;
        }
        break;
      }
    }
    auto word = lex.number_words.match(rest);
    // Inside a number only its next word counts: "forty one thousand" is 41 x 1,000, not 40 and
    // the lexicon's "one thousand".
    if (word && last != last_word::none && rest.substr(0, word->length).find(' ') != std::string_view::npos)
      word = lex.number_words.match(rest.substr(0, rest.find(' ')));
    if (!word) break;
    double const value = word->id;
    // An article counts as one only before a scale, at the start: "a million", never "a year".
    if (is_article(rest.substr(0, word->length))) {
      std::string_view const after = rest.substr(word->length);
      if (last != last_word::none || !after.starts_with(' ') || !spaced_scale(after.substr(1), lex)) break;
    }
    bool fits = false;
    switch (last) {
      case last_word::none:
        fits = true;
        break;
      case last_word::unit:  // "twenty five", written apart
        fits = !after_and && text[at - 1] == ' ' && is_tens(last_unit) && value >= 1 && value <= 9;
        break;
      case last_word::hundred:
        fits = value < 100;
        break;
      case last_word::group:
        fits = value < 1000;
        break;
    }
    if (!fits) break;
    if (value >= 1000) {  // "a thousand", "one thousand": a group of its own
      if (last != last_word::none) break;
      total = value;
      last_group = value;
      last = last_word::group;
    } else if (value >= 100) {  // "a hundred", "one hundred"
      if (group_has_hundred) break;
      current += value;
      group_has_hundred = true;
      last = last_word::hundred;
    } else {
      current += value;
      last_unit = value;
      last = last_word::unit;
    }
    end = at + word->length;
  }
  if (last == last_word::none) return std::nullopt;
  if (comma_end != 0) {
    bool const list =
        end != comma_end && text.substr(end).starts_with(' ') && spaced_scale(text.substr(end + 1), lex).has_value();
    if (list) {
      end = comma_end;
      total = comma_total;
      current = 0;
      last = last_word::group;
    }
  }
  double value = total + current;
  // "forty two point five", "two point five million": digits read out after "point".
  if (last != last_word::group) {
    std::size_t at = end;
    double fraction = 0;
    double place = 0.1;
    std::size_t digits_end = 0;
    if (text.substr(at).starts_with(" point ")) {
      at += 7;
      while (true) {
        auto const digit = lex.number_words.match(text.substr(at));
        if (!digit || digit->id > 9 || is_article(text.substr(at, digit->length)) ||
            text.substr(at, digit->length).find(' ') != std::string_view::npos)
          break;
        fraction += digit->id * place;
        place /= 10;
        digits_end = at + digit->length;
        if (!text.substr(digits_end).starts_with(' ')) break;
        at = digits_end + 1;
      }
    }
    if (digits_end != 0) {
      value += fraction;
      end = digits_end;
      // A scale after the decimals multiplies the whole: "two point five million".
      if (total == 0 && text.substr(end).starts_with(' ')) {
        if (auto const scale = spaced_scale(text.substr(end + 1), lex); scale && lex.scale_values[scale->id] >= 1000) {
          value *= lex.scale_values[scale->id];
          end += 1 + scale->length;
        }
      }
    }
  }
  return scanned_number{end, value};
}

std::optional<scanned_number> scan_digit_range(std::string_view text, double& low) {
  std::size_t dash = 0;
  while (dash < text.size() && (is_digit(text[dash]) || text[dash] == ',' || text[dash] == '.')) ++dash;
  if (dash == 0 || dash + 1 >= text.size() || text[dash] != '-' || !digit_at(text, dash + 1)) return std::nullopt;
  std::string_view const first = text.substr(0, dash);
  auto const from = scan_digits(first);
  if (!from || from->length != first.size()) return std::nullopt;
  auto const to = scan_digits(text.substr(dash + 1));
  if (!to || from->value >= to->value) return std::nullopt;
  // "555-1234" and "020-7946" are numbers to dial, not ranges.
  std::string_view const second = text.substr(dash + 1, to->length);
  bool const plain_second = second.find_first_of(",.") == std::string_view::npos;
  if (first.size() >= 3 && plain_second && second.size() >= 4) return std::nullopt;
  low = from->value;
  return scanned_number{dash + 1 + to->length, to->value};
}

double trailing_scale(std::string_view amount_text, lexicon const& lex) {
  std::size_t const cut = amount_text.find_last_of(" -");
  std::string_view word = cut == std::string_view::npos ? amount_text : amount_text.substr(cut + 1);
  while (!word.empty() && (is_digit(word.front()) || word.front() == '.' || word.front() == ',')) word.remove_prefix(1);
  if (word.empty()) return 1;
  auto const id = lex.scales.find(word);
  return id ? lex.scale_values[*id] : 1;
}

}  // namespace parsers::detail

bool number_may_start(std::string_view sentence, std::size_t at, lexicon const& lex) {
  if (at == 0) return true;
  if (at > sentence.size()) return false;
  char const before = sentence[at - 1];
  if (is_word_byte(static_cast<unsigned char>(before))) return false;  // "A320", "G7", "€5"
  if (before == '+' || before == '#') return false;  // "+44", "#3"
  // Right after a currency sign, glued or spaced ("$5", "US$ 5", "Rs 500"), the money starts at the sign.
  std::string_view const up_to_sign = sentence.substr(0, before == ' ' ? at - 1 : at);
  for (currency_symbol const& symbol : lex.currency_symbols) {
    if (!up_to_sign.ends_with(symbol.text)) continue;
    std::size_t const sign_at = up_to_sign.size() - symbol.text.size();
    if (sign_at == 0 || !is_word_byte(static_cast<unsigned char>(up_to_sign[sign_at - 1]))) return false;
  }
  bool const joined = at >= 2 && is_word_byte(static_cast<unsigned char>(sentence[at - 2]));
  if (joined && (before == '-' || before == '.' || before == ',' || before == ':' || before == '/'))
    return false;  // "COVID-19", "3.5", "555-0199", "8:30", "3/4"
  if (before != ' ') return true;
  // The word before: a label ("No. 10") or a group of the same digit run ("+44 20 7946").
  std::string_view const head = sentence.substr(0, at - 1);
  std::size_t const start = head.find_last_of(' ') == std::string_view::npos ? 0 : head.find_last_of(' ') + 1;
  std::string_view const previous = head.substr(start);
  if (previous.empty()) return true;
  if (lex.number_labels.find(previous)) return false;
  std::string_view digits = previous;
  if (digits.front() == '+' || digits.front() == '(') digits.remove_prefix(1);
  if (!digits.empty() && digits.back() == ')') digits.remove_suffix(1);
  bool const digit_group = !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
  return !digit_group;
}

}  // namespace claimcheck::grammar
