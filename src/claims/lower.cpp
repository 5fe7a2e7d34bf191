#include "claims/lower.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "claims/name_folding.hpp"
#include "claims/resolve_date.hpp"

namespace claimcheck {

namespace {

byte_span source_span(ast::text_span s, sentence_context const& where) {
  normalized_text const& t = *where.text;
  auto const a = static_cast<std::size_t>(s.first - t.text.data());
  auto const b = static_cast<std::size_t>(s.last - t.text.data());
  return {t.origin[a], t.origin[b]};
}

std::string_view without_article(std::string_view text) {
  for (std::string_view article : {"the ", "The "})
    if (text.substr(0, article.size()) == article) return text.substr(article.size());
  return text;
}

std::optional<jurisdiction_value> jurisdiction_of(std::string_view text, lexicon const& lex) {
  text = without_article(text);
  if (text.empty()) return std::nullopt;
  if (country_entry const* country = lex.country_for(text)) return jurisdiction_value{country->id, country->name};
  // An organisation named by itself ("the FINM's general secretary"): its folded name is its id.
  return jurisdiction_value{"org:" + name_key(text), std::string(text)};
}

place_value place_of(std::string_view text, lexicon const& lex) {
  if (country_entry const* country = lex.country_for(text)) return {country->name, name_key(country->name)};
  return {std::string(text), name_key(text)};
}

// A year the sentence places itself in ("In 2015, ..."): claims of such a sentence hold then,
// not on the day the article was published.
std::optional<int> stated_year(std::string_view sentence) {
  for (std::size_t at = sentence.find("n "); at != std::string_view::npos; at = sentence.find("n ", at + 1)) {
    if (at == 0 || (sentence[at - 1] != 'i' && sentence[at - 1] != 'I')) continue;
    if (at >= 2 && sentence[at - 2] != ' ' && sentence[at - 2] != '(') continue;
    std::string_view const rest = sentence.substr(at + 2);
    if (rest.size() < 4) continue;
    bool digits = true;
    for (std::size_t i = 0; i < 4; ++i) digits = digits && rest[i] >= '0' && rest[i] <= '9';
    if (!digits || (rest.size() > 4 && rest[4] >= '0' && rest[4] <= '9')) continue;
    int const year = std::atoi(std::string(rest.substr(0, 4)).c_str());
    if (year >= 1800 && year <= 2199) return year;
  }
  return std::nullopt;
}

class sentence_lowering {
 public:
  sentence_lowering(sentence_context const& where, lexicon const& lex, std::vector<claim>& claims,
                    std::vector<person_mention>& mentions)
      : where_(where), lex_(lex), claims_(claims), mentions_(mentions) {
    if (auto const year = stated_year(where.text->text)) {
      time_ = calendar_date{*year, 0, 0};
      time_from_text_ = true;
    } else {
      time_ = where.document_date;
    }
  }

  void person(ast::person const& p) {
    remember(p);
    if (p.name.empty() || p.title.title.empty()) return;
    office_entry const* office = lex_.office_for(p.title.title.view());
    if (office == nullptr || !office->unique) return;
    if (!p.title.modifier.empty()) {
      auto const when = lex_.role_modifiers.find(p.title.modifier.view());
      if (when && static_cast<role_time>(*when) != role_time::current) return;  // "former", "incoming"
    }
    claim c = start(claim_kind::office_holder, p.span);
    c.fields.push_back({field_id::person, person_value{std::string(p.name.view()), {}}, source_span(p.name, where_)});
    c.fields.push_back({field_id::office, office_value{office->id, office->name}, source_span(p.title.title, where_)});
    if (auto j = jurisdiction_of(p.title.jurisdiction.view(), lex_)) {
      c.fields.push_back({field_id::jurisdiction, *j, source_span(p.title.jurisdiction, where_)});
    } else if (!office->jurisdiction.empty()) {
      if (country_entry const* implied = lex_.country_by_id(office->jurisdiction))
        c.fields.push_back({field_id::jurisdiction, jurisdiction_value{implied->id, implied->name},
                            source_span(p.title.title, where_)});
    }
    claims_.push_back(std::move(c));
  }

