#include "pipeline/run.hpp"

#include <memory>

#include "claims/cross_source.hpp"
#include "facts/fact_support.hpp"
#include "pipeline/extract.hpp"
#include "pipeline/extract_values.hpp"
#include "pipeline/load_data.hpp"
#include "pipeline/rule_examples.hpp"
#include "report/claims_jsonl.hpp"
#include "report/exit_status.hpp"
#include "report/json_reporter.hpp"
#include "report/text_reporter.hpp"
#include "rules/engine.hpp"
#include "text/document.hpp"
#include "text/input_collector.hpp"

namespace claimcheck {

int run(run_options const& options, std::ostream& out, std::ostream& err) {
  diagnostics errors;

  // The lexicon: the built-in tables, then the user's additions.
  lexicon lex = load_lexicon_files(options.lexicon_paths, errors);

  // The rules: the default pack unless declined, then the user's files. A rule whose own
  // examples fail does not do what its file says, and is refused.
  std::vector<loaded_rule> loaded =
      load_rule_files(!options.no_default_rules, options.rule_paths, errors, !options.fact_paths.empty());
  refuse_rules_failing_examples(loaded, lex, errors);
  std::vector<std::unique_ptr<rule>> const rules = compiled_rules(std::move(loaded));

  // The fact sheets, read with the lexicon that names their offices and countries.
  fact_sheets const sheets = load_fact_files(options.fact_paths, lex, errors);

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
  result.discrepancies = run_rules(rules, claims, check_context{store, &sheets});
  // Which side of each conflict the fact sheets support.
  note_fact_support(result.discrepancies, claims, store, sheets);
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
