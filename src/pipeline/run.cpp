#include "pipeline/run.hpp"

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "claims/cross_source.hpp"
#include "pipeline/extract.hpp"
#include "pipeline/extract_values.hpp"
#include "report/claims_jsonl.hpp"
#include "report/exit_status.hpp"
#include "report/json_reporter.hpp"
#include "report/text_reporter.hpp"
#include "rules/builtin_data.hpp"
#include "rules/engine.hpp"
#include "rules/lexicon_loader.hpp"
#include "rules/registry.hpp"
#include "rules/rule_loader.hpp"
#include "text/document.hpp"
#include "text/input_collector.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;

bool read_whole_file(std::string const& path, std::string& text, diagnostics& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.add(path, 0, 0, "cannot open file");
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = std::move(buffer).str();
  return true;
}

// A rule path is a YAML file, or a directory whose *.yaml files are read in name order.
std::vector<std::string> yaml_files(std::string const& path, diagnostics& errors) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (fs::directory_entry const& entry : fs::directory_iterator(path, ec))
    if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml")
      files.push_back(entry.path().generic_string());
  if (ec) errors.add(path, 0, 0, "cannot read directory: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

// Built-in rule packs sit directly in rules/; rules/lexicon/ holds the lexicon, not rules.
bool is_builtin_rule_pack(std::string_view path) {
  std::string_view const prefix = "rules/";
  return path.substr(0, prefix.size()) == prefix && path.find('/', prefix.size()) == std::string_view::npos &&
         path.ends_with(".yaml");
}

}  // namespace

int run(run_options const& options, std::ostream& out, std::ostream& err) {
  diagnostics errors;

  // The lexicon: the built-in tables, then the user's additions.
  lexicon lex = load_builtin_lexicon(errors);
  for (std::string const& path : options.lexicon_paths)
    for (std::string const& file : yaml_files(path, errors))
      if (std::string text; read_whole_file(file, text, errors)) load_lexicon_yaml(file, text, lex, errors);

  // The rules: the default pack unless declined, then the user's files.
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<std::unique_ptr<rule>> rules;
  if (!options.no_default_rules)
    for (builtin_file const& file : builtin_files())
      if (is_builtin_rule_pack(file.path)) load_rules_yaml(file.path, file.content, kinds, rules, errors);
  for (std::string const& path : options.rule_paths)
    for (std::string const& file : yaml_files(path, errors))
      if (std::string text; read_whole_file(file, text, errors)) load_rules_yaml(file, text, kinds, rules, errors);

  // The inputs, each read once into the store that owns all text.
  source_store store;
  collect_inputs(options.paths, store, errors);

  if (options.what == command::extract && options.values) {
    for (source_id id = 0; id < store.size(); ++id)
      write_document_values(store, load_document(store, id, errors), lex, options.reference_date, out);
    write_diagnostics(errors.items(), err, text_options{false});
    return errors.empty() ? 0 : 2;
  }

  // Claims, document by document, in input order.
  std::vector<claim> claims;
  report result;
  for (source_id id = 0; id < store.size(); ++id) {
    document const doc = load_document(store, id, errors);
    std::size_t const before = claims.size();
    extract_document_claims(store, doc, lex, claims);
    result.sources.push_back({std::string(store[id].path()), claims.size() - before});
  }

  // What one source leaves open, another may say.
  complete_jurisdictions(claims);

  if (options.what == command::extract) {
    write_claims_jsonl(claims, store, out);
    write_diagnostics(errors.items(), err, text_options{false});
    return errors.empty() ? 0 : 2;
  }

  // The rules over all claims, then the report.
  result.discrepancies = run_rules(rules, claims, check_context{store});
  result.errors = errors.items();
  sort_report(result);
  if (options.format == "json") {
    write_json_report(result, out);
  } else {
    bool const color = options.color == "always" || (options.color == "auto" && stdout_wants_color());
    write_text_report(result, out, text_options{color});
  }
  return exit_status(result, options.fail_on);
}

}  // namespace claimcheck
