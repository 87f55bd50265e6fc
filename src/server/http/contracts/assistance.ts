import { z } from 'zod';
import { ApplicationView, JsonObject, MissingItem } from './common.js';
import { Decision } from './compliance.js';
import { Refund } from './payments.js';
import { SubmittedApplication, UploadedDocument } from './portal.js';

export { SubmittedApplication, UploadedDocument };
export type { ApplicationView };

const Cents = z.number().int();

/** One application in the counselor's queue (the missing items by their codes). */
export const ApplicationQueueItem = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  accountId: z.string().nullable(),
  status: z.string(),
  receivedOn: z.string(),
  channel: z.string(),
  missing: z.array(z.string()),
});
export type ApplicationQueueItem = z.infer<typeof ApplicationQueueItem>;

export const ApplicationQueue = z.object({ items: z.array(ApplicationQueueItem) });
export type ApplicationQueue = z.infer<typeof ApplicationQueue>;

/** One application with household, documents and the latest decision, and whose it is (an audited read). */
export const ApplicationDetail = ApplicationView.extend({ personName: z.string() });
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

/** The completeness check, and whether the written request for missing items was emailed. */
export const MissingRequest = z.object({ status: z.string(), missing: z.array(MissingItem), requestSent: z.boolean() });
export type MissingRequest = z.infer<typeof MissingRequest>;

/** A decision under the tenant's financial assistance policy, as recorded. */
export const AssistanceDecision = z.object({
  id: z.string(),
  tenantId: z.string(),
  applicationId: z.string(),
  decision: z.enum(['approved', 'denied', 'incomplete']),
  discountPct: z.number(),
  agbPct: z.number().nullable(),
  reasons: z.array(z.string()),
  missing: z.array(MissingItem),
  decidedOn: z.string(),
  validThrough: z.string().nullable(),
  details: JsonObject,
  decidedBy: z.string(),
  decidedAt: z.string(),
});

/** An approved application applied to past accounts: each account's new responsibility, and the totals. */
export const RetroactiveAdjustment = z.object({
  accounts: z.array(
    z.object({
      accountId: z.string().optional(),
      originalResponsibilityCents: Cents,
      newResponsibilityCents: Cents,
      agbCapCents: Cents.nullable(),
      adjustmentCents: Cents,
      refundCents: Cents,
      unrefundedExcessCents: Cents,
      newBalanceCents: Cents,
    }),
  ),
  totals: z.object({ adjustmentCents: Cents, refundCents: Cents, unrefundedExcessCents: Cents, newBalanceCents: Cents }),
});

/** The decision, what it did to the accounts, the refunds it made and whether the notice was emailed. */
export const DecidedApplication = z.object({
  decision: AssistanceDecision,
  status: z.string(),
  adjustment: RetroactiveAdjustment.nullable(),
  refunds: z.array(Refund),
  noticeSent: z.boolean(),
});
export type DecidedApplication = z.infer<typeof DecidedApplication>;

/** The extraordinary collection action question asked for the account, as sent to the engine. */
export const EcaQuestion = z.object({
  id: z.string(),
  kind: z.literal('eca'),
  collector: z.object({ role: z.string(), entity: z.string() }),
  state: z.string().optional(),
  action: z.string(),
  on: z.string(),
  firstPostDischargeStatementOn: z.string().optional(),
  fapApplication: z.object({ receivedOn: z.string(), complete: z.boolean(), decision: z.enum(['pending', 'approved', 'denied']), decidedOn: z.string().nullable() }).optional(),
});

/** Would the action be allowed today: the question and the engine's decision. */
export const EscalationCheck = z.object({ question: EcaQuestion, decision: Decision });
export type EscalationCheck = z.infer<typeof EscalationCheck>;