  void meeting(ast::meeting const& m) {
    remember(m.subject);
    remember(m.other);
    auto subject = named(m.subject);
    auto other = named(m.other);
    if (!subject || !other) return;
    claim c = start(claim_kind::meeting, m.span);
    c.fields.push_back({field_id::subject, *subject, source_span(m.subject.span, where_)});
    c.fields.push_back({field_id::counterpart, *other, source_span(m.other.span, where_)});
    if (!m.counterpart.empty()) {
      c.fields.push_back({field_id::role, text_value{"counterpart"}, source_span(m.counterpart, where_)});
      if (auto j = jurisdiction_of(m.counterpart_jurisdiction.view(), lex_))
        c.fields.push_back({field_id::jurisdiction, *j, source_span(m.counterpart_jurisdiction, where_)});
    }
    add_place_and_date(c, m.place, m.when);
    claims_.push_back(std::move(c));
  }

  void visit(ast::visit const& v) {
    remember(v.visitor);
    claim c = start(claim_kind::visit, v.span);
    if (auto visitor = named(v.visitor)) {
      c.fields.push_back({field_id::subject, *visitor, source_span(v.visitor.span, where_)});
    } else if (office_entry const* office = lex_.office_for(v.visitor.title.title.view())) {
      c.fields.push_back({field_id::office, office_value{office->id, office->name}, source_span(v.visitor.title.title, where_)});
      if (auto j = jurisdiction_of(v.visitor.title.jurisdiction.view(), lex_))
        c.fields.push_back({field_id::jurisdiction, *j, source_span(v.visitor.title.jurisdiction, where_)});
    } else {
      return;
    }
    add_place_and_date(c, v.place, v.when);
    if (!v.ordinal.empty()) {
      if (auto const n = lex_.ordinals.find(v.ordinal.view()))
        c.fields.push_back({field_id::ordinal, static_cast<int>(*n), source_span(v.ordinal, where_)});
    }
    if (auto const since = duration_of(v.since, lex_))
      c.fields.push_back({field_id::duration, *since, source_span(v.since.span, where_)});
    // A visit that says neither when it was nor what it was the first of claims nothing checkable.
    if (c.find(field_id::date) == nullptr && c.find(field_id::duration) == nullptr) return;
    claims_.push_back(std::move(c));
  }

  void count(ast::count const& n) {
    if (!worth_counting(n)) return;
    claim c = start(claim_kind::count, n.span);
    c.fields.push_back({field_id::amount, amount_of(n.amount, n.amount.percent ? "percent" : ""), source_span(n.amount.span, where_)});
    c.fields.push_back({field_id::counted, text_value{counted_key(n.counted.view())}, source_span(n.counted, where_)});
    if (!n.event.empty()) {
      std::string event(n.event.view());
      for (char& ch : event) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      c.fields.push_back({field_id::event, text_value{std::move(event)}, source_span(n.event, where_)});
    }
    add_place_and_date(c, {}, n.when);
    claims_.push_back(std::move(c));
  }

 private:
  claim start(claim_kind kind, ast::text_span span) const {
    claim c;
    c.kind = kind;
    c.source = where_.source;
    c.span = source_span(span, where_);
    c.sentence = where_.sentence;
    c.time = time_;
    c.time_from_text = time_from_text_;
    return c;
  }

  std::optional<person_value> named(ast::person const& p) const {
    if (p.pronoun) {
      if (!where_.pronoun_antecedent) return std::nullopt;
      return person_value{*where_.pronoun_antecedent, {}};
    }
    if (p.name.empty()) return std::nullopt;
    return person_value{std::string(p.name.view()), {}};
  }

  void remember(ast::person const& p) {
    if (p.name.empty()) return;
    mentions_.push_back({std::string(p.name.view()), source_span(p.span, where_).begin, where_.sentence_index});
  }

