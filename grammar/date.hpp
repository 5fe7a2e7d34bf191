#pragma once
/// Dates as news prose writes them: "August 23, 2025", "Aug. 23-24", "23-24 August", "16 and 17
/// November", "August 30 to September 1", "September 2025", "on Tuesday"; and durations: "ten
/// years", "a decade", "18 months".
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct date_class;
struct duration_class;

using date_type = x3::rule<date_class, ast::date>;
using duration_type = x3::rule<duration_class, ast::duration>;

BOOST_SPIRIT_DECLARE(date_type, duration_type)
}  // namespace parsers

parsers::date_type const& date();
parsers::duration_type const& duration();

}  // namespace claimcheck::grammar
