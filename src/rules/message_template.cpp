#include "rules/message_template.hpp"

#include <algorithm>
#include <fmt/args.h>
#include <fmt/format.h>

namespace claimcheck {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// fmt would quietly treat "{}" and "{0}" as the first named argument; a rule author writing them
// most likely meant a name, so only named placeholders are accepted. fmt itself reports the
// other mistakes during the dry run.
std::optional<std::string> check_placeholders(std::string_view text, std::span<std::string const> names) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    std::size_t const start = i + 1;
    std::size_t end = start;
    while (end < text.size() && text[end] != '}' && text[end] != ':' && text[end] != '{') ++end;
    std::string_view const id = text.substr(start, end - start);
    if (id.empty() || is_digit(id.front()))
      return std::string("placeholders must name a value, as in {") + names.front() + "}";
    if (std::find(names.begin(), names.end(), id) == names.end()) {
      std::vector<std::string> sorted(names.begin(), names.end());
      std::sort(sorted.begin(), sorted.end());
      return fmt::format("unknown placeholder '{{{}}}' (expected one of: {})", id, fmt::join(sorted, ", "));
    }
    // Skip the format spec, which may hold nested placeholders such as {office:>{width}}.
    int depth = 1;
    for (i = end; i < text.size() && depth > 0; ++i) {
      if (text[i] == '{') ++depth;
      if (text[i] == '}') --depth;
    }
    --i;
  }
  return std::nullopt;
}

std::string format_with(std::string_view text, std::span<std::pair<std::string, std::string> const> args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (std::pair<std::string, std::string> const& arg : args) store.push_back(fmt::arg(arg.first.c_str(), arg.second));
  return fmt::vformat(fmt::string_view(text.data(), text.size()), store);
}

}  // namespace

std::optional<message_template> message_template::compile(std::string_view text, std::span<std::string const> names,
                                                          std::string& why) {
  if (names.empty()) {
    why = "no placeholder names to check the message against";
    return std::nullopt;
  }
  if (std::optional<std::string> problem = check_placeholders(text, names)) {
    why = *problem;
    return std::nullopt;
  }
  std::vector<std::pair<std::string, std::string>> sample;
  for (std::string const& name : names) sample.emplace_back(name, "x");
  try {
    format_with(text, sample);
  } catch (fmt::format_error const& e) {
    why = e.what();
    return std::nullopt;
  }
  return message_template(std::string(text));
}

std::string message_template::render(std::span<std::pair<std::string, std::string> const> args) const {
  try {
    return format_with(text_, args);
  } catch (fmt::format_error const&) {
    return text_;
  }
}

}  // namespace claimcheck