 public:
  void occurrence(ast::occurrence const& o) {
    std::string what;
    if (!o.pronoun) {
      // The head noun names the event: "a powerful earthquake" and "the earthquake" are one.
      std::string_view const words = o.what.view();
      std::size_t const space = words.find_last_of(' ');
      what = counted_key(space == std::string_view::npos ? words : words.substr(space + 1));
    } else if (where_.event_antecedent) {
      what = *where_.event_antecedent;
    } else {
      return;  // "it started on Friday" with nothing named before: what started is unknown
    }
    claim c = start(claim_kind::event, o.span);
    c.fields.push_back({field_id::subject, text_value{what}, source_span(o.pronoun ? o.span : o.what, where_)});
    c.fields.push_back({field_id::event, text_value{o.located ? "was located" : o.start ? "started" : "was held"}, source_span(o.verb, where_)});
    add_place_and_date(c, o.place, o.when);
    if (c.find(field_id::date) == nullptr && c.find(field_id::place) == nullptr) return;
    claims_.push_back(std::move(c));
  }

  void price(ast::price const& p, lexicon const& lex) {
    ast::money const& m = p.amount.primary;
    std::string const currency = m.currency < lex.currencies.size() ? lex.currencies[m.currency].code : "";
    claim c = start(claim_kind::price, p.span);
    c.fields.push_back({field_id::subject, text_value{std::string(p.payer.view())}, source_span(p.payer, where_)});
    if (!p.target.empty())
      c.fields.push_back({field_id::counterpart, text_value{std::string(p.target.view())}, source_span(p.target, where_)});
    if (!p.unit.empty())
      c.fields.push_back({field_id::counted, text_value{counted_key(p.unit.view())}, source_span(p.unit, where_)});
    amount_value amount = amount_of(m.amount, currency);
    amount.text = std::string(m.span.view());
    c.fields.push_back({field_id::amount, std::move(amount), source_span(m.span, where_)});
    claims_.push_back(std::move(c));
  }

  // "the first summit in Latvia in seven years": keyed by the ordinal, the noun and the countries
  // the sentence names, valued by the time since.
  void first(ast::first_since const& f) {
    auto const n = lex_.ordinals.find(f.ordinal.view());
    std::string const countries = countries_named();
    std::string const noun = counted_key(f.noun.view());
    // Without a country, the noun alone keys the claim ("the club's first trophy in 23 years"); a
    // bare "first time" is then too vague to compare.
    if (!n || (countries.empty() && (noun.empty() || noun == "time"))) return;
    std::optional<duration> since = duration_of(f.in, lex_);
    if (!since && f.since.start_year != 0 && f.since.start_month == 0 && where_.document_date) {
      // "since 2016" in a 2026 article: ten years; without the article's date it stays unsaid.
      since = duration{static_cast<double>(where_.document_date->year - f.since.start_year), duration::unit::year};
    }
    if (!since) return;
    claim c = start(claim_kind::first_since, f.span);
    c.fields.push_back({field_id::ordinal, static_cast<int>(*n), source_span(f.ordinal, where_)});
    c.fields.push_back({field_id::counted, text_value{noun}, source_span(f.noun, where_)});
    if (!countries.empty())
      c.fields.push_back({field_id::jurisdiction, jurisdiction_value{countries, countries}, source_span(f.span, where_)});
    ast::text_span const said = f.in.span.empty() ? f.since.span : f.in.span;
    c.fields.push_back({field_id::duration, *since, source_span(said, where_)});
    claims_.push_back(std::move(c));
  }

  // The yes side of a ballot has no name of its own: "in favour" stands for it.
  void vote(ast::vote_share const& v) {
    claim c = start(claim_kind::vote_share, v.span);
    std::string const winner = v.winner.empty() ? std::string("in favour") : std::string(without_article(v.winner.view()));
    c.fields.push_back({field_id::subject, text_value{winner}, source_span(v.winner.empty() ? v.span : v.winner, where_)});
    c.fields.push_back({field_id::amount, amount_of(v.share, "percent"), source_span(v.share.span, where_)});
    claims_.push_back(std::move(c));
  }

