#include "grammar/person_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(person_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(person_ref_type, iterator_type, context_type)
}  // namespace parsers

parsers::name_type const& name() { return parsers::name; }
parsers::person_type const& person() { return parsers::person; }
parsers::person_ref_type const& person_ref() { return parsers::person_ref; }

}  // namespace claimcheck::grammar
