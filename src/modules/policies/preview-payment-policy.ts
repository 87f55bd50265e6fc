import type { Queryable } from '../../platform/db/index.js';
import { AppError, type FieldIssue } from '../../platform/errors/index.js';
import { addDays, localDate } from '../../platform/time/index.js';
import {
  checkPaymentPolicy, loadPaymentPolicy, parsePlanQuoteInput, parseTenantPaymentPolicy, quotePayInFull, quotePlan,
  type CapReason, type PlanOption, type TenantPaymentPolicy,
} from '../plans/index.js';

/** A balance to quote plans for, and optionally the household's monthly income (for the share-of-income cap). */
export interface PaymentSample {
  balanceCents: number;
  monthlyIncomeCents?: number;
}

/** The balances the preview shows unless the caller names others: small to large, and one with a stated income. */
export const PAYMENT_SAMPLES: PaymentSample[] = [
  { balanceCents: 7_500 },
  { balanceCents: 30_000 },
  { balanceCents: 120_000 },
  { balanceCents: 500_000 },
  { balanceCents: 1_500_000 },
  { balanceCents: 300_000, monthlyIncomeCents: 250_000 },
];

export interface PaymentPreviewOutcome {
  /** The plans a patient would be offered (no budget stated), shortest first. */
  options: Array<{ months: number; monthlyPaymentCents: number; lastPaymentCents: number; label: PlanOption['label'] }>;
  recommended: number | null;
  capCents: number;
  capReasons: CapReason[];
  referToAssistance: boolean;
  maxMonths: number;
  minMonthlyPaymentCents: number;
  firstDueOn: string;
  /** Paying in full right after the first statement (the early-out discount), or null without one. */
  payInFull: { discountPct: number; amountDueCents: number; withinDays: number } | null;
}

export interface PaymentPreviewRow {
  sample: PaymentSample;
  current: PaymentPreviewOutcome;
  draft: PaymentPreviewOutcome;
  changed: boolean;
}

export interface PaymentPolicyPreview {
  /** Problems of the draft; when there are any, `rows` is empty. */
  issues: FieldIssue[];
  currentVersion: number;
  rows: PaymentPreviewRow[];
}

function outcome(policy: TenantPaymentPolicy, sample: PaymentSample, today: string, state: string | null): PaymentPreviewOutcome {
  const parsed = parsePlanQuoteInput({
    balanceCents: sample.balanceCents,
    startOn: addDays(today, policy.firstInstallmentInDays),
    quotedOn: today,
    ...(state ? { state } : {}),
    policy: policy.plan,
    ...(sample.monthlyIncomeCents !== undefined ? { household: { monthlyIncomeCents: sample.monthlyIncomeCents } } : {}),
  });
  if (!parsed.ok) {
    // Only a policy at odds with itself gets here (a first payment later than the deferral it allows).
    const issues = parsed.errors.map((e) => ({ path: e.path === 'startOn' ? 'firstInstallmentInDays' : e.path, message: e.path === 'startOn' ? `the first payment would fall ${policy.firstInstallmentInDays} days out, later than plan.maxStartDeferralDays allows` : e.message }));
    throw new AppError('validation_failed', { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues });
  }
  const quote = quotePlan(parsed.value);
  const early = policy.discounts.earlyOut;
  const pif = early ? quotePayInFull({ balanceCents: sample.balanceCents, today, firstStatementOn: today, policy: { earlyOut: early } }) : null;
  return {
    options: quote.options.map((o) => ({ months: o.months, monthlyPaymentCents: o.monthlyPaymentCents, lastPaymentCents: o.schedule[o.schedule.length - 1]?.amountCents ?? 0, label: o.label })),
    recommended: quote.recommended,
    capCents: quote.capCents,
    capReasons: quote.capReasons,
    referToAssistance: quote.referToAssistance,
    maxMonths: policy.plan.maxMonths,
    minMonthlyPaymentCents: policy.plan.minMonthlyPaymentCents,
    firstDueOn: quote.startOn,
    payInFull: early && pif ? { discountPct: pif.discountPct, amountDueCents: pif.amountDueCents, withinDays: early.withinDaysOfFirstStatement } : null,
  };
}

/**
 * What a draft payment policy changes before it is published: for each sample balance, the plans
 * the plans module would quote (terms, monthly amount, the minimum) and the pay-in-full discount,
 * under the policy in use and under the draft, quoted today in the tenant's calendar and state.
 */
export async function previewPaymentPolicy(q: Queryable, tenantId: string, draft: unknown, now: Date, samples: PaymentSample[] = PAYMENT_SAMPLES): Promise<PaymentPolicyPreview> {
  const current = await loadPaymentPolicy(q, tenantId);
  const issues = checkPaymentPolicy(draft);
  if (issues.length) return { issues, currentVersion: current.version, rows: [] };
  const next = parseTenantPaymentPolicy({ payments: draft });
  const today = localDate(now, current.timeZone);
  let drafts: PaymentPreviewOutcome[];
  try {
    drafts = samples.map((sample) => outcome(next, sample, today, current.state));
  } catch (err) {
    if (err instanceof AppError && err.issues.length) return { issues: err.issues.filter((i, k) => err.issues.findIndex((x) => x.path === i.path) === k), currentVersion: current.version, rows: [] };
    throw err;
  }
  const rows = samples.map((sample, k) => {
    const before = outcome(current, sample, today, current.state);
    const after = drafts[k]!;
    return { sample, current: before, draft: after, changed: JSON.stringify(before) !== JSON.stringify(after) };
  });
  return { issues: [], currentVersion: current.version, rows };
}
