import { z } from 'zod';
import { JsonObject } from './common.js';

/** Fields every answered question carries: its id and the rule set that decided it. */
const DecisionBase = z.object({ id: z.union([z.string(), z.number()]), ruleSetVersion: z.string() });

/**
 * The compliance engine's answer to one question (contract: ../shared/contracts/compliance.md).
 * Reason codes stay plain strings; the web turns them into words.
 */
export const AnsweredDecision = z.discriminatedUnion('kind', [
  DecisionBase.extend({ kind: z.literal('contact'), allowed: z.boolean(), reasons: z.array(z.string()), earliestAllowedAt: z.string().nullable() }),
  DecisionBase.extend({ kind: z.literal('eca'), allowed: z.boolean(), reasons: z.array(z.string()), earliestAllowedOn: z.string().nullable(), isEca: z.boolean() }),
  DecisionBase.extend({ kind: z.literal('credit_report'), allowed: z.boolean(), reasons: z.array(z.string()), earliestAllowedOn: z.string().nullable() }),
  DecisionBase.extend({
    kind: z.literal('fap_screen'),
    fplGuidelineCents: z.number().int(),
    fplPercent: z.number(),
    discountPct: z.number(),
    eligible: z.boolean(),
    tier: z.object({ maxFplPercent: z.number(), discountPct: z.number(), note: z.string().optional() }).nullable(),
  }),
  DecisionBase.extend({ kind: z.literal('payment_cap'), maxMonthlyPaymentCents: z.number().int().nullable(), interestAllowed: z.boolean(), reasons: z.array(z.string()) }),
  DecisionBase.extend({ kind: z.literal('message_content'), allowed: z.boolean(), reasons: z.array(z.string()) }),
]);
export type AnsweredDecision = z.infer<typeof AnsweredDecision>;

const Issue = z.object({ path: z.string(), message: z.string() });

/** A malformed question: the path of the first problem (and every problem when there are several). */
export const ErrorDecision = z.object({ id: z.union([z.string(), z.number()]).nullable(), error: Issue, issues: z.array(Issue).optional() });
export type ErrorDecision = z.infer<typeof ErrorDecision>;

export const Decision = z.union([AnsweredDecision, ErrorDecision]);
export type Decision = z.infer<typeof Decision>;

/** One question gets one decision; an array of questions gets the decisions in the same order. */
export const EvaluateResult = z.union([Decision, z.array(Decision)]);
export type EvaluateResult = z.infer<typeof EvaluateResult>;

/** A rule of the catalogue: what it is, its citation, who it binds and the reason code a block reports. */
export const RuleEntry = z.object({
  id: z.string(),
  kind: z.string(),
  citation: z.string(),
  binds: z.string(),
  /** null for rules that compute rather than block. */
  reason: z.string().nullable(),
  description: z.string(),
  effectiveFrom: z.string().optional(),
  /** 'rule-set' rules are data (tenants may tighten or add); 'code' rules are logic. */
  source: z.enum(['code', 'rule-set']),
});
export type RuleEntry = z.infer<typeof RuleEntry>;

/**
 * The tenant's overrides document as saved (docs/compliance.md, "Tenant rules"): the fields the
 * pages edit are named, the rest (rules added, rules disabled) passes through as written.
 */
export const RuleOverrides = z.looseObject({ version: z.string(), override: z.record(z.string(), JsonObject).optional() });
export type RuleOverrides = z.infer<typeof RuleOverrides>;

/** A saved version of the tenant's rule overrides. */
export const SavedRuleSet = z.object({ tenantId: z.string(), version: z.string(), overrides: RuleOverrides, createdAt: z.string(), createdBy: z.string() });
export type SavedRuleSet = z.infer<typeof SavedRuleSet>;

/** The rules in force for the tenant, and every saved version of its overrides, newest first. */
export const RuleCatalogue = z.object({ version: z.string(), rules: z.array(RuleEntry), history: z.array(SavedRuleSet) });
export type RuleCatalogue = z.infer<typeof RuleCatalogue>;

/** The version of the overrides just saved and of the rule set they make. */
export const SavedRules = z.object({ version: z.string(), ruleSetVersion: z.string() });
export type SavedRules = z.infer<typeof SavedRules>;
