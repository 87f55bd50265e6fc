import type { ReasonCode } from './reason-codes.js';

/** Fields every answered question carries. */
export interface DecisionBase {
  id: string | number;
  /** The rule set that decided (DEFAULT_RULE_SET_VERSION or a tenant's `<base>+<version>`). */
  ruleSetVersion: string;
}

export interface ContactDecision extends DecisionBase {
  kind: 'contact';
  allowed: boolean;
  reasons: ReasonCode[];
  /** When blocked: the first instant at which the same contact passes every rule, or null. */
  earliestAllowedAt: string | null;
}

export interface EcaDecision extends DecisionBase {
  kind: 'eca';
  allowed: boolean;
  reasons: ReasonCode[];
  earliestAllowedOn: string | null;
  isEca: boolean;
}

export interface CreditReportDecision extends DecisionBase {
  kind: 'credit_report';
  allowed: boolean;
  reasons: ReasonCode[];
  earliestAllowedOn: string | null;
}

export interface FapScreenDecision extends DecisionBase {
  kind: 'fap_screen';
  fplGuidelineCents: number;
  /** Income as a percentage of the guideline, rounded half up to 2 decimals. */
  fplPercent: number;
  discountPct: number;
  /** True when the household falls in some tier (a 0% tier still means "eligible for limited charges"). */
  eligible: boolean;
  /** The tier that applied, or null above every tier. */
  tier: { maxFplPercent: number; discountPct: number; note?: string } | null;
}

export interface PaymentCapDecision extends DecisionBase {
  kind: 'payment_cap';
  /** null when no state formula applies. */
  maxMonthlyPaymentCents: number | null;
  interestAllowed: boolean;
  reasons: ReasonCode[];
}

export interface MessageContentDecision extends DecisionBase {
  kind: 'message_content';
  allowed: boolean;
  reasons: ReasonCode[];
}

/** A malformed question: the path of the first problem and what is wrong there. */
export interface ErrorDecision {
  id: string | number | null;
  error: { path: string; message: string };
  /** Every problem found, when there are several. */
  issues?: { path: string; message: string }[];
}

export type Decision =
  | ContactDecision
  | EcaDecision
  | CreditReportDecision
  | FapScreenDecision
  | PaymentCapDecision
  | MessageContentDecision
  | ErrorDecision;

/** Narrowing helper: true when the question could not be answered. */
export function isErrorDecision(d: Decision): d is ErrorDecision {
  return (d as ErrorDecision).error !== undefined;
}
