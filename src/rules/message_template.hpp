#pragma once
/// Messages written in rules files: fmt format strings with named placeholders ("{office}"),
/// checked when the rule is loaded so that a bad template is a rule-file error, never a failure
/// while reporting.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

class message_template {
 public:
  /// The empty message, until a compiled one is assigned.
  message_template() = default;

  /// Checks `text` against the placeholder names the rule will supply: every placeholder must be
  /// one of `names`, and formatting with those names must succeed. On failure returns nullopt and
  /// says why in `why`.
  static std::optional<message_template> compile(std::string_view text, std::span<std::string const> names,
                                                 std::string& why);

  /// The message with each placeholder replaced by its value from `args` (name, value).
  /// A compiled template given all its names always formats; should it fail anyway, the
  /// template text itself is returned rather than an exception.
  std::string render(std::span<std::pair<std::string, std::string> const> args) const;

  std::string const& text() const { return text_; }

 private:
  explicit message_template(std::string text) : text_(std::move(text)) {}
  std::string text_;
};

}  // namespace claimcheck
