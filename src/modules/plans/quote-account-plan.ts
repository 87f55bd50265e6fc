import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/index.js';
import { AppError, notFound } from '../../platform/errors/index.js';
import { accounts } from '../ledger/index.js';
import { persons } from '../people/index.js';
import { addDays, localDate } from '../../platform/time/index.js';
import { loadPaymentPolicy, type TenantPaymentPolicy } from './load-payment-policy.js';
import type { PlanQuote } from './plan-quote.schema.js';
import { parsePlanQuoteInput, quotePlan } from './quote-plan.js';

export interface QuoteAccountPlanOptions {
  q: Queryable;
  tenantId: string;
  accountId: string;
  now: Date;
  /** The patient's own stated monthly budget. */
  monthlyBudgetCents?: number;
  household?: { monthlyIncomeCents: number; monthlyEssentialExpensesCents?: number };
  /** First due date (the patient's local calendar); default: the policy's days from today. */
  startOn?: string;
  /** Quote this amount instead of the account's balance (a re-plan quotes what remains). */
  balanceCents?: number;
}

export interface AccountPlanQuote {
  balanceCents: number;
  quote: PlanQuote;
  policy: TenantPaymentPolicy;
  /** The payment-policy version quoted under (0: the tenant's settings or the defaults). */
  policyVersion: number;
  timeZone: string;
  today: string;
}

/**
 * Plan options for an account from the tenant's policy and the patient's own budget (affordability
 * first). When no plan fits the budget, the quote says `referToAssistance`: offer assistance, not an
 * unaffordable plan.
 */
export async function quoteAccountPlan(opts: QuoteAccountPlanOptions): Promise<AccountPlanQuote> {
  const [row] = await opts.q
    .select({ patientDueCents: accounts.patientDueCents, timeZone: persons.timeZone, state: persons.state })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(and(eq(accounts.tenantId, opts.tenantId), eq(accounts.id, opts.accountId)));
  if (!row) throw notFound('account');
  const policy = await loadPaymentPolicy(opts.q, opts.tenantId);
  const balanceCents = opts.balanceCents ?? row.patientDueCents;
  if (balanceCents <= 0) {
    throw new AppError('unprocessable', { message: 'nothing due on this account', userMessage: 'There is nothing to pay on this bill right now, so no plan is needed.' });
  }
  const today = localDate(opts.now, row.timeZone);
  const parsed = parsePlanQuoteInput({
    balanceCents,
    startOn: opts.startOn ?? addDays(today, policy.firstInstallmentInDays),
    quotedOn: today,
    ...(row.state ? { state: row.state } : {}),
    policy: policy.plan,
    ...(opts.household ? { household: opts.household } : {}),
    ...(opts.monthlyBudgetCents !== undefined ? { monthlyBudgetCents: opts.monthlyBudgetCents } : {}),
  });
  if (!parsed.ok) {
    throw new AppError('validation_failed', {
      message: parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      userMessage: 'Some of the plan details need another look. Please check the date and amount.',
      issues: parsed.errors,
    });
  }
  return { balanceCents, quote: quotePlan(parsed.value), policy, policyVersion: policy.version, timeZone: row.timeZone, today };
}
