#include "rules/rule_loader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>
#include <yaml-cpp/depthguard.h>  // YAML::DeepRecursion
#include <yaml-cpp/yaml.h>

#include "rules/rule_spec.hpp"
#include "rules/yaml_file.hpp"

namespace claimcheck {

namespace {

// An alias repeats a node without copying it, so ten lines of anchors can stand for billions of
// values ("billion laughs"); copying stops after this many, far more than any parameter needs.
constexpr std::size_t max_param_values = 100000;

/// `budget`: values still allowed; 0 afterwards means the value was cut short.
spec_value to_spec_value(std::string_view text, YAML::Node const& node, std::size_t& budget) {
  spec_value v;
  v.at = yaml_location(text, node.Mark());
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      v.form = spec_value::shape::scalar;
      v.text = node.Scalar();
      break;
    case YAML::NodeType::Sequence:
      v.form = spec_value::shape::list;
      for (YAML::const_iterator it = node.begin(); it != node.end() && budget > 0; ++it) {
        --budget;
        v.items.push_back(to_spec_value(text, *it, budget));
      }
      break;
    case YAML::NodeType::Map: v.form = spec_value::shape::map; break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: v.form = spec_value::shape::null; break;
  }
  return v;
}

// Rule ids name findings in reports and baselines, so they keep one plain shape.
bool is_kebab_case(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    char const c = id[i];
    bool const word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && !(c == '-' && id[i - 1] != '-')) return false;
  }
  return true;
}

/// Ids of rules loaded before the file being read, for the duplicate check across files.
using id_set = std::set<std::string, std::less<>>;

class rules_file_loader {
 public:
  rules_file_loader(std::string_view path, std::string_view text, registry const& kinds, id_set const& earlier,
                    std::vector<loaded_rule>& rules, diagnostics& errors)
      : path_(path), text_(text), kinds_(kinds), earlier_(earlier), rules_(rules), errors_(errors) {}

  void load_file(YAML::Node const& root) {
    std::optional<YAML::Node> const list = top_level_list(
        root, text_, "rules", "a rules file", [this](line_column at, std::string message) { error(at, std::move(message)); });
    if (!list) return;
    for (YAML::const_iterator it = list->begin(); it != list->end(); ++it) load_rule(*it);
  }

 private:
  void error(line_column at, std::string message) { errors_.add(path_, at.line, at.column, std::move(message)); }
  line_column mark_of(YAML::Node const& node) const { return yaml_location(text_, node.Mark()); }

