import { planError } from './errors.js';
import { unpaidInstallments, type PlanPaymentRecord, type ServicedPlan } from './plan-state.js';

export interface ApplyPaymentResult {
  plan: ServicedPlan;
  allocations: PlanPaymentRecord['allocations'];
  /** Money beyond what the plan still owes: the caller credits or refunds it. */
  unappliedCents: number;
}

/**
 * Applies a payment to the oldest unpaid installment first; a partial payment leaves that
 * installment partly paid. Status is not changed here: evaluatePlan decides what follows.
 */
export function applyPayment(plan: ServicedPlan, amountCents: number, at: Date): ApplyPaymentResult {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw planError('invalid_input', { message: `amountCents must be a positive integer, got ${amountCents}` });
  }
  if (plan.status === 'completed' || plan.status === 'cancelled') {
    throw planError('plan_closed', {
      message: `plan ${plan.id} is ${plan.status}`,
      userMessage: 'This payment plan is already closed, so nothing was applied to it. Please contact us if you meant to pay another bill.',
    });
  }
  let left = amountCents;
  const paidBySeq = new Map<number, number>();
  const allocations: PlanPaymentRecord['allocations'] = [];
  for (const inst of unpaidInstallments(plan)) {
    if (left === 0) break;
    const take = Math.min(left, inst.amountCents - inst.paidCents);
    paidBySeq.set(inst.seq, take);
    allocations.push({ seq: inst.seq, amountCents: take });
    left -= take;
  }
  const installments = plan.installments.map((i) =>
    paidBySeq.has(i.seq) ? { ...i, paidCents: i.paidCents + paidBySeq.get(i.seq)! } : i,
  );
  const record: PlanPaymentRecord = { at: at.toISOString(), amountCents, allocations, unappliedCents: left };
  return { plan: { ...plan, installments, payments: [...plan.payments, record] }, allocations, unappliedCents: left };
}
