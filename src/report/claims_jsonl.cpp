#include "report/claims_jsonl.hpp"

#include <nlohmann/json.hpp>

#include "report/quote.hpp"

namespace claimcheck {

namespace {

using json = nlohmann::ordered_json;

json typed_value(field_value const& value) {
  struct to_json {
    json operator()(person_value const& v) const { return {{"type", "person"}, {"name", v.name}, {"id", v.key}}; }
    json operator()(office_value const& v) const { return {{"type", "office"}, {"name", v.text}, {"id", v.id}}; }
    json operator()(jurisdiction_value const& v) const {
      return {{"type", "jurisdiction"}, {"name", v.text}, {"id", v.id}};
    }
    json operator()(place_value const& v) const { return {{"type", "place"}, {"name", v.name}, {"id", v.key}}; }
    json operator()(date_range const& v) const {
      if (v.start == v.end) return {{"type", "date"}, {"value", v.start.iso()}};
      // "since 1965" is open at its end: said, not guessed.
      return {{"type", "date-range"}, {"start", v.start.iso()}, {"end", v.open_ended() ? json(nullptr) : json(v.end.iso())}};
    }
    json operator()(duration const& v) const { return {{"type", "duration"}, {"value", v.iso()}}; }
    json operator()(int v) const { return {{"type", "ordinal"}, {"value", v}}; }
    json operator()(text_value const& v) const { return {{"type", "text"}, {"value", v.text}}; }
    json operator()(amount_value const& v) const {
      json out = {{"type", v.unit == "percent" ? "percent" : v.unit.empty() ? "number" : "money"},
                  {"value", v.stated}, {"text", v.text}};
      if (!v.unit.empty() && v.unit != "percent") out["currency"] = v.unit;
      if (!v.qualifier.empty()) out["qualifier"] = v.qualifier;
      return out;
    }
  };
  return std::visit(to_json{}, value);
}

}  // namespace

void write_claims_jsonl(std::span<claim const> claims, source_store const& store, std::ostream& out) {
  for (claim const& c : claims) {
    source_file const& file = store[c.source];
    line_column const start = file.locate(c.span.begin);
    line_column const end = file.locate(c.span.end);
    json line;
    line["source"] = std::string(file.path());
    line["kind"] = std::string(to_string(c.kind));
    line["line"] = start.line;
    line["column"] = start.column;
    line["end_line"] = end.line;
    line["end_column"] = end.column;
    line["span"] = quote_text(file.text().substr(c.span.begin, c.span.end - c.span.begin));
    line["text"] = quote_text(file.text().substr(c.sentence.begin, c.sentence.end - c.sentence.begin));
    if (c.time) line["time"] = c.time->iso();
    json fields = json::object();
    for (field const& f : c.fields) fields[std::string(to_string(f.id))] = typed_value(f.value);
    line["fields"] = std::move(fields);
    if (!c.speaker.empty()) line["speaker"] = c.speaker;
    out << line.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

}  // namespace claimcheck
