#include "rules/kinds/finding_parts.hpp"

#include <algorithm>
#include <tuple>

#include "report/quote.hpp"

namespace claimcheck {

std::optional<std::pair<long, long>> claim_days(claim const& c, std::optional<field_id> time_field) {
  if (time_field) {
    field const* f = c.find(*time_field);
    date_range const* when = f == nullptr ? nullptr : std::get_if<date_range>(&f->value);
    if (when != nullptr && when->start.has_year() && when->end.has_year())
      return std::pair<long, long>{when->start.first_day(), when->end.last_day()};
  }
  // A time without a year cannot be placed against any other.
  if (!c.time || !c.time->has_year()) return std::nullopt;
  return std::pair<long, long>{c.time->first_day(), c.time->last_day()};
}

bool close_in_time(std::optional<std::pair<long, long>> const& a, std::optional<std::pair<long, long>> const& b,
                   std::optional<long> within_days) {
  if (!a || !b || !within_days) return true;
  long const gap = std::max(a->first, b->first) - std::min(a->second, b->second);
  return gap <= *within_days;
}

discrepancy_side side_of(claim const& c, std::string shown, check_context const& ctx) {
  source_file const& file = ctx.sources[c.source];
  std::string_view const text = file.text();
  std::size_t const begin = std::min<std::size_t>(c.sentence.begin, text.size());
  std::size_t const end = std::clamp<std::size_t>(c.sentence.end, begin, text.size());
  discrepancy_side s;
  s.source = std::string(file.path());
  s.offset = c.span.begin;
  s.start = file.locate(c.span.begin);
  s.end = file.locate(c.span.end);
  s.text = quote_text(text.substr(begin, end - begin));
  s.kind = std::string(to_string(c.kind));
  s.value = std::move(shown);
  s.speaker = c.speaker;
  return s;
}

bool claim_before(claim const& a, claim const& b, check_context const& ctx) {
  std::string_view const pa = ctx.sources[a.source].path();
  std::string_view const pb = ctx.sources[b.source].path();
  return std::tie(pa, a.span.begin, a.span.end) < std::tie(pb, b.span.begin, b.span.end);
}

}  // namespace claimcheck