  /// Reads `id`, `kind`, `description` and `examples` (which every kind shares); the other keys
  /// become params.
  /// Returns false after reporting when the entry lacks a usable id or kind; `ok` turns false on
  /// any other problem reported.
  bool read_spec(YAML::Node const& entry, rule_spec& spec, line_column& id_at, line_column& kind_at, bool& ok) {
    // given: the key is written at all; usable: its value is a scalar. A bad id or kind is
    // reported once, as bad, and not again as missing.
    bool id_given = false;
    bool id_usable = false;
    bool kind_given = false;
    bool kind_usable = false;
    std::vector<std::string> seen;
    for (YAML::const_iterator it = entry.begin(); it != entry.end(); ++it) {
      YAML::Node const key = it->first;
      YAML::Node const value = it->second;
      if (!key.IsScalar()) {
        error(mark_of(key), "a rule's keys must be plain names");
        ok = false;
        continue;
      }
      std::string const name = key.Scalar();
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(mark_of(key), fmt::format("duplicate key '{}'", name));
        ok = false;
        continue;
      }
      seen.push_back(name);
      if (name == "examples") {
        ok = read_examples(key, value, spec.examples) && ok;
        continue;
      }
      if (name != "id" && name != "kind" && name != "description") {
        std::size_t budget = max_param_values;
        spec.params.push_back({name, mark_of(key), to_spec_value(text_, value, budget)});
        if (budget == 0) {
          error(mark_of(value), fmt::format("'{}' holds more than {} values once its aliases are expanded", name,
                                            max_param_values));
          spec.params.pop_back();
          ok = false;
          continue;
        }
        // yaml-cpp places an empty value at the next token; its key is where the reader looks.
        if (spec.params.back().value.form == spec_value::shape::null) spec.params.back().value.at = mark_of(key);
        continue;
      }
      id_given = id_given || name == "id";
      kind_given = kind_given || name == "kind";
      if (value.IsNull()) {
        error(mark_of(key), fmt::format("'{}' has no value", name));
        ok = false;
      } else if (!value.IsScalar()) {
        error(mark_of(value), fmt::format("'{}' must be a single value", name));
        ok = false;
      } else if (name == "id") {
        spec.id = value.Scalar();
        id_at = mark_of(value);
        id_usable = true;
      } else if (name == "kind") {
        spec.kind = value.Scalar();
        kind_at = mark_of(value);
        kind_usable = true;
      } else {
        spec.description = value.Scalar();
      }
    }
    if (!id_given) error(spec.at, "missing required key 'id'");
    if (!id_usable) return false;
    if (!is_kebab_case(spec.id)) {
      error(id_at, fmt::format("rule id '{}' must be kebab-case (lower-case letters and digits, joined by single hyphens)",
                               spec.id));
      return false;
    }
    if (!kind_given) error(spec.at, fmt::format("missing required key 'kind' in rule '{}'", spec.id));
    return kind_usable;
  }

  /// `examples`: a list of one-key maps, `conflict` or `no-conflict`, each over a list of texts.
  bool read_examples(YAML::Node const& key, YAML::Node const& value, std::vector<rule_example>& out) {
    if (value.IsNull()) {
      error(mark_of(key), "'examples' has no value");
      return false;
    }
    if (!value.IsSequence()) {
      error(mark_of(value), "'examples' must be a list of examples, each 'conflict: [texts]' or 'no-conflict: [texts]'");
      return false;
    }
    bool ok = true;
    for (YAML::const_iterator it = value.begin(); it != value.end(); ++it) ok = read_example(*it, out) && ok;
    return ok;
  }

  bool read_example(YAML::Node const& item, std::vector<rule_example>& out) {
    if (!item.IsMap() || item.size() != 1) {
      error(mark_of(item), "an example must be a map with one key, 'conflict' or 'no-conflict', over a list of texts");
      return false;
    }
    YAML::Node const key = item.begin()->first;
    YAML::Node const texts = item.begin()->second;
    std::string const name = key.IsScalar() ? key.Scalar() : std::string("?");
    rule_example example;
    example.at = mark_of(key);
    if (name == "conflict") {
      example.expects = example_expectation::conflict;
    } else if (name == "no-conflict") {
      example.expects = example_expectation::no_conflict;
    } else {
      error(mark_of(key), fmt::format("unknown example expectation '{}' (expected one of: conflict, no-conflict)", name));
      return false;
    }
    if (texts.IsNull()) {
      error(mark_of(key), fmt::format("'{}' has no texts", name));
      return false;
    }
    if (!texts.IsSequence()) {
      error(mark_of(texts), fmt::format("'{}' must be a list of texts, one per source", name));
      return false;
    }
    if (texts.size() == 0) {
      error(mark_of(texts), fmt::format("'{}' needs at least one text", name));
      return false;
    }
    bool ok = true;
    for (YAML::const_iterator it = texts.begin(); it != texts.end(); ++it) {
      example_text text;
      if (read_example_text(*it, text)) example.texts.push_back(std::move(text));
      else ok = false;
    }
    if (ok) out.push_back(std::move(example));
    return ok;
  }

  /// A text is a plain string, or a map `{date: YYYY-MM-DD, text: "..."}` for a dated source.
  bool read_example_text(YAML::Node const& node, example_text& out) {
    out.at = mark_of(node);
    if (node.IsScalar()) {
      out.text = node.Scalar();
      return true;
    }
    if (!node.IsMap()) {
      error(mark_of(node), "an example text must be a string, or a map with 'text' and an optional 'date'");
      return false;
    }
    bool ok = true;
    bool has_text = false;
    for (YAML::const_iterator it = node.begin(); it != node.end(); ++it) {
      YAML::Node const key = it->first;
      YAML::Node const value = it->second;
      std::string const name = key.IsScalar() ? key.Scalar() : std::string("?");
      if (name != "text" && name != "date") {
        error(mark_of(key), fmt::format("unknown key '{}' in an example text (expected one of: date, text)", name));
        ok = false;
      } else if (!value.IsScalar()) {
        error(value.IsNull() ? mark_of(key) : mark_of(value),
              fmt::format("an example text's '{}' must be a single value", name));
        ok = false;
      } else if (name == "text") {
        out.text = value.Scalar();
        has_text = true;
      } else if (std::optional<calendar_date> const date = calendar_date::from_iso(value.Scalar());
                 date && value.Scalar().size() == 10) {
        out.date = date;
      } else {
        error(mark_of(value), fmt::format("an example text's 'date' must be YYYY-MM-DD, got '{}'", value.Scalar()));
        ok = false;
      }
    }
    if (!has_text && ok) {
      error(mark_of(node), "an example text given as a map needs a 'text'");
      ok = false;
    }
    return ok;
  }

  bool check_unique_id(rule_spec const& spec, line_column id_at) {
    std::map<std::string, line_column>::const_iterator const here = ids_here_.find(spec.id);
    if (here != ids_here_.end()) {
      error(id_at, fmt::format("duplicate rule id '{}' (first defined at line {})", spec.id, here->second.line));
      return false;
    }
    ids_here_.emplace(spec.id, id_at);
    if (earlier_.count(spec.id) != 0) {
      error(id_at, fmt::format("duplicate rule id '{}' (already defined by an earlier rules file)", spec.id));
      return false;
    }
    return true;
  }

  void load_rule(YAML::Node const& entry) {
    if (!entry.IsMap()) {
      error(mark_of(entry), "each rule must be a map with at least 'id' and 'kind'");
      return;
    }
    rule_spec spec;
    spec.path = path_;
    spec.at = mark_of(entry);
    line_column id_at;
    line_column kind_at;
    bool ok = true;
    if (!read_spec(entry, spec, id_at, kind_at, ok)) return;
    ok = check_unique_id(spec, id_at) && ok;
    rule_factory const* make = kinds_.find(spec.kind);
    if (make == nullptr) {
      error(kind_at, fmt::format("unknown rule kind '{}' (expected one of: {})", spec.kind,
                                 fmt::join(kinds_.names(), ", ")));
      return;
    }
    // The kind still reads a rule with a bad id or key, so that one pass reports every problem.
    param_view params(spec, errors_);
    std::unique_ptr<rule> made = (*make)(spec, params);
    params.report_unknown_keys();
    if (ok && made && !params.failed()) rules_.push_back({std::move(spec), std::move(made)});
  }

  std::string path_;
  std::string_view text_;
  registry const& kinds_;
  id_set const& earlier_;
  std::vector<loaded_rule>& rules_;
  diagnostics& errors_;
  std::map<std::string, line_column> ids_here_;
};

