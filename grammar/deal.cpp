#include "grammar/deal_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(price_type, iterator_type, context_type)
}  // namespace parsers

parsers::price_type const& price() { return parsers::price; }

}  // namespace claimcheck::grammar
