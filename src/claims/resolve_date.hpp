#pragma once
/// Dates as the text states them, made calendar dates: a missing year from the document date,
/// weekdays and relative days counted from it, and nothing guessed when there is no document date.
#include <optional>

#include "grammar/ast.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// The calendar dates an ast::date stands for, with a missing year taken from the document date
/// (the year that puts the date nearest to it) and a bare weekday resolved to the latest such day
/// on or before the document date; nullopt when nothing can be resolved without guessing.
std::optional<date_range> resolve_date(ast::date const& d, std::optional<calendar_date> const& document_date);

}  // namespace claimcheck
