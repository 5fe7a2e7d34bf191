#include "facts/fact_sheet_loader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "facts/fact_schema.hpp"
#include "facts/fact_values.hpp"
#include "rules/yaml_file.hpp"

namespace claimcheck {

namespace {

std::string_view shape_name(YAML::Node const& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    default: return "a single value";
  }
}

bool blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

/// One key of a fact entry as written.
struct entry_key {
  std::string name;
  line_column at;
  YAML::Node value;
};

class fact_sheet_reader {
 public:
  fact_sheet_reader(std::string_view path, std::string_view text, lexicon const& lex, fact_sheets& into,
                    diagnostics& errors)
      : path_(path), text_(text), lex_(lex), into_(into), errors_(errors) {}

  void load_file(YAML::Node const& root) {
    std::optional<YAML::Node> const list = top_level_list(
        root, text_, "facts", "a fact sheet", [this](line_column at, std::string message) { error(at, std::move(message)); });
    if (!list) return;
    for (YAML::const_iterator it = list->begin(); it != list->end(); ++it) load_fact(*it);
  }

 private:
  void error(line_column at, std::string message) { errors_.add(path_, at.line, at.column, std::move(message)); }
  line_column mark_of(YAML::Node const& node) const { return yaml_location(text_, node.Mark()); }

  /// The keys of an entry, each once; false after reporting a key that is no plain name or is
  /// written twice.
  bool read_keys(YAML::Node const& entry, std::vector<entry_key>& keys) {
    bool ok = true;
    for (YAML::const_iterator it = entry.begin(); it != entry.end(); ++it) {
      if (!it->first.IsScalar()) {
        error(mark_of(it->first), "a fact's keys must be plain names");
        ok = false;
        continue;
      }
      std::string const name = it->first.Scalar();
      if (std::any_of(keys.begin(), keys.end(), [&](entry_key const& k) { return k.name == name; })) {
        error(mark_of(it->first), fmt::format("duplicate key '{}'", name));
        ok = false;
        continue;
      }
      keys.push_back({name, mark_of(it->first), it->second});
    }
    return ok;
  }

  /// A key's value as one non-empty scalar; reports and returns nullopt otherwise. An empty value
  /// is reported at its key, since yaml-cpp places it at the next token.
  std::optional<std::string> scalar(entry_key const& key) {
    if (key.value.IsNull() || (key.value.IsScalar() && blank(key.value.Scalar()))) {
      error(key.at, fmt::format("'{}' has no value", key.name));
      return std::nullopt;
    }
    if (!key.value.IsScalar()) {
      error(mark_of(key.value), fmt::format("'{}' must be a single value, not {}", key.name, shape_name(key.value)));
      return std::nullopt;
    }
    return key.value.Scalar();
  }

  /// `from` or `to`: null means an open end; returns false after reporting a bad date.
  bool read_end(entry_key const& key, std::optional<calendar_date>& out) {
    if (key.value.IsNull()) return true;
    std::optional<std::string> const text = scalar(key);
    if (!text) return false;
    out = read_sheet_date(*text);
    if (!out) error(mark_of(key.value), fmt::format("'{}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '{}'",
                                                    key.name, *text));
    return out.has_value();
  }

  std::optional<claim_kind> read_kind(std::vector<entry_key> const& keys, line_column entry_at) {
    std::vector<entry_key>::const_iterator const it =
        std::find_if(keys.begin(), keys.end(), [](entry_key const& k) { return k.name == "claims"; });
    if (it == keys.end()) {
      error(entry_at, "missing required key 'claims'");
      return std::nullopt;
    }
    std::optional<std::string> const name = scalar(*it);
    if (!name) return std::nullopt;
    std::optional<claim_kind> const kind = claim_kind_from(*name);
    if (!kind) {
      error(mark_of(it->value), fmt::format("unknown claim kind '{}' (expected one of: {})", *name, fact_kind_names()));
      return std::nullopt;
    }
    if (fact_shape_of(*kind) == nullptr) {
      error(mark_of(it->value),
            fmt::format("a fact sheet cannot state {} claims (expected one of: {})", *name, fact_kind_names()));
      return std::nullopt;
    }
    return kind;
  }

  /// The country the fact's office implies ("Taoiseach": Ireland), if any.
  country_entry const* implied_country(fact const& f) const {
    fact_field const* field = f.find(field_id::office);
    office_value const* office = field == nullptr ? nullptr : std::get_if<office_value>(&field->value);
    if (office == nullptr) return nullptr;
    for (office_entry const& entry : lex_.offices)
      if (entry.id == office->id && entry.name == office->text && !entry.jurisdiction.empty())
        return lex_.country_by_id(entry.jurisdiction);
    return nullptr;
  }

