#pragma once
/// The process exit status a finished report asks for, kept apart from the reporters so that
/// every output format ends the run the same way.
#include <cstddef>
#include <optional>
#include <string_view>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// 2 when the run had input or rule errors (the report is incomplete, so its verdict cannot be
/// trusted); else 1 when a discrepancy is at least as severe as `fail_on`; else 0.
/// `fail_on == nullopt` means discrepancies never fail the run ("--fail-on never").
int exit_status(report const& r, std::optional<severity> fail_on);

/// The same verdict with a tolerance, for `--max-discrepancies`: 2 on input errors; else 1 when
/// more than `allowed` discrepancies are at least as severe as `fail_on`; else 0. The overload
/// above is this one with `allowed == 0`; with `fail_on == nullopt` nothing is counted, so the
/// run never fails on findings. Call it on the report after the baseline and the inline
/// suppressions have removed what they accept, and before `--min-level` hides anything: what is
/// shown never changes the verdict.
int exit_status(report const& r, std::optional<severity> fail_on, std::size_t allowed);

/// How many discrepancies are at least as severe as `fail_on` (none when it is nullopt).
std::size_t count_failing(report const& r, std::optional<severity> fail_on);

/// Parses a `--fail-on` value: "error", "warning", "info" or "never".
/// The outer optional is empty for an unknown word; the inner one is empty for "never".
std::optional<std::optional<severity>> fail_on_from(std::string_view word);

}  // namespace claimcheck