  // "keep the brand and its head office for five years": keyed by what the verb means and the
  // last word of its object ("office"), valued by the length in days so that "60 months" and
  // "five years" agree.
  void term(ast::term const& t) {
    std::optional<duration> const length = duration_of(t.length, lex_);
    if (!length) return;
    std::string event;
    if (!t.verb.empty()) {
      auto const id = lex_.term_verbs.find(t.verb.view());
      if (!id || *id >= lex_.term_verb_names.size()) return;
      event = lex_.term_verb_names[*id];
    } else {
      event = counted_key(t.noun.view());
    }
    claim c = start(claim_kind::term, t.span);
    c.fields.push_back({field_id::event, text_value{event}, source_span(t.verb.empty() ? t.noun : t.verb, where_)});
    if (std::string_view const object = t.object.view(); !object.empty()) {
      std::size_t const last_space = object.find_last_of(' ');
      std::string_view const head = last_space == std::string_view::npos ? object : object.substr(last_space + 1);
      c.fields.push_back({field_id::counted, text_value{counted_key(head)}, source_span(t.object, where_)});
    }
    ast::quantity days;
    days.span = t.length.span;
    days.value = days.high = length->approx_days();
    days.qualifier = t.qualifier;
    amount_value amount = amount_of(days, "day");
    // Lengths in different units are the same only to within the calendar's averages.
    constexpr double calendar_slack = 0.02;
    amount.low *= 1 - calendar_slack;
    if (std::isfinite(amount.high)) amount.high *= 1 + calendar_slack;
    amount.text = std::string(t.written.view());
    c.fields.push_back({field_id::amount, std::move(amount), source_span(t.written, where_)});
    claims_.push_back(std::move(c));
  }

  // "a fixed fee of €42 million": keyed by the words naming the sum, valued by the amount.
  void sum(ast::sum const& s) {
    claim c = start(claim_kind::sum, s.span);
    c.fields.push_back({field_id::counted, text_value{counted_key(s.noun.view())}, source_span(s.noun, where_)});
    if (s.is_money) {
      ast::money const& m = s.money.primary;
      std::string const currency = m.currency < lex_.currencies.size() ? lex_.currencies[m.currency].code : "";
      amount_value amount = amount_of(m.amount, currency);
      amount.text = std::string(m.span.view());
      c.fields.push_back({field_id::amount, std::move(amount), source_span(m.span, where_)});
    } else {
      c.fields.push_back(
          {field_id::amount, amount_of(s.share, s.share.percent ? "percent" : ""), source_span(s.share.span, where_)});
    }
    claims_.push_back(std::move(c));
  }

  // "the 60th anniversary of the 1965 treaty", "60 years since ties were established in 1965":
  // how many years, what is dated and from when. The claim's time is when the anniversary falls:
  // the date the phrase gives, else a year the sentence states after the base, else the
  // document's date. A phrase that names neither the base nor what it dates claims nothing.
  void anniversary(ast::anniversary const& a) {
    int years = a.nth.value;
    ast::text_span said = a.nth.span;
    if (a.nth.span.empty()) {
      std::optional<duration> const length = a.approximate ? std::nullopt : duration_of(a.years, lex_);
      if (!length || length->in != duration::unit::year || length->amount != std::floor(length->amount)) return;
      years = static_cast<int>(length->amount);
      said = a.years.span;
    }
    std::optional<date_range> base = a.base.span.empty() ? std::nullopt : resolve_date(a.base, where_.document_date);
    std::optional<date_range> when = a.when.span.empty() ? std::nullopt : resolve_date(a.when, where_.document_date);
    if (base && !base->start.has_year()) base.reset();
    if (base && base->open_ended()) base->end = base->start;  // "since 1965" counts from 1965
    if (when && !when->start.has_year()) when.reset();
    if (years < 1 || (!base && a.noun.empty())) return;
    claim c = start(claim_kind::anniversary, a.span);
    // "established ties in 1965" states the base, not the year the sentence speaks of.
    if (!c.time_from_text || !c.time || (base && c.time->year <= base->start.year)) {
      c.time = where_.document_date;
      c.time_from_text = false;
    }
    ast::text_span when_span = a.when.span;
    // A lone year nearer that time than the anniversary it would make is when it falls: "the
    // treaty's 60th anniversary in 2025", "the 75th anniversary of the war's end in 2020".
    if (base && !when && c.time && c.time->has_year() &&
        std::abs(base->start.year - c.time->year) < std::abs(base->start.year + years - c.time->year)) {
      when = base;
      when_span = a.base.span;
      base.reset();
    }
    if (when) {
      c.time = when->start;
      c.time_from_text = true;
    }
    c.fields.push_back({field_id::ordinal, years, source_span(said, where_)});
    if (!a.noun.empty())
      c.fields.push_back({field_id::event, text_value{counted_key(a.noun.view())}, source_span(a.noun, where_)});
    if (base) c.fields.push_back({field_id::since, *base, source_span(a.base.span, where_)});
    if (when) c.fields.push_back({field_id::date, *when, source_span(when_span, where_)});
    claims_.push_back(std::move(c));
  }

