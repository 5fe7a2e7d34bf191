#pragma once
/// How `claimcheck rules list`, `rules explain` and `rules test` show rules: plain text in a
/// fixed layout, in load order, so the output can be diffed and grepped.
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/rule_examples.hpp"
#include "rules/rule_loader.hpp"

namespace claimcheck {

/// The first sentence of a description: up to the first '.', '!' or '?' followed by a space or
/// the end (closing quotes and brackets stay with it), with every run of whitespace made one space.
std::string first_sentence(std::string_view description);

/// The ids among `known` that look like a misspelling of `id`: within a few edits of it, or
/// containing it or contained in it; nearest first, then by name.
std::vector<std::string> close_ids(std::string_view id, std::vector<std::string> const& known);

/// One line per rule, columns aligned: `id  kind  path:line  first sentence of the description`.
void write_rule_list(std::span<loaded_rule const> rules, std::ostream& out);

/// Everything the file says about one rule: id, kind, origin, description, every parameter as
/// `name: value` (lists in brackets), and its examples with their places and texts.
void write_rule_explanation(rule_spec const& spec, std::ostream& out);

/// One line per example, `PASS path:line:column: id: conflict example`, a failure followed by
/// what went wrong; then the totals.
void write_example_results(std::span<example_result const> results, std::size_t rules_without_examples,
                           std::ostream& out);

}  // namespace claimcheck
