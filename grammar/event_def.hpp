#pragma once
// Included only by event.cpp.
#include "grammar/actions.hpp"
#include "grammar/date.hpp"
#include "grammar/event.hpp"
#include "grammar/person.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

meeting_type const meeting = "meeting";
visit_type const visit = "visit";

auto const article = (kw("the") | kw("a") | kw("an")) >> ws;
auto const possessive = (x3::lit("'s") | x3::lit('\'')) >> word_end;

// Where: a country, or a capitalised place name ("Lisbon", "Vila Nova de Gaia").
auto const place = capture[lexicon_phrase(&lexicon::country_names) | grammar::name()];

// Words that may stand between a subject and its verb without changing the claim.
auto const adverb = (kw("also") | kw("later") | kw("then") | kw("separately") | kw("first") | kw("briefly") |
                     kw("finally") | kw("previously") | kw("recently")) >> ws;

// A lower-case modifier of a visit: "two-day", "official", "first".
auto const modifier_word = !(kw("to") | kw("by") | kw("in") | lexicon_phrase(&lexicon::visit_nouns)) >> +(x3::ascii::lower | x3::ascii::digit | x3::lit('-')) >>
                           word_end;

// Trailing " in Lisbon", " on August 23-24", " from 3 to 5 March", in either order.
template <typename Event>
auto complements() {
  auto const date_lead = kw("on") | kw("from") | kw("between") | kw("during");
  return x3::repeat(0, 2)[-x3::lit(',') >> ws >> (kw("in") >> ws >> place[set(&Event::place)] |
                                 date_lead >> ws >> grammar::date()[set(&Event::when)])];
}

// --- meetings -------------------------------------------------------------------------------

auto const country_adjective = capture[lexicon_phrase(&lexicon::nationalities) >> !x3::lit('\'') |
                                       lexicon_phrase(&lexicon::country_names) >> &possessive] >>
                               -possessive;

// "his South Korean counterpart,", "her counterpart from Vietnam"
auto const counterpart_phrase =
    -((kw("his") | kw("her") | kw("their") | kw("its")) >> ws) >>
    -(country_adjective[set(&ast::meeting::counterpart_jurisdiction)] >> ws) >>
    capture[lexicon_phrase(&lexicon::counterpart_nouns)][set(&ast::meeting::counterpart)] >>
    -(ws >> kw("from") >> ws >>
      capture[lexicon_phrase(&lexicon::country_names)][set(&ast::meeting::counterpart_jurisdiction)]) >>
    -x3::lit(',') >> ws;

auto const forget_counterpart = [](auto& ctx) {
  x3::_val(ctx).counterpart = {};
  x3::_val(ctx).counterpart_jurisdiction = {};
};

// Not "welcomed Japan's decision": a name owning something is not who was met.
auto const met_person = grammar::person_ref()[set(&ast::meeting::other)] >> !possessive;
auto const meeting_object = counterpart_phrase >> met_person | x3::eps[forget_counterpart] >> met_person;

// "X met (with) his South Korean counterpart Y", "X held talks with Y", "X hosted Y"
auto const verb_meeting = grammar::person_ref()[set(&ast::meeting::subject)] >> ws >> -adverb >>
                          lexicon_phrase(&lexicon::meeting_verbs) >> ws >> meeting_object;

// "talks between X and Y", "the meeting between A and B in Lisbon"
auto const meeting_noun = kw("talks") | kw("meeting") | kw("meetings") | kw("summit") | kw("discussions");
auto const talks_between = -article >> -(kw("bilateral") >> ws) >> meeting_noun >> ws >> kw("between") >> ws >>
                           grammar::person_ref()[set(&ast::meeting::subject)] >> ws >> kw("and") >> ws >>
                           grammar::person_ref()[set(&ast::meeting::other)];

