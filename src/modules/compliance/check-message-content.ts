import type { MessageContentDecision } from './decisions.js';
import { hasClinicalTerms, hasDebtCollectorDisclosure, hasDemandNow, hasOptOutNotice, limitedContentProblems } from './message-lexicon.js';
import { orderReasons, type ReasonCode } from './reason-codes.js';
import type { RuleSet } from './rule-set.js';
import type { MessageContentQuestion } from './schemas.js';
import { MS_PER_DAY, parseDateDay, parseInstant } from './time/instant.js';

const REG_F_FROM_MS = parseDateDay('2021-11-30') * MS_PER_DAY;

/**
 * Whether the message goes out on or before the last day of the validation period. The question
 * has no zone: every US zone is behind UTC, so a local date is the UTC date or the day before, and
 * the message counts as inside the period through the UTC day after its end (erring toward the
 * consumer). Without `at`, it is inside.
 */
function inValidationPeriod(q: MessageContentQuestion): boolean {
  if (q.validationPeriodEndsOn === undefined) return false;
  const end = parseDateDay(q.validationPeriodEndsOn);
  return q.at === undefined || Math.floor(parseInstant(q.at) / MS_PER_DAY) <= end + 1;
}

/**
 * The parts of a message that may reach someone other than the patient: a text message and a
 * voicemail always can (shared phones, lock screens, answering machines), an email subject shows
 * in previews, and an email body or letter can unless the recipient was verified.
 */
export function exposedText(q: Pick<MessageContentQuestion, 'channel' | 'subject' | 'body' | 'recipientVerified'>): string {
  const verified = q.recipientVerified === true;
  switch (q.channel) {
    case 'sms':
    case 'voicemail':
      return `${q.subject ?? ''}\n${q.body}`;
    case 'email':
      return verified ? (q.subject ?? '') : `${q.subject ?? ''}\n${q.body}`;
    case 'letter':
      return verified ? '' : `${q.subject ?? ''}\n${q.body}`;
  }
}

/** Decides a validated message_content question under a rule set. */
export function decideMessageContent(q: MessageContentQuestion, ruleSet: RuleSet): MessageContentDecision {
  const reasons: ReasonCode[] = [];
  const debtCollector = q.collector.role === 'debt_collector' || q.collector.usesThirdPartyName === true;
  const regF = debtCollector && (q.at === undefined || parseInstant(q.at) >= REG_F_FROM_MS);
  if (hasClinicalTerms(exposedText(q))) reasons.push('hipaa_minimum_necessary');
  if (regF && (q.channel === 'sms' || q.channel === 'email') && !hasOptOutNotice(`${q.subject ?? ''}\n${q.body}`)) {
    reasons.push('reg_f_missing_opt_out');
  }
  if (regF && q.channel === 'voicemail' && limitedContentProblems(q.body).length > 0) {
    reasons.push('not_a_limited_content_message');
  }
  // Texts and emails are never limited-content messages (that safe harbor is for voicemails only).
  if (regF && (q.channel === 'sms' || q.channel === 'email') && !hasDebtCollectorDisclosure(`${q.subject ?? ''}\n${q.body}`)) {
    reasons.push('reg_f_missing_debt_collector_disclosure');
  }
  if (regF && inValidationPeriod(q) && hasDemandNow(`${q.subject ?? ''}\n${q.body}`)) reasons.push('reg_f_overshadowing');
  return { id: q.id, kind: 'message_content', allowed: reasons.length === 0, reasons: orderReasons(reasons), ruleSetVersion: ruleSet.version };
}