  /// The key fields and a value field are all there; an office that implies its country stands
  /// for a missing jurisdiction.
  bool check_complete(fact& f, fact_shape const& shape, line_column entry_at) {
    bool ok = true;
    for (field_id id : shape.key) {
      if (f.find(id) != nullptr) continue;
      if (id == field_id::jurisdiction) {
        if (country_entry const* country = implied_country(f)) {
          f.fields.push_back({id, jurisdiction_value{country->id, country->name}, f.find(field_id::office)->at});
          continue;
        }
      }
      error(entry_at, fmt::format("missing required key '{}' in a fact about {} claims", to_string(id), to_string(f.kind)));
      ok = false;
    }
    bool const has_value = std::any_of(shape.values.begin(), shape.values.end(),
                                       [&](field_id id) { return f.find(id) != nullptr; });
    if (!has_value) {
      std::vector<std::string_view> names;
      for (field_id id : shape.values) names.push_back(to_string(id));
      error(entry_at, fmt::format("a fact about {} claims must state {}: {}", to_string(f.kind),
                                  names.size() == 1 ? "its value" : "at least one of", fmt::join(names, ", ")));
      ok = false;
    }
    return ok;
  }

  /// Reports the first fact already loaded that `f` clashes with; true if there is none.
  bool check_no_clash(fact const& f) {
    for (fact const& earlier : into_.facts) {
      std::optional<field_id> const clash = clashing_field(f, earlier);
      if (!clash) continue;
      std::vector<std::string_view> keys;
      for (field_id id : fact_shape_of(f.kind)->key) keys.push_back(to_string(id));
      error(f.at, fmt::format("overlaps the fact at {}:{}: {} '{}' {} and '{}' {} for the same {}", earlier.path,
                              earlier.at.line, to_string(*clash), display(f.find(*clash)->value), term_text(f),
                              display(earlier.find(*clash)->value), term_text(earlier), fmt::join(keys, " and ")));
      return false;
    }
    return true;
  }

  void load_fact(YAML::Node const& entry) {
    line_column const entry_at = mark_of(entry);
    if (!entry.IsMap()) {
      error(entry_at, "each fact must be a map with at least 'claims'");
      return;
    }
    std::vector<entry_key> keys;
    bool ok = read_keys(entry, keys);
    std::optional<claim_kind> const kind = read_kind(keys, entry_at);
    if (!kind) return;
    fact_shape const& shape = *fact_shape_of(*kind);

    fact f;
    f.kind = *kind;
    f.path = path_;
    f.at = entry_at;
    f.offset = static_cast<std::uint32_t>(std::max(0, entry.Mark().pos));
    line_column to_at;
    for (entry_key const& key : keys) {
      if (key.name == "claims") continue;
      if (key.name == "from" || key.name == "to") {
        ok = read_end(key, key.name == "from" ? f.from : f.to) && ok;
        if (key.name == "to") to_at = mark_of(key.value);
        continue;
      }
      if (key.name == "note") {
        std::optional<std::string> const note = scalar(key);
        ok = ok && note.has_value();
        if (note) f.note = *note;
        continue;
      }
      std::optional<field_id> const id = field_id_from(key.name);
      bool const known = id && (std::find(shape.key.begin(), shape.key.end(), *id) != shape.key.end() ||
                                is_fact_value_field(f.kind, *id));
      if (!known) {
        error(key.at, fmt::format("unknown key '{}' in a fact about {} claims (expected one of: claims, {}, from, to, "
                                  "note)",
                                  key.name, to_string(f.kind), fact_field_names(shape)));
        ok = false;
        continue;
      }
      std::optional<std::string> const text = scalar(key);
      if (!text) {
        ok = false;
        continue;
      }
      std::string why;
      std::optional<field_value> value = read_fact_value(f.kind, *id, *text, lex_, why);
      if (!value) {
        error(mark_of(key.value), std::move(why));
        ok = false;
        continue;
      }
      f.fields.push_back({*id, std::move(*value), mark_of(key.value)});
    }
    if (f.from && f.to && f.to->last_day() < f.from->first_day()) {
      error(to_at, fmt::format("'to' ({}) is before 'from' ({})", f.to->iso(), f.from->iso()));
      ok = false;
    }
    // A fact with a bad field is not checked for completeness: the field was there, just wrong.
    if (!ok || !check_complete(f, shape, entry_at) || !check_no_clash(f)) return;
    into_.facts.push_back(std::move(f));
  }

  std::string path_;
  std::string_view text_;
  lexicon const& lex_;
  fact_sheets& into_;
  diagnostics& errors_;
};

}  // namespace

void load_fact_sheet_yaml(std::string_view path, std::string_view text, lexicon const& lex, fact_sheets& into,
                          diagnostics& errors) {
  try {
    std::vector<YAML::Node> const documents = load_all_yaml(text);
    if (documents.empty()) return;
    if (documents.size() > 1) {
      line_column const at = yaml_location(text, documents[1].Mark());
      errors.add(std::string(path), at.line, at.column, "a fact sheet holds one YAML document; the rest is ignored");
    }
    fact_sheet_reader(path, text, lex, into, errors).load_file(documents.front());
  } catch (YAML::Exception const& e) {
    // A syntax error anywhere makes the whole sheet unreadable: none of its facts are used.
    line_column const at = yaml_location(text, e.mark);
    errors.add(std::string(path), at.line, at.column, "invalid YAML: " + e.msg);
  }
}

}  // namespace claimcheck
