#include "facts/fact_values.hpp"

#include <cctype>
#include <charconv>
#include <fmt/format.h>

#include "claims/lower.hpp"
#include "claims/name_folding.hpp"

namespace claimcheck {

namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int n = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), n);
  return n;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "the fire" and "fire" name one event: the lowering pass keys what it reads without the article.
std::string thing_key(std::string_view text) {
  std::string lowered = lower_ascii(text);
  if (lowered.rfind("the ", 0) == 0) lowered.erase(0, 4);
  return counted_key(lowered);
}

std::optional<amount_value> read_amount(std::string_view text) {
  amount_value a;
  a.text = std::string(text);
  if (!text.empty() && text.back() == '%') {
    a.unit = "percent";
    text.remove_suffix(1);
  }
  // Thousands separators are how people write counts: "1,200" is 1200.
  std::string digits;
  for (char c : text)
    if (c != ',') digits += c;
  double n = 0;
  std::from_chars_result const read = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (digits.empty() || read.ec != std::errc() || read.ptr != digits.data() + digits.size()) return std::nullopt;
  a.stated = a.low = a.high = n;
  return a;
}

std::optional<date_range> read_date_range(std::string_view text) {
  std::size_t const slash = text.find('/');
  std::optional<calendar_date> const start = read_sheet_date(text.substr(0, slash));
  if (!start) return std::nullopt;
  if (slash == std::string_view::npos) return date_range{*start, *start, date_part::none};
  std::optional<calendar_date> const end = read_sheet_date(text.substr(slash + 1));
  if (!end || end->last_day() < start->first_day()) return std::nullopt;
  return date_range{*start, *end, date_part::none};
}

}  // namespace

std::optional<calendar_date> read_sheet_date(std::string_view text) {
  calendar_date d;
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!all_digits(text.substr(0, 4)) || (d.year = to_int(text.substr(0, 4))) == 0) return std::nullopt;
  if (text.size() == 4) return d;
  if (text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
  d.month = to_int(text.substr(5, 2));
  if (d.month < 1 || d.month > 12) return std::nullopt;
  if (text.size() == 7) return d;
  if (text[7] != '-' || !all_digits(text.substr(8, 2))) return std::nullopt;
  d.day = to_int(text.substr(8, 2));
  calendar_date const month_only{d.year, d.month, 0};
  if (d.day < 1 || days_from_civil(d.year, d.month, d.day) > month_only.last_day()) return std::nullopt;
  return d;
}

office_entry const* find_office(lexicon const& lex, std::string_view text) {
  if (office_entry const* office = lex.office_for(text)) return office;
  for (office_entry const& office : lex.offices)
    if (office.id == text) return &office;
  return nullptr;
}

std::optional<field_value> read_fact_value(claim_kind kind, field_id id, std::string_view text, lexicon const& lex,
                                           std::string& why) {
  std::string_view const name = to_string(id);
  switch (id) {
    case field_id::person: return person_value{std::string(text), name_key(text)};
    case field_id::office: {
      office_entry const* office = find_office(lex, text);
      if (office == nullptr) {
        why = fmt::format("unknown office '{}' (not a title or office id in the lexicon)", text);
        return std::nullopt;
      }
      if (!office->unique) {
        // Claims are only made for offices with one holder, so such a fact could never be checked.
        why = fmt::format("office '{}' has many holders at a time; a fact sheet can only state offices with one holder",
                          text);
        return std::nullopt;
      }
      return office_value{office->id, office->name};
    }
    case field_id::jurisdiction: {
      country_entry const* country = lex.country_for(text);
      if (country == nullptr) country = lex.country_by_id(text);
      if (country == nullptr) {
        why = fmt::format("unknown country '{}' (not a country name, adjective or id in the lexicon)", text);
        return std::nullopt;
      }
      return jurisdiction_value{country->id, country->name};
    }
    case field_id::place: {
      if (country_entry const* country = lex.country_for(text)) return place_value{country->name, name_key(country->name)};
      return place_value{std::string(text), name_key(text)};
    }
    case field_id::date: {
      if (std::optional<date_range> const when = read_date_range(text)) return *when;
      why = fmt::format("'{}' must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or two joined by '/', the second not "
                        "before the first; got '{}'",
                        name, text);
      return std::nullopt;
    }
    case field_id::amount: {
      if (std::optional<amount_value> const amount = read_amount(text)) return *amount;
      why = fmt::format("'{}' must be a number (\"1200\", \"1,200\", \"41.5%\"), got '{}'", name, text);
      return std::nullopt;
    }
    case field_id::counted: return text_value{thing_key(text)};
    case field_id::subject:
      // An event's subject is keyed as the lowering pass keys it ("The fires" and "fire" name one event).
      if (kind == claim_kind::event) return text_value{thing_key(text)};
      return person_value{std::string(text), name_key(text)};
    case field_id::event: return text_value{lower_ascii(text)};
    default: break;
  }
  why = fmt::format("field '{}' cannot be stated in a fact sheet", name);
  return std::nullopt;
}

}  // namespace claimcheck