// "Her first round of talks, on Monday, was with Y": the talks named first, the person after.
// The possessive pronoun stands for the subject as "she" would.
auto const set_possessive_subject = [](auto& ctx) {
  x3::_val(ctx).subject.span = x3::_attr(ctx);
  x3::_val(ctx).subject.pronoun = true;
};
auto const talks_word = !(meeting_noun | kw("was") | kw("were")) >> +(x3::ascii::lower | x3::lit('-')) >> word_end >> ws;
auto const talks_were_with =
    capture[kw("his") | kw("her")][set_possessive_subject] >> ws >> x3::repeat(0, 4)[talks_word] >> meeting_noun >>
    complements<ast::meeting>() >> -x3::lit(',') >> ws >> (kw("was") | kw("were")) >> ws >> kw("with") >> ws >>
    met_person;

// "On Friday, X met Y": a date that opens the clause dates the meeting it opens.
auto const leading_date = kw("on") >> ws >> grammar::date()[set(&ast::meeting::when)] >> -x3::lit(',') >> ws;

auto const meeting_def =
    capture[(x3::eps[reset] >> -leading_date >> verb_meeting | x3::eps[reset] >> talks_between |
             x3::eps[reset] >> talks_were_with) >>
            complements<ast::meeting>()][set(&ast::meeting::span)];

// --- visits ---------------------------------------------------------------------------------

auto const set_visitor = set(&ast::visit::visitor);

// What follows the visitor, who is parsed once for all three:
// "'s visit to Lisbon", "'s two-day state visit to Japan"
auto const nominal_tail = possessive >> ws >> x3::repeat(0, 3)[modifier_word >> ws] >>
                          lexicon_phrase(&lexicon::visit_nouns) >> ws >> kw("to") >> ws >> place[set(&ast::visit::place)];

// " is visiting Japan", " arrived in Lisbon"
auto const verbal_tail = ws >> -adverb >> lexicon_phrase(&lexicon::visit_verbs) >> ws >> place[set(&ast::visit::place)];

// " is in Vietnam from 3 to 5 March": being in a country, said with its dates, is a visit.
// Only countries: "was in Parliament" is no trip abroad.
auto const presence = kw("is in") | kw("was in") | kw("will be in") | kw("has been in") | kw("had been in");
auto const presence_tail = ws >> presence >> ws >>
                           capture[lexicon_phrase(&lexicon::country_names)][set(&ast::visit::place)] >>
                           &(-x3::lit(',') >> ws >> (kw("on") | kw("from") | kw("between")) >> ws >> grammar::date());

auto const visit_by_name = grammar::person_ref()[set_visitor] >> (nominal_tail | verbal_tail | presence_tail);

auto const set_visitor_jurisdiction = [](auto& ctx) { x3::_val(ctx).visitor.title.jurisdiction = x3::_attr(ctx); };
auto const set_visitor_title = [](auto& ctx) {
  x3::_val(ctx).visitor.title.title = x3::_attr(ctx);
  x3::_val(ctx).visitor.span = x3::_attr(ctx);
};

// "a Japanese defence minister": a visitor named by role alone
auto const visitor_role = -article >> capture[lexicon_phrase(&lexicon::nationalities)][set_visitor_jurisdiction] >> ws >>
                          capture[lexicon_phrase(&lexicon::titles)][set_visitor_title];

// "the first visit by a Japanese defence minister in ten years", "the first visit to South Korea
// by a Japanese defence minister for a decade"
auto const bound_words = (kw("more than") | kw("nearly") | kw("almost") | kw("over") | kw("about") | kw("some")) >> ws;
auto const to_place = ws >> kw("to") >> ws >> place[set(&ast::visit::place)];
auto const visit_ordinal = -article >> capture[lexicon_phrase(&lexicon::ordinals)][set(&ast::visit::ordinal)] >> ws >>
                           x3::repeat(0, 2)[modifier_word >> ws] >> lexicon_phrase(&lexicon::visit_nouns) >> -to_place >>
                           ws >> kw("by") >> ws >> visitor_role >> -to_place >> ws >> (kw("in") | kw("for")) >> ws >>
                           -bound_words >> grammar::duration()[set(&ast::visit::since)];

auto const visit_def = capture[(x3::eps[reset] >> visit_by_name | x3::eps[reset] >> visit_ordinal) >>
                               complements<ast::visit>()][set(&ast::visit::span)];

BOOST_SPIRIT_DEFINE(meeting, visit)

}  // namespace parsers

}  // namespace claimcheck::grammar
