#include "pipeline/load_data.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "facts/fact_sheet_loader.hpp"
#include "rules/builtin_data.hpp"
#include "rules/lexicon_loader.hpp"
#include "rules/registry.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;

// Built-in rule packs sit directly in rules/; rules/lexicon/ holds the lexicon, not rules.
bool is_builtin_rule_pack(std::string_view path) {
  std::string_view const prefix = "rules/";
  return path.substr(0, prefix.size()) == prefix && path.find('/', prefix.size()) == std::string_view::npos &&
         path.ends_with(".yaml");
}

}  // namespace

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

lexicon load_lexicon_files(std::vector<std::string> const& paths, diagnostics& errors) {
  lexicon lex = load_builtin_lexicon(errors);
  for (std::string const& path : paths)
    for (std::string const& file : yaml_files(path, errors))
      if (std::string text; read_whole_file(file, text, errors)) load_lexicon_yaml(file, text, lex, errors);
  return lex;
}

std::vector<loaded_rule> load_rule_files(bool default_rules, std::vector<std::string> const& paths,
                                         diagnostics& errors, bool fact_rules) {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<loaded_rule> rules;
  if (default_rules)
    for (builtin_file const& file : builtin_files())
      if (is_builtin_rule_pack(file.path) || (fact_rules && file.path.starts_with("rules/facts/")))
        load_rules_yaml(file.path, file.content, kinds, rules, errors);
  for (std::string const& path : paths)
    for (std::string const& file : yaml_files(path, errors))
      if (std::string text; read_whole_file(file, text, errors)) load_rules_yaml(file, text, kinds, rules, errors);
  return rules;
}

fact_sheets load_fact_files(std::vector<std::string> const& paths, lexicon const& lex, diagnostics& errors) {
  fact_sheets sheets;
  for (std::string const& path : paths)
    for (std::string const& file : yaml_files(path, errors))
      if (std::string text; read_whole_file(file, text, errors)) load_fact_sheet_yaml(file, text, lex, sheets, errors);
  return sheets;
}

std::vector<std::unique_ptr<rule>> compiled_rules(std::vector<loaded_rule>&& rules) {
  std::vector<std::unique_ptr<rule>> out;
  out.reserve(rules.size());
  for (loaded_rule& r : rules) out.push_back(std::move(r.compiled));
  return out;
}

}  // namespace claimcheck
