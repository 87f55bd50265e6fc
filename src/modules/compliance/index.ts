/**
 * Kindly's compliance engine: a question in, a decision out (../shared/contracts/compliance.md).
 * Pure: no database, no server, no other module, no clock of its own; it runs in a browser, a CLI
 * or a test. Outreach asks `evaluate({ kind: 'contact', ... })` before every send; money modules
 * ask `eca` and `credit_report` before escalating, and read the FPL tables and the California
 * payment formula from here.
 */
export { evaluate, evaluateMany, type EvaluateOptions } from './evaluate.js';
export { INSTANTS_AS_MS } from './instants-as-ms.js';
export {
  Question,
  ContactQuestion,
  EcaQuestion,
  CreditReportQuestion,
  FapScreenQuestion,
  PaymentCapQuestion,
  MessageContentQuestion,
  Collector,
  HistoryItem,
  Consent,
  Revocation,
  Hold,
  Channel,
  Purpose,
  ECA_ACTIONS,
  HOLD_TYPES,
  CHANNELS,
  type QuestionKind,
} from './schemas.js';
export type {
  Decision,
  ContactDecision,
  EcaDecision,
  CreditReportDecision,
  FapScreenDecision,
  PaymentCapDecision,
  MessageContentDecision,
  ErrorDecision,
} from './decisions.js';
export { isErrorDecision } from './decisions.js';
export { REASON_CODES, isReasonCode, orderReasons, type ReasonCode } from './reason-codes.js';
export { RULES, catalogue, type RuleEntry } from './catalogue.js';
export {
  DEFAULT_RULE_SET,
  DEFAULT_RULE_SET_VERSION,
  RuleSetOverrides,
  compileRuleSet,
  type RuleSet,
  type CompileRuleSetResult,
  type RuleSetProblem,
  type Binds,
  type ContactWindowRule,
  type CallCapRule,
  type ConversationWaitRule,
  type ReportingBanRule,
  type EcaWaitRule,
} from './rule-set.js';
export { PRESETS, presetByName, type FapPreset, type FapTier } from './presets.js';
export { fplGuidelineCents, FPL_YEARS, type FplRegion } from './fpl.js';
export { FPL_SOURCES } from './data/fpl-sources.js';
export { FPL_GUIDELINES } from './data/fpl-guidelines.generated.js';
export { caReasonablePaymentCapCents } from './affordability.js';
export { fplPercent } from './screen-fap.js';
export { isExtraordinaryCollectionAction } from './evaluate-eca.js';
export { validationPeriod, type ValidationPeriod } from './validation-period.js';
export { validationNoticeProblems, type ValidationNotice, type ValidationNoticeProblem } from './validation-notice.js';
export { fapExcessPaymentRefundCents } from './refunds.js';
export { detectRevocation, findClinicalTerms, hasClinicalTerms, hasOptOutNotice, limitedContentProblems } from './message-lexicon.js';
export { MEDICAL_DEBT_REPORTING_BANS } from './data/medical-debt-reporting-bans.js';
export { STATE_TIME_ZONES } from './data/state-time-zones.js';
// Local-time primitives the engine decides with, shared so other modules read the same local times.
export { MS_PER_DAY, formatDay, parseDateDay } from './time/instant.js';
export { zoneInfo, offsetAt as zoneOffsetAt } from './time/zones.js';