  // "one billion yen ($8.47 million)": an amount and the equivalent the text gives in another
  // currency, both with their bounds ("about $8.47 million").
  void conversion(ast::money_phrase const& p) {
    std::size_t const from = p.primary.currency;
    std::size_t const to = p.equivalent.currency;
    if (!p.has_equivalent || from >= lex_.currencies.size() || to >= lex_.currencies.size()) return;
    if (lex_.currencies[from].code == lex_.currencies[to].code) return;
    claim c = start(claim_kind::conversion, p.span);
    amount_value amount = amount_of(p.primary.amount, lex_.currencies[from].code);
    amount.text = std::string(p.primary.span.view());
    c.fields.push_back({field_id::amount, std::move(amount), source_span(p.primary.span, where_)});
    amount_value equivalent = amount_of(p.equivalent.amount, lex_.currencies[to].code);
    equivalent.text = std::string(p.equivalent.span.view());
    c.fields.push_back({field_id::equivalent, std::move(equivalent), source_span(p.equivalent.span, where_)});
    claims_.push_back(std::move(c));
  }

 private:
  // The countries a sentence names, by id, sorted and joined: what a "first in N years" is about.
  std::string countries_named() const {
    std::string_view const text = where_.text->text;
    std::vector<std::string> ids;
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (at > 0 && text[at - 1] != ' ') continue;
      std::string_view const rest = text.substr(at);
      auto found = lex_.country_names.match(rest);
      if (!found) found = lex_.nationalities.match(rest);
      if (found) ids.push_back(lex_.countries[found->id].id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string joined;
    for (std::string const& id : ids) joined += (joined.empty() ? "" : "+") + id;
    return joined;
  }

  // Numbers that only look like counts: a year before a noun ("the 1965 treaty"), a number word
  // inside a name ("the Nordic-Baltic Eight summit"), a handful with no verb ("two countries").
  bool worth_counting(ast::count const& n) const {
    std::string_view const written = n.amount.span.view();
    bool const year_like = written.size() == 4 && n.amount.qualifier == ast::bound::exact &&
                           n.amount.value >= 1000 && n.amount.value <= 2199 &&
                           written.find_first_not_of("0123456789") == std::string_view::npos;
    bool const inside_name = n.amount.span.first != where_.text->text.data() && !written.empty() &&
                             written.front() >= 'A' && written.front() <= 'Z';
    bool const handful = n.event.empty() && n.amount.high < 10;
    return !year_like && !inside_name && !handful;
  }

  template <typename Claim>
  void add_place_and_date(Claim& c, ast::text_span place, ast::date const& when) {
    if (!place.empty()) c.fields.push_back({field_id::place, place_of(place.view(), lex_), source_span(place, where_)});
    if (!when.span.empty()) {
      // A date the sentence gives is resolved against the document's own date, never guessed.
      if (auto const range = resolve_date(when, where_.document_date))
        c.fields.push_back({field_id::date, *range, source_span(when.span, where_)});
    }
  }

  sentence_context const& where_;
  lexicon const& lex_;
  std::vector<claim>& claims_;
  std::vector<person_mention>& mentions_;
  std::optional<calendar_date> time_;
  bool time_from_text_ = false;
};

}  // namespace

void lower_sentence(ast::sentence_parse const& parse, sentence_context const& where, lexicon const& lex,
                    std::vector<claim>& claims, std::vector<person_mention>& mentions) {
  sentence_lowering lowering(where, lex, claims, mentions);
  for (ast::person const& p : parse.people) lowering.person(p);
  for (ast::meeting const& m : parse.meetings) lowering.meeting(m);
  for (ast::visit const& v : parse.visits) lowering.visit(v);
  for (ast::count const& c : parse.counts) lowering.count(c);
  for (ast::occurrence const& o : parse.occurrences) lowering.occurrence(o);
  for (ast::price const& p : parse.prices) lowering.price(p, lex);
  for (ast::first_since const& f : parse.firsts) lowering.first(f);
  for (ast::term const& t : parse.terms) lowering.term(t);
  for (ast::sum const& s : parse.sums) lowering.sum(s);
  for (ast::vote_share const& v : parse.votes) lowering.vote(v);
  for (ast::anniversary const& a : parse.anniversaries) lowering.anniversary(a);
  for (ast::money_phrase const& p : parse.conversions) lowering.conversion(p);
}

std::optional<duration> duration_of(ast::duration const& d, lexicon const& lex) {
  if (d.span.empty() || d.unit >= lex.duration_units_info.size()) return std::nullopt;
  duration_unit_entry const& unit = lex.duration_units_info[d.unit];
  return duration{d.amount * unit.times, unit.unit};
}

amount_value amount_of(ast::quantity const& q, std::string unit) {
  amount_value a;
  a.stated = q.value;
  a.low = q.value;
  a.high = q.high > q.value ? q.high : q.value;
  a.unit = std::move(unit);
  a.text = std::string(q.span.view());
  double constexpr unbounded = std::numeric_limits<double>::infinity();
  switch (q.qualifier) {
    case ast::bound::exact: break;
    case ast::bound::at_least: a.qualifier = "at-least"; a.high = unbounded; break;
    case ast::bound::more_than: a.qualifier = "more-than"; a.low = std::nextafter(q.value, unbounded); a.high = unbounded; break;
    case ast::bound::at_most: a.qualifier = "at-most"; a.low = 0; break;
    case ast::bound::less_than: a.qualifier = "less-than"; a.low = 0; a.high = std::nextafter(q.value, 0.0); break;
    case ast::bound::about:
      // "about 37,000", "nearly 60 percent": a tenth either way is what such words allow in news.
      a.qualifier = "about";
      a.low = q.value * 0.9;
      a.high = a.high * 1.1;
      break;
  }
  return a;
}

// English plurals, enough to compare a counted noun with itself: "countries" -> "country",
// "midwives" -> "midwife", "churches" -> "church", "homes" -> "home".
std::string singular(std::string word) {
  auto ends = [&word](std::string_view tail) {
    return word.size() > tail.size() + 1 && word.compare(word.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends("ies")) return word.substr(0, word.size() - 3) + "y";
  if (ends("ves")) return word.substr(0, word.size() - 3) + "fe";
  if (ends("ches") || ends("shes") || ends("sses") || ends("xes")) return word.substr(0, word.size() - 2);
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) return word.substr(0, word.size() - 1);
  return word;
}

std::string counted_key(std::string_view phrase) {
  // "teachers and lecturers" and "teacher and lecturer" count the same people: compare the words
  // without "and", each without a plural -s.
  std::string key;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    std::string word(phrase.substr(start, end - start));
    start = end + 1;
    if (word == "and" || word.empty()) continue;
    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    word = singular(word);
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

}  // namespace claimcheck
