#include "pipeline/run.hpp"

#include <memory>
#include <sstream>

#include "claims/cross_source.hpp"
#include "facts/fact_support.hpp"
#include "pipeline/extract.hpp"
#include "pipeline/extract_values.hpp"
#include "pipeline/load_data.hpp"
#include "pipeline/project_config.hpp"
#include "pipeline/rule_examples.hpp"
#include "report/baseline.hpp"
#include "report/claims_jsonl.hpp"
#include "report/exit_status.hpp"
#include "report/json_reporter.hpp"
#include "report/atomic_output.hpp"
#include "report/report_formats.hpp"
#include "pipeline/rule_listing.hpp"
#include "pipeline/source_manifest.hpp"
#include "report/report_filter.hpp"
#include "report/suppression.hpp"
#include "report/text_reporter.hpp"
#include "rules/engine.hpp"
#include "text/document.hpp"
#include "text/input_collector.hpp"

namespace claimcheck {

namespace {

/// A loaded rule as reports describe it (SARIF's tool.driver.rules).
rule_metadata metadata_of(rule_spec const& spec) {
  rule_metadata m{spec.id, spec.kind, first_sentence(spec.description), spec.description, std::nullopt};
  for (spec_param const& p : spec.params)
    if (p.name == "severity" && p.value.form == spec_value::shape::scalar) m.level = severity_from(p.value.text);
  return m;
}

}  // namespace

int run(run_options const& command_line, std::ostream& out, std::ostream& err) {
  diagnostics errors;

  // The project config (.claimcheck.yaml) fills in what the command line left unsaid.
  std::vector<std::string> formats;
  for (std::string_view name : report_format_names()) formats.emplace_back(name);
  run_options const options =
      command_line.what == command::check ? with_project_config(command_line, formats, errors) : command_line;

  // The lexicon: the built-in tables, then the user's additions.
  lexicon lex = load_lexicon_files(options.lexicon_paths, errors);

  // The rules: the default pack unless declined, then the user's files. A rule whose own
  // examples fail does not do what its file says, and is refused.
  std::vector<loaded_rule> loaded =
      load_rule_files(!options.no_default_rules, options.rule_paths, errors, !options.fact_paths.empty());
  refuse_rules_failing_examples(loaded, lex, errors);
  report_context context;
  for (loaded_rule const& r : loaded) context.rules.push_back(metadata_of(r.spec));
  std::vector<std::unique_ptr<rule>> const rules = compiled_rules(std::move(loaded));

  // What a desk knows of its articles beyond their text: manifests of dates and outlets.
  source_manifest manifest;
  for (std::string const& path : options.manifest_paths) load_source_manifest(path, manifest, errors);

  // The fact sheets, read with the lexicon that names their offices and countries.
  fact_sheets const sheets = load_fact_files(options.fact_paths, lex, errors);

  // The inputs, each read once into the store that owns all text.
  source_store store;
  diagnostics input_errors;
  collect_inputs(options.paths, store, input_errors);
  // The config's `ignore` globs skip inputs, problems of skipped inputs included.
  for (diagnostic const& e : input_errors.items())
    if (!is_ignored(options.ignore, options.ignore_base, e.path)) errors.add(e);

  if (options.what == command::extract && options.values) {
    for (source_id id = 0; id < store.size(); ++id)
      write_document_values(store, load_document(store, id, errors), lex, options.reference_date, out);
    write_diagnostics(errors.items(), err, text_options{false});
    return errors.empty() ? 0 : 2;
  }

  // Claims, document by document, in input order, and each source's claimcheck-disable comments.
  std::vector<claim> claims;
  report result;
  std::vector<std::string> rule_ids;
  for (std::unique_ptr<rule> const& r : rules) rule_ids.emplace_back(r->id());
  suppression_set suppressions;
  diagnostics warnings;
  for (source_id id = 0; id < store.size(); ++id) {
    if (is_ignored(options.ignore, options.ignore_base, store[id].path())) continue;
    document doc = load_document(store, id, errors);
    apply_manifest(manifest, store[id].path(), doc);
    doc.fallback_date = options.reference_date;
    suppressions.add(scan_suppressions(store[id], doc.body_begin, lex.abbreviations, rule_ids, warnings));
    std::size_t const before = claims.size();
    extract_document_claims(store, doc, lex, claims);
    result.sources.push_back({std::string(store[id].path()), claims.size() - before});
  }

  // What one source leaves open, another may say.
  bind_bare_names(claims);
  complete_jurisdictions(claims);

  if (options.what == command::extract) {
    write_claims_jsonl(claims, store, out);
    write_diagnostics(errors.items(), err, text_options{false});
    return errors.empty() ? 0 : 2;
  }

  // The rules over all claims, then the report.
  result.discrepancies = run_rules(rules, claims, check_context{store, &sheets});
  // Which side of each conflict the fact sheets support.
  note_fact_support(result.discrepancies, claims, store, sheets);
  // The gates: inline suppressions, the baseline (recorded, then applied), the verdict, then
  // what the reader asked to see (src/report/report_filter.hpp).
  gate_counts gates;
  gates.suppressed = drop_suppressed(result.discrepancies, suppressions);
  // Read before writing, so that one file can be both the baseline used and the one rewritten.
  std::optional<baseline> accepted;
  if (!options.baseline_path.empty()) accepted = read_baseline_file(options.baseline_path, errors);
  if (!options.write_baseline_path.empty())
    write_baseline_file(options.write_baseline_path, result.discrepancies, errors);
  if (accepted) accept_baseline(result.discrepancies, *accepted, gates);
  result.errors = errors.items();
  sort_report(result);
  int const status =
      finish_gates(result, gate_settings{options.min_level, options.fail_on, options.max_discrepancies}, gates);
  context.gates = gates;
  // Colour only on a terminal, and never in a file.
  context.color = options.output_path.empty() &&
                  (options.color == "always" || (options.color == "auto" && stdout_wants_color()));
  if (options.output_path.empty() || options.output_path == "-") {
    write_report(options.format, result, context, out);
  } else {
    // Written whole or not at all: a gate never reads half a report.
    std::ostringstream text;
    write_report(options.format, result, context, text);
    diagnostics output_errors;
    if (!write_file_atomically(options.output_path, text.str(), output_errors)) {
      write_diagnostics(output_errors.items(), err, text_options{false});
      return 2;
    }
  }
  write_warnings(warnings.items(), err);
  return status;
}

}  // namespace claimcheck
