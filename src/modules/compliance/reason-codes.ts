/**
 * The closed list of reason codes (../shared/contracts/compliance.md). Extend it only here, and
 * only by adding: codes are stored in audit rows and exported communications, so a code once
 * shipped keeps its meaning forever.
 *
 * The first block is the contract's list, in the contract's order. The second block holds
 * Kindly's additions (allowed by the contract: "extend it only by adding to this file's list"):
 * creditor guardrails for holds and opt-outs that the contract's policy_ codes do not name, and
 * Regulation F rules the contract does not name (time-barred debt, employer prohibitions, work
 * email, sale of debts that may not be sold, the debt-collector disclosure, overshadowing).
 */
export const REASON_CODES = [
  'reg_f_7_in_7',
  'reg_f_conversation_7day',
  'reg_f_inconvenient_time',
  'reg_f_known_inconvenient_time',
  'reg_f_cease_communication',
  'reg_f_dispute_pending_verification',
  'reg_f_medium_opt_out',
  'reg_f_missing_opt_out',
  'reg_f_passive_collection_wait',
  'not_a_limited_content_message',
  'policy_call_frequency',
  'policy_conversation_7day',
  'policy_inconvenient_time',
  'policy_known_inconvenient_time',
  'ma_940cmr_7_04_2_in_7',
  'tcpa_no_prior_express_consent',
  'tcpa_consent_revoked',
  'attorney_represented',
  'bankruptcy',
  'deceased',
  'irc_501r6_120_day_notification_period',
  'irc_501r6_no_30_day_notice',
  'irc_501r6_30_day_notice_deadline_not_passed',
  'irc_501r6_fap_application_pending',
  'ca_180_day_wait',
  'paid_medical_collection',
  'initial_balance_under_500',
  'under_one_year_since_first_delinquency',
  'state_medical_debt_reporting_ban',
  'hipaa_minimum_necessary',
  // Kindly additions
  'policy_cease_communication',
  'policy_dispute_pending_review',
  'policy_medium_opt_out',
  'reg_f_time_barred_debt',
  'reg_f_employer_prohibits_contact',
  'reg_f_employer_email',
  'reg_f_debt_not_transferable',
  'reg_f_missing_debt_collector_disclosure',
  'reg_f_overshadowing',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

const REASON_SET: ReadonlySet<string> = new Set(REASON_CODES);

/** True when `code` is one of the closed list's codes. */
export function isReasonCode(code: string): code is ReasonCode {
  return REASON_SET.has(code);
}

/**
 * "Most specific first": facts about this person (death, bankruptcy, a lawyer, their own words)
 * come before state law, which comes before general federal limits; the clock comes last because
 * it is the easiest block to wait out.
 */
const SPECIFICITY: readonly ReasonCode[] = [
  'deceased',
  'bankruptcy',
  'attorney_represented',
  'reg_f_cease_communication',
  'policy_cease_communication',
  'reg_f_dispute_pending_verification',
  'policy_dispute_pending_review',
  'tcpa_consent_revoked',
  'reg_f_employer_prohibits_contact',
  'reg_f_medium_opt_out',
  'policy_medium_opt_out',
  'tcpa_no_prior_express_consent',
  'reg_f_employer_email',
  'reg_f_debt_not_transferable',
  'reg_f_time_barred_debt',
  'irc_501r6_fap_application_pending',
  'state_medical_debt_reporting_ban',
  'paid_medical_collection',
  'initial_balance_under_500',
  'hipaa_minimum_necessary',
  'not_a_limited_content_message',
  'reg_f_missing_opt_out',
  'reg_f_missing_debt_collector_disclosure',
  'reg_f_overshadowing',
  'reg_f_known_inconvenient_time',
  'policy_known_inconvenient_time',
  'reg_f_conversation_7day',
  'policy_conversation_7day',
  'ma_940cmr_7_04_2_in_7',
  'ca_180_day_wait',
  'irc_501r6_no_30_day_notice',
  'irc_501r6_30_day_notice_deadline_not_passed',
  'irc_501r6_120_day_notification_period',
  'reg_f_passive_collection_wait',
  'under_one_year_since_first_delinquency',
  'reg_f_7_in_7',
  'policy_call_frequency',
  'reg_f_inconvenient_time',
  'policy_inconvenient_time',
];

const RANK = new Map<string, number>(SPECIFICITY.map((code, i) => [code, i]));

/** Sorts and de-duplicates reasons, most specific first. */
export function orderReasons(reasons: readonly ReasonCode[]): ReasonCode[] {
  if (reasons.length <= 1) return reasons.slice();
  // Lists are a handful long: insertion by rank, stable like Array.prototype.sort.
  const out: ReasonCode[] = [];
  for (const r of reasons) {
    if (out.includes(r)) continue;
    const rank = RANK.get(r) ?? 999;
    let i = out.length;
    while (i > 0 && (RANK.get(out[i - 1] as ReasonCode) ?? 999) > rank) i--;
    out.splice(i, 0, r);
  }
  return out;
}
