#pragma once
/// The parameters the slot kinds (single-value, agree, equivalent) share: which claims, which key
/// fields make a slot, which field must agree, the time window, the severities and the messages.
/// Read and checked in one place, so that every slot kind names, defaults and checks them alike.
#include <optional>
#include <string>
#include <vector>

#include "rules/message_template.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// One slot rule's parameters, checked and ready to run.
struct slot_params {
  std::string id;
  claim_kind claims = claim_kind::office_holder;
  std::vector<field_id> key;           ///< every claim of a group has the same comparison key here
  std::vector<field_id> optional_key;  ///< part of `key`; claims lacking them group among themselves
  field_id value = field_id::person;   ///< the field that must agree
  std::optional<long> within_days;     ///< dated claims further apart never conflict
  /// A date field that says when the claim holds more precisely than claim::time does (the
  /// date of the visit rather than the date of the article that mentions it).
  std::optional<field_id> time_field;
  /// `time-field-precision`: claims take part only when their time field is stated and spans at
  /// most this many days (1 for a day): "met Y on Friday" and "met Z on Friday" are one day's
  /// meetings, while "met Y in July" says too little to set against them.
  std::optional<long> time_field_span_days;
  /// `several-values-in-one-source: skip-slot`: a source that itself gives the slot two values
  /// shows the slot holds several (X met both Y and Z that day), and the slot is not checked.
  bool several_in_one_source_skip = false;
  severity level = severity::error;
  severity undated_level = severity::error;      ///< when every conflicting pair has an undated claim
  severity partial_key_level = severity::error;  ///< the most a group lacking an optional key gets
  message_template message;
  std::optional<message_template> partial_key_message;  ///< for groups lacking an optional key
};

/// The shared keys as written, before they are checked against each other. A kind reads these,
/// then its own keys, and only then checks: the view must have been asked for every key it
/// knows before unknown keys are reported, whatever else fails.
struct slot_keys {
  std::optional<claim_kind> claims;
  std::optional<std::vector<located<field_id>>> key;
  std::optional<std::vector<located<field_id>>> optional_key;
  std::optional<located<field_id>> value;
  std::optional<long> within_days;
  std::optional<located<field_id>> time_field;
  std::optional<located<std::string>> time_field_precision;
  std::optional<located<std::string>> several_in_one_source;
  std::optional<severity> level;
  std::optional<severity> undated_level;
  std::optional<severity> partial_level;
  std::optional<located<std::string>> message;
  std::optional<located<std::string>> partial_message;
};

/// Reads every shared key through `params`, reporting values of the wrong shape there.
slot_keys read_slot_keys(param_view& params);

/// Checks the shared keys against each other (the value is no key field, optional keys are
/// keys...) and compiles the messages. Returns nullopt, after reporting why through `params`,
/// when anything read through `params` so far was wrong.
std::optional<slot_params> check_slot_keys(rule_spec const& spec, slot_keys const& keys, param_view& params);

/// Reports, at its place, every key or value field that claims of the rule's kind never carry
/// (a rule that could never fire). Returns whether all were found.
bool check_slot_fields(slot_keys const& keys, param_view& params);

}  // namespace claimcheck
