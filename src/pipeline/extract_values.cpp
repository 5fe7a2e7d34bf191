#include "pipeline/extract_values.hpp"

#include <nlohmann/json.hpp>

#include "claims/lower.hpp"
#include "claims/resolve_date.hpp"
#include "grammar/values.hpp"
#include "text/normalize.hpp"
#include "text/sentence_splitter.hpp"

namespace claimcheck {

namespace {

using json = nlohmann::ordered_json;

char const* qualifier_name(ast::bound b) {
  switch (b) {
    case ast::bound::exact: return nullptr;
    case ast::bound::at_least: return "at-least";
    case ast::bound::more_than: return "more-than";
    case ast::bound::at_most: return "at-most";
    case ast::bound::less_than: return "less-than";
    case ast::bound::about: return "about";
  }
  return nullptr;
}

json money_json(ast::money const& m, lexicon const& lex) {
  json out = {{"amount", m.amount.value}};
  out["currency"] = m.currency < lex.currencies.size() ? lex.currencies[m.currency].code : std::string("XXX");
  return out;
}

// The type and normalised value of one value, as the --values contract names them.
struct value_json {
  lexicon const& lex;
  std::optional<calendar_date> const& reference;
  json& line;

  void operator()(ast::quantity const& q) const {
    line["type"] = q.points ? "percentage-points" : q.percent ? "percent" : "number";
    line["value"] = q.value;
    if (q.high > q.value) line["high"] = q.high;
    if (char const* name = qualifier_name(q.qualifier)) line["qualifier"] = name;
  }
  void operator()(ast::money_phrase const& m) const {
    line["type"] = "money";
    line["value"] = money_json(m.primary, lex);
    if (m.has_equivalent) line["equivalent"] = money_json(m.equivalent, lex);
    if (char const* name = qualifier_name(m.primary.amount.qualifier)) line["qualifier"] = name;
  }
  void operator()(ast::date const& d) const {
    std::optional<date_range> const resolved = resolve_date(d, reference);
    if (!resolved) {
      // Nothing to resolve it against: said, not guessed.
      line["type"] = "date";
      line["value"] = nullptr;
      return;
    }
    if (resolved->start == resolved->end) {
      line["type"] = "date";
      line["value"] = resolved->start.iso();
    } else {
      line["type"] = "date-range";
      json range = {{"start", resolved->start.empty() ? json(nullptr) : json(resolved->start.iso())},
                    {"end", resolved->end.empty() ? json(nullptr) : json(resolved->end.iso())}};
      line["value"] = std::move(range);
    }
  }
  void operator()(ast::duration const& d) const {
    line["type"] = "duration";
    std::optional<duration> const length = duration_of(d, lex);
    line["value"] = length ? json(length->iso()) : json(nullptr);
  }
  void operator()(ast::ordinal const& o) const {
    line["type"] = "ordinal";
    line["value"] = o.value;
  }
};

void write_values(source_file const& file, normalized_text const& text, std::vector<ast::value> const& values,
                  lexicon const& lex, std::optional<calendar_date> const& reference, std::ostream& out) {
  for (ast::value const& v : values) {
    ast::text_span const span = ast::span_of(v);
    auto const offset = text.origin[static_cast<std::size_t>(span.first - text.text.data())];
    line_column const at = file.locate(offset);
    json line;
    line["source"] = std::string(file.path());
    line["line"] = at.line;
    line["column"] = at.column;
    line["text"] = std::string(span.view());
    std::visit(value_json{lex, reference, line}, v);
    out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

}  // namespace

void write_document_values(source_store const& store, document const& doc, lexicon const& lex,
                           std::optional<calendar_date> const& reference_date, std::ostream& out) {
  source_file const& file = store[doc.source];
  std::string_view const text = file.text();
  std::optional<calendar_date> const reference = doc.meta.date ? doc.meta.date : reference_date;

  std::vector<sentence_span> pieces;
  if (file.path() == "<stdin>") {
    for (std::size_t start = doc.body_begin; start < text.size();) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      pieces.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), false});
      start = end + 1;
    }
  } else {
    split_sentences(text, doc.body_begin, lex.abbreviations, pieces);
  }

  normalized_text normalized;
  std::vector<ast::value> values;
  for (sentence_span const& piece : pieces) {
    normalize_sentence(text, piece.begin, piece.end, normalized);
    values.clear();
    grammar::parse_values(normalized.text, lex, values);
    write_values(file, normalized, values, lex, reference, out);
  }
}

}  // namespace claimcheck