void load_rules_from(std::string_view path, std::string_view text, registry const& kinds, id_set const& earlier,
                     std::vector<loaded_rule>& rules, diagnostics& errors) {
  try {
    std::vector<YAML::Node> const documents = load_all_yaml(text);
    if (documents.empty()) return;
    if (documents.size() > 1) {
      line_column const at = yaml_location(text, documents[1].Mark());
      errors.add(std::string(path), at.line, at.column, "a rules file holds one YAML document; the rest is ignored");
    }
    rules_file_loader(path, text, kinds, earlier, rules, errors).load_file(documents.front());
  } catch (YAML::Exception const& e) {
    // A syntax error anywhere makes the whole file unreadable.
    line_column const at = yaml_location(text, e.mark);
    // yaml-cpp says only "bad file" when it stops at its nesting limit.
    bool const too_deep = dynamic_cast<YAML::DeepRecursion const*>(&e) != nullptr;
    errors.add(std::string(path), at.line, at.column, "invalid YAML: " + (too_deep ? "nested too deeply" : e.msg));
  }
}

}  // namespace

void load_rules_yaml(std::string_view path, std::string_view text, registry const& kinds,
                     std::vector<loaded_rule>& rules, diagnostics& errors) {
  id_set earlier;
  for (loaded_rule const& r : rules) earlier.insert(r.spec.id);
  load_rules_from(path, text, kinds, earlier, rules, errors);
}

void load_rules_yaml(std::string_view path, std::string_view text, registry const& kinds,
                     std::vector<std::unique_ptr<rule>>& rules, diagnostics& errors) {
  id_set earlier;
  for (std::unique_ptr<rule> const& r : rules) earlier.emplace(r->id());
  std::vector<loaded_rule> loaded;
  load_rules_from(path, text, kinds, earlier, loaded, errors);
  for (loaded_rule& r : loaded) rules.push_back(std::move(r.compiled));
}

}  // namespace claimcheck
