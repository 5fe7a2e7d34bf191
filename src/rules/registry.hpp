#pragma once
/// Rule kinds by name. A rules file names a kind ("single-value"); the registry turns that entry
/// into a compiled rule. Kinds are listed once, explicitly, in register_builtin_kinds: no static
/// self-registration, so the set of kinds never depends on link order.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// Builds a rule from its entry, reading every parameter through `params` (bad values are reported
/// there); returns nullptr when the entry cannot make a rule.
using rule_factory = std::function<std::unique_ptr<rule>(rule_spec const& spec, param_view& params)>;

class registry {
 public:
  /// Adds a kind; returns false (and changes nothing) if the name is taken.
  bool add(std::string name, rule_factory make);
  /// The factory of a kind, or nullptr.
  rule_factory const* find(std::string_view name) const;
  /// Every kind name, sorted, for "expected one of" messages.
  std::vector<std::string> names() const;

 private:
  std::map<std::string, rule_factory, std::less<>> factories_;
};

/// Adds every rule kind compiled into claimcheck.
void register_builtin_kinds(registry& kinds);

}  // namespace claimcheck
